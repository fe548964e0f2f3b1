#include "queuepanel.h"

#include "queuefilterbar.h"
#include "queuefiltermodel.h"
#include "queuemodel.h"
#include "queuetableview.h"
#include "savedviewsbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

QueuePanel::QueuePanel(QueueModel *model, QueueFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_viewsBar(new SavedViewsBar(this))
    , m_filterBar(new QueueFilterBar(model, filter, m_viewsBar, this))
    , m_view(new QueueTableView(this))
    , m_bulkBar(new QWidget(this))
    , m_bulkLabel(new QLabel(m_bulkBar))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);

    auto *bulkLayout = new QHBoxLayout(m_bulkBar);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    bulkLayout->addWidget(m_bulkLabel);
    for (const auto &[action, label] : {std::pair{Decision::Action::Approve, tr("Approve all")},
                                        std::pair{Decision::Action::Reject, tr("Reject all…")},
                                        std::pair{Decision::Action::Delegate, tr("Delegate all…")}}) {
        auto *button = new QPushButton(label, m_bulkBar);
        connect(button, &QPushButton::clicked, this,
                [this, action] { Q_EMIT decisionRequested(targetIds(), action); });
        bulkLayout->addWidget(button);
    }
    auto *clear = new QPushButton(tr("Clear selection"), m_bulkBar);
    connect(clear, &QPushButton::clicked, this, &QueuePanel::clearSelection);
    bulkLayout->addWidget(clear);
    bulkLayout->addStretch();
    m_bulkBar->setVisible(false);
    layout->addWidget(m_bulkBar);

    m_view->setQueueModel(m_filter);
    for (const ItemKind kind : EnumNames::known<ItemKind>())
        m_model->setKindIcon(kind, QIcon(QStringLiteral(":/icons/kind-%1.svg").arg(EnumNames::name(kind))));
    addTriageActions();
    layout->addWidget(m_view, 1);

    connect(m_filterBar, &QueueFilterBar::edited, this, &QueuePanel::applyFilters);
    connect(m_filterBar, &QueueFilterBar::storesCleared, this, [this] { setStoreFilter(-1, QString()); });
    connect(m_filterBar, &QueueFilterBar::regionFilterChanged, this, &QueuePanel::regionFilterChanged);
    connect(m_viewsBar, &SavedViewsBar::viewChosen, this, &QueuePanel::applyView);
    connect(m_viewsBar, &SavedViewsBar::allItemsChosen, this, &QueuePanel::chooseAllItems);
    connect(m_viewsBar, &SavedViewsBar::saveClicked, this, &QueuePanel::saveView);
    connect(m_viewsBar, &SavedViewsBar::deleteClicked, this, &QueuePanel::deleteView);
    // Whoever changes the filter (this bar, a chart, the map), the bar shows it.
    connect(m_filter, &QueueFilterModel::filtersChanged, this, [this] {
        if (m_pushing)
            return;
        showFilterState();
        showViewState();
    });
    // After the table sorted (it connected first): a view includes its sort.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &QueuePanel::showViewState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentItemChanged(currentId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePanel::updateBulkBar);
    connect(m_view, &QTableView::activated, this, [this] { Q_EMIT openRequested(currentId()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &QueuePanel::updateBulkBar);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::updateBulkBar);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QueuePanel::updateBulkBar);
    setSavedViews({});
    showFilterState();
    updateBulkBar();
}

void QueuePanel::setRegions(const QStringList &regions)
{
    m_filterBar->setRegions(regions);
}

void QueuePanel::setStoreFilter(int storeId, const QString &storeName)
{
    if (storeId >= 0 && !storeName.isEmpty())
        m_filterBar->setStoreName(storeId, storeName);
    changeFilter([&] { m_filter->setStoreIds(storeId >= 0 ? QSet<int>{storeId} : QSet<int>()); });
}

void QueuePanel::setCurrentUserId(int userId)
{
    m_filterBar->setCurrentUserId(userId);
    changeFilter([this] { m_filter->setMineUserId(m_filterBar->mineUserId()); });
}

void QueuePanel::setRegionFilter(const QString &region)
{
    changeFilter([&] { m_filter->setRegions(region.isEmpty() ? QSet<QString>() : QSet<QString>{region}); });
}

void QueuePanel::setKindFilter(std::optional<ItemKind> kind)
{
    changeFilter([&] { m_filter->setKinds(kind ? QSet<ItemKind>{*kind} : QSet<ItemKind>()); });
}

void QueuePanel::applyFilters()
{
    changeFilter([this] { m_filterBar->applyToFilter(); });
}

template<typename Change>
void QueuePanel::changeFilter(Change change)
{
    {
        const QScopedValueRollback pushing(m_pushing, true);
        change();
    }
    showFilterState();
    showViewState();
    updateBulkBar();
}

void QueuePanel::showFilterState()
{
    {
        QHeaderView *header = m_view->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_filter->sortColumn(), m_filter->sortOrder());
    }
    m_filterBar->showFilterState();
}

void QueuePanel::setSavedViews(const QList<QueueView> &views)
{
    m_viewsBar->setSavedViews(views);
    showViewState();
}

QList<QueueView> QueuePanel::savedViews() const
{
    return m_viewsBar->savedViews();
}

