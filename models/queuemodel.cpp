#include "queuemodel.h"

#include "domain/printabletext.h"
#include "statuspalette.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>
#include <limits>

namespace {

constexpr std::array<const char *, QueueModel::ColumnCount> columnKeys{
    "kind", "title", "store", "region", "amount", "requested_by", "age", "sla", "severity", "decision",
};

// Above this many separate runs of changed rows, one dataChanged covers them all.
constexpr int MaxChangedRuns = 64;
constexpr qint64 SecondsPerDay = 86400;
// Age keys: minutes under a day, DayKeyBase + hours from a day on (what the text shows).
constexpr qint64 DayKeyBase = std::numeric_limits<qint32>::max();

qint64 secondsOf(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : -1;
}

qint64 ageKeyOf(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    return seconds < SecondsPerDay ? seconds / 60 : DayKeyBase + seconds / 3600;
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int rank = 0; rank < int(m_severityTexts.size()); ++rank)
        m_severityTexts[rank] = QueueRules::severityText(Severity(rank));
    for (int state = 0; state < int(m_slaTexts.size()); ++state) {
        m_slaTexts[state] = QueueRules::slaStateText(SlaState(state));
        const QColor foreground = StatusPalette::slaForeground(SlaState(state));
        const QColor background = StatusPalette::slaBackground(SlaState(state));
        m_slaForegrounds[state] = foreground.isValid() ? QVariant(foreground) : QVariant();
        m_slaBackgrounds[state] = background.isValid() ? QVariant(background) : QVariant();
    }
    m_decisionTexts = {tr("Pending"), tr("Applied"), tr("Conflict"), tr("Refused"), tr("Failed")};
    m_now = QDateTime::currentDateTimeUtc();
    m_maker.nowSecs = m_now.toSecsSinceEpoch();
}

void QueueModel::setItems(QList<QueueItem> items)
{
    beginResetModel();
    m_items = makeQueueSnapshot(std::move(items));
    resetRows();
    endResetModel();
}

void QueueModel::setItems(PreparedQueue prepared)
{
    if (prepared.generation != m_maker.generation || prepared.rows.size() != prepared.items.size()) {
        setItems(prepared.items);
        return;
    }
    beginResetModel();
    Q_EMIT sortKeysChanged(0, ColumnCount - 1);
    m_maker.clearCaches();
    m_items = std::move(prepared.items);
    m_rows = std::move(prepared.rows);
    if (prepared.rowOf.size() == m_items.size()) {
        m_rowOf = std::move(prepared.rowOf);
        m_rowIndexDirtyFrom = std::numeric_limits<int>::max();
    } else {
        m_rowOf.clear();
        m_rowOf.reserve(m_items.size());
        m_rowIndexDirtyFrom = 0;
        rebuildRowIndex();
    }
    endResetModel();
}

void QueueModel::setItems(const QueueSnapshot &items)
{
    beginResetModel();
    m_items = items;
    resetRows();
    endResetModel();
}

void QueueModel::resetRows()
{
    Q_EMIT sortKeysChanged(0, ColumnCount - 1);
    m_maker.clearCaches();
    m_rows.clear();
    m_rows.reserve(m_items.size());
    for (const auto &item : std::as_const(m_items))
        m_rows.append(m_maker.makeRow(*item));
    m_rowOf.clear();
    m_rowOf.reserve(m_items.size());
    m_rowIndexDirtyFrom = 0;
    rebuildRowIndex();
}

template<typename Update>
void QueueModel::updateRows(const QList<int> &rows, int firstColumn, int lastColumn, Update update)
{
    if (rows.isEmpty())
        return;
    QList<std::pair<int, int>> runs;
    for (const int row : rows) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.size() > MaxChangedRuns) {
        for (const int row : rows)
            update(row);
        Q_EMIT dataChanged(index(rows.first(), firstColumn), index(rows.last(), lastColumn));
        return;
    }
    for (const auto &[first, last] : std::as_const(runs)) {
        for (int row = first; row <= last; ++row)
            update(row);
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
    }
}

