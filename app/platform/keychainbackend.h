// KeychainBackend: where CredentialStore keeps secrets: the operating system's keychain
// (QtKeychainBackend) or, in tests, memory. Each call reports exactly once through its callback.
#pragma once

#include <QString>

#include <functional>

class KeychainBackend
{
public:
    enum class Error { None, NotFound, NoBackend, AccessDenied, Other };

    struct Result
    {
        Error error = Error::None;
        QString secret; // read only
        QString detail; // the keychain's own words when it failed
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~KeychainBackend() = default;
    virtual void read(const QString &key, Callback then) = 0;
    virtual void write(const QString &key, const QString &secret, Callback then) = 0;
    // Removing an entry that is not there is not an error.
    virtual void remove(const QString &key, Callback then) = 0;
};
