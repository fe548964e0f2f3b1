#include "queuepanel.h"

#include "queuefiltermodel.h"
#include "queuemodel.h"
#include "queuerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Filter combos: what an entry stands for (its key, compared with the filter's state) and whether
// it was added to show a state the fixed entries do not cover (a saved view's, a missing region).
constexpr int KeyRole = Qt::UserRole;
constexpr int AddedRole = Qt::UserRole + 1;

// View combo: which kind of entry, and the saved view's name.
constexpr int EntryRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
enum ViewEntry { AllItemsEntry, SavedViewEntry, UnsavedEntry };

template<typename Enum>
QList<Enum> sortedValues(const QSet<Enum> &values)
{
    QList<Enum> sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QStringList sortedStrings(const QSet<QString> &values)
{
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort();
    return sorted;
}

QSet<QString> stringSet(const QVariant &key)
{
    const QStringList list = key.toStringList();
    return QSet<QString>(list.cbegin(), list.cend());
}

// Kinds and regions: the sorted names (empty = any). SLA states: the sorted ints. Severity: the
// minimum first, then the sorted ranks of the exact set.
QVariant namesKey(const QSet<QString> &names)
{
    return sortedStrings(names);
}

QVariant slaKey(const QSet<SlaState> &states)
{
    QVariantList key;
    for (const SlaState state : sortedValues(states))
        key.append(int(state));
    return key;
}

QSet<SlaState> slaStates(const QVariant &key)
{
    QSet<SlaState> states;
    for (const QVariant &state : key.toList())
        states.insert(SlaState(state.toInt()));
    return states;
}

QVariant severityKey(SeverityRank minimum, const QSet<SeverityRank> &ranks)
{
    QVariantList key{int(minimum)};
    for (const SeverityRank rank : sortedValues(ranks))
        key.append(int(rank));
    return key;
}

SeverityRank severityMinimum(const QVariant &key)
{
    const QVariantList list = key.toList();
    return list.isEmpty() ? SeverityRank::Unknown : SeverityRank(list.first().toInt());
}

QSet<SeverityRank> severityRanks(const QVariant &key)
{
    QSet<SeverityRank> ranks;
    const QVariantList list = key.toList();
    for (qsizetype i = 1; i < list.size(); ++i)
        ranks.insert(SeverityRank(list.at(i).toInt()));
    return ranks;
}

QString regionText(const QString &region)
{
    return region.isEmpty() ? QueueRules::noStoreText() : region;
}

// Selects the entry of `key`, adding one labelled `label` when there is none; drops the entries
// added before that are no longer selected.
void selectKey(QComboBox *combo, const QVariant &key, const QString &label)
{
    int index = -1;
    for (int i = 0; i < combo->count() && index < 0; ++i) {
        if (combo->itemData(i, KeyRole) == key)
            index = i;
    }
    if (index < 0) {
        combo->addItem(label, key);
        index = combo->count() - 1;
        combo->setItemData(index, true, AddedRole);
        combo->setItemData(index, label, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(index);
    for (int i = combo->count() - 1; i >= 0; --i) {
        if (i != combo->currentIndex() && combo->itemData(i, AddedRole).toBool())
            combo->removeItem(i);
    }
}

} // namespace

// Labels of the entries added for states the fixed entries do not cover.
namespace {

QString kindsLabel(const QSet<QString> &kinds)
{
    QStringList texts;
    for (const QString &kind : sortedStrings(kinds))
        texts.append(QueueRules::kindText(kind));
    return texts.join(QueuePanel::tr(", "));
}

QString regionsLabel(const QSet<QString> &regions)
{
    QStringList texts;
    for (const QString &region : sortedStrings(regions))
        texts.append(regionText(region));
    return texts.join(QueuePanel::tr(", "));
}

QString slaLabel(const QSet<SlaState> &states)
{
    QStringList texts;
    for (const SlaState state : sortedValues(states))
        texts.append(state == SlaState::None ? QueuePanel::tr("No SLA") : QueueRules::slaStateText(state));
    return texts.join(QueuePanel::tr(", "));
}

QString severityLabel(SeverityRank minimum, const QSet<SeverityRank> &ranks)
{
    QStringList texts;
    for (const SeverityRank rank : sortedValues(ranks))
        texts.append(rank == SeverityRank::Unknown ? QueuePanel::tr("Unknown severity")
                                                   : QueueRules::severityText(rank));
    if (minimum != SeverityRank::Unknown)
        texts.append(QueuePanel::tr("%1 and above").arg(QueueRules::severityText(minimum)));
    return texts.join(QueuePanel::tr(", "));
}

} // namespace

QueuePanel::QueuePanel(QueueModel *model, QueueFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_viewCombo(new QComboBox(this))
    , m_saveView(new QPushButton(tr("Save view…"), this))
    , m_deleteView(new QPushButton(tr("Delete view"), this))
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
    m_viewCombo->setObjectName(QStringLiteral("viewCombo"));
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    m_deleteView->setObjectName(QStringLiteral("deleteViewButton"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_sla->setObjectName(QStringLiteral("slaCombo"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_mine->setObjectName(QStringLiteral("mineCheck"));
    m_storeChip->setObjectName(QStringLiteral("storeChip"));

    const QKeySequence saveKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_viewCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_viewCombo->setMinimumContentsLength(24);
    m_viewCombo->setToolTip(tr("Saved views: choose one to apply its filters and sort; “All items” "
                               "clears the filters. Choose a view again to undo your changes to it."));
    m_saveView->setToolTip(tr("Save the current filters and sort as a named view (%1)")
                               .arg(saveKeys.toString(QKeySequence::NativeText)));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setToolTip(tr("Every word must appear in the title, summary, store or requester"));
    m_search->setClearButtonEnabled(true);
    m_kind->setToolTip(tr("Show one kind of item"));
    m_kind->addItem(tr("All kinds"), namesKey({}));
    m_kind->addItem(tr("Approvals"), namesKey({QStringLiteral("approval")}));
    m_kind->addItem(tr("Store exceptions"), namesKey({QStringLiteral("exception")}));
    m_kind->addItem(tr("Integration failures"), namesKey({QStringLiteral("integration_failure")}));
    m_severity->setToolTip(tr("Show items at least this severe"));
    m_severity->addItem(tr("Any severity"), severityKey(SeverityRank::Unknown, {}));
    m_severity->addItem(tr("Medium and above"), severityKey(SeverityRank::Medium, {}));
    m_severity->addItem(tr("High and above"), severityKey(SeverityRank::High, {}));
    m_severity->addItem(tr("Critical"), severityKey(SeverityRank::Critical, {}));
    m_sla->setToolTip(tr("Show items by their SLA state"));
    m_sla->addItem(tr("Any SLA"), slaKey({}));
    m_sla->addItem(tr("Overdue"), slaKey({SlaState::Overdue}));
    m_sla->addItem(tr("Due soon"), slaKey({SlaState::DueSoon}));
    m_sla->addItem(tr("On time"), slaKey({SlaState::OnTime}));
    m_region->setToolTip(tr("Show the stores of one region"));
    m_region->addItem(tr("All regions"), namesKey({}));
    m_mine->setToolTip(tr("Show only items requested by or assigned to me"));
    m_storeChip->setVisible(false);
    m_storeChip->setToolTip(tr("Showing some stores only; click to show every store"));
    auto *viewLabel = new QLabel(tr("&View:"), this);
    viewLabel->setBuddy(m_viewCombo);
    // Two rows, so that neither the search nor a long view name gets squeezed beside the
    // detail panel: the view and the search, then the filters.
    bar->addWidget(viewLabel);
    bar->addWidget(m_viewCombo);
    bar->addWidget(m_saveView);
    bar->addWidget(m_deleteView);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo : {m_kind, m_severity, m_sla, m_region}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // entries a view adds may be long
        filters->addWidget(combo);
    }
    filters->addWidget(m_mine);
    filters->addWidget(m_storeChip);
    filters->addStretch(1);
    layout->addLayout(filters);

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
    // The title takes what the other columns leave (about 180 px at 1360 px wide).
    const std::pair<int, int> widths[] = {
        {QueueModel::KindColumn, 118},        {QueueModel::StoreColumn, 150},
        {QueueModel::RegionColumn, 110},      {QueueModel::AmountColumn, 105},
        {QueueModel::RequestedByColumn, 120}, {QueueModel::AgeColumn, 72},
        {QueueModel::SlaColumn, 72},          {QueueModel::SeverityColumn, 66},
        {QueueModel::DecisionColumn, 78}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    // The kind column fits its longest label in this language ("Integration failure" was cut to
    // "Integration f…"), next to the icon.
    int kindWidth = 0;
    for (const char *kind : {"approval", "exception", "integration_failure"})
        kindWidth =
            qMax(kindWidth,
                 m_view->fontMetrics().horizontalAdvance(QueueRules::kindText(QString::fromLatin1(kind))));
    m_view->setColumnWidth(QueueModel::KindColumn,
                           qMax(118, kindWidth + m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) +
                                         m_view->fontMetrics().height() + 8));
    for (const char *kind : {"approval", "exception", "integration_failure"}) {
        m_model->setKindIcon(QString::fromLatin1(kind),
                             QIcon(QStringLiteral(":/icons/kind-%1.svg").arg(QString::fromLatin1(kind))));
    }
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &QueuePanel::applyFilters);
    for (QComboBox *combo : {m_kind, m_severity, m_sla, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueuePanel::applyFilters);
    connect(m_mine, &QCheckBox::toggled, this, &QueuePanel::applyFilters);
    connect(m_storeChip, &QPushButton::clicked, this, [this] { setStoreFilter(-1, QString()); });
    connect(m_viewCombo, &QComboBox::activated, this, &QueuePanel::chooseView);
    connect(m_saveView, &QPushButton::clicked, this, &QueuePanel::saveView);
    connect(m_deleteView, &QPushButton::clicked, this, &QueuePanel::deleteView);
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
    // "N of M" follows the queue too: the proxy reports nothing for rows it filters out or while
    // it maps lazily, so count once things settle after any change on either side.
    for (QAbstractItemModel *source :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(source, &QAbstractItemModel::rowsInserted, this, &QueuePanel::scheduleCount);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::scheduleCount);
        connect(source, &QAbstractItemModel::modelReset, this, &QueuePanel::scheduleCount);
        connect(source, &QAbstractItemModel::layoutChanged, this, &QueuePanel::scheduleCount);
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *save = new QShortcut(saveKeys, this);
    connect(save, &QShortcut::activated, this, &QueuePanel::saveView);
    setTabOrder(m_viewCombo, m_saveView);
    setTabOrder(m_saveView, m_deleteView);
    setTabOrder(m_deleteView, m_search);
    setSavedViews({});
    showFilterState();
    updateBulkBar();
}

void QueuePanel::setRegions(const QStringList &regions)
{
    const QSignalBlocker blocker(m_region);
    while (m_region->count() > 1)
        m_region->removeItem(1);
    for (const QString &region : regions)
        m_region->addItem(regionText(region), namesKey({region}));
    selectKey(m_region, namesKey(m_filter->regions()), regionsLabel(m_filter->regions()));
}

void QueuePanel::setStoreFilter(int storeId, const QString &storeName)
{
    if (storeId >= 0 && !storeName.isEmpty())
        m_storeNames.insert(storeId, storeName);
    changeFilter([&] { m_filter->setStoreIds(storeId >= 0 ? QSet<int>{storeId} : QSet<int>()); });
}

void QueuePanel::setCurrentUserId(int userId)
{
    m_userId = std::max(userId, 0);
    changeFilter([this] { m_filter->setMineUserId(m_mine->isChecked() ? m_userId : 0); });
}

void QueuePanel::setRegionFilter(const QString &region)
{
    changeFilter([&] { m_filter->setRegions(region.isEmpty() ? QSet<QString>() : QSet<QString>{region}); });
}

void QueuePanel::setKindFilter(const QString &kind)
{
    changeFilter([&] { m_filter->setKinds(kind.isEmpty() ? QSet<QString>() : QSet<QString>{kind}); });
}

void QueuePanel::applyFilters()
{
    // Read every widget first: each setter below re-filters on its own.
    const QSet<QString> kinds = stringSet(m_kind->currentData(KeyRole));
    const QVariant severity = m_severity->currentData(KeyRole);
    const QSet<SlaState> sla = slaStates(m_sla->currentData(KeyRole));
    const QSet<QString> regions = stringSet(m_region->currentData(KeyRole));
    const int mineUserId = m_mine->isChecked() ? m_userId : 0;
    const QString text = m_search->text();
    changeFilter([&] {
        m_filter->setKinds(kinds);
        m_filter->setSeverities(severityRanks(severity));
        m_filter->setMinimumSeverity(severityMinimum(severity));
        m_filter->setSlaStates(sla);
        m_filter->setRegions(regions);
        m_filter->setMineUserId(mineUserId);
        m_filter->setSearchText(text);
    });
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
    const QSignalBlocker kind(m_kind), severity(m_severity), sla(m_sla), region(m_region), mine(m_mine),
        search(m_search), header(m_view->horizontalHeader());
    selectKey(m_kind, namesKey(m_filter->kinds()), kindsLabel(m_filter->kinds()));
    selectKey(m_severity, severityKey(m_filter->minimumSeverity(), m_filter->severities()),
              severityLabel(m_filter->minimumSeverity(), m_filter->severities()));
    selectKey(m_sla, slaKey(m_filter->slaStates()), slaLabel(m_filter->slaStates()));
    selectKey(m_region, namesKey(m_filter->regions()), regionsLabel(m_filter->regions()));
    if (m_userId != 0)
        m_mine->setChecked(m_filter->mineUserId() != 0);
    if (m_search->text() != m_filter->searchText())
        m_search->setText(m_filter->searchText());

    const QList<int> storeIds = sortedValues(m_filter->storeIds());
    QStringList storeNames;
    for (const int storeId : storeIds)
        storeNames.append(storeText(storeId));
    m_storeChip->setVisible(!storeIds.isEmpty());
    m_storeChip->setText(storeIds.size() == 1 ? tr("Store: %1 ✕").arg(storeNames.constFirst())
                                              : tr("Stores: %1 ✕").arg(storeNames.join(tr(", "))));

    m_view->horizontalHeader()->setSortIndicator(m_filter->sortColumn(), m_filter->sortOrder());

    const QSet<QString> regions = m_filter->regions();
    const QString highlighted = regions.size() == 1 ? *regions.cbegin() : QString();
    if (highlighted != m_shownRegion) {
        m_shownRegion = highlighted;
        Q_EMIT regionFilterChanged(highlighted);
    }
}

void QueuePanel::setSavedViews(const QList<QueueView> &views)
{
    m_savedViews = views;
    const QSignalBlocker blocker(m_viewCombo);
    m_viewCombo->clear();
    m_viewCombo->addItem(tr("All items"), AllItemsEntry);
    m_viewCombo->setItemData(0, tr("Clear every filter"), Qt::ToolTipRole);
    for (const QueueView &view : views) {
        m_viewCombo->addItem(view.name, SavedViewEntry);
        m_viewCombo->setItemData(m_viewCombo->count() - 1, view.name, NameRole);
        m_viewCombo->setItemData(m_viewCombo->count() - 1, view.name, Qt::ToolTipRole);
    }
    showViewState();
}

const QueueView *QueuePanel::savedView(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    const auto found = std::find_if(m_savedViews.cbegin(), m_savedViews.cend(),
                                    [&name](const QueueView &view) { return view.name == name; });
    return found == m_savedViews.cend() ? nullptr : &*found;
}

QString QueuePanel::activeViewName() const
{
    return savedView(m_baseViewName) ? m_baseViewName : QString();
}

QueueView QueuePanel::currentView(const QString &name) const
{
    QueueView view = m_filter->currentView(name);
    view.mine = m_mine->isChecked(); // kept while nobody is signed in, when the filter cannot use it
    return view;
}

void QueuePanel::applyView(const QueueView &view)
{
    const QueueView applied = view; // `view` may be one of m_savedViews
    m_baseViewName = applied.name;
    {
        const QSignalBlocker blocker(m_mine);
        m_mine->setChecked(applied.mine);
    }
    changeFilter([&] { m_filter->applyView(applied, m_userId); });
}

void QueuePanel::chooseView(int index)
{
    switch (m_viewCombo->itemData(index, EntryRole).toInt()) {
    case AllItemsEntry: {
        m_baseViewName.clear();
        const QSignalBlocker blocker(m_mine);
        m_mine->setChecked(false);
        changeFilter([this] { m_filter->clearFilters(); });
        break;
    }
    case SavedViewEntry:
        if (const QueueView *view = savedView(m_viewCombo->itemData(index, NameRole).toString()))
            applyView(*view);
        break;
    default: // the unsaved state is what the filters show already
        break;
    }
}

void QueuePanel::showViewState()
{
    const QueueView state = currentView();
    const auto matches = [&state](const QueueView &saved) {
        QueueView named = state;
        named.name = saved.name;
        return named == saved;
    };
    const bool unfiltered = !m_filter->hasFilters() && !m_mine->isChecked();
    const QueueView *base = savedView(m_baseViewName);
    QString shownName; // the saved view shown as is
    bool allItems = false;
    if (base && matches(*base)) {
        shownName = base->name;
    } else if (!base && unfiltered) {
        allItems = true;
    } else if (const auto same = std::find_if(m_savedViews.cbegin(), m_savedViews.cend(), matches);
               same != m_savedViews.cend()) {
        shownName = same->name;
    } else {
        allItems = unfiltered;
    }
    if (!shownName.isEmpty())
        m_baseViewName = shownName;
    else if (allItems)
        m_baseViewName.clear();
    m_viewModified = shownName.isEmpty() && !allItems;
    base = savedView(m_baseViewName);

    const QSignalBlocker blocker(m_viewCombo);
    for (int i = m_viewCombo->count() - 1; i >= 0; --i) {
        if (m_viewCombo->itemData(i, EntryRole).toInt() == UnsavedEntry)
            m_viewCombo->removeItem(i);
    }
    if (m_viewModified) {
        // On top of the list: what the table shows now; the saved view itself stays below it.
        const QString text = base ? tr("%1 (modified)").arg(base->name) : tr("Unsaved filters");
        m_viewCombo->insertItem(0, text, UnsavedEntry);
        QFont italic = m_viewCombo->font();
        italic.setItalic(true);
        m_viewCombo->setItemData(0, italic, Qt::FontRole);
        m_viewCombo->setItemData(0,
                                 base ? tr("The filters were changed since the view was chosen; "
                                           "save to keep the changes")
                                      : tr("These filters are not saved as a view"),
                                 Qt::ToolTipRole);
        m_viewCombo->setCurrentIndex(0);
    } else {
        int index = 0;
        for (int i = 0; i < m_viewCombo->count(); ++i) {
            if (m_viewCombo->itemData(i, EntryRole).toInt() == (allItems ? AllItemsEntry : SavedViewEntry) &&
                (allItems || m_viewCombo->itemData(i, NameRole).toString() == shownName))
                index = i;
        }
        m_viewCombo->setCurrentIndex(index);
    }
    m_deleteView->setEnabled(base != nullptr);
    m_deleteView->setToolTip(base ? tr("Delete the saved view “%1”").arg(base->name)
                                  : tr("Choose a saved view to delete it"));
}

void QueuePanel::saveView()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveViewDialog"));
    dialog.setWindowTitle(tr("Save view"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(tr("Save the current filters and sort as the view:"));
    dialog.setTextValue(activeViewName());
    dialog.setOkButtonText(tr("Save"));
    if (auto *buttons = dialog.findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        const auto enableOk = [ok](const QString &name) { ok->setEnabled(!name.trimmed().isEmpty()); };
        connect(&dialog, &QInputDialog::textValueChanged, ok, enableOk);
        enableOk(dialog.textValue());
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return;
    if (name != activeViewName() && savedView(name) &&
        QMessageBox::question(this, tr("Replace view"),
                              tr("A view named “%1” exists already. Replace it?").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QueueView view = currentView(name);
    m_baseViewName = name;
    Q_EMIT saveViewRequested(view);
    showViewState();
}

void QueuePanel::deleteView()
{
    const QString name = activeViewName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete view"),
                              tr("Delete the saved view “%1”? The filters stay as they are.").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_baseViewName.clear();
    Q_EMIT deleteViewRequested(name);
    showViewState();
}

QString QueuePanel::storeText(int storeId) const
{
    if (m_storeNames.contains(storeId))
        return m_storeNames.value(storeId);
    if (storeId == 0)
        return QueueRules::noStoreText();
    const QList<StoreInfo> stores = m_model->stores();
    for (const StoreInfo &store : stores) {
        if (store.id == storeId)
            return store.name;
    }
    return tr("Store %1").arg(storeId);
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

void QueuePanel::scheduleCount()
{
    if (m_countScheduled)
        return;
    m_countScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_countScheduled = false;
            m_count->setText(tr("%1 of %n", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
        },
        Qt::QueuedConnection);
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
            Q_EMIT decisionRequested(targetIds(), Decision::Action::Approve);
            return true;
        case Qt::Key_R:
            Q_EMIT decisionRequested(targetIds(), Decision::Action::Reject);
            return true;
        case Qt::Key_D:
            Q_EMIT decisionRequested(targetIds(), Decision::Action::Delegate);
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
