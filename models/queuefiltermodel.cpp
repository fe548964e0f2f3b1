#include "queuefiltermodel.h"

#include <algorithm>

namespace {

quint32 bitOf(int value)
{
    return value >= 0 && value < 31 ? 1u << value : 0u;
}

template<typename Enum>
quint32 maskOf(const QSet<Enum> &values)
{
    quint32 mask = 0;
    for (const Enum value : values)
        mask |= bitOf(int(value));
    return mask;
}

} // namespace

QueueFilterModel::QueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QueueModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // Ranks are made for one role and one way of comparing text: another one needs new ones.
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, [this] { m_sortedRanks = nullptr; });
    connect(this, &QSortFilterProxyModel::sortCaseSensitivityChanged, this,
            [this] { m_sortedRanks = nullptr; });
    connect(this, &QSortFilterProxyModel::sortLocaleAwareChanged, this, [this] { m_sortedRanks = nullptr; });
}

void QueueFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_queueModel) {
        disconnect(m_queueModel, &QueueModel::sortKeysChanged, this, nullptr);
        disconnect(m_queueModel, &QAbstractItemModel::modelReset, this, nullptr);
    }
    m_queueModel = qobject_cast<QueueModel *>(sourceModel);
    m_sortKeys.setModel(m_queueModel);
    m_sortedRanks = nullptr;
    // Connected before the proxy's own handling, so that the ranks are dropped before it re-sorts,
    // and its re-sort after a reset compares ranks, not rows.
    if (m_queueModel) {
        connect(m_queueModel, &QueueModel::sortKeysChanged, this, [this](int first, int last) {
            m_sortKeys.drop(first, last);
            if (m_sortedColumn >= first && m_sortedColumn <= last)
                m_sortedRanks = nullptr;
        });
        connect(m_queueModel, &QAbstractItemModel::modelReset, this,
                [this] { prepareSourceSort(sortColumn()); });
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void QueueFilterModel::sort(int column, Qt::SortOrder order)
{
    prepareSourceSort(column);
    QSortFilterProxyModel::sort(column, order);
}

void QueueFilterModel::prepareSourceSort(int column) const
{
    m_sortedRanks = nullptr;
    if (m_queueModel && column >= 0 && column < QueueModel::ColumnCount &&
        sortRole() == QueueModel::SortRole) {
        m_sortedRanks = m_sortKeys.prepare(column, sortCaseSensitivity(), isSortLocaleAware());
        m_sortedColumn = column;
    }
}

template<typename T>
void QueueFilterModel::setFilter(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    refilter();
}

void QueueFilterModel::setKinds(const QSet<ItemKind> &kinds)
{
    setFilter(m_kinds, kinds);
}

void QueueFilterModel::setRegions(const QSet<QString> &regions)
{
    setFilter(m_regions, regions);
}

void QueueFilterModel::setStoreIds(const QSet<int> &storeIds)
{
    setFilter(m_storeIds, storeIds);
}

void QueueFilterModel::setSeverities(const QSet<Severity> &severities)
{
    setFilter(m_severities, severities);
}

void QueueFilterModel::setMinimumSeverity(Severity minimum)
{
    setFilter(m_minimumSeverity, minimum);
}

void QueueFilterModel::setSlaStates(const QSet<SlaState> &states)
{
    setFilter(m_slaStates, states);
}

void QueueFilterModel::setMineUserId(int userId)
{
    setFilter(m_mineUserId, std::max(userId, 0));
}

void QueueFilterModel::setSearchText(const QString &text)
{
    setFilter(m_searchText, text);
}

void QueueFilterModel::clearFilters()
{
    if (!hasFilters())
        return;
    m_kinds.clear();
    m_regions.clear();
    m_storeIds.clear();
    m_severities.clear();
    m_minimumSeverity = Severity::Unknown;
    m_slaStates.clear();
    m_mineUserId = 0;
    m_searchText.clear();
    refilter();
}

bool QueueFilterModel::hasFilters() const
{
    return !m_kinds.isEmpty() || !m_regions.isEmpty() || !m_storeIds.isEmpty() || !m_severities.isEmpty() ||
           m_minimumSeverity != Severity::Unknown || !m_slaStates.isEmpty() || m_mineUserId != 0 ||
           !m_searchWords.isEmpty();
}

void QueueFilterModel::applyView(const QueueView &view, int currentUserId)
{
    m_kinds = view.kinds;
    m_regions = view.regions;
    m_storeIds = view.storeIds;
    m_severities = view.severities;
    m_minimumSeverity = view.minimumSeverity;
    m_slaStates = view.slaStates;
    m_mineUserId = view.mine ? std::max(currentUserId, 0) : 0;
    m_searchText = view.text;
    refilter();
    sort(view.sortColumn, view.sortOrder);
}

QueueView QueueFilterModel::currentView(const QString &name) const
{
    QueueView view;
    view.name = name;
    view.kinds = m_kinds;
    view.regions = m_regions;
    view.storeIds = m_storeIds;
    view.severities = m_severities;
    view.minimumSeverity = m_minimumSeverity;
    view.slaStates = m_slaStates;
    view.mine = m_mineUserId != 0;
    view.text = m_searchText;
    view.sortColumn = sortColumn();
    view.sortOrder = sortOrder();
    return view;
}

void QueueFilterModel::refilter()
{
    m_searchWords = m_searchText.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_searchMatchers.clear();
    for (const QString &word : std::as_const(m_searchWords))
        m_searchMatchers.append(QStringMatcher(word));
    m_kindMask = maskOf(m_kinds);
    m_severityMask = maskOf(m_severities);
    if (m_minimumSeverity != Severity::Unknown) {
        quint32 atLeast = 0;
        for (int rank = int(m_minimumSeverity); rank <= int(Severity::Critical); ++rank)
            atLeast |= bitOf(rank);
        m_severityMask = m_severityMask == 0 ? atLeast : (m_severityMask & atLeast);
        if (m_severityMask == 0)
            m_severityMask = 1u << 31; // a set and a minimum that exclude each other: nothing passes
    }
    m_slaMask = maskOf(m_slaStates);
    // invalidate(), not invalidateFilter(): a filter change shows or hides thousands of scattered
    // rows, which QSortFilterProxyModel inserts and removes interval by interval (quadratic:
    // seconds at 100k rows); rebuilding the mapping is linear (plus the sort).
    prepareSourceSort(sortColumn());
    invalidate();
    Q_EMIT filtersChanged();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_queueModel && !sourceParent.isValid())
        return accepts(m_queueModel->filterKeys(sourceRow));
    // Any other source: the same keys through its roles.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString region = index.data(QueueModel::RegionRole).toString();
    const QString searchText = index.data(QueueModel::SearchTextRole).toString();
    QueueModel::FilterKeys keys;
    keys.kind = EnumNames::fromName<ItemKind>(index.data(QueueModel::KindRole).toString())
                    .value_or(ItemKind::Unknown);
    keys.region = region;
    keys.searchText = searchText;
    keys.storeId = index.data(QueueModel::StoreIdRole).toInt();
    keys.severity = index.data(QueueModel::SeverityRole).toInt();
    keys.slaState = index.data(QueueModel::SlaStateRole).toInt();
    keys.requestedById = index.data(QueueModel::RequestedByIdRole).toInt();
    keys.assignedUserId = index.data(QueueModel::AssignedUserIdRole).toInt();
    return accepts(keys);
}

