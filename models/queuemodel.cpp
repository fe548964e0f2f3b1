#include "queuemodel.h"

#include "statuspalette.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

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

// The rules of QSortFilterProxyModel for SortRole values: a missing value sorts after every
// present one.
template<typename T>
bool lessOptional(bool hasLeft, T left, bool hasRight, T right)
{
    if (!hasLeft)
        return false;
    if (!hasRight)
        return true;
    return left < right;
}

// Ranks rows by a (missing, value) key: present values in ascending order, then the missing
// ones; equal keys share a rank. keyOf(row) returns the key of a row.
template<typename Value, typename KeyOf>
void rankByKey(QList<int> &ranks, KeyOf keyOf)
{
    struct Keyed
    {
        std::pair<bool, Value> key;
        int row;
    };
    QList<Keyed> keyed;
    keyed.reserve(ranks.size());
    for (int row = 0; row < int(ranks.size()); ++row)
        keyed.append({keyOf(row), row});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) { return a.key < b.key; });
    int rank = 0;
    for (qsizetype i = 0; i < keyed.size(); ++i) {
        if (i > 0 && keyed.at(i - 1).key < keyed.at(i).key)
            ++rank;
        ranks[keyed.at(i).row] = rank;
    }
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int rank = 0; rank < int(m_severityTexts.size()); ++rank)
        m_severityTexts[rank] = QueueRules::severityText(SeverityRank(rank));
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
    dropSortRanks();
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
    dropSortRanks();
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
        emit dataChanged(index(rows.first(), firstColumn), index(rows.last(), lastColumn));
        return;
    }
    for (const auto &[first, last] : std::as_const(runs)) {
        for (int row = first; row <= last; ++row)
            update(row);
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
    }
}

void QueueModel::applyChanges(const QList<QueueItem> &upserts, const QStringList &removedIds)
{
    if (upserts.isEmpty() && removedIds.isEmpty())
        return;
    dropSortRanks();
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
    dropSortRanks(StoreColumn, RegionColumn);
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
    dropSortRanks(DecisionColumn, DecisionColumn);
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
        dropSortRanks(DecisionColumn, DecisionColumn);
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
    dropSortRanks(DecisionColumn, DecisionColumn);
    updateRows(changedRows, DecisionColumn, DecisionColumn,
               [this](int row) { m_maker.fillDecision(m_rows[row], m_items.at(row)->id); });
}

void QueueModel::setKindIcon(const QString &kind, const QIcon &icon)
{
    m_kindIcons.insert(kind, icon);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn),
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

bool QueueModel::lessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs,
                          bool localeAware) const
{
    if (column < 0 || column >= ColumnCount)
        return false;
    const SortRanks &ranked = m_sortRanks[column];
    if (!ranked.ranks.isEmpty() && ranked.cs == cs && ranked.localeAware == localeAware)
        return ranked.ranks.at(leftRow) < ranked.ranks.at(rightRow);
    return compareRows(leftRow, rightRow, column, cs, localeAware);
}

