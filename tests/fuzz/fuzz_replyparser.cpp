// libFuzzer target for the reply parser: any bytes as the body of an answer, decoded as JSON-RPC
// and as JSON-2 under the statuses that matter, then every record through every built-in source.
#include "odoo/json2transport.h"
#include "odoo/jsonrpccodec.h"
#include "odoo/odoovalues.h"
#include "odoo/serverversion.h"
#include "sync/sourcecatalog.h"
#include "sync/storedirectory.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

void useRecords(const QJsonValue &value)
{
    static const QList<SourceProfile> profiles = SourceCatalog::installed().profiles();
    static const StoreDirectory noStores;
    static const QDateTime now = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    if (value.isObject()) {
        const ServerVersion version = ServerVersion::fromVersionInfo(value.toObject());
        (void)version.major;
        return;
    }
    const QJsonArray records = value.toArray();
    for (const QJsonValue &entry : records) {
        if (!entry.isObject() || !OdooValues::isRecordId(entry.toObject().value(QStringLiteral("id"))))
            continue;
        const QJsonObject record = entry.toObject();
        for (const SourceProfile &profile : profiles) {
            if (profile.acceptsRecord(record))
                (void)profile.toItem(record, now, noStores);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpReply reply;
    reply.body = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    reply.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    static const Json2Transport json2(QStringLiteral("fuzz"), QStringLiteral("not-a-key"));
    for (const int status : {200, 401, 500}) {
        reply.status = status;
        const OdooResult rpc = JsonRpcCodec::decodeReply(reply);
        if (rpc.ok())
            useRecords(rpc.value);
        else
            (void)rpc.error.userMessage();
        const OdooResult bare = json2.decode(reply);
        if (bare.ok())
            useRecords(bare.value);
        else
            (void)bare.error.userMessage();
    }
    return 0;
}
