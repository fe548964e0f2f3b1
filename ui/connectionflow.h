// ConnectionFlow: how the window comes to a connection: the saved ones (QSettings) with their
// secrets in the keychain, the connection dialog, switching and forgetting, and asking for the
// secret again when the server refuses it. It hands a secret on at once and keeps none.
#pragma once

#include "odoo/connectionsettings.h"
#include "platform/savedconnections.h"

#include <QObject>

#include <memory>

class CredentialStore;
class MainWindow;
class QSettings;

class ConnectionFlow : public QObject
{
    Q_OBJECT
public:
    ConnectionFlow(MainWindow *window, QSettings *settings, std::unique_ptr<CredentialStore> credentials,
                   QObject *parent = nullptr);
    ~ConnectionFlow() override;

    bool hasSavedConnection() const { return !m_saved.currentName().isEmpty(); }
    // Connects to the current saved connection; false when there is none.
    bool connectCurrent();
    // File > Connect to Odoo…: the dialog, then the connection it describes (saved, current).
    void connectToServer();
    void switchConnection(const QString &name);
    void forgetConnection(const QString &name);
    // The server refused the current connection's secret: ask for it again, with `why`.
    void askSecretAgain(const QString &why);
    // The demo runs: no saved connection is shown as current.
    void setDemoActive(bool active);

Q_SIGNALS:
    // A connection to start, with its secret (passed on, never kept here).
    void connectionChosen(const ConnectionSettings &settings, const QString &secret, const QString &label);

private:
    void connectSaved(const SavedConnections::Entry &entry);
    // Asks for the secret of `entry` (no keychain, nothing stored, or refused) and connects; with
    // `keep` the answer goes to the keychain (not when the keychain is what failed).
    void askSecret(const SavedConnections::Entry &entry, const QString &message, bool keep);
    void storeSecret(const SavedConnections::Entry &entry, const QString &secret);
    void showSavedConnections();

    MainWindow *m_window;
    SavedConnections m_saved;
    std::unique_ptr<CredentialStore> m_credentials;
    bool m_demoActive = false;
};