void QueueModel::prepareSort(int column, Qt::CaseSensitivity cs, bool localeAware) const
{
    if (column < 0 || column >= ColumnCount || m_rows.isEmpty())
        return;
    SortRanks &ranked = m_sortRanks[column];
    if (!ranked.ranks.isEmpty() && ranked.cs == cs && ranked.localeAware == localeAware)
        return;
    ranked.ranks.resize(m_rows.size());
    ranked.cs = cs;
    ranked.localeAware = localeAware;

    // Columns with few distinct texts (kinds, stores, regions, requesters): order the distinct
    // values, not the rows.
    const bool lowered = cs == Qt::CaseInsensitive && !localeAware;
    const auto fewValues = [&](int row) -> const QString * {
        switch (column) {
        case KindColumn:
            return &m_rows.at(row).kindText;
        case StoreColumn:
            return &m_rows.at(row).storeName;
        case RegionColumn:
            return &m_rows.at(row).region;
        case RequestedByColumn:
            return lowered ? &m_rows.at(row).requesterKey : &m_items.at(row)->requestedBy;
        default:
            return nullptr;
        }
    };
    if (fewValues(0)) {
        const Qt::CaseSensitivity valueCs = column == RequestedByColumn && lowered ? Qt::CaseSensitive : cs;
        const auto lessText = [valueCs, localeAware](const QString &a, const QString &b) {
            return localeAware ? QString::localeAwareCompare(a, b) < 0 : QString::compare(a, b, valueCs) < 0;
        };
        QHash<QString, int> valueIndex;
        QStringList values;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            const QString &value = *fewValues(int(row));
            auto found = valueIndex.constFind(value);
            if (found == valueIndex.constEnd()) {
                found = valueIndex.insert(value, int(values.size()));
                values.append(value);
            }
            ranked.ranks[row] = *found;
        }
        QList<int> order(values.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return lessText(values.at(a), values.at(b)); });
        QList<int> rankOfValue(values.size());
        int rank = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (i > 0 && lessText(values.at(order.at(i - 1)), values.at(order.at(i))))
                ++rank;
            rankOfValue[order.at(i)] = rank;
        }
        for (int &value : ranked.ranks)
            value = rankOfValue.at(value);
        return;
    }

    // Numbers: sort compact (missing, value, row) keys rather than the rows.
    switch (column) {
    case AmountColumn:
        rankByKey<double>(ranked.ranks, [this](int row) {
            const QueueRow &cached = m_rows.at(row);
            return std::pair{!cached.hasAmount, cached.hasAmount ? cached.amount : 0.0};
        });
        return;
    case AgeColumn:
        rankByKey<qint64>(ranked.ranks, [this](int row) {
            const QueueRow &cached = m_rows.at(row);
            return std::pair{cached.createdSecs < 0,
                             cached.createdSecs < 0 ? 0 : m_maker.nowSecs - cached.createdSecs};
        });
        return;
    case SlaColumn:
        rankByKey<qint64>(ranked.ranks, [this](int row) {
            const QueueRow &cached = m_rows.at(row);
            return std::pair{cached.dueSecs < 0, cached.dueSecs < 0 ? 0 : cached.dueSecs};
        });
        return;
    case SeverityColumn:
        rankByKey<int>(ranked.ranks, [this](int row) {
            return std::pair{false, int(m_rows.at(row).severity)};
        });
        return;
    case DecisionColumn:
        rankByKey<int>(ranked.ranks, [this](int row) {
            const int status = m_rows.at(row).decisionStatus;
            return std::pair{status < 0, std::max(status, 0)};
        });
        return;
    default:
        break;
    }

    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    const auto less = [&](int left, int right) { return compareRows(left, right, column, cs, localeAware); };
    std::stable_sort(order.begin(), order.end(), less);
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order.at(i - 1), order.at(i)))
            ++rank;
        ranked.ranks[order.at(i)] = rank;
    }
}

bool QueueModel::compareRows(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs,
                             bool localeAware) const
{
    const QueueRow &left = m_rows.at(leftRow);
    const QueueRow &right = m_rows.at(rightRow);
    const auto lessText = [cs, localeAware](const QString &a, const QString &b) {
        return localeAware ? QString::localeAwareCompare(a, b) < 0 : QString::compare(a, b, cs) < 0;
    };
    // Case-insensitive title and requester order compares their precomputed lowercase forms.
    const bool lowered = cs == Qt::CaseInsensitive && !localeAware;
    switch (column) {
    case KindColumn:
        return lessText(left.kindText, right.kindText);
    case TitleColumn:
        if (lowered)
            return QStringView(left.searchText).left(left.titleLength) <
                   QStringView(right.searchText).left(right.titleLength);
        return lessText(m_items.at(leftRow)->title, m_items.at(rightRow)->title);
    case StoreColumn:
        return lessText(left.storeName, right.storeName);
    case RegionColumn:
        return lessText(left.region, right.region);
    case AmountColumn:
        return lessOptional(left.hasAmount, left.amount, right.hasAmount, right.amount);
    case RequestedByColumn:
        if (lowered)
            return left.requesterKey < right.requesterKey;
        return lessText(m_items.at(leftRow)->requestedBy, m_items.at(rightRow)->requestedBy);
    case AgeColumn:
        return lessOptional(left.createdSecs >= 0, m_maker.nowSecs - left.createdSecs, right.createdSecs >= 0,
                            m_maker.nowSecs - right.createdSecs);
    case SlaColumn:
        return lessOptional(left.dueSecs >= 0, left.dueSecs, right.dueSecs >= 0, right.dueSecs);
    case SeverityColumn:
        return int(left.severity) < int(right.severity);
    case DecisionColumn:
        return lessOptional(left.decisionStatus >= 0, left.decisionStatus, right.decisionStatus >= 0,
                            right.decisionStatus);
    default:
        return false;
    }
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
            return item.title;
        case StoreColumn:
            return row.storeName;
        case RegionColumn:
            return row.region;
        case AmountColumn:
            return row.amountText;
        case RequestedByColumn:
            return item.requestedBy;
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
        return column == TitleColumn && !item.summary.isEmpty() ? QVariant(item.summary) : QVariant();
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
        return item.kind;
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

void QueueModel::dropSortRanks(int firstColumn, int lastColumn)
{
    for (int column = firstColumn; column <= lastColumn; ++column)
        m_sortRanks[column].ranks.clear();
}
