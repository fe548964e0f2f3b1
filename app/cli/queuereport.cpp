#include "queuereport.h"

#include <algorithm>

QueueReport::QueueReport(QList<QueueItem> items, const QList<StoreInfo> &stores, QDateTime now)
    : m_items(std::move(items))
    , m_now(std::move(now))
{
    for (const StoreInfo &store : stores) {
        if (!store.region.isEmpty())
            m_regions.insert(store.id, store.region);
    }
    std::sort(m_items.begin(), m_items.end(), [](const QueueItem &a, const QueueItem &b) {
        if (a.slaDue.isValid() != b.slaDue.isValid())
            return a.slaDue.isValid();
        if (a.slaDue.isValid() && a.slaDue != b.slaDue)
            return a.slaDue < b.slaDue;
        return a.id < b.id;
    });
}

QString QueueReport::isoUtc(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

QString QueueReport::ageText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QJsonObject QueueReport::itemToJson(const QueueItem &item) const
{
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    const qint64 age = item.created.isValid() ? qMax<qint64>(0, item.created.secsTo(m_now)) : 0;
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("kind"), EnumNames::name(item.kind)},
        {QStringLiteral("profile"), item.profileId},
        {QStringLiteral("model"), item.model},
        {QStringLiteral("res_id"), item.resId},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("summary"), item.summary},
        {QStringLiteral("reason"), item.reason},
        {QStringLiteral("store"), item.storeId > 0 ? QJsonValue(item.storeId) : QJsonValue()},
        {QStringLiteral("region"), item.storeId > 0 && m_regions.contains(item.storeId)
                                       ? QJsonValue(m_regions.value(item.storeId))
                                       : QJsonValue()},
        {QStringLiteral("severity"), EnumNames::name(item.severity)},
        {QStringLiteral("amount"), item.hasAmount ? QJsonValue(item.amount) : QJsonValue()},
        {QStringLiteral("currency"), textOrNull(item.currency)},
        {QStringLiteral("requested_by"), textOrNull(item.requestedBy)},
        {QStringLiteral("created"), item.created.isValid() ? QJsonValue(isoUtc(item.created)) : QJsonValue()},
        {QStringLiteral("age_seconds"), age},
        {QStringLiteral("sla_due"), item.slaDue.isValid() ? QJsonValue(isoUtc(item.slaDue)) : QJsonValue()},
        {QStringLiteral("state"), textOrNull(item.state)},
    };
}

QJsonArray QueueReport::toJson() const
{
    QJsonArray array;
    for (const QueueItem &item : m_items)
        array.append(itemToJson(item));
    return array;
}

QStringList QueueReport::toLines() const
{
    QList<QStringList> rows;
    for (const QueueItem &item : m_items) {
        const QString amount =
            item.hasAmount ? QStringLiteral("%1 %2").arg(item.amount, 0, 'f', 2).arg(item.currency).trimmed()
                           : QString();
        const QString age = item.created.isValid() ? ageText(item.created.secsTo(m_now)) : QString();
        rows.append({EnumNames::name(item.kind), item.title,
                     item.storeId > 0 ? tr("store %1").arg(item.storeId) : tr("HQ"),
                     EnumNames::name(item.severity), amount, age});
    }
    QList<qsizetype> widths(6, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], qMin<qsizetype>(row.at(column).size(), 48));
    }
    QStringList lines;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString cell = row.at(column);
            if (column == 4)
                line += cell.rightJustified(widths[column]);
            else if (column + 1 == row.size())
                line += cell;
            else
                line += cell.leftJustified(widths[column]);
            if (column + 1 < row.size())
                line += QStringLiteral("  ");
        }
        lines.append(line.trimmed());
    }
    return lines;
}