void QueueModel::applyChanges(const QList<QueueItem> &upserts, const QStringList &removedIds)
{
    if (upserts.isEmpty() && removedIds.isEmpty())
        return;
    Q_EMIT sortKeysChanged(0, ColumnCount - 1);
    QHash<QString, qsizetype> lastUpsert;
    lastUpsert.reserve(upserts.size());
    for (qsizetype i = 0; i < upserts.size(); ++i)
        lastUpsert.insert(upserts.at(i).id, i);

    QList<int> removedRows;
    for (const QString &id : removedIds) {
        const int row = rowOf(id);
        if (row >= 0 && !lastUpsert.contains(id))
            removedRows.append(row);
    }
    std::sort(removedRows.begin(), removedRows.end(), std::greater<int>());
    removedRows.erase(std::unique(removedRows.begin(), removedRows.end()), removedRows.end());
    // Highest run first, so the rows of the runs still to remove keep their numbers.
    for (qsizetype i = 0; i < removedRows.size();) {
        const int last = removedRows.at(i);
        int first = last;
        while (++i < removedRows.size() && removedRows.at(i) == first - 1)
            first = removedRows.at(i);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowOf.remove(m_items.at(row)->id);
        m_items.remove(first, last - first + 1);
        m_rows.remove(first, last - first + 1);
        m_rowIndexDirtyFrom = std::min(m_rowIndexDirtyFrom, first);
        endRemoveRows();
    }

    QHash<int, qsizetype> upsertOfRow;
    QList<qsizetype> appended;
    for (qsizetype i = 0; i < upserts.size(); ++i) {
        if (lastUpsert.value(upserts.at(i).id) != i)
            continue;
        const int row = rowOf(upserts.at(i).id);
        if (row < 0)
            appended.append(i);
        else
            upsertOfRow.insert(row, i);
    }
    QList<int> changedRows = upsertOfRow.keys();
    std::sort(changedRows.begin(), changedRows.end());
    updateRows(changedRows, 0, ColumnCount - 1, [&](int row) {
        const QueueItem &item = upserts.at(upsertOfRow.value(row));
        m_items[row] = std::make_shared<const QueueItem>(item);
        m_rows[row] = m_maker.makeRow(item);
    });

    if (appended.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(appended.size()) - 1);
    for (const qsizetype i : std::as_const(appended)) {
        m_items.append(std::make_shared<const QueueItem>(upserts.at(i)));
        m_rows.append(m_maker.makeRow(upserts.at(i)));
    }
    rebuildRowIndex();
    for (int row = first; row < int(m_items.size()); ++row)
        m_rowOf.insert(m_items.at(row)->id, row);
    endInsertRows();
}

void QueueModel::setStores(const QList<StoreInfo> &stores)
{
    ++m_maker.generation;
    m_maker.stores.clear();
    m_maker.stores.reserve(stores.size());
    for (const StoreInfo &store : stores)
        m_maker.stores.insert(store.id, store);

    QList<int> changedRows;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        QueueRow updated = m_rows.at(row);
        m_maker.fillStore(updated, *m_items.at(row));
        if (updated.storeName != m_rows.at(row).storeName || updated.region != m_rows.at(row).region)
            changedRows.append(row);
    }
    if (changedRows.isEmpty())
        return;
    Q_EMIT sortKeysChanged(StoreColumn, RegionColumn);
    updateRows(changedRows, StoreColumn, RegionColumn,
               [this](int row) { m_maker.fillStore(m_rows[row], *m_items.at(row)); });
}

void QueueModel::setDecision(const Decision &decision)
{
    if (decision.itemId.isEmpty())
        return;
    const auto existing = m_maker.decisions.constFind(decision.itemId);
    if (existing != m_maker.decisions.constEnd() && existing->decisionId != decision.id &&
        decision.createdAt < existing->createdAt)
        return;

    QueueDecisionMark mark;
    mark.decisionId = decision.id;
    mark.status = decision.status;
    mark.createdAt = decision.createdAt;
    if (decision.isSettled())
        mark.settledSecs = secondsOf(decision.updatedAt.isValid() ? decision.updatedAt : decision.createdAt);
    m_maker.decisions.insert(decision.itemId, mark);
    ++m_maker.generation;
    refreshDecision(decision.itemId);
}

void QueueModel::clearDecision(const QString &itemId)
{
    if (m_maker.decisions.remove(itemId)) {
        ++m_maker.generation;
        refreshDecision(itemId);
    }
}

void QueueModel::clearDecisions()
{
    const QStringList itemIds = m_maker.decisions.keys();
    for (const QString &itemId : itemIds)
        clearDecision(itemId);
}

void QueueModel::refreshDecision(const QString &itemId)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Q_EMIT sortKeysChanged(DecisionColumn, DecisionColumn);
    updateRows({row}, DecisionColumn, DecisionColumn,
               [&](int changed) { m_maker.fillDecision(m_rows[changed], itemId); });
}

