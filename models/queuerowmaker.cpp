#include "queuerowmaker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

qint64 secondsOf(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : -1;
}

int assignedUserIdOf(const QJsonObject &fields)
{
    const QJsonValue value = fields.value(QLatin1String("user_id"));
    if (value.isDouble())
        return value.toInt();
    if (value.isArray())
        return value.toArray().at(0).toInt();
    return 0;
}

} // namespace

QueueRowMaker::QueueRowMaker()
{
    for (const ItemKind kind :
         {ItemKind::Unknown, ItemKind::Approval, ItemKind::Exception, ItemKind::IntegrationFailure})
        kindTexts.insert(kind, QueueRules::kindText(kind));
    noStoreText = QueueRules::noStoreText();
}

QueueRow QueueRowMaker::makeRow(const QueueItem &item)
{
    QueueRow row;
    row.kindText = kindTexts.value(item.kind);
    if (item.hasAmount) {
        // "1,234.50 EUR": the ISO code Odoo gives, after the number whatever the locale's habit.
        row.amountText =
            item.currency.isEmpty()
                ? locale.toString(item.amount, 'f', 2)
                : QStringLiteral("%1 %2").arg(locale.toString(item.amount, 'f', 2), item.currency);
    }
    row.hasAmount = item.hasAmount;
    row.amount = item.amount;
    row.createdSecs = secondsOf(item.created);
    row.dueSecs = secondsOf(item.slaDue);
    row.assignedUserId = assignedUserIdOf(item.fields);
    row.severity = item.severity;
    row.sla = QueueRules::slaState(row.createdSecs, row.dueSecs, nowSecs, slaPolicy);
    auto requesterKey = m_requesterKeys.constFind(item.requestedBy);
    if (requesterKey == m_requesterKeys.constEnd())
        requesterKey = m_requesterKeys.insert(item.requestedBy, item.requestedBy.toLower());
    row.requesterKey = *requesterKey;
    fillStore(row, item);
    fillDecision(row, item.id);
    return row;
}

QList<QueueRow> QueueRowMaker::makeRows(const QueueSnapshot &items)
{
    QList<QueueRow> rows;
    rows.reserve(items.size());
    for (const auto &item : items)
        rows.append(makeRow(*item));
    return rows;
}

void QueueRowMaker::fillStore(QueueRow &row, const QueueItem &item)
{
    if (item.storeId == 0) {
        row.storeName = noStoreText;
        row.region.clear();
    } else if (const auto store = stores.constFind(item.storeId); store != stores.constEnd()) {
        row.storeName = store->name;
        row.region = store->region;
    } else {
        auto unknown = m_unknownStoreTexts.constFind(item.storeId);
        if (unknown == m_unknownStoreTexts.constEnd()) {
            unknown = m_unknownStoreTexts.insert(
                item.storeId, QCoreApplication::translate("QueueModel", "Store %1").arg(item.storeId));
        }
        row.storeName = *unknown;
        row.region.clear();
    }
    // One allocation, lowercased in place; when lowercasing changes the length (rare special
    // casings) the title is lowercased alone to know where it ends.
    QString text;
    text.reserve(item.title.size() + item.summary.size() + row.storeName.size() + item.requestedBy.size() +
                 3);
    text.append(item.title).append(QLatin1Char('\n')).append(item.summary).append(QLatin1Char('\n'));
    text.append(row.storeName).append(QLatin1Char('\n')).append(item.requestedBy);
    const qsizetype length = text.size();
    row.searchText = std::move(text).toLower();
    row.titleLength = int(row.searchText.size() == length ? item.title.size() : item.title.toLower().size());
}

void QueueRowMaker::fillDecision(QueueRow &row, const QString &itemId) const
{
    const auto mark = decisions.constFind(itemId);
    if (mark == decisions.constEnd() || !decisionShown(mark->settledSecs)) {
        row.decisionStatus = -1;
        row.decisionSettledSecs = -1;
        return;
    }
    row.decisionStatus = int(mark->status);
    row.decisionSettledSecs = mark->settledSecs;
}

bool QueueRowMaker::decisionShown(qint64 settledSecs) const
{
    return settledSecs < 0 || nowSecs - settledSecs <= settledDecisionSeconds;
}

void QueueRowMaker::clearCaches()
{
    m_requesterKeys.clear();
    m_unknownStoreTexts.clear();
}