QString QueuePanel::activeViewName() const
{
    return m_viewsBar->activeViewName();
}

bool QueuePanel::isActiveViewModified() const
{
    return m_viewsBar->isActiveViewModified();
}

QueueView QueuePanel::currentView(const QString &name) const
{
    QueueView view = m_filter->currentView(name);
    view.mine = m_filterBar->isMineChecked(); // kept while nobody is signed in, when the filter cannot use it
    return view;
}

void QueuePanel::applyView(const QueueView &view)
{
    const QueueView applied = view; // `view` may be one of the saved views
    m_viewsBar->setBaseViewName(applied.name);
    m_filterBar->setMineChecked(applied.mine);
    changeFilter([&] { m_filter->applyView(applied, m_filterBar->currentUserId()); });
}

void QueuePanel::chooseAllItems()
{
    m_viewsBar->setBaseViewName(QString());
    m_filterBar->setMineChecked(false);
    changeFilter([this] { m_filter->clearFilters(); });
}

void QueuePanel::showViewState()
{
    m_viewsBar->showState(currentView(), !m_filter->hasFilters() && !m_filterBar->isMineChecked());
}

void QueuePanel::saveView()
{
    const QString name = m_viewsBar->askSaveName();
    if (name.isEmpty())
        return;
    const QueueView view = currentView(name);
    m_viewsBar->setBaseViewName(name);
    Q_EMIT saveViewRequested(view);
    showViewState();
}

void QueuePanel::deleteView()
{
    const QString name = m_viewsBar->askDeleteName();
    if (name.isEmpty())
        return;
    m_viewsBar->setBaseViewName(QString());
    Q_EMIT deleteViewRequested(name);
    showViewState();
}

QTableView *QueuePanel::view() const
{
    return m_view;
}

QString QueuePanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(QueueModel::ItemIdRole).toString() : QString();
}

QStringList QueuePanel::targetIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() > 1 || (m_marking && !rows.isEmpty())) {
        for (const QModelIndex &index : rows)
            ids.append(index.data(QueueModel::ItemIdRole).toString());
        return ids;
    }
    if (!currentId().isEmpty())
        ids.append(currentId());
    return ids;
}

void QueuePanel::selectItem(const QString &itemId)
{
    const int sourceRow = m_model->rowOf(itemId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void QueuePanel::moveCurrent(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    const QModelIndex next = m_filter->index(row, qMax(0, current.column()));
    // With a bulk selection, moving keeps it; otherwise the selection follows.
    const bool bulk = m_marking || m_view->selectionModel()->selectedRows().size() > 1;
    m_view->selectionModel()->setCurrentIndex(next, bulk ? QItemSelectionModel::NoUpdate
                                                         : QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_view->scrollTo(next);
}

void QueuePanel::toggleSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (!m_marking) {
        // The first X starts a bulk selection of its own: the row that was merely current is not in it.
        m_view->selectionModel()->clearSelection();
        m_marking = true;
    }
    m_view->selectionModel()->select(current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
    updateBulkBar();
}

void QueuePanel::clearSelection()
{
    m_view->selectionModel()->clearSelection();
    m_marking = false;
    updateBulkBar();
}

void QueuePanel::updateBulkBar()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    if (selected == 0)
        m_marking = false;
    m_bulkBar->setVisible(selected > 1);
    m_bulkLabel->setText(tr("%n items selected:", nullptr, selected));
    m_filterBar->showCount();
    Q_EMIT selectionCountChanged(selected);
}

void QueuePanel::addTriageActions()
{
    // On the table: typing in the search or a filter never triages. Shift is ignored as it always
    // was (Shift+J moves like J); Enter on the keypad is Enter.
    const auto add = [this](const char *name, const QString &text, QList<QKeySequence> keys, auto run) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        const QList<QKeySequence> plain = keys;
        for (const QKeySequence &key : plain)
            keys.append(QKeySequence(QKeyCombination(Qt::ShiftModifier, key[0].key())));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        //: The tooltip of a keyboard action: what it does (its shortcut)
        action->setToolTip(tr("%1 (%2)").arg(text, plain.constFirst().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, run);
        m_view->addAction(action);
    };
    add("nextItemAction", tr("Next item"), {Qt::Key_J}, [this] { moveCurrent(1); });
    add("previousItemAction", tr("Previous item"), {Qt::Key_K}, [this] { moveCurrent(-1); });
    add("toggleSelectedAction", tr("Select for a bulk decision"), {Qt::Key_X}, [this] { toggleSelected(); });
    add("approveAction", tr("Approve"), {Qt::Key_A},
        [this] { Q_EMIT decisionRequested(targetIds(), Decision::Action::Approve); });
    add("rejectAction", tr("Reject…"), {Qt::Key_R},
        [this] { Q_EMIT decisionRequested(targetIds(), Decision::Action::Reject); });
    add("delegateAction", tr("Delegate…"), {Qt::Key_D},
        [this] { Q_EMIT decisionRequested(targetIds(), Decision::Action::Delegate); });
    add("clearSelectionAction", tr("Clear selection"), {Qt::Key_Escape}, [this] { clearSelection(); });
    add("openItemAction", tr("Open the detail"), {Qt::Key_Return, Qt::Key_Enter},
        [this] { Q_EMIT openRequested(currentId()); });
}