void QueueModel::setNow(const QDateTime &now)
{
    if (!now.isValid())
        return;
    const qint64 oldNowSecs = m_maker.nowSecs;
    m_now = now.toUTC();
    m_maker.nowSecs = m_now.toSecsSinceEpoch();
    if (m_maker.nowSecs == oldNowSecs)
        return;
    ++m_maker.generation;

    // Settled decisions out of their window no longer show: forget them.
    for (auto it = m_maker.decisions.begin(); it != m_maker.decisions.end();) {
        if (it->settledSecs >= 0 && m_maker.nowSecs - it->settledSecs > m_maker.settledDecisionSeconds)
            it = m_maker.decisions.erase(it);
        else
            ++it;
    }

    // Age order is creation order and SLA order due order, whatever the clock; the SLA state
    // and the shown decision are kept per row and change row by row below.
    QList<int> changedRows;
    bool decisionsExpire = false;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const QueueRow &cached = m_rows.at(row);
        const bool ageMoved = cached.createdSecs >= 0 && ageKeyOf(oldNowSecs - cached.createdSecs) !=
                                                             ageKeyOf(m_maker.nowSecs - cached.createdSecs);
        const bool slaMoved = QueueRules::slaState(cached.createdSecs, cached.dueSecs, m_maker.nowSecs,
                                                   m_maker.slaPolicy) != cached.sla;
        const bool decisionExpires =
            cached.decisionStatus >= 0 && !m_maker.decisionShown(cached.decisionSettledSecs);
        decisionsExpire = decisionsExpire || decisionExpires;
        if (ageMoved || slaMoved || decisionExpires)
            changedRows.append(row);
    }
    if (decisionsExpire)
        Q_EMIT sortKeysChanged(DecisionColumn, DecisionColumn);
    updateRows(changedRows, AgeColumn, DecisionColumn, [this](int row) {
        QueueRow &cached = m_rows[row];
        cached.sla =
            QueueRules::slaState(cached.createdSecs, cached.dueSecs, m_maker.nowSecs, m_maker.slaPolicy);
        if (cached.decisionStatus >= 0 && !m_maker.decisionShown(cached.decisionSettledSecs)) {
            cached.decisionStatus = -1;
            cached.decisionSettledSecs = -1;
        }
    });
}

void QueueModel::setSlaPolicy(const SlaPolicy &policy)
{
    if (policy == m_maker.slaPolicy)
        return;
    m_maker.slaPolicy = policy;
    ++m_maker.generation;
    QList<int> changedRows;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const QueueRow &cached = m_rows.at(row);
        if (QueueRules::slaState(cached.createdSecs, cached.dueSecs, m_maker.nowSecs, m_maker.slaPolicy) !=
            cached.sla)
            changedRows.append(row);
    }
    updateRows(changedRows, SlaColumn, SlaColumn, [this](int row) {
        QueueRow &cached = m_rows[row];
        cached.sla =
            QueueRules::slaState(cached.createdSecs, cached.dueSecs, m_maker.nowSecs, m_maker.slaPolicy);
    });
}

void QueueModel::setSettledDecisionSeconds(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds == m_maker.settledDecisionSeconds)
        return;
    m_maker.settledDecisionSeconds = seconds;
    ++m_maker.generation;
    QList<int> changedRows;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        QueueRow updated = m_rows.at(row);
        m_maker.fillDecision(updated, m_items.at(row)->id);
        if (updated.decisionStatus != m_rows.at(row).decisionStatus)
            changedRows.append(row);
    }
    if (changedRows.isEmpty())
        return;
    Q_EMIT sortKeysChanged(DecisionColumn, DecisionColumn);
    updateRows(changedRows, DecisionColumn, DecisionColumn,
               [this](int row) { m_maker.fillDecision(m_rows[row], m_items.at(row)->id); });
}

void QueueModel::setKindIcon(ItemKind kind, const QIcon &icon)
{
    m_kindIcons.insert(kind, icon);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn),
                           {Qt::DecorationRole});
}

QueueItem QueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? *m_items.at(row) : QueueItem();
}

QueueModel::FilterKeys QueueModel::filterKeys(int row) const
{
    const QueueRow &cached = m_rows.at(row);
    const QueueItem &item = *m_items.at(row);
    return {item.kind,       cached.region,      cached.searchText,    item.storeId, int(cached.severity),
            int(cached.sla), item.requestedById, cached.assignedUserId};
}

int QueueModel::rowOf(const QString &itemId) const
{
    rebuildRowIndex();
    return m_rowOf.value(itemId, -1);
}

QString QueueModel::columnKey(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QString::fromLatin1(columnKeys[column]);
}

