#include "qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

namespace {

KeychainBackend::Error errorOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainBackend::Error::None;
    case QKeychain::EntryNotFound:
        return KeychainBackend::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainBackend::Error::NoBackend;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainBackend::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainBackend::Error::Other;
}

template<typename Job>
Job *prepared(Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    return job;
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QString service)
    : m_service(std::move(service))
{}

QtKeychainBackend::~QtKeychainBackend() = default;

void QtKeychainBackend::read(const QString &key, Callback then)
{
    auto *job = prepared(new QKeychain::ReadPasswordJob(m_service, &m_jobs), key);
    QObject::connect(
        job, &QKeychain::Job::finished, &m_jobs, [then = std::move(then)](QKeychain::Job *finished) {
            const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
            const Error error = errorOf(finished->error());
            then({error, error == Error::None ? reader->textData() : QString(), finished->errorString()});
        });
    job->start();
}

void QtKeychainBackend::write(const QString &key, const QString &secret, Callback then)
{
    auto *job = prepared(new QKeychain::WritePasswordJob(m_service, &m_jobs), key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, &m_jobs,
                     [then = std::move(then)](QKeychain::Job *finished) {
                         then({errorOf(finished->error()), QString(), finished->errorString()});
                     });
    job->start();
}

void QtKeychainBackend::remove(const QString &key, Callback then)
{
    auto *job = prepared(new QKeychain::DeletePasswordJob(m_service, &m_jobs), key);
    QObject::connect(
        job, &QKeychain::Job::finished, &m_jobs, [then = std::move(then)](QKeychain::Job *finished) {
            const Error error = errorOf(finished->error());
            then({error == Error::NotFound ? Error::None : error, QString(), finished->errorString()});
        });
    job->start();
}
