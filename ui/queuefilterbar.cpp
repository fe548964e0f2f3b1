#include "queuefilterbar.h"

#include "queuefiltermodel.h"
#include "queuemodel.h"
#include "queuerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Filter combos: what an entry stands for (its key, compared with the filter's state) and whether
// it was added to show a state the fixed entries do not cover (a saved view's, a missing region).
constexpr int KeyRole = Qt::UserRole;
constexpr int AddedRole = Qt::UserRole + 1;

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

// Regions: the sorted names (empty = any). Kinds and SLA states: the sorted ints. Severity: the
// minimum first, then the sorted ranks of the exact set.
QVariant namesKey(const QSet<QString> &names)
{
    return sortedStrings(names);
}

template<typename Enum>
QVariant enumKey(const QSet<Enum> &values)
{
    QVariantList key;
    for (const Enum value : sortedValues(values))
        key.append(int(value));
    return key;
}

template<typename Enum>
QSet<Enum> enumSet(const QVariant &key)
{
    QSet<Enum> values;
    for (const QVariant &value : key.toList())
        values.insert(Enum(value.toInt()));
    return values;
}

QVariant severityKey(Severity minimum, const QSet<Severity> &ranks)
{
    QVariantList key{int(minimum)};
    for (const Severity rank : sortedValues(ranks))
        key.append(int(rank));
    return key;
}

Severity severityMinimum(const QVariant &key)
{
    const QVariantList list = key.toList();
    return list.isEmpty() ? Severity::Unknown : Severity(list.first().toInt());
}

QSet<Severity> severityRanks(const QVariant &key)
{
    QSet<Severity> ranks;
    const QVariantList list = key.toList();
    for (qsizetype i = 1; i < list.size(); ++i)
        ranks.insert(Severity(list.at(i).toInt()));
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

QString kindsLabel(const QSet<ItemKind> &kinds)
{
    QStringList texts;
    for (const ItemKind kind : sortedValues(kinds))
        texts.append(QueueRules::kindText(kind));
    return texts.join(QueueFilterBar::tr(", "));
}

QString regionsLabel(const QSet<QString> &regions)
{
    QStringList texts;
    for (const QString &region : sortedStrings(regions))
        texts.append(regionText(region));
    return texts.join(QueueFilterBar::tr(", "));
}

QString slaLabel(const QSet<SlaState> &states)
{
    QStringList texts;
    for (const SlaState state : sortedValues(states))
        texts.append(state == SlaState::None ? QueueFilterBar::tr("No SLA")
                                             : QueueRules::slaStateText(state));
    return texts.join(QueueFilterBar::tr(", "));
}

QString severityLabel(Severity minimum, const QSet<Severity> &ranks)
{
    QStringList texts;
    for (const Severity rank : sortedValues(ranks))
        texts.append(rank == Severity::Unknown ? QueueFilterBar::tr("Unknown severity")
                                               : QueueRules::severityText(rank));
    if (minimum != Severity::Unknown)
        texts.append(QueueFilterBar::tr("%1 and above").arg(QueueRules::severityText(minimum)));
    return texts.join(QueueFilterBar::tr(", "));
}

} // namespace

