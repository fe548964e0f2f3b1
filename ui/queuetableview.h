// QueueTableView: the work queue's table: rows selected whole, sorted by SLA, the columns sized
// for the queue; the triage keys of the actions added to it still work when they reach the table
// past Qt's shortcut map.
#pragma once

#include <QTableView>

class QueueTableView : public QTableView
{
    Q_OBJECT
public:
    explicit QueueTableView(QWidget *parent = nullptr);

    // Shows `model` (the queue's filter over a QueueModel), sorted by SLA, with the column widths.
    void setQueueModel(QAbstractItemModel *model);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
