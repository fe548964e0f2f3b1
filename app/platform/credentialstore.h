// CredentialStore: keeps passwords and API keys in a keychain (the operating system's through
// QtKeychain, never a file), one entry per server URL + database + login. When no keychain is
// available it says so, and the app asks for the secret at each start instead.
#pragma once

#include "keychainbackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    // The system keychain under `service`.
    explicit CredentialStore(QString service = QStringLiteral("HQ Tower"));
    explicit CredentialStore(std::unique_ptr<KeychainBackend> backend);
    ~CredentialStore();

    // The entry of one connection, after Nextcloud's "user:url/:account": the login, the
    // normalised server URL (scheme, host, port unless the scheme's own, path) and the database,
    // e.g. "manager@example.com:https://odoo.example.com:8443/:mycompany". Two servers on one host
    // (production and staging on other ports) get two entries.
    static QString keyFor(const QUrl &serverUrl, const QString &database, const QString &login);
    // The entry HQ Tower 0.1 used, "login@host/database" (scheme and port dropped); read once
    // by readMigrating() and moved to keyFor().
    static QString legacyKeyFor(const QUrl &serverUrl, const QString &database, const QString &login);

    // Each reports once through its callback, and only while `context` lives: ok, the secret
    // (read only) and a plain message when not ok. "Not found" is not ok with an empty message.
    using ReadResult = std::function<void(bool ok, const QString &secret, const QString &message)>;
    using WriteResult = std::function<void(bool ok, const QString &message)>;
    void read(const QString &key, QObject *context, ReadResult then);
    void write(const QString &key, const QString &secret, QObject *context, WriteResult then);
    void remove(const QString &key, QObject *context, WriteResult then);
    // Reads `key`; when it is not there but `legacyKey` is, the secret is written under `key`
    // and, unless `keepLegacy` (another saved connection still maps to it), the old entry removed.
    void readMigrating(const QString &key, const QString &legacyKey, bool keepLegacy, QObject *context,
                       ReadResult then);

    // The plain sentence for a keychain problem (empty for none and for "not found").
    static QString messageFor(const KeychainBackend::Result &result);

private:
    std::shared_ptr<KeychainBackend> m_backend;
};
