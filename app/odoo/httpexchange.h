// HttpRequestSpec and HttpReply: one HTTP request as a transport builds it, and the finished
// exchange as the decoders see it (status, the headers that matter, body, or the network failure).
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

struct HttpRequestSpec
{
    QByteArray verb = QByteArrayLiteral("POST");
    QString path;                                 // relative to the server's base URL, e.g. "/jsonrpc"
    QByteArray body;                              // JSON text, empty for GET
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and User-Agent
};

struct HttpReply
{
    int status = 0; // 0 when no HTTP response arrived
    QByteArray reasonPhrase;
    QByteArray contentType;
    QByteArray location;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    QString tlsErrorText; // the first certificate problem reported, if any
    // A chunked answer from which Qt could read nothing (malformed chunk sizes): the framing broke
    // on the way, so it is a transport failure, not an empty answer.
    bool brokenFraming = false;
    // The id of the JSON-RPC request this answers (the answer must echo it), 0 when not JSON-RPC.
    int expectedJsonRpcId = 0;

    // True when the connection itself failed (no answer, or the answer was cut off).
    bool isTransportFailure() const;
    static HttpReply fromNetworkReply(QNetworkReply *reply, bool timedOut, const QString &tlsErrorText);
};
