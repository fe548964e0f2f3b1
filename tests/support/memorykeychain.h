// MemoryKeychain: a KeychainBackend for tests that keeps secrets in memory and answers on the
// next turn of the event loop, as a real keychain does; it can also play "no keychain here".
#pragma once

#include "platform/keychainbackend.h"

#include <QMap>
#include <QObject>

class MemoryKeychain : public KeychainBackend
{
public:
    struct Shared
    {
        QMap<QString, QString> entries;
        bool available = true;
        int calls = 0;
    };

    explicit MemoryKeychain(std::shared_ptr<Shared> shared = std::make_shared<Shared>());

    void read(const QString &key, Callback then) override;
    void write(const QString &key, const QString &secret, Callback then) override;
    void remove(const QString &key, Callback then) override;

    // What the test looks at, also after the store that owned the backend is gone.
    std::shared_ptr<Shared> shared() const { return m_shared; }

private:
    void answer(Callback then, KeychainBackend::Result result);

    std::shared_ptr<Shared> m_shared;
    QObject m_context; // callbacks are queued on it: none runs once the backend is gone
};
