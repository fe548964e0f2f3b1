#include "connectionflow.h"

#include "connectiondialog.h"
#include "mainwindow.h"
#include "platform/credentialstore.h"

#include <QInputDialog>
#include <QMessageBox>

ConnectionFlow::ConnectionFlow(MainWindow *window, QSettings *settings,
                               std::unique_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_saved(settings)
    , m_credentials(std::move(credentials))
{
    connect(m_window, &MainWindow::connectRequested, this, &ConnectionFlow::connectToServer);
    connect(m_window, &MainWindow::switchConnectionRequested, this, &ConnectionFlow::switchConnection);
    connect(m_window, &MainWindow::forgetConnectionRequested, this, &ConnectionFlow::forgetConnection);
    showSavedConnections();
}

ConnectionFlow::~ConnectionFlow() = default;

bool ConnectionFlow::connectCurrent()
{
    const QString current = m_saved.currentName();
    for (const SavedConnections::Entry &entry : m_saved.entries()) {
        if (entry.name == current) {
            connectSaved(entry);
            return true;
        }
    }
    return false;
}

void ConnectionFlow::connectToServer()
{
    ConnectionDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SavedConnections::Entry entry{dialog.name(), dialog.settings()};
    m_saved.save(entry);
    m_saved.setCurrentName(entry.name);
    m_demoActive = false;
    showSavedConnections();
    storeSecret(entry, dialog.secret());
    Q_EMIT connectionChosen(entry.settings, dialog.secret(), entry.name);
}

void ConnectionFlow::storeSecret(const SavedConnections::Entry &entry, const QString &secret)
{
    m_credentials->write(entry.keychainKey(), secret, this, [this](bool ok, const QString &message) {
        if (!ok)
            m_window->showProblem(message.isEmpty() ? tr("The secret was not stored in the keychain.")
                                                    : message);
    });
}

void ConnectionFlow::showSavedConnections()
{
    QStringList names;
    for (const SavedConnections::Entry &entry : m_saved.entries())
        names.append(entry.name);
    m_window->setSavedConnections(names, m_demoActive ? QString() : m_saved.currentName());
}

void ConnectionFlow::setDemoActive(bool active)
{
    m_demoActive = active;
    showSavedConnections();
}

void ConnectionFlow::switchConnection(const QString &name)
{
    for (const SavedConnections::Entry &entry : m_saved.entries()) {
        if (entry.name == name) {
            m_saved.setCurrentName(name);
            m_demoActive = false;
            showSavedConnections();
            connectSaved(entry);
            return;
        }
    }
}

void ConnectionFlow::forgetConnection(const QString &name)
{
    const auto answer = QMessageBox::question(
        m_window, tr("Forget connection"),
        tr("Forget \"%1\"? Its password or API key is removed from the keychain; HQ Tower stays connected "
           "until it quits and will not connect to it again by itself.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const auto onRemoved = [this](bool ok, const QString &message) {
        if (!ok && !message.isEmpty())
            m_window->showProblem(message);
    };
    for (const SavedConnections::Entry &entry : m_saved.entries()) {
        if (entry.name != name)
            continue;
        m_credentials->remove(entry.keychainKey(), this, onRemoved);
        if (!m_saved.sharesLegacyKey(entry))
            m_credentials->remove(entry.legacyKeychainKey(), this, onRemoved);
    }
    m_saved.remove(name);
    if (m_saved.currentName() == name)
        m_saved.setCurrentName(QString());
    showSavedConnections();
}

void ConnectionFlow::connectSaved(const SavedConnections::Entry &entry)
{
    m_window->showBusy(tr("Reading the secret of %1 from the keychain…").arg(entry.name));
    m_credentials->readMigrating(entry.keychainKey(), entry.legacyKeychainKey(),
                                 m_saved.sharesLegacyKey(entry), this,
                                 [this, entry](bool ok, const QString &secret, const QString &message) {
                                     if (!ok) {
                                         // No keychain, or nothing stored: ask now, never fall back to a
                                         // file.
                                         askSecret(entry, message, message.isEmpty());
                                         return;
                                     }
                                     m_demoActive = false;
                                     Q_EMIT connectionChosen(entry.settings, secret, entry.name);
                                 });
}

void ConnectionFlow::askSecretAgain(const QString &why)
{
    const QString current = m_saved.currentName();
    for (const SavedConnections::Entry &entry : m_saved.entries()) {
        if (entry.name == current && !m_demoActive) {
            askSecret(entry, why, true);
            return;
        }
    }
}

void ConnectionFlow::askSecret(const SavedConnections::Entry &entry, const QString &message, bool keep)
{
    bool given = false;
    const QString secret =
        QInputDialog::getText(m_window, tr("Sign in to %1").arg(entry.name),
                              (message.isEmpty() ? QString() : message + QStringLiteral("\n\n")) +
                                  tr("Password or API key for %1:").arg(entry.settings.login),
                              QLineEdit::Password, QString(), &given);
    if (!given || secret.isEmpty())
        return;
    if (keep)
        storeSecret(entry, secret);
    m_demoActive = false;
    Q_EMIT connectionChosen(entry.settings, secret, entry.name);
}
