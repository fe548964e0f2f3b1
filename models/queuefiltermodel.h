// QueueFilterModel: filters and sorts the work queue (kind, region, store, severity, SLA state,
// "mine", free text) with typed setters; each setter re-filters once. Over a QueueModel it reads
// the rows' precomputed keys and sort ranks instead of data(), so 100k rows stay fast.
#pragma once

#include "queuemodel.h"
#include "queuerules.h"
#include "queuesortkeys.h"
#include "queueview.h"

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QStringMatcher>

class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Ranks the rows of a QueueModel source first (QueueSortKeys::prepare), then sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Empty sets mean "any".
    void setKinds(const QSet<ItemKind> &kinds);
    QSet<ItemKind> kinds() const { return m_kinds; }
    void setRegions(const QSet<QString> &regions); // "" is the region of HQ and unknown stores
    QSet<QString> regions() const { return m_regions; }
    void setStoreIds(const QSet<int> &storeIds); // 0 is HQ / no store
    QSet<int> storeIds() const { return m_storeIds; }
    void setSeverities(const QSet<Severity> &severities);
    QSet<Severity> severities() const { return m_severities; }
    // Only items at least this severe; Unknown = no minimum. Combines with setSeverities().
    void setMinimumSeverity(Severity minimum);
    Severity minimumSeverity() const { return m_minimumSeverity; }
    void setSlaStates(const QSet<SlaState> &states);
    QSet<SlaState> slaStates() const { return m_slaStates; }
    // Items requested by or assigned to (the record's user_id) this res.users id; 0 = off.
    void setMineUserId(int userId);
    int mineUserId() const { return m_mineUserId; }
    // Case-insensitive; every whitespace-separated word must appear in the item's search text.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void clearFilters();
    bool hasFilters() const;

    // Sets every filter and the sort of a saved view at once (one re-filter). `mine` uses
    // currentUserId.
    void applyView(const QueueView &view, int currentUserId);
    QueueView currentView(const QString &name = QString()) const;

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool accepts(const QueueModel::FilterKeys &keys) const;
    void refilter();
    void prepareSourceSort(int column) const;
    template<typename T>
    void setFilter(T &member, const T &value);

    QPointer<QueueModel> m_queueModel; // the source when it is a QueueModel (the fast paths)
    // The sort engine over a QueueModel source; its ranks follow QueueModel::sortKeysChanged.
    QueueSortKeys m_sortKeys;
    // The ranks of the column being sorted, for comparisons without function calls per pair;
    // null when they or the sort settings changed since.
    mutable const QList<int> *m_sortedRanks = nullptr;
    mutable int m_sortedColumn = -1;
    QSet<ItemKind> m_kinds;
    QSet<QString> m_regions;
    QSet<int> m_storeIds;
    QSet<Severity> m_severities;
    Severity m_minimumSeverity = Severity::Unknown;
    QSet<SlaState> m_slaStates;
    int m_mineUserId = 0;
    QString m_searchText;
    QStringList m_searchWords;              // lowercased
    QList<QStringMatcher> m_searchMatchers; // one per word
    quint32 m_kindMask = 0;                 // bit per ItemKind, 0 = any
    quint32 m_severityMask = 0;             // bit per Severity, 0 = any
    quint32 m_slaMask = 0;                  // bit per SlaState, 0 = any
};
