// ContractLibrary: reads the exchanges captured from real Odoo servers in
// ../shared/odoo-contract/{17,18,19} (request, response body, status and headers).
#pragma once

#include "odoo/httpexchange.h"
#include "scriptedhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct ContractExchange
{
    QString version;     // "17", "18", "19"
    QString name;        // e.g. "27-execute_kw-search_read-po-to-approve-admin"
    QJsonObject request; // {method, url, headers, body}
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;

    QString urlPath() const;
    QJsonObject requestBody() const { return request.value(QLatin1String("body")).toObject(); }
    QByteArray responseHeader(const QByteArray &headerName) const;
    // The recorded response as the decoders see it.
    HttpReply asHttpReply() const;
    // The recorded response, to be served again by ScriptedHttpServer.
    CannedResponse asCannedResponse() const;
};

class ContractLibrary
{
public:
    // HQ_ODOO_CONTRACT_DIR from the build, or the environment variable of the same name.
    static QString directory();
    static bool isAvailable();
    static QList<ContractExchange> exchanges(const QString &version);
    static ContractExchange exchange(const QString &version, const QString &numberPrefix);
};
