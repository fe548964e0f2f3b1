#include "simroutes.h"

#include "simbackend.h"
#include "simcallresult.h"
#include "simpythonjson.h"
#include "simsessions.h"

#include <QJsonDocument>
#include <QUrl>

namespace {

const QString kDebug = QStringLiteral("Traceback (most recent call last):\n  (simulated)\n");

QString decodeSegment(const QByteArray &segment)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
}

} // namespace

SimRoutes::SimRoutes(SimBackend *backend, SimSessions *sessions)
    : m_backend(backend)
    , m_sessions(sessions)
{}

SimHttpResponse SimRoutes::handle(const SimHttpRequest &request)
{
    const QByteArray &path = request.path;
    if (path == "/web/version")
        return SimHttpResponse::json(200, SimPythonJson::dumps(m_backend->versionInfo()), true);
    if (path == "/jsonrpc")
        return rpcRoute(request, RpcRoute::JsonRpc);
    if (path == "/web/session/authenticate")
        return rpcRoute(request, RpcRoute::Authenticate);
    if (path == "/web/session/get_session_info")
        return rpcRoute(request, RpcRoute::SessionInfo);
    if (path == "/web/session/destroy")
        return rpcRoute(request, RpcRoute::Destroy);
    if (path == "/web/dataset/call_kw" || path.startsWith("/web/dataset/call_kw/"))
        return rpcRoute(request, RpcRoute::CallKw);
    if (path == "/web/webclient/version_info")
        return rpcRoute(request, RpcRoute::VersionInfo);
    if (path.startsWith("/json/2/"))
        return json2Route(request);
    if (path == "/websocket") {
        SimHttpResponse response = SimHttpResponse::badRequestPage();
        response.close = true;
        return response;
    }
    return SimHttpResponse::odooNotFoundPage();
}

SimHttpResponse SimRoutes::rpcRoute(const SimHttpRequest &request, RpcRoute route)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SimHttpResponse::html(400, "Invalid JSON data");
    if (!document.isObject())
        return SimHttpResponse::html(400, "Invalid JSON-RPC data");
    const QJsonObject envelope = document.object();
    const QJsonValue id = envelope.contains(QLatin1String("id")) ? envelope.value(QLatin1String("id"))
                                                                 : QJsonValue(QJsonValue::Null);
    const QJsonObject params = envelope.value(QLatin1String("params")).toObject();

    switch (route) {
    case RpcRoute::JsonRpc:
        return rpcAnswer(id, dispatchJsonRpc(params));
    case RpcRoute::VersionInfo:
        return rpcAnswer(id, SimCallResult::ok(m_backend->versionInfo()));
    case RpcRoute::Authenticate: {
        const QString database = params.value(QLatin1String("db")).toString();
        if (database != m_backend->databaseName())
            return rpcAnswer(id, SimCallResult::fail(databaseMissing(database)));
        const int uid = m_backend->authenticatePassword(params.value(QLatin1String("login")).toString(),
                                                        params.value(QLatin1String("password")).toString());
        if (uid <= 0)
            return rpcAnswer(id, SimCallResult::fail(SimError::accessDenied()));
        return rpcAnswer(id, SimCallResult::ok(m_backend->sessionInfo(uid)), m_sessions->create(uid));
    }
    case RpcRoute::SessionInfo:
    case RpcRoute::Destroy:
    case RpcRoute::CallKw:
        break;
    }

    const QByteArray sessionId = request.cookie("session_id");
    const int uid = m_sessions->uidFor(sessionId);
    if (uid <= 0)
        return sessionExpired();
    if (route == RpcRoute::SessionInfo)
        return rpcAnswer(id, SimCallResult::ok(m_backend->sessionInfo(uid)), sessionId);
    if (route == RpcRoute::Destroy) {
        m_sessions->destroy(sessionId);
        return rpcAnswer(id, SimCallResult::none());
    }
    const QString model = params.value(QLatin1String("model")).toString();
    const QString method = params.value(QLatin1String("method")).toString();
    return rpcAnswer(id, m_backend->call(uid, model, method, params.value(QLatin1String("args")).toArray(),
                                         params.value(QLatin1String("kwargs")).toObject()));
}

