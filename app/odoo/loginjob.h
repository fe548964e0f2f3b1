// LoginJob: JSON-RPC `common.login(db, login, secret)`, the external API's login. Odoo answers
// the user id, or `false` for a wrong login, password or API key, reported here as an Auth error.
#pragma once

#include "odoojob.h"

class LoginJob : public OdooJob
{
    Q_OBJECT
public:
    LoginJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy, QString database,
             QString login, QString secret, QObject *parent = nullptr);

    int uid() const { return result().toInt(); }

protected:
    HttpRequestSpec buildRequest(OdooError *error) const override;
    OdooResult decodeReply(const HttpReply &reply) const override;

private:
    QString m_database;
    QString m_login;
    QString m_secret;
};