int QueueModel::columnFromKey(const QString &key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (key == QLatin1String(columnKeys[column]))
            return column;
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex QueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const QueueRow &row = m_rows.at(index.row());
    const QueueItem &item = *m_items.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn:
            return row.kindText;
        case TitleColumn:
            return PrintableText::escaped(item.title); // no bidi override turns a title around
        case StoreColumn:
            return row.storeName;
        case RegionColumn:
            return row.region;
        case AmountColumn:
            return row.amountText;
        case RequestedByColumn:
            return PrintableText::escaped(item.requestedBy);
        case AgeColumn:
            return row.createdSecs >= 0 ? QVariant(ageText(m_maker.nowSecs - row.createdSecs)) : QVariant();
        case SlaColumn:
            return row.sla == SlaState::None ? QVariant() : QVariant(m_slaTexts[int(row.sla)]);
        case SeverityColumn:
            return m_severityTexts[int(row.severity)];
        case DecisionColumn:
            return row.decisionStatus >= 0 ? QVariant(m_decisionTexts[row.decisionStatus]) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == TitleColumn && !item.summary.isEmpty()
                   ? QVariant(PrintableText::escaped(item.summary))
                   : QVariant();
    case Qt::DecorationRole:
        if (column == KindColumn) {
            const auto icon = m_kindIcons.constFind(item.kind);
            if (icon != m_kindIcons.constEnd())
                return *icon;
        }
        return {};
    case Qt::ForegroundRole:
        return column == SlaColumn ? m_slaForegrounds[int(row.sla)] : QVariant();
    case Qt::BackgroundRole:
        return column == SlaColumn ? m_slaBackgrounds[int(row.sla)] : QVariant();
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.id;
    case KindRole:
        return EnumNames::name(item.kind);
    case StoreIdRole:
        return item.storeId;
    case RegionRole:
        return row.region;
    case SeverityRole:
        return int(row.severity);
    case SlaStateRole:
        return int(row.sla);
    case SortRole:
        return sortValue(row, item, column);
    case ItemRole:
        return QVariant::fromValue(item);
    case DecisionStatusRole:
        return row.decisionStatus >= 0 ? QVariant(row.decisionStatus) : QVariant();
    case RequestedByIdRole:
        return item.requestedById;
    case AssignedUserIdRole:
        return row.assignedUserId;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == AmountColumn || section == AgeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case StoreColumn:
        return tr("Store");
    case RegionColumn:
        return tr("Region");
    case AmountColumn:
        return tr("Amount");
    case RequestedByColumn:
        return tr("Requested by");
    case AgeColumn:
        return tr("Age");
    case SlaColumn:
        return tr("SLA");
    case SeverityColumn:
        return tr("Severity");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

Qt::ItemFlags QueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
        {ItemIdRole, "itemId"},
        {KindRole, "kind"},
        {StoreIdRole, "storeId"},
        {RegionRole, "region"},
        {SeverityRole, "severity"},
        {SlaStateRole, "slaState"},
        {SortRole, "sort"},
        {ItemRole, "item"},
        {DecisionStatusRole, "decisionStatus"},
        {RequestedByIdRole, "requestedById"},
        {AssignedUserIdRole, "assignedUserId"},
        {SearchTextRole, "searchText"},
    });
    return names;
}

QString QueueModel::ageText(qint64 seconds) const
{
    const qint64 key = ageKeyOf(seconds);
    const auto cached = m_ageTexts.constFind(key);
    if (cached != m_ageTexts.constEnd())
        return *cached;
    seconds = std::max<qint64>(seconds, 0);
    QString text;
    if (seconds < 3600)
        text = tr("%1 min").arg(seconds / 60);
    else if (seconds < SecondsPerDay)
        text = tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    else
        text = tr("%1 d %2 h").arg(seconds / SecondsPerDay).arg(seconds % SecondsPerDay / 3600);
    m_ageTexts.insert(key, text);
    return text;
}

QVariant QueueModel::sortValue(const QueueRow &row, const QueueItem &item, int column) const
{
    switch (column) {
    case KindColumn:
        return row.kindText;
    case TitleColumn:
        return item.title;
    case StoreColumn:
        return row.storeName;
    case RegionColumn:
        return row.region;
    case AmountColumn:
        return row.hasAmount ? QVariant(row.amount) : QVariant();
    case RequestedByColumn:
        return item.requestedBy;
    case AgeColumn:
        return row.createdSecs >= 0 ? QVariant(m_maker.nowSecs - row.createdSecs) : QVariant();
    case SlaColumn:
        return row.dueSecs >= 0 ? QVariant(row.dueSecs) : QVariant();
    case SeverityColumn:
        return int(row.severity);
    case DecisionColumn:
        return row.decisionStatus >= 0 ? QVariant(row.decisionStatus) : QVariant();
    default:
        return {};
    }
}

void QueueModel::rebuildRowIndex() const
{
    if (m_rowIndexDirtyFrom >= m_items.size()) {
        m_rowIndexDirtyFrom = std::numeric_limits<int>::max();
        return;
    }
    for (int row = m_rowIndexDirtyFrom; row < int(m_items.size()); ++row)
        m_rowOf.insert(m_items.at(row)->id, row);
    m_rowIndexDirtyFrom = std::numeric_limits<int>::max();
}
