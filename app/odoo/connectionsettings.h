// ConnectionSettings: which Odoo server, database and user a connection is for, and how it
// should behave. Holds no secret: the password or API key is handed to OdooConnection apart.
#pragma once

#include "retrypolicy.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

struct ConnectionSettings
{
    enum class SecretKind { Password, ApiKey };

    QUrl serverUrl;
    QString database;
    QString login;
    SecretKind secretKind = SecretKind::Password;
    // With a password, log in through the web session so the bus websocket can push changes.
    bool wantLivePush = false;
    RetryPolicy readPolicy = RetryPolicy::forReads();
    RetryPolicy writePolicy = RetryPolicy::singleAttempt();
    QList<QSslCertificate> extraCaCertificates;
    qint64 maxAnswerBytes = qint64(64) * 1024 * 1024; // see HttpEndpoint::maxAnswerBytes
};
