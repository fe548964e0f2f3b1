// WebSessionJob: a call to one of the web client's session routes, /web/session/authenticate
// (which sets the `session_id` cookie) or /web/session/get_session_info.
#pragma once

#include "odoojob.h"

#include <QJsonObject>

class WebSessionJob : public OdooJob
{
    Q_OBJECT
public:
    WebSessionJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy, QString route,
                  QJsonObject params, QObject *parent = nullptr);

    static WebSessionJob *authenticate(QNetworkAccessManager *network, const HttpEndpoint &endpoint,
                                       const RetryPolicy &policy, const QString &database,
                                       const QString &login, const QString &password,
                                       QObject *parent = nullptr);

    QJsonObject sessionInfo() const { return result().toObject(); }
    int uid() const { return sessionInfo().value(QLatin1String("uid")).toInt(); }

protected:
    HttpRequestSpec buildRequest(OdooError *error) const override;
    OdooResult decodeReply(const HttpReply &reply) const override;

private:
    QString m_route;
    QJsonObject m_params;
};
