#include "queuepanel.h"

#include "queuefiltermodel.h"
#include "queuemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

QueuePanel::QueuePanel(QueueModel *model, QueueFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_sla(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_mine(new QCheckBox(tr("&Mine"), this))
    , m_storeChip(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_bulkBar(new QWidget(this))
    , m_bulkLabel(new QLabel(m_bulkBar))
    , m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Approvals"), QStringLiteral("approval"));
    m_kind->addItem(tr("Store exceptions"), QStringLiteral("exception"));
    m_kind->addItem(tr("Integration failures"), QStringLiteral("integration_failure"));
    m_severity->addItem(tr("Any severity"), int(SeverityRank::Unknown));
    m_severity->addItem(tr("Medium and above"), int(SeverityRank::Medium));
    m_severity->addItem(tr("High and above"), int(SeverityRank::High));
    m_severity->addItem(tr("Critical"), int(SeverityRank::Critical));
    m_sla->addItem(tr("Any SLA"), -1);
    m_sla->addItem(tr("Overdue"), int(SlaState::Overdue));
    m_sla->addItem(tr("Due soon"), int(SlaState::DueSoon));
    m_sla->addItem(tr("On time"), int(SlaState::OnTime));
    m_region->addItem(tr("All regions"), QString());
    m_storeChip->setVisible(false);
    m_storeChip->setToolTip(tr("Showing one store only; click to show every store"));
    bar->addWidget(m_search, 2);
    bar->addWidget(m_kind);
    bar->addWidget(m_severity);
    bar->addWidget(m_sla);
    bar->addWidget(m_region);
    bar->addWidget(m_mine);
    bar->addWidget(m_storeChip);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    auto *bulkLayout = new QHBoxLayout(m_bulkBar);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    bulkLayout->addWidget(m_bulkLabel);
    for (const auto &[action, label] : {std::pair{QStringLiteral("approve"), tr("Approve all")},
                                        std::pair{QStringLiteral("reject"), tr("Reject all…")},
                                        std::pair{QStringLiteral("delegate"), tr("Delegate all…")}}) {
        auto *button = new QPushButton(label, m_bulkBar);
        connect(button, &QPushButton::clicked, this,
                [this, action] { Q_EMIT decisionRequested(targetIds(), action); });
        bulkLayout->addWidget(button);
    }
    auto *clear = new QPushButton(tr("Clear selection"), m_bulkBar);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_view->selectionModel()->clearSelection();
        updateBulkBar();
    });
    bulkLayout->addWidget(clear);
    bulkLayout->addStretch();
    m_bulkBar->setVisible(false);
    layout->addWidget(m_bulkBar);

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueModel::SlaColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(QueueModel::KindColumn, 130);
    m_view->setColumnWidth(QueueModel::StoreColumn, 170);
    m_view->setColumnWidth(QueueModel::RegionColumn, 110);
    m_view->setColumnWidth(QueueModel::AmountColumn, 110);
    m_view->setColumnWidth(QueueModel::RequestedByColumn, 140);
    m_view->setColumnWidth(QueueModel::AgeColumn, 80);
    m_view->setColumnWidth(QueueModel::SlaColumn, 80);
    m_view->setColumnWidth(QueueModel::SeverityColumn, 80);
    m_view->setColumnWidth(QueueModel::DecisionColumn, 110);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &QueuePanel::applyFilters);
    for (QComboBox *combo : {m_kind, m_severity, m_sla, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueuePanel::applyFilters);
    connect(m_mine, &QCheckBox::toggled, this, &QueuePanel::applyFilters);
    connect(m_storeChip, &QPushButton::clicked, this, [this] { setStoreFilter(-1, QString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentItemChanged(currentId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePanel::updateBulkBar);
    connect(m_view, &QTableView::activated, this, [this] { Q_EMIT openRequested(currentId()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &QueuePanel::updateBulkBar);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::updateBulkBar);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QueuePanel::updateBulkBar);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    updateBulkBar();
}

void QueuePanel::setRegions(const QStringList &regions)
{
    const QString current = m_region->currentData().toString();
    const QSignalBlocker blocker(m_region);
    while (m_region->count() > 1)
        m_region->removeItem(1);
    for (const QString &region : regions)
        m_region->addItem(region, region);
    m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
}

void QueuePanel::setStoreFilter(int storeId, const QString &storeName)
{
    m_storeChip->setVisible(storeId >= 0);
    m_storeChip->setText(tr("Store: %1 ✕").arg(storeName));
    m_filter->setStoreIds(storeId >= 0 ? QSet<int>{storeId} : QSet<int>());
    updateBulkBar();
}

void QueuePanel::setRegionFilter(const QString &region)
{
    int index = m_region->findData(region);
    if (index < 0 && !region.isEmpty()) {
        m_region->addItem(region, region);
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(qMax(0, index));
}

void QueuePanel::setKindFilter(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

void QueuePanel::applyFilters()
{
    const QString kind = m_kind->currentData().toString();
    m_filter->setKinds(kind.isEmpty() ? QSet<QString>() : QSet<QString>{kind});
    m_filter->setMinimumSeverity(SeverityRank(m_severity->currentData().toInt()));
    const int sla = m_sla->currentData().toInt();
    m_filter->setSlaStates(sla < 0 ? QSet<SlaState>() : QSet<SlaState>{SlaState(sla)});
    const QString region = m_region->currentData().toString();
    m_filter->setRegions(region.isEmpty() ? QSet<QString>() : QSet<QString>{region});
    Q_EMIT regionFilterChanged(region);
    m_filter->setMineUserId(m_mine->isChecked() ? m_userId : 0);
    m_filter->setSearchText(m_search->text());
    updateBulkBar();
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

void QueuePanel::updateBulkBar()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    if (selected == 0)
        m_marking = false;
    m_bulkBar->setVisible(selected > 1);
    m_bulkLabel->setText(tr("%n items selected:", nullptr, selected));
    m_count->setText(tr("%1 of %n", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
    Q_EMIT selectionCountChanged(selected);
}

bool QueuePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_J:
            moveCurrent(1);
            return true;
        case Qt::Key_K:
            moveCurrent(-1);
            return true;
        case Qt::Key_X:
            toggleSelected();
            return true;
        case Qt::Key_A:
            Q_EMIT decisionRequested(targetIds(), QStringLiteral("approve"));
            return true;
        case Qt::Key_R:
            Q_EMIT decisionRequested(targetIds(), QStringLiteral("reject"));
            return true;
        case Qt::Key_D:
            Q_EMIT decisionRequested(targetIds(), QStringLiteral("delegate"));
            return true;
        case Qt::Key_Escape:
            m_view->selectionModel()->clearSelection();
            m_marking = false;
            updateBulkBar();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT openRequested(currentId());
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
