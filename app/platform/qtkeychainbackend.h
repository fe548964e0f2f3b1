// QtKeychainBackend: secrets in the system keychain through QtKeychain (Secret Service / KWallet,
// macOS Keychain, Windows Credential Manager), never in a plaintext file.
#pragma once

#include "keychainbackend.h"

#include <QObject>

class QtKeychainBackend : public KeychainBackend
{
public:
    explicit QtKeychainBackend(QString service);
    ~QtKeychainBackend() override;

    void read(const QString &key, Callback then) override;
    void write(const QString &key, const QString &secret, Callback then) override;
    void remove(const QString &key, Callback then) override;

private:
    QString m_service;
    QObject m_jobs; // parent of the running jobs: they end with the backend
};
