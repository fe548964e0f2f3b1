#include "credentialstore.h"

#include <qt6keychain/keychain.h>

namespace {

QString messageFor(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::tr("No keychain is available on this computer, so HQ Tower does not keep "
                                   "your password or API key: it will ask for it at each start.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::tr("The keychain refused access (%1).").arg(detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::tr("The keychain failed: %1").arg(detail);
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString CredentialStore::keyFor(const QString &login, const QString &host, const QString &database)
{
    return QStringLiteral("%1@%2/%3").arg(login, host, database);
}

void CredentialStore::read(const QString &key, ReadResult then)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [then = std::move(then)](QKeychain::Job *finished) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const bool ok = finished->error() == QKeychain::NoError;
        then(ok, ok ? reader->textData() : QString(), messageFor(finished->error(), finished->errorString()));
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, WriteResult then)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [then = std::move(then)](QKeychain::Job *finished) {
        then(finished->error() == QKeychain::NoError, messageFor(finished->error(), finished->errorString()));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, WriteResult then)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [then = std::move(then)](QKeychain::Job *finished) {
        const bool ok =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        then(ok, ok ? QString() : messageFor(finished->error(), finished->errorString()));
    });
    job->start();
}