SimCallResult SimRoutes::dispatchJsonRpc(const QJsonObject &params)
{
    const QString service = params.value(QLatin1String("service")).toString();
    const QString method = params.value(QLatin1String("method")).toString();
    const QJsonArray args = params.value(QLatin1String("args")).toArray();
    const auto keyError = [](const QString &key) {
        return SimCallResult::fail({QStringLiteral("builtins.KeyError"), key, 500});
    };
    if (service == QLatin1String("common")) {
        if (method == QLatin1String("version"))
            return SimCallResult::ok(m_backend->versionInfo());
        if (method == QLatin1String("login") || method == QLatin1String("authenticate")) {
            const int required = method == QLatin1String("login") ? 3 : 4;
            if (args.size() < required) {
                return SimCallResult::fail(
                    SimError::typeError(QStringLiteral("exp_%1() missing %2 required positional argument(s)")
                                            .arg(method)
                                            .arg(required - args.size())));
            }
            const QString database = args.at(0).toString();
            if (database != m_backend->databaseName())
                return SimCallResult::fail(databaseMissing(database));
            const int uid = m_backend->authenticate(args.at(1).toString(), args.at(2).toString());
            return SimCallResult::ok(uid > 0 ? QJsonValue(uid) : QJsonValue(false));
        }
        return keyError(QStringLiteral("exp_") + method);
    }
    if (service == QLatin1String("object")) {
        if (method == QLatin1String("execute_kw") || method == QLatin1String("execute"))
            return executeKw(method, args);
        return keyError(QStringLiteral("exp_") + method);
    }
    if (service == QLatin1String("db")) {
        if (method == QLatin1String("list"))
            return SimCallResult::ok(QJsonArray{m_backend->databaseName()});
        if (method == QLatin1String("server_version"))
            return SimCallResult::ok(m_backend->versionInfo().value(QLatin1String("server_version")));
        return keyError(QStringLiteral("exp_") + method);
    }
    return keyError(service);
}

SimCallResult SimRoutes::executeKw(const QString &method, const QJsonArray &args)
{
    if (args.size() < 5) {
        return SimCallResult::fail(
            SimError::typeError(QStringLiteral("%1() missing %2 required positional argument(s)")
                                    .arg(method)
                                    .arg(5 - args.size())));
    }
    const QString database = args.at(0).toString();
    if (database != m_backend->databaseName())
        return SimCallResult::fail(databaseMissing(database));
    const int uid = args.at(1).toInt();
    if (!args.at(1).isDouble() || !m_backend->checkUidSecret(uid, args.at(2).toString()))
        return SimCallResult::fail(SimError::accessDenied());
    const QString model = args.at(3).toString();
    const QString modelMethod = args.at(4).toString();
    QJsonArray callArgs;
    QJsonObject kwargs;
    if (method == QLatin1String("execute_kw")) {
        callArgs = args.at(5).toArray();
        kwargs = args.at(6).toObject();
    } else {
        for (qsizetype i = 5; i < args.size(); ++i)
            callArgs.append(args.at(i));
    }
    return m_backend->call(uid, model, modelMethod, callArgs, kwargs);
}

