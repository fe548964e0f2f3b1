// QueueTableView: the work queue's table (whole rows, sorted by SLA, sized columns); a triage key that
// reaches it past Qt's shortcut map still triggers the action on it whose shortcut it is.
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
