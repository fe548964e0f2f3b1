#include "memorykeychain.h"

#include <QTimer>

MemoryKeychain::MemoryKeychain(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{}

void MemoryKeychain::answer(Callback then, KeychainBackend::Result result)
{
    ++m_shared->calls;
    if (!m_shared->available)
        result = {Error::NoBackend, QString(), QStringLiteral("no Secret Service")};
    QTimer::singleShot(0, &m_context, [then = std::move(then), result] { then(result); });
}

void MemoryKeychain::read(const QString &key, Callback then)
{
    const auto found = m_shared->entries.constFind(key);
    answer(std::move(then), found == m_shared->entries.cend() ? Result{Error::NotFound, {}, {}}
                                                              : Result{Error::None, *found, {}});
}

void MemoryKeychain::write(const QString &key, const QString &secret, Callback then)
{
    if (m_shared->available)
        m_shared->entries.insert(key, secret);
    answer(std::move(then), {});
}

void MemoryKeychain::remove(const QString &key, Callback then)
{
    if (m_shared->available)
        m_shared->entries.remove(key);
    answer(std::move(then), {});
}
