// SimRoutes: the routes of the simulated Odoo behind SimHttpServer, a parsed request in and
// Odoo's answer out: /web/version, /jsonrpc, the web session routes, call_kw and /json/2 (as 17,
// 18 and 19 answer it), with Odoo's JSON-RPC and JSON-2 error shapes.
#pragma once

#include "simerror.h"
#include "simhttprequest.h"
#include "simhttpresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

class SimBackend;
class SimSessions;
struct SimCallResult;

class SimRoutes
{
public:
    SimRoutes(SimBackend *backend, SimSessions *sessions);

    // The answer to one request, without faults or latency.
    SimHttpResponse handle(const SimHttpRequest &request);

private:
    enum class RpcRoute { JsonRpc, Authenticate, SessionInfo, Destroy, CallKw, VersionInfo };

    SimHttpResponse rpcRoute(const SimHttpRequest &request, RpcRoute route);
    SimHttpResponse json2Route(const SimHttpRequest &request);
    SimCallResult dispatchJsonRpc(const QJsonObject &params);
    SimCallResult executeKw(const QString &method, const QJsonArray &args);

    SimHttpResponse rpcAnswer(const QJsonValue &id, const SimCallResult &result,
                              const QByteArray &sessionCookie = {}) const;
    SimHttpResponse sessionExpired() const;
    QByteArray errorData(const SimError &error) const;
    int errorCode() const;
    static SimHttpResponse json2Error(int status, const QString &name, const QString &message, bool werkzeug);
    static SimError databaseMissing(const QString &database);
    static QByteArray sessionCookieHeader(const QByteArray &sessionId);

    SimBackend *m_backend;
    SimSessions *m_sessions;
};
