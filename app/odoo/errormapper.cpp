#include "errormapper.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace {

bool looksLikeHtml(const HttpReply &reply)
{
    if (reply.contentType.contains("html"))
        return true;
    const QByteArray start = reply.body.left(64).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<");
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression titlePattern(QStringLiteral("<title>\\s*([^<]{1,120}?)\\s*</title>"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const auto match = titlePattern.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString statusText(const HttpReply &reply)
{
    QString text = QStringLiteral("HTTP %1").arg(reply.status);
    if (!reply.reasonPhrase.isEmpty())
        text += QLatin1Char(' ') + QString::fromLatin1(reply.reasonPhrase);
    return text;
}

} // namespace

OdooError::Kind ErrorMapper::kindForException(const QString &exceptionName, int httpStatus)
{
    using Kind = OdooError::Kind;
    static const QList<QPair<QString, Kind>> byName = {
        {QStringLiteral("odoo.exceptions.AccessDenied"), Kind::Auth},
        {QStringLiteral("odoo.exceptions.AccessError"), Kind::Access},
        {QStringLiteral("odoo.exceptions.ValidationError"), Kind::Validation},
        {QStringLiteral("odoo.exceptions.UserError"), Kind::UserError},
        {QStringLiteral("odoo.exceptions.RedirectWarning"), Kind::UserError},
        {QStringLiteral("odoo.exceptions.MissingError"), Kind::Missing},
        {QStringLiteral("odoo.http.SessionExpiredException"), Kind::SessionExpired},
        {QStringLiteral("werkzeug.exceptions.Unauthorized"), Kind::Auth},
        {QStringLiteral("werkzeug.exceptions.Forbidden"), Kind::Access},
        {QStringLiteral("werkzeug.exceptions.NotFound"), Kind::NotFound},
        {QStringLiteral("werkzeug.exceptions.MethodNotAllowed"), Kind::NotFound},
        {QStringLiteral("werkzeug.exceptions.BadRequest"), Kind::Protocol},
        {QStringLiteral("builtins.AttributeError"), Kind::NotFound},
    };
    for (const auto &[name, kind] : byName) {
        if (name == exceptionName)
            return kind;
    }
    switch (httpStatus) {
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Access;
    case 404:
        return Kind::NotFound;
    case 422:
        return Kind::UserError;
    default:
        return Kind::Server;
    }
}

OdooError ErrorMapper::fromOdooPayload(const QJsonObject &payload, int httpStatus, int jsonRpcCode,
                                       const QString &fallbackMessage)
{
    const QString name = payload.value(QLatin1String("name")).toString();
    QString message = payload.value(QLatin1String("message")).toString().trimmed();
    if (message.isEmpty()) {
        const QJsonArray arguments = payload.value(QLatin1String("arguments")).toArray();
        message = arguments.isEmpty() ? fallbackMessage : arguments.first().toString();
    }
    OdooError::Kind kind = kindForException(name, httpStatus);
    if (jsonRpcCode == 100)
        kind = OdooError::Kind::SessionExpired;

    // "Object x doesn't exist" is how JSON-RPC reports an unknown model (JSON-2 says 404).
    static const QRegularExpression unknownModel(QStringLiteral("^Object \\S+ doesn't exist$"));
    if (kind == OdooError::Kind::UserError && unknownModel.match(message).hasMatch())
        kind = OdooError::Kind::NotFound;

    // An unknown database surfaces as a PostgreSQL connection error; say it plainly and do not
    // show the database server's address.
    if (name.startsWith(QLatin1String("psycopg2"))) {
        static const QRegularExpression missingDb(QStringLiteral("database \"([^\"]+)\" does not exist"));
        const auto match = missingDb.match(message);
        if (match.hasMatch()) {
            return OdooError(OdooError::Kind::Auth,
                             tr("The database \"%1\" does not exist on this server.").arg(match.captured(1)),
                             name, httpStatus);
        }
    }
    return OdooError(kind, message, name, httpStatus);
}

OdooError ErrorMapper::fromHttp(const HttpReply &reply)
{
    using Kind = OdooError::Kind;
    if (reply.timedOut)
        return OdooError(Kind::Timeout, tr("No answer from the server in time."));
    if (!reply.tlsErrorText.isEmpty() || reply.networkError == QNetworkReply::SslHandshakeFailedError) {
        const QString detail = reply.tlsErrorText.isEmpty() ? reply.networkErrorText : reply.tlsErrorText;
        return OdooError(Kind::Tls, tr("The server's certificate could not be verified: %1").arg(detail));
    }
    if (reply.brokenFraming)
        return OdooError(Kind::Network, tr("The server's answer arrived with broken chunked framing, so "
                                           "nothing could be read from it; a proxy may have damaged it."));
    if (reply.isTransportFailure()) {
        switch (reply.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return OdooError(Kind::Network, tr("The connection was refused. Is the server address right and "
                                               "the server running?"));
        case QNetworkReply::HostNotFoundError:
            return OdooError(Kind::Network, tr("The server name could not be found. Check the address."));
        case QNetworkReply::RemoteHostClosedError:
            return OdooError(Kind::Network,
                             tr("The server closed the connection before the answer was complete."));
        case QNetworkReply::ContentReSendError:
            return OdooError(Kind::Network,
                             tr("The connection broke after the request was sent; whether Odoo "
                                "carried it out is not known until the record is read again."));
        case QNetworkReply::TimeoutError:
            return OdooError(Kind::Timeout, tr("No answer from the server in time."));
        default:
            return OdooError(Kind::Network, reply.networkErrorText);
        }
    }
    if (reply.status >= 300 && reply.status < 400) {
        return OdooError(Kind::NotFound,
                         tr("The server redirected the request to %1 instead of answering it (%2).")
                             .arg(QString::fromUtf8(reply.location), statusText(reply)),
                         {}, reply.status);
    }
    // Whatever the body (empty, a proxy's page, plain text): the credentials were refused.
    if (reply.status == 401)
        return OdooError(Kind::Auth, tr("The server refused the credentials (%1).").arg(statusText(reply)),
                         {}, reply.status);
    if (reply.body.trimmed().isEmpty()) {
        if (reply.status >= 500)
            return OdooError(Kind::Server,
                             tr("The server failed with %1 and sent no details.").arg(statusText(reply)), {},
                             reply.status);
        return OdooError(Kind::Protocol, tr("The server sent an empty answer (%1).").arg(statusText(reply)),
                         {}, reply.status);
    }
    if (reply.status == 400 && looksLikeHtml(reply)) {
        const QString text = reply.body.trimmed().startsWith('<')
                                 ? htmlTitle(reply.body)
                                 : QString::fromUtf8(reply.body.left(200)).trimmed();
        return OdooError(
            Kind::Protocol,
            tr("The server rejected the request as malformed (%1): %2").arg(statusText(reply), text), {},
            reply.status);
    }
    if (looksLikeHtml(reply)) {
        const QString title = htmlTitle(reply.body);
        const QString where =
            title.isEmpty() ? statusText(reply) : QStringLiteral("%1, \"%2\"").arg(statusText(reply), title);
        if (reply.status >= 500) {
            return OdooError(
                Kind::Server,
                tr("The server or a proxy in front of it answered with an error page (%1).").arg(where), {},
                reply.status);
        }
        if (reply.status == 404) {
            return OdooError(Kind::NotFound, tr("The server has no such address (%1).").arg(where), {},
                             reply.status);
        }
        return OdooError(
            Kind::Protocol,
            tr("The server answered with a web page instead of data (%1). Check the server address.")
                .arg(where),
            {}, reply.status);
    }
    return {};
}

bool ErrorMapper::endsInsideJson(const QByteArray &body)
{
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return false; // closes what never opened: not JSON cut short
        }
    }
    return inString || depth > 0;
}

OdooError ErrorMapper::malformedJson(const HttpReply &reply, const QString &parserMessage)
{
    if (reply.status == 200 && endsInsideJson(reply.body)) {
        return OdooError(OdooError::Kind::Incomplete,
                         tr("It stopped after %n bytes, in the middle of the data.", nullptr,
                            int(qMin<qsizetype>(reply.body.size(), std::numeric_limits<int>::max()))),
                         {}, reply.status);
    }
    if (reply.status >= 500) {
        return OdooError(OdooError::Kind::Server, tr("The server failed with HTTP %1.").arg(reply.status), {},
                         reply.status);
    }
    if (reply.status == 400) {
        return OdooError(OdooError::Kind::Protocol,
                         tr("The server rejected the request as malformed: %1")
                             .arg(QString::fromUtf8(reply.body.left(200)).trimmed()),
                         {}, reply.status);
    }
    return OdooError(
        OdooError::Kind::Protocol,
        tr("The server's answer is not valid JSON (%1); it may have been cut off.").arg(parserMessage), {},
        reply.status);
}
