// QueueReport: how `hqtower-cli queue` shows cached queue items: the order (SLA due, then id),
// one plain-text line per item, or one JSON object per item with the item's store region.
#pragma once

#include "domain/queueitem.h"
#include "domain/storeinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QueueReport
{
    Q_DECLARE_TR_FUNCTIONS(QueueReport)

public:
    QueueReport(QList<QueueItem> items, const QList<StoreInfo> &stores, QDateTime now);

    // By SLA due (items without an SLA clock last), then by id.
    const QList<QueueItem> &items() const { return m_items; }
    QJsonArray toJson() const;
    QJsonObject itemToJson(const QueueItem &item) const;
    // Kind, title, store, severity, amount, age; columns aligned.
    QStringList toLines() const;

    // "45 s", "12 min", "5 h 12 min", "3 d 4 h".
    static QString ageText(qint64 seconds);
    static QString isoUtc(const QDateTime &moment);

private:
    QList<QueueItem> m_items;
    QHash<int, QString> m_regions; // store id -> region
    QDateTime m_now;
};
