#include "credentialstore.h"

#include "qtkeychainbackend.h"

#include <QPointer>

namespace {

// Wraps a callback so that it runs only while `context` lives.
template<typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> then)
{
    return [context = QPointer<QObject>(context), then = std::move(then)](Args... args) {
        if (context)
            then(args...);
    };
}

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

CredentialStore::CredentialStore(QString service)
    : m_backend(std::make_shared<QtKeychainBackend>(std::move(service)))
{}

CredentialStore::CredentialStore(std::unique_ptr<KeychainBackend> backend)
    : m_backend(std::move(backend))
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QUrl &serverUrl, const QString &database, const QString &login)
{
    const QString scheme = serverUrl.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("http") ? 80 : 443;
    const int port = serverUrl.port(defaultPort);
    QString url = scheme + QStringLiteral("://") + serverUrl.host().toLower();
    if (port != defaultPort)
        url += QLatin1Char(':') + QString::number(port);
    url += withoutTrailingSlashes(serverUrl.path());
    return QStringLiteral("%1:%2/:%3").arg(login, url, database);
}

QString CredentialStore::legacyKeyFor(const QUrl &serverUrl, const QString &database, const QString &login)
{
    return QStringLiteral("%1@%2/%3").arg(login, serverUrl.host(), database);
}

QString CredentialStore::messageFor(const KeychainBackend::Result &result)
{
    switch (result.error) {
    case KeychainBackend::Error::None:
    case KeychainBackend::Error::NotFound:
        return {};
    case KeychainBackend::Error::NoBackend:
        return tr("No keychain is available on this computer, so HQ Tower does not keep "
                  "your password or API key: it will ask for it at each start.");
    case KeychainBackend::Error::AccessDenied:
        return tr("The keychain refused access (%1).").arg(result.detail);
    case KeychainBackend::Error::Other:
        break;
    }
    // QtKeychain says only "Unknown error" when no keychain service answers (no Secret Service or
    // KWallet running): say what that means instead.
    if (result.detail.trimmed().isEmpty() || result.detail == QLatin1String("Unknown error"))
        return tr("The system keychain did not answer (on Linux a Secret Service such as GNOME Keyring or "
                  "KWallet must be running), so HQ Tower cannot keep your password or API key: it will ask "
                  "for it at each start.");
    return tr("The keychain failed: %1").arg(result.detail);
}

void CredentialStore::read(const QString &key, QObject *context, ReadResult then)
{
    m_backend->read(key, [then = guarded(context, std::move(then))](const KeychainBackend::Result &result) {
        const bool ok = result.error == KeychainBackend::Error::None;
        then(ok, ok ? result.secret : QString(), messageFor(result));
    });
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, WriteResult then)
{
    m_backend->write(key, secret,
                     [then = guarded(context, std::move(then))](const KeychainBackend::Result &result) {
                         then(result.error == KeychainBackend::Error::None, messageFor(result));
                     });
}

void CredentialStore::remove(const QString &key, QObject *context, WriteResult then)
{
    m_backend->remove(key, [then = guarded(context, std::move(then))](const KeychainBackend::Result &result) {
        then(result.error == KeychainBackend::Error::None, messageFor(result));
    });
}

void CredentialStore::readMigrating(const QString &key, const QString &legacyKey, bool keepLegacy,
                                    QObject *context, ReadResult then)
{
    ReadResult report = guarded(context, std::move(then));
    // Each step runs from the backend's own callback; the next one finds it through `weak`.
    std::weak_ptr<KeychainBackend> weak = m_backend;
    const auto moveOver = [weak, key, legacyKey, keepLegacy, report](const KeychainBackend::Result &old) {
        const auto writer = weak.lock();
        if (old.error != KeychainBackend::Error::None || !writer) {
            report(false, QString(), messageFor(old));
            return;
        }
        const QString secret = old.secret;
        writer->write(key, secret,
                      [weak, legacyKey, keepLegacy, report, secret](const KeychainBackend::Result &written) {
                          // Moved: the old entry goes unless another connection still needs it.
                          if (const auto remover = weak.lock();
                              remover && written.error == KeychainBackend::Error::None && !keepLegacy)
                              remover->remove(legacyKey, [](const KeychainBackend::Result &) {});
                          report(true, secret, QString());
                      });
    };
    m_backend->read(key, [weak, key, legacyKey, report, moveOver](const KeychainBackend::Result &current) {
        const auto reader = weak.lock();
        if (current.error == KeychainBackend::Error::NotFound && reader && legacyKey != key) {
            reader->read(legacyKey, moveOver);
            return;
        }
        const bool ok = current.error == KeychainBackend::Error::None;
        report(ok, ok ? current.secret : QString(), messageFor(current));
    });
}
