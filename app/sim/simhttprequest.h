// SimHttpRequest: one HTTP/1.x request as SimHttpServer parsed it off the wire (request line,
// headers with lower-case names, body), with the few lookups the simulated routes need.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

struct SimHttpRequest
{
    QByteArray method;                            // "GET", "POST", …
    QByteArray target;                            // as sent: path and query, e.g. "/websocket?version=18.0-5"
    QByteArray path;                              // target without the query
    QByteArray query;                             // after '?', without it; empty when there is none
    QByteArray version;                           // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    QByteArray body;

    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const
    {
        const QByteArray wanted = name.toLower();
        for (const auto &[headerName, value] : headers) {
            if (headerName == wanted)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        const QByteArray wanted = name.toLower();
        for (const auto &entry : headers) {
            if (entry.first == wanted)
                return true;
        }
        return false;
    }
    // A cookie sent in any Cookie header, or an empty array.
    QByteArray cookie(const QByteArray &name) const
    {
        for (const auto &[headerName, value] : headers) {
            if (headerName != "cookie")
                continue;
            for (const QByteArray &pair : value.split(';')) {
                const QByteArray trimmed = pair.trimmed();
                const qsizetype equals = trimmed.indexOf('=');
                if (equals > 0 && trimmed.left(equals) == name)
                    return trimmed.mid(equals + 1);
            }
        }
        return {};
    }
    // HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it.
    bool keepAlive() const
    {
        const QByteArray connection = header("connection").toLower();
        if (version == "HTTP/1.0")
            return connection.contains("keep-alive");
        return !connection.contains("close");
    }
};