QueueFilterBar::QueueFilterBar(QueueModel *model, QueueFilterModel *filter, QWidget *leading, QWidget *parent)
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
    , m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_sla->setObjectName(QStringLiteral("slaCombo"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_mine->setObjectName(QStringLiteral("mineCheck"));
    m_storeChip->setObjectName(QStringLiteral("storeChip"));

    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setToolTip(tr("Every word must appear in the title, summary, store or requester"));
    m_search->setClearButtonEnabled(true);
    m_kind->setToolTip(tr("Show one kind of item"));
    m_kind->addItem(tr("All kinds"), enumKey<ItemKind>({}));
    m_kind->addItem(tr("Approvals"), enumKey<ItemKind>({ItemKind::Approval}));
    m_kind->addItem(tr("Store exceptions"), enumKey<ItemKind>({ItemKind::Exception}));
    m_kind->addItem(tr("Integration failures"), enumKey<ItemKind>({ItemKind::IntegrationFailure}));
    m_severity->setToolTip(tr("Show items at least this severe"));
    m_severity->addItem(tr("Any severity"), severityKey(Severity::Unknown, {}));
    m_severity->addItem(tr("Medium and above"), severityKey(Severity::Medium, {}));
    m_severity->addItem(tr("High and above"), severityKey(Severity::High, {}));
    m_severity->addItem(tr("Critical"), severityKey(Severity::Critical, {}));
    m_sla->setToolTip(tr("Show items by their SLA state"));
    m_sla->addItem(tr("Any SLA"), enumKey<SlaState>({}));
    m_sla->addItem(tr("Overdue"), enumKey<SlaState>({SlaState::Overdue}));
    m_sla->addItem(tr("Due soon"), enumKey<SlaState>({SlaState::DueSoon}));
    m_sla->addItem(tr("On time"), enumKey<SlaState>({SlaState::OnTime}));
    m_region->setToolTip(tr("Show the stores of one region"));
    m_region->addItem(tr("All regions"), namesKey({}));
    m_mine->setToolTip(tr("Show only items requested by or assigned to me"));
    m_storeChip->setVisible(false);
    m_storeChip->setToolTip(tr("Showing some stores only; click to show every store"));
    // Two rows, so that neither the search nor a long view name gets squeezed beside the
    // detail panel: the view and the search, then the filters.
    if (leading)
        bar->addWidget(leading);
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

    connect(m_search, &QLineEdit::textChanged, this, &QueueFilterBar::edited);
    for (QComboBox *combo : {m_kind, m_severity, m_sla, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueueFilterBar::edited);
    connect(m_mine, &QCheckBox::toggled, this, &QueueFilterBar::edited);
    connect(m_storeChip, &QPushButton::clicked, this, &QueueFilterBar::storesCleared);
    // "N of M" follows the queue too: the proxy reports nothing for rows it filters out or while
    // it maps lazily, so count once things settle after any change on either side.
    for (QAbstractItemModel *source :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(source, &QAbstractItemModel::rowsInserted, this, &QueueFilterBar::scheduleCount);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &QueueFilterBar::scheduleCount);
        connect(source, &QAbstractItemModel::modelReset, this, &QueueFilterBar::scheduleCount);
        connect(source, &QAbstractItemModel::layoutChanged, this, &QueueFilterBar::scheduleCount);
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void QueueFilterBar::setRegions(const QStringList &regions)
{
    const QSignalBlocker blocker(m_region);
    while (m_region->count() > 1)
        m_region->removeItem(1);
    for (const QString &region : regions)
        m_region->addItem(regionText(region), namesKey({region}));
    selectKey(m_region, namesKey(m_filter->regions()), regionsLabel(m_filter->regions()));
}

void QueueFilterBar::setStoreName(int storeId, const QString &name)
{
    m_storeNames.insert(storeId, name);
}

void QueueFilterBar::setCurrentUserId(int userId)
{
    m_userId = std::max(userId, 0);
}

int QueueFilterBar::mineUserId() const
{
    return m_mine->isChecked() ? m_userId : 0;
}

bool QueueFilterBar::isMineChecked() const
{
    return m_mine->isChecked();
}

void QueueFilterBar::setMineChecked(bool checked)
{
    const QSignalBlocker blocker(m_mine);
    m_mine->setChecked(checked);
}

void QueueFilterBar::applyToFilter()
{
    // Read every widget first: each setter below re-filters on its own.
    const QSet<ItemKind> kinds = enumSet<ItemKind>(m_kind->currentData(KeyRole));
    const QVariant severity = m_severity->currentData(KeyRole);
    const QSet<SlaState> sla = enumSet<SlaState>(m_sla->currentData(KeyRole));
    const QSet<QString> regions = stringSet(m_region->currentData(KeyRole));
    const int mine = mineUserId();
    const QString text = m_search->text();
    m_filter->setKinds(kinds);
    m_filter->setSeverities(severityRanks(severity));
    m_filter->setMinimumSeverity(severityMinimum(severity));
    m_filter->setSlaStates(sla);
    m_filter->setRegions(regions);
    m_filter->setMineUserId(mine);
    m_filter->setSearchText(text);
}

void QueueFilterBar::showFilterState()
{
    const QSignalBlocker kind(m_kind), severity(m_severity), sla(m_sla), region(m_region), mine(m_mine),
        search(m_search);
    selectKey(m_kind, enumKey(m_filter->kinds()), kindsLabel(m_filter->kinds()));
    selectKey(m_severity, severityKey(m_filter->minimumSeverity(), m_filter->severities()),
              severityLabel(m_filter->minimumSeverity(), m_filter->severities()));
    selectKey(m_sla, enumKey(m_filter->slaStates()), slaLabel(m_filter->slaStates()));
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

    const QSet<QString> regions = m_filter->regions();
    const QString highlighted = regions.size() == 1 ? *regions.cbegin() : QString();
    if (highlighted != m_shownRegion) {
        m_shownRegion = highlighted;
        Q_EMIT regionFilterChanged(highlighted);
    }
}

QString QueueFilterBar::storeText(int storeId) const
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

void QueueFilterBar::showCount()
{
    m_count->setText(tr("%1 of %n", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void QueueFilterBar::scheduleCount()
{
    if (m_countScheduled)
        return;
    m_countScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_countScheduled = false;
            showCount();
        },
        Qt::QueuedConnection);
}
