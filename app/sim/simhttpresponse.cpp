#include "simhttpresponse.h"

#include <QLocale>

namespace {

const QByteArray kServerHeader = QByteArrayLiteral("Werkzeug/2.2.2 Python/3.11.2");
const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray kHtmlType = QByteArrayLiteral("text/html; charset=utf-8");

} // namespace

QByteArray SimHttpResponse::toWire() const
{
    QByteArray server = kServerHeader;
    QList<QPair<QByteArray, QByteArray>> extra;
    for (const auto &header : headers) {
        if (header.first.compare("Server", Qt::CaseInsensitive) == 0)
            server = header.second;
        else
            extra.append(header);
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nServer: " + server + "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc()) +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : extra)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    return head + body;
}

SimHttpResponse SimHttpResponse::json(int status, const QByteArray &body, bool nosniff)
{
    SimHttpResponse response = text(status, kJsonType, body);
    if (nosniff)
        response.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    return response;
}

SimHttpResponse SimHttpResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    SimHttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

SimHttpResponse SimHttpResponse::html(int status, const QByteArray &body)
{
    return text(status, kHtmlType, body);
}

SimHttpResponse SimHttpResponse::badRequestPage(int status)
{
    return html(status,
                "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n"
                "<p>The browser (or proxy) sent a request that this server could not understand.</p>\n");
}

SimHttpResponse SimHttpResponse::internalErrorPage()
{
    return html(500,
                "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal "
                "Server Error</h1>\n"
                "<p>The server encountered an internal error and was unable to complete your request. "
                "Either the server is overloaded or there is an error in the application.</p>\n");
}

SimHttpResponse SimHttpResponse::odooNotFoundPage()
{
    // The shape of Odoo's own 404 page (a web page, not werkzeug's), much shortened.
    return text(404, QByteArrayLiteral("text/html;charset=utf-8"),
                "<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset=\"utf-8\"/>\n"
                "        <title>Odoo</title>\n    </head>\n    <body>\n        <div id=\"wrapwrap\">\n"
                "            <main>\n                <h1 class=\"visually-hidden\">Error 404</h1>\n"
                "                <h2>We couldn't find the page you're looking for!</h2>\n"
                "                <p><a href=\"/web/login\">Sign in</a></p>\n            </main>\n"
                "        </div>\n    </body>\n</html>\n");
}

SimHttpResponse SimHttpResponse::badGatewayPage()
{
    SimHttpResponse response =
        text(502, QByteArrayLiteral("text/html"),
             "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
             "</body>\r\n</html>\r\n");
    response.headers.append(qMakePair(QByteArray("Server"), QByteArray("nginx")));
    return response;
}

QByteArray SimHttpResponse::httpDate(const QDateTime &moment)
{
    return QLocale::c()
        .toString(moment.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray SimHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "SEE OTHER";
    case 400:
        return "BAD REQUEST";
    case 401:
        return "UNAUTHORIZED";
    case 403:
        return "FORBIDDEN";
    case 404:
        return "NOT FOUND";
    case 405:
        return "METHOD NOT ALLOWED";
    case 411:
        return "LENGTH REQUIRED";
    case 413:
        return "REQUEST ENTITY TOO LARGE";
    case 422:
        return "UNPROCESSABLE ENTITY";
    case 431:
        return "REQUEST HEADER FIELDS TOO LARGE";
    case 500:
        return "INTERNAL SERVER ERROR";
    case 502:
        return "Bad Gateway";
    default:
        return "UNKNOWN";
    }
}
