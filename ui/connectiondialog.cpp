#include "connectiondialog.h"

#include "odoo/httpendpoint.h"
#include "session/connectionprobe.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QRadioButton(tr("&Password"), this))
    , m_apiKey(new QRadioButton(tr("API &key"), this))
    , m_secret(new QLineEdit(this))
    , m_secretHelp(new QLabel(this))
    , m_result(new QTextBrowser(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Odoo"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("e.g. Shop HQ (production)"));
    m_url->setPlaceholderText(QStringLiteral("https://odoo.example.com"));
    m_database->setPlaceholderText(tr("the database name, as on Odoo's login page"));
    m_login->setPlaceholderText(tr("user name or e-mail"));
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_password);
    kinds->addWidget(m_apiKey);
    kinds->addStretch();
    auto *group = new QButtonGroup(this);
    group->addButton(m_password);
    group->addButton(m_apiKey);
    m_password->setChecked(true);
    form->addRow(tr("Sign in with:"), kinds);
    form->addRow(tr("&Secret:"), m_secret);
    m_secretHelp->setWordWrap(true);
    form->addRow(QString(), m_secretHelp);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_result->setMinimumHeight(140);
    m_result->setPlaceholderText(
        tr("Test the connection to see the Odoo version and what HQ Tower will monitor."));
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and connect"));

    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_url, m_database, m_login, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_password, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    updateState();
    resize(560, 560);
}

void ConnectionDialog::setSettings(const QString &name, const ConnectionSettings &settings)
{
    m_name->setText(name);
    m_url->setText(settings.serverUrl.toString());
    m_database->setText(settings.database);
    m_login->setText(settings.login);
    (settings.secretKind == ConnectionSettings::SecretKind::ApiKey ? m_apiKey : m_password)->setChecked(true);
}

QString ConnectionDialog::name() const
{
    const QString typed = m_name->text().trimmed();
    return typed.isEmpty()
               ? QStringLiteral("%1 / %2").arg(m_url->text().trimmed(), m_database->text().trimmed())
               : typed;
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.serverUrl = HttpEndpoint::normalizedServerUrl(m_url->text().trimmed());
    settings.database = m_database->text().trimmed();
    settings.login = m_login->text().trimmed();
    settings.secretKind = m_apiKey->isChecked() ? ConnectionSettings::SecretKind::ApiKey
                                                : ConnectionSettings::SecretKind::Password;
    settings.wantLivePush = !m_apiKey->isChecked();
    return settings;
}

QString ConnectionDialog::secret() const
{
    return m_secret->text();
}

void ConnectionDialog::updateState()
{
    m_secretHelp->setText(
        m_apiKey->isChecked()
            ? tr("An API key is safer: it can be revoked on its own and works with two-factor accounts. "
                 "Odoo gives it no live updates: HQ Tower polls every minute. (Odoo: Preferences → Account "
                 "Security → New API Key)")
            : tr("A password also enables live updates (changes arrive within a second). It does not work "
                 "for accounts with two-factor authentication: use an API key there."));
    m_secret->setPlaceholderText(m_apiKey->isChecked() ? tr("API key") : tr("Password"));
    const bool complete = settings().serverUrl.isValid() && !m_url->text().trimmed().isEmpty() &&
                          !settings().database.isEmpty() && !settings().login.isEmpty() &&
                          !secret().isEmpty();
    m_testButton->setEnabled(complete && !m_probe);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete);
}

void ConnectionDialog::testConnection()
{
    m_result->setHtml(tr("<p>Connecting to %1…</p>").arg(settings().serverUrl.toString().toHtmlEscaped()));
    m_probe = new ConnectionProbe(settings(), secret(), this);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectionDialog::onProbeFinished);
    m_probe->start();
    updateState();
}

void ConnectionDialog::onProbeFinished()
{
    ConnectionProbe *probe = m_probe;
    m_probe = nullptr;
    probe->deleteLater();
    if (!probe->ok()) {
        m_result->setHtml(
            tr("<p><b>It did not work.</b></p><p>%1</p>").arg(probe->error().userMessage().toHtmlEscaped()));
        updateState();
        return;
    }
    QString html = tr("<p><b>Connected.</b> %1</p>").arg(probe->summary().toHtmlEscaped());
    QString enabled;
    QString skipped;
    for (const ProfileStatus &status : probe->statuses()) {
        if (status.enabled)
            enabled +=
                tr("<li>%1 (%n now)</li>", nullptr, status.count).arg(status.profile.title.toHtmlEscaped());
        else
            skipped += QStringLiteral("<li>%1: %2</li>")
                           .arg(status.profile.title.toHtmlEscaped(), status.reason.toHtmlEscaped());
    }
    html += tr("<p>HQ Tower will monitor:</p><ul>%1</ul>").arg(enabled);
    if (!skipped.isEmpty())
        html += tr("<p>Skipped on this server:</p><ul>%1</ul>").arg(skipped);
    m_result->setHtml(html);
    updateState();
}
