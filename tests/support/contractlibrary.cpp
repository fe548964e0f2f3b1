#include "contractlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

QString ContractExchange::urlPath() const
{
    return QUrl(request.value(QLatin1String("url")).toString()).path();
}

QByteArray ContractExchange::responseHeader(const QByteArray &headerName) const
{
    for (const auto &[key, value] : responseHeaders) {
        if (key.compare(headerName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReply ContractExchange::asHttpReply() const
{
    HttpReply reply;
    reply.status = status;
    reply.reasonPhrase = reason;
    reply.contentType = responseHeader("Content-Type");
    reply.location = responseHeader("Location");
    reply.body = responseBody;
    return reply;
}

CannedResponse ContractExchange::asCannedResponse() const
{
    CannedResponse response;
    response.status = status;
    response.reason = reason;
    for (const auto &[key, value] : responseHeaders) {
        const QByteArray lower = key.toLower();
        if (lower == "content-length" || lower == "connection" || lower == "set-cookie")
            continue;
        response.headers.append(qMakePair(key, value));
    }
    if (!responseHeader("Set-Cookie").isEmpty())
        response.headers.append(qMakePair(QByteArray("Set-Cookie"),
                                          QByteArray("session_id=test-session-cookie; HttpOnly; Path=/")));
    response.body = responseBody;
    return response;
}

QString ContractLibrary::directory()
{
    const QString fromEnvironment = qEnvironmentVariable("HQ_ODOO_CONTRACT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(HQ_ODOO_CONTRACT_DIR) : fromEnvironment;
}

bool ContractLibrary::isAvailable()
{
    return QDir(directory()).exists(QStringLiteral("17"));
}

QList<ContractExchange> ContractLibrary::exchanges(const QString &version)
{
    QList<ContractExchange> result;
    const QDir dir(directory() + QLatin1Char('/') + version);
    const QStringList requests = dir.entryList({QStringLiteral("*.request.json")}, QDir::Files, QDir::Name);
    for (const QString &requestFile : requests) {
        ContractExchange exchange;
        exchange.version = version;
        exchange.name = requestFile.chopped(int(qstrlen(".request.json")));
        exchange.request = readJson(dir.filePath(requestFile)).object();
        const QJsonObject meta =
            readJson(dir.filePath(exchange.name + QStringLiteral(".response.meta.json"))).object();
        exchange.status = meta.value(QLatin1String("status")).toInt();
        exchange.reason = meta.value(QLatin1String("reason")).toString().toLatin1();
        for (const QJsonValue &header : meta.value(QLatin1String("headers")).toArray()) {
            const QJsonArray pair = header.toArray();
            exchange.responseHeaders.append(
                qMakePair(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()));
        }
        QFile body(dir.filePath(exchange.name + QStringLiteral(".response.json")));
        if (body.open(QIODevice::ReadOnly))
            exchange.responseBody = body.readAll();
        result.append(exchange);
    }
    return result;
}

ContractExchange ContractLibrary::exchange(const QString &version, const QString &numberPrefix)
{
    for (const ContractExchange &candidate : exchanges(version)) {
        if (candidate.name.startsWith(numberPrefix + QLatin1Char('-')))
            return candidate;
    }
    return {};
}
