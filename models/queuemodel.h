// QueueModel: the work queue as a table (one row per QueueItem) with store names, regions, SLA
// states and pending decisions joined in. Precomputes per row what views, filters and sorting read,
// so 100k rows stay fast; incremental changes never reset the model.
#pragma once

#include "domain/decision.h"
#include "domain/queueitem.h"
#include "domain/storeinfo.h"
#include "queuerowmaker.h"
#include "queuerules.h"
#include "queuesnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <array>

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        TitleColumn,
        StoreColumn,
        RegionColumn,
        AmountColumn,
        RequestedByColumn,
        AgeColumn,
        SlaColumn,
        SeverityColumn,
        DecisionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Every role answers on every column of a row, except SortRole (per column).
    enum Role {
        ItemIdRole = Qt::UserRole, // QString "<model>:<res_id>"
        KindRole,                  // QString, the ItemKind's name: "approval", "exception"…
        StoreIdRole,               // int, 0 = HQ / no store
        RegionRole,                // QString, empty for HQ and unknown stores
        SeverityRole,              // int(Severity)
        SlaStateRole,              // int(SlaState) against now()
        SortRole,                  // the column's value to sort by (numbers for amount, age, SLA…)
        ItemRole,                  // QVariant::fromValue(QueueItem)
        DecisionStatusRole,        // int(Decision::Status) while shown, invalid otherwise
        RequestedByIdRole,         // int res.users id, 0 when unknown
        AssignedUserIdRole,        // int, the record's user_id when it has one, else 0
        SearchTextRole,            // QString: title, summary, store, requester, lowercased
    };
    Q_ENUM(Role)

    // What QueueFilterModel filters on, as the roles of the same names give it. The texts are
    // views into the model (or the caller's strings): valid until the model changes.
    struct FilterKeys
    {
        ItemKind kind = ItemKind::Unknown;
        QStringView region;
        QStringView searchText;
        int storeId = 0;
        int severity = 0; // int(Severity)
        int slaState = 0; // int(SlaState)
        int requestedById = 0;
        int assignedUserId = 0;
    };

    explicit QueueModel(QObject *parent = nullptr);

    // Replaces every item (a model reset); ids are unique. Pass an rvalue to move the items in
    // without copying them.
    void setItems(QList<QueueItem> items);
    void setItems(const QueueSnapshot &items);
    // Removes removedIds first, then updates the upserts already present in place and appends the
    // new ones (row removals, dataChanged, one row insertion; never a reset). An id in both ends
    // present; unknown removed ids are ignored; of duplicate upserts the last wins.
    void applyChanges(const QList<QueueItem> &upserts, const QStringList &removedIds);
    void setStores(const QList<StoreInfo> &stores);
    // Shows the latest decision on its item (newer createdAt wins; the same decision id updates).
    // Kept for items that are not in the model yet.
    void setDecision(const Decision &decision);
    void clearDecision(const QString &itemId);
    void clearDecisions();
    // The clock for ages and SLA states; emits dataChanged for the rows whose age, SLA or decision
    // text changed.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    void setSlaPolicy(const SlaPolicy &policy);
    SlaPolicy slaPolicy() const { return m_maker.slaPolicy; }
    // How long a settled decision stays visible on its row after it settled (default 10 min).
    void setSettledDecisionSeconds(qint64 seconds);
    // The icon of a kind in the Kind column (none by default: the UI owns the icons).
    void setKindIcon(ItemKind kind, const QIcon &icon);

    QueueItem itemAt(int row) const;
    // The filter keys of a row without going through data() (row must be valid).
    FilterKeys filterKeys(int row) const;
    int rowOf(const QString &itemId) const;
    // All items in row order; O(1) to copy and hand to a worker thread, and changing the model
    // afterwards never copies the items.
    QueueSnapshot items() const { return m_items; }
    QList<StoreInfo> stores() const { return m_maker.stores.values(); }

    // Loading many items without blocking the GUI thread: take rowMaker() here, make the rows on
    // any thread (QueueRowMaker::makeRows, see QueueLoad), then setItems(prepared) here. Rows made
    // before a later change of the stores, decisions, clock or SLA policy are made again.
    QueueRowMaker rowMaker() const { return m_maker; }
    void setItems(PreparedQueue prepared);

    // For QueueSortKeys: a row's precomputed values and its item (row must be valid), the clock.
    const QueueRow &rowAt(int row) const { return m_rows.at(row); }
    const QueueItem &itemRef(int row) const { return *m_items.at(row); }
    qint64 nowSeconds() const { return m_maker.nowSecs; }

    // Stable names of the columns for saved views ("kind", "title", … "decision").
    static QString columnKey(int column);
    static int columnFromKey(const QString &key); // -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The sort keys of [firstColumn, lastColumn] changed (emitted before the rows' own signals), so
    // that a proxy's QueueSortKeys drops its ranks of them.
    void sortKeysChanged(int firstColumn, int lastColumn);

private:
    void refreshDecision(const QString &itemId);
    QString ageText(qint64 seconds) const;
    QVariant sortValue(const QueueRow &row, const QueueItem &item, int column) const;
    // Brings m_rowOf up to date from m_rowIndexDirtyFrom on (rows move after removals).
    void rebuildRowIndex() const;
    // Runs update(row) on the given rows (sorted, unique) and emits dataChanged over
    // [firstColumn, lastColumn]: run by run of contiguous rows, each run changed just before its
    // signal (a sorting proxy re-sorts a run against rows that are still as it knows them), or,
    // when the runs are many, all rows at once with one signal spanning them.
    template<typename Update>
    void updateRows(const QList<int> &rows, int firstColumn, int lastColumn, Update update);

    void resetRows();

    QueueSnapshot m_items;
    QList<QueueRow> m_rows;
    mutable QHash<QString, int> m_rowOf;
    mutable int m_rowIndexDirtyFrom = 0;
    QHash<ItemKind, QIcon> m_kindIcons;
    std::array<QString, 5> m_severityTexts;
    std::array<QString, 4> m_slaTexts;
    std::array<QString, 5> m_decisionTexts;
    std::array<QVariant, 4> m_slaForegrounds;
    std::array<QVariant, 4> m_slaBackgrounds;
    QueueRowMaker m_maker; // texts, stores, decisions, clock and SLA policy the rows are made from
    QDateTime m_now;
    mutable QHash<qint64, QString> m_ageTexts; // by age key (minutes under a day, else hours)
};
