// SimHttpResponse: one answer of SimHttpServer and how it goes on the wire (Server, Date and
// Content-Length are added then), with the canned pages werkzeug, Odoo and nginx send.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

struct SimHttpResponse
{
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // a "Server" entry replaces the default one
    QByteArray body;
    bool close = false; // close the connection after this answer

    // Status line, headers and body, as written to the socket.
    QByteArray toWire() const;

    static SimHttpResponse json(int status, const QByteArray &body, bool nosniff = false);
    static SimHttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    // text/html; charset=utf-8, as werkzeug sends its pages.
    static SimHttpResponse html(int status, const QByteArray &body = {});
    // werkzeug's own error pages, as the captured servers sent them (431 answers with the 400 page).
    static SimHttpResponse badRequestPage(int status = 400);
    static SimHttpResponse internalErrorPage();
    static SimHttpResponse odooNotFoundPage();
    static SimHttpResponse badGatewayPage(); // nginx's, when Odoo behind it is down

    static QByteArray httpDate(const QDateTime &moment);

private:
    static QByteArray reasonPhrase(int status);
};
