// QueueSortKeys: the sort engine a sorting proxy keeps for a QueueModel: orders rows like
// QSortFilterProxyModel on SortRole values, and ranks a column once so that sorting 100k rows
// compares two integers per pair until the model says that column's keys changed.
#pragma once

#include "queuemodel.h"

#include <QList>

#include <array>

class QueueSortKeys
{
public:
    explicit QueueSortKeys(const QueueModel *model = nullptr);

    // A new source: every rank is dropped.
    void setModel(const QueueModel *model);
    // Numbers as numbers, a missing value after every present one, text with `cs` (or locale
    // aware; case-insensitive title and requester compare their lowercase forms). Uses the ranks
    // when prepare() made them for these settings.
    bool lessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs, bool localeAware) const;
    // Ranks every row on `column`; worth it before sorting many rows. The ranks by row, valid
    // until drop() covers the column (nullptr when there is nothing to rank).
    const QList<int> *prepare(int column, Qt::CaseSensitivity cs, bool localeAware) const;
    // Forgets the ranks of [firstColumn, lastColumn] (QueueModel::sortKeysChanged).
    void drop(int firstColumn, int lastColumn);

private:
    struct Ranks
    {
        QList<int> ranks; // empty when stale
        Qt::CaseSensitivity cs = Qt::CaseSensitive;
        bool localeAware = false;
    };

    bool compareRows(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs, bool localeAware) const;

    const QueueModel *m_model;
    mutable std::array<Ranks, QueueModel::ColumnCount> m_ranks;
};
