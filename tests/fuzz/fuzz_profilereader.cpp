// libFuzzer target for the profile readers: any bytes as a source profile file and as a decision
// adapter file; a profile that is accepted is then used on a record.
#include "decisions/adapterconfig.h"
#include "sync/sourceprofilereader.h"
#include "sync/storedirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<SourceProfile> profile =
        SourceProfileReader::read(json, QStringLiteral("fuzz.json"), &error);
    if (profile) {
        static const StoreDirectory noStores;
        const QJsonObject record{{QStringLiteral("id"), 7},
                                 {QStringLiteral("name"), QStringLiteral("P00007")},
                                 {QStringLiteral("amount_total"), 12688.5},
                                 {QStringLiteral("date_planned"), QStringLiteral("2026-12-01 08:00:00")},
                                 {QStringLiteral("partner_id"), QJsonArray{3, QStringLiteral("Vendor")}}};
        if (profile->acceptsRecord(record))
            (void)profile->toItem(record, QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC), noStores);
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject()) {
        QString adapterError;
        (void)AdapterConfig::fromJson(document.object(), &adapterError);
    }
    return 0;
}
