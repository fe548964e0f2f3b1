#include "queuesortkeys.h"

#include <algorithm>
#include <numeric>

namespace {

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

QueueSortKeys::QueueSortKeys(const QueueModel *model)
    : m_model(model)
{}

void QueueSortKeys::setModel(const QueueModel *model)
{
    m_model = model;
    drop(0, QueueModel::ColumnCount - 1);
}

void QueueSortKeys::drop(int firstColumn, int lastColumn)
{
    for (int column = std::max(firstColumn, 0); column <= std::min(lastColumn, QueueModel::ColumnCount - 1);
         ++column)
        m_ranks[column].ranks.clear();
}

bool QueueSortKeys::lessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs,
                             bool localeAware) const
{
    if (column < 0 || column >= QueueModel::ColumnCount)
        return false;
    const Ranks &ranked = m_ranks[column];
    if (!ranked.ranks.isEmpty() && ranked.cs == cs && ranked.localeAware == localeAware)
        return ranked.ranks.at(leftRow) < ranked.ranks.at(rightRow);
    return compareRows(leftRow, rightRow, column, cs, localeAware);
}

const QList<int> *QueueSortKeys::prepare(int column, Qt::CaseSensitivity cs, bool localeAware) const
{
    if (!m_model || column < 0 || column >= QueueModel::ColumnCount || m_model->rowCount() == 0)
        return nullptr;
    Ranks &ranked = m_ranks[column];
    if (!ranked.ranks.isEmpty() && ranked.cs == cs && ranked.localeAware == localeAware)
        return &ranked.ranks;
    ranked.ranks.resize(m_model->rowCount());
    ranked.cs = cs;
    ranked.localeAware = localeAware;

    // Columns with few distinct texts (kinds, stores, regions, requesters): order the distinct
    // values, not the rows.
    const bool lowered = cs == Qt::CaseInsensitive && !localeAware;
    const auto fewValues = [&](int row) -> const QString * {
        switch (column) {
        case QueueModel::KindColumn:
            return &m_model->rowAt(row).kindText;
        case QueueModel::StoreColumn:
            return &m_model->rowAt(row).storeName;
        case QueueModel::RegionColumn:
            return &m_model->rowAt(row).region;
        case QueueModel::RequestedByColumn:
            return lowered ? &m_model->rowAt(row).requesterKey : &m_model->itemRef(row).requestedBy;
        default:
            return nullptr;
        }
    };
    if (fewValues(0)) {
        const Qt::CaseSensitivity valueCs =
            column == QueueModel::RequestedByColumn && lowered ? Qt::CaseSensitive : cs;
        const auto lessText = [valueCs, localeAware](const QString &a, const QString &b) {
            return localeAware ? QString::localeAwareCompare(a, b) < 0 : QString::compare(a, b, valueCs) < 0;
        };
        QHash<QString, int> valueIndex;
        QStringList values;
        for (qsizetype row = 0; row < m_model->rowCount(); ++row) {
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
        return &ranked.ranks;
    }

    // Numbers: sort compact (missing, value, row) keys rather than the rows.
    switch (column) {
    case QueueModel::AmountColumn:
        rankByKey<double>(ranked.ranks, [this](int row) {
            const QueueRow &cached = m_model->rowAt(row);
            return std::pair{!cached.hasAmount, cached.hasAmount ? cached.amount : 0.0};
        });
        return &ranked.ranks;
    case QueueModel::AgeColumn:
        rankByKey<qint64>(ranked.ranks, [this](int row) {
            const QueueRow &cached = m_model->rowAt(row);
            return std::pair{cached.createdSecs < 0,
                             cached.createdSecs < 0 ? 0 : m_model->nowSeconds() - cached.createdSecs};
        });
        return &ranked.ranks;
    case QueueModel::SlaColumn:
        rankByKey<qint64>(ranked.ranks, [this](int row) {
            const QueueRow &cached = m_model->rowAt(row);
            return std::pair{cached.dueSecs < 0, cached.dueSecs < 0 ? 0 : cached.dueSecs};
        });
        return &ranked.ranks;
    case QueueModel::SeverityColumn:
        rankByKey<int>(ranked.ranks, [this](int row) {
            return std::pair{false, int(m_model->rowAt(row).severity)};
        });
        return &ranked.ranks;
    case QueueModel::DecisionColumn:
        rankByKey<int>(ranked.ranks, [this](int row) {
            const int status = m_model->rowAt(row).decisionStatus;
            return std::pair{status < 0, std::max(status, 0)};
        });
        return &ranked.ranks;
    default:
        break;
    }

    QList<int> order(m_model->rowCount());
    std::iota(order.begin(), order.end(), 0);
    const auto less = [&](int left, int right) { return compareRows(left, right, column, cs, localeAware); };
    std::stable_sort(order.begin(), order.end(), less);
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order.at(i - 1), order.at(i)))
            ++rank;
        ranked.ranks[order.at(i)] = rank;
    }
    return &ranked.ranks;
}

bool QueueSortKeys::compareRows(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs,
                                bool localeAware) const
{
    const QueueRow &left = m_model->rowAt(leftRow);
    const QueueRow &right = m_model->rowAt(rightRow);
    const auto lessText = [cs, localeAware](const QString &a, const QString &b) {
        return localeAware ? QString::localeAwareCompare(a, b) < 0 : QString::compare(a, b, cs) < 0;
    };
    // Case-insensitive title and requester order compares their precomputed lowercase forms.
    const bool lowered = cs == Qt::CaseInsensitive && !localeAware;
    switch (column) {
    case QueueModel::KindColumn:
        return lessText(left.kindText, right.kindText);
    case QueueModel::TitleColumn:
        if (lowered)
            return QStringView(left.searchText).left(left.titleLength) <
                   QStringView(right.searchText).left(right.titleLength);
        return lessText(m_model->itemRef(leftRow).title, m_model->itemRef(rightRow).title);
    case QueueModel::StoreColumn:
        return lessText(left.storeName, right.storeName);
    case QueueModel::RegionColumn:
        return lessText(left.region, right.region);
    case QueueModel::AmountColumn:
        return lessOptional(left.hasAmount, left.amount, right.hasAmount, right.amount);
    case QueueModel::RequestedByColumn:
        if (lowered)
            return left.requesterKey < right.requesterKey;
        return lessText(m_model->itemRef(leftRow).requestedBy, m_model->itemRef(rightRow).requestedBy);
    case QueueModel::AgeColumn:
        return lessOptional(left.createdSecs >= 0, m_model->nowSeconds() - left.createdSecs,
                            right.createdSecs >= 0, m_model->nowSeconds() - right.createdSecs);
    case QueueModel::SlaColumn:
        return lessOptional(left.dueSecs >= 0, left.dueSecs, right.dueSecs >= 0, right.dueSecs);
    case QueueModel::SeverityColumn:
        return int(left.severity) < int(right.severity);
    case QueueModel::DecisionColumn:
        return lessOptional(left.decisionStatus >= 0, left.decisionStatus, right.decisionStatus >= 0,
                            right.decisionStatus);
    default:
        return false;
    }
}