SimHttpResponse SimRoutes::json2Route(const SimHttpRequest &request)
{
    const int flavor = m_backend->flavor();
    if (flavor < 18) {
        return SimHttpResponse::odooNotFoundPage();
    }
    if (flavor == 18) {
        // /json/2 is not a route on 18: a catch-all that wants a logged-in user sends to the login.
        const QByteArray location =
            "/web/login?redirect=" +
            QUrl::toPercentEncoding(QString::fromLatin1(request.path + '?' + request.query));
        SimHttpResponse response = SimHttpResponse::html(
            303, "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
                 "<p>You should be redirected automatically to the target URL: <a href=\"" +
                     location + "\">" + location + "</a>. If not, click the link.\n");
        response.headers.append({"Location", location});
        return response;
    }

    const QList<QByteArray> segments = request.path.mid(int(qstrlen("/json/2/"))).split('/');
    if (segments.size() != 2 || segments.at(0).isEmpty() || segments.at(1).isEmpty())
        return SimHttpResponse::odooNotFoundPage();
    const QString model = decodeSegment(segments.at(0));
    const QString method = decodeSegment(segments.at(1));
    const QString notFound = QStringLiteral("werkzeug.exceptions.NotFound");
    if (request.method != "POST")
        return json2Error(404, notFound, QStringLiteral("Did you mean POST /json/2/<model>/<method>?"), true);

    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    const QByteArray token = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    const QString unauthorized = QStringLiteral("werkzeug.exceptions.Unauthorized");
    if (scheme.toLower() != "bearer" || token.isEmpty()) {
        SimHttpResponse response = json2Error(
            401, unauthorized,
            QStringLiteral("User not authenticated, use an API Key with a Bearer Authorization header."),
            true);
        response.headers.prepend(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer ")));
        return response;
    }
    const int uid = m_backend->uidForApiKey(QString::fromUtf8(token));
    if (uid <= 0) {
        SimHttpResponse response = json2Error(401, unauthorized, QStringLiteral("Invalid apikey"), true);
        response.headers.prepend(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer ")));
        return response;
    }
    const QByteArray database = request.header("x-odoo-database");
    if (!database.isEmpty() && QString::fromUtf8(database) != m_backend->databaseName()) {
        return json2Error(
            404, notFound,
            QStringLiteral("The database \"%1\" does not exist.").arg(QString::fromUtf8(database)), true);
    }

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return json2Error(400, QStringLiteral("werkzeug.exceptions.BadRequest"),
                              QStringLiteral("Invalid JSON data"), true);
        body = document.object();
    }
    if (method.startsWith(QLatin1Char('_'))) {
        return json2Error(
            403, QStringLiteral("odoo.exceptions.AccessError"),
            QStringLiteral("Private methods (such as '%1.%2') cannot be called remotely.").arg(model, method),
            false);
    }

    const SimCallResult result = m_backend->callNamed(uid, model, method, body);
    if (!result.error)
        return SimHttpResponse::json(
            200, result.returnedNone ? QByteArrayLiteral("null") : SimPythonJson::dumps(result.value), true);
    const SimError &error = *result.error;
    // JSON-RPC's ways of saying "no such model / method" are 404s on JSON-2.
    if (error.name == QLatin1String("odoo.exceptions.UserError") &&
        error.message == QStringLiteral("Object %1 doesn't exist").arg(model)) {
        return json2Error(404, notFound, QStringLiteral("the model '%1' does not exist").arg(model), true);
    }
    if (error.name == QLatin1String("builtins.AttributeError") &&
        error.message.contains(QLatin1String("does not exist"))) {
        return json2Error(404, notFound,
                          QStringLiteral("The method '%1.%2' does not exist").arg(model, method), true);
    }
    return json2Error(error.json2Status, error.name, error.message, false);
}

// ---------------------------------------------------------------------------------------------
// Answer shapes

int SimRoutes::errorCode() const
{
    return m_backend->flavor() >= 19 ? 0 : 200;
}

QByteArray SimRoutes::errorData(const SimError &error) const
{
    const QByteArray name = SimPythonJson::string(error.name);
    const QByteArray message = SimPythonJson::string(error.message);
    const QByteArray arguments = '[' + message + ']';
    const QByteArray debug = SimPythonJson::string(kDebug);
    if (m_backend->flavor() >= 19) {
        return SimPythonJson::orderedObject({{"name", name},
                                             {"message", message},
                                             {"arguments", arguments},
                                             {"context", "{}"},
                                             {"debug", debug}});
    }
    return SimPythonJson::orderedObject({{"name", name},
                                         {"debug", debug},
                                         {"message", message},
                                         {"arguments", arguments},
                                         {"context", "{}"}});
}

SimHttpResponse SimRoutes::rpcAnswer(const QJsonValue &id, const SimCallResult &result,
                                     const QByteArray &sessionCookie) const
{
    QList<QPair<QByteArray, QByteArray>> members = {{"jsonrpc", "\"2.0\""}, {"id", SimPythonJson::dumps(id)}};
    if (result.error) {
        members.append({"error", SimPythonJson::orderedObject({{"code", QByteArray::number(errorCode())},
                                                               {"message", "\"Odoo Server Error\""},
                                                               {"data", errorData(*result.error)}})});
        return SimHttpResponse::json(200, SimPythonJson::orderedObject(members));
    }
    if (!result.returnedNone)
        members.append({"result", SimPythonJson::dumps(result.value)});
    SimHttpResponse response = SimHttpResponse::json(200, SimPythonJson::orderedObject(members), true);
    if (!sessionCookie.isEmpty())
        response.headers.prepend({"Set-Cookie", sessionCookieHeader(sessionCookie)});
    return response;
}

SimHttpResponse SimRoutes::sessionExpired() const
{
    const SimError error{QStringLiteral("odoo.http.SessionExpiredException"),
                         QStringLiteral("Session expired"), 403};
    const QByteArray body = SimPythonJson::orderedObject(
        {{"jsonrpc", "\"2.0\""},
         {"id", "null"},
         {"error",
          SimPythonJson::orderedObject(
              {{"code", "100"}, {"message", "\"Odoo Session Expired\""}, {"data", errorData(error)}})}});
    return SimHttpResponse::json(200, body);
}

SimHttpResponse SimRoutes::json2Error(int status, const QString &name, const QString &message, bool werkzeug)
{
    const QByteArray quoted = SimPythonJson::string(message);
    // werkzeug's HTTP exceptions carry their status code as a second argument.
    const QByteArray arguments =
        werkzeug ? '[' + quoted + ", " + QByteArray::number(status) + ']' : '[' + quoted + ']';
    return SimHttpResponse::json(status,
                                 SimPythonJson::orderedObject({{"name", SimPythonJson::string(name)},
                                                               {"message", quoted},
                                                               {"arguments", arguments},
                                                               {"context", "{}"},
                                                               {"debug", SimPythonJson::string(kDebug)}}));
}

SimError SimRoutes::databaseMissing(const QString &database)
{
    return {QStringLiteral("psycopg2.OperationalError"),
            QStringLiteral(
                "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"%1\" does "
                "not exist\n")
                .arg(database),
            500};
}

QByteArray SimRoutes::sessionCookieHeader(const QByteArray &sessionId)
{
    // As Odoo writes it: Expires a year ahead, Max-Age a week.
    const QDateTime expires = QDateTime::currentDateTimeUtc().addYears(1);
    return "session_id=" + sessionId + "; Expires=" + SimHttpResponse::httpDate(expires) +
           "; Max-Age=" + QByteArray::number(qint64(SimSessions::cookieMaxAge.count())) +
           "; HttpOnly; Path=/";
}
