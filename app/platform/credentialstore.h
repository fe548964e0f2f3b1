// CredentialStore: keeps passwords and API keys in the operating system's keychain (QtKeychain:
// Secret Service / KWallet, macOS Keychain, Windows Credential Manager), never in a file. When no
// keychain is available it says so, and the app asks for the secret at each start instead.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QString service = QStringLiteral("HQ Tower"), QObject *parent = nullptr);

    // The keychain entry of one connection, e.g. "manager@example.com@odoo.example.com/mycompany".
    static QString keyFor(const QString &login, const QString &host, const QString &database);

    // Each reports once through its callback: ok, the secret (read only) and a plain message when
    // not ok. "Not found" is not ok with an empty message.
    using ReadResult = std::function<void(bool ok, const QString &secret, const QString &message)>;
    using WriteResult = std::function<void(bool ok, const QString &message)>;
    void read(const QString &key, ReadResult then);
    void write(const QString &key, const QString &secret, WriteResult then);
    void remove(const QString &key, WriteResult then);

private:
    QString m_service;
};