bool QueueFilterModel::accepts(const QueueModel::FilterKeys &keys) const
{
    if (!m_storeIds.isEmpty() && !m_storeIds.contains(keys.storeId))
        return false;
    if (m_kindMask != 0 && !(m_kindMask & bitOf(int(keys.kind))))
        return false;
    if (m_severityMask != 0 && !(m_severityMask & bitOf(keys.severity)))
        return false;
    if (m_slaMask != 0 && !(m_slaMask & bitOf(keys.slaState)))
        return false;
    if (m_mineUserId != 0 && keys.requestedById != m_mineUserId && keys.assignedUserId != m_mineUserId)
        return false;
    // The set is small (a few regions): comparing beats building a QString to look up.
    const auto containsText = [](const QSet<QString> &set, QStringView text) {
        return std::any_of(set.cbegin(), set.cend(), [text](const QString &value) { return value == text; });
    };
    if (!m_regions.isEmpty() && !containsText(m_regions, keys.region))
        return false;
    for (const QStringMatcher &word : m_searchMatchers) {
        if (word.indexIn(keys.searchText) < 0)
            return false;
    }
    return true;
}

bool QueueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_sortedRanks && left.column() == m_sortedColumn && right.column() == m_sortedColumn &&
        left.model() == m_queueModel && right.model() == m_queueModel)
        return m_sortedRanks->at(left.row()) < m_sortedRanks->at(right.row());
    if (m_queueModel && sortRole() == QueueModel::SortRole && left.model() == m_queueModel &&
        right.model() == m_queueModel && left.column() == right.column())
        return m_sortKeys.lessThan(left.row(), right.row(), left.column(), sortCaseSensitivity(),
                                   isSortLocaleAware());
    return QSortFilterProxyModel::lessThan(left, right);
}
