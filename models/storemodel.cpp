#include "storemodel.h"

#include "statuspalette.h"

#include <QColor>

StoreModel::StoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int state = 0; state < int(m_slaTexts.size()); ++state)
        m_slaTexts[state] = QueueRules::slaStateText(SlaState(state));
}

void StoreModel::setStores(const QList<StoreInfo> &stores)
{
    beginResetModel();
    m_stores = stores;
    m_rowOf.clear();
    for (int row = 0; row < int(m_stores.size()); ++row)
        m_rowOf.insert(m_stores.at(row).id, row);
    endResetModel();
}

void StoreModel::setCounts(const QHash<int, StoreCounts> &counts)
{
    m_counts = counts;
    if (!m_stores.isEmpty())
        Q_EMIT dataChanged(index(0, OpenColumn), index(int(m_stores.size()) - 1, WorstSlaColumn));
}

StoreInfo StoreModel::storeAt(int row) const
{
    return row >= 0 && row < m_stores.size() ? m_stores.at(row) : StoreInfo();
}

StoreCounts StoreModel::countsAt(int row) const
{
    return row >= 0 && row < m_stores.size() ? m_counts.value(m_stores.at(row).id) : StoreCounts();
}

int StoreModel::rowOfStore(int storeId) const
{
    return m_rowOf.value(storeId, -1);
}

int StoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stores.size());
}

int StoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_stores.size())
        return {};
    const StoreInfo &store = m_stores.at(index.row());
    const auto found = m_counts.constFind(store.id);
    const StoreCounts &counts = found != m_counts.constEnd() ? *found : m_noCounts;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return store.name;
        case CodeColumn:
            return store.code;
        case CityColumn:
            return store.city;
        case RegionColumn:
            return store.region;
        case OpenColumn:
            return counts.open;
        case ApprovalsColumn:
            return counts.count(QStringLiteral("approval"));
        case ExceptionsColumn:
            return counts.count(QStringLiteral("exception"));
        case IntegrationFailuresColumn:
            return counts.count(QStringLiteral("integration_failure"));
        case WorstSlaColumn:
            if (role == SortRole)
                return int(counts.worstSla);
            return counts.worstSla == SlaState::None ? QVariant()
                                                     : QVariant(m_slaTexts[int(counts.worstSla)]);
        default:
            return {};
        }
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
        if (column == WorstSlaColumn) {
            const QColor colour = role == Qt::ForegroundRole ? StatusPalette::slaForeground(counts.worstSla)
                                                             : StatusPalette::slaBackground(counts.worstSla);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= OpenColumn && column <= IntegrationFailuresColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StoreIdRole:
        return store.id;
    case RegionRole:
        return store.region;
    case LatitudeRole:
        return store.hasCoordinates ? QVariant(store.latitude) : QVariant();
    case LongitudeRole:
        return store.hasCoordinates ? QVariant(store.longitude) : QVariant();
    case HasCoordinatesRole:
        return store.hasCoordinates;
    case OpenCountRole:
        return counts.open;
    case WorstSlaRole:
        return int(counts.worstSla);
    case CountsByKindRole: {
        QVariantMap byKind;
        for (auto it = counts.byKind.cbegin(); it != counts.byKind.cend(); ++it)
            byKind.insert(it.key(), it.value());
        return byKind;
    }
    default:
        return {};
    }
}

QVariant StoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Store");
    case CodeColumn:
        return tr("Code");
    case CityColumn:
        return tr("City");
    case RegionColumn:
        return tr("Region");
    case OpenColumn:
        return tr("Open");
    case ApprovalsColumn:
        return tr("Approvals");
    case ExceptionsColumn:
        return tr("Exceptions");
    case IntegrationFailuresColumn:
        return tr("Integration failures");
    case WorstSlaColumn:
        return tr("Worst SLA");
    default:
        return {};
    }
}

Qt::ItemFlags StoreModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> StoreModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
        {StoreIdRole, "storeId"},
        {RegionRole, "region"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {HasCoordinatesRole, "hasCoordinates"},
        {OpenCountRole, "openCount"},
        {WorstSlaRole, "worstSla"},
        {CountsByKindRole, "countsByKind"},
        {SortRole, "sort"},
    });
    return names;
}
