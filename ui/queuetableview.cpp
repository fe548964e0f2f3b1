#include "queuetableview.h"

#include "queuemodel.h"
#include "queuerules.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>

QueueTableView::QueueTableView(QWidget *parent)
    : QTableView(parent)
{}

void QueueTableView::setQueueModel(QAbstractItemModel *model)
{
    setModel(model);
    setSortingEnabled(true);
    sortByColumn(QueueModel::SlaColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QueueModel::TitleColumn, QHeaderView::Stretch);
    // The title takes what the other columns leave (about 155 px at 1360 px wide).
    const std::pair<int, int> widths[] = {
        {QueueModel::KindColumn, 118},        {QueueModel::StoreColumn, 175},
        {QueueModel::RegionColumn, 110},      {QueueModel::AmountColumn, 105},
        {QueueModel::RequestedByColumn, 120}, {QueueModel::AgeColumn, 72},
        {QueueModel::SlaColumn, 72},          {QueueModel::SeverityColumn, 66},
        {QueueModel::DecisionColumn, 78}};
    for (const auto &[column, width] : widths)
        setColumnWidth(column, width);
    // The kind column fits its longest label in this language ("Integration failure" was cut to
    // "Integration f…"), next to the icon.
    int kindWidth = 0;
    for (const ItemKind kind : EnumNames::known<ItemKind>())
        kindWidth = qMax(kindWidth, fontMetrics().horizontalAdvance(QueueRules::kindText(kind)));
    setColumnWidth(
        QueueModel::KindColumn,
        qMax(118, kindWidth + style()->pixelMetric(QStyle::PM_SmallIconSize) + fontMetrics().height() + 8));
}

void QueueTableView::keyPressEvent(QKeyEvent *event)
{
    // Qt's shortcut map serves the active window only: a key sent to the table while no window is
    // active (as tests do under the offscreen platform once a dialog closed) triggers the action
    // it is the shortcut of all the same, instead of the table's keyboard search.
    const QKeySequence key(QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    const QList<QAction *> triage = actions();
    for (QAction *action : triage) {
        if (action->isEnabled() && action->shortcuts().contains(key)) {
            action->trigger();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}
