#include "storemappanel.h"

#include "queuerules.h"
#include "statuspalette.h"
#include "storemapview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

constexpr int StoreIdRole = Qt::UserRole;

// Enter/Return on the list acts like a click on the current store.
class ReturnKeyFilter : public QObject
{
public:
    ReturnKeyFilter(QListWidget *list, std::function<void(QListWidgetItem *)> activate)
        : QObject(list)
        , m_list(list)
        , m_activate(std::move(activate))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_list && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentItem()) {
                m_activate(m_list->currentItem());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_list;
    std::function<void(QListWidgetItem *)> m_activate;
};

QString legendEntry(SlaState state, const QString &text)
{
    return QStringLiteral("<span style='color:%1; font-size:large'>&#9679;</span>&nbsp;%2")
        .arg(StatusPalette::slaColor(state).name(), text.toHtmlEscaped());
}

} // namespace

StoreMapPanel::StoreMapPanel(QWidget *parent)
    : QWidget(parent)
    , m_map(new StoreMapView(this))
    , m_fit(new QToolButton(this))
    , m_side(new QWidget(this))
    , m_unplacedTitle(new QLabel(m_side))
    , m_unplaced(new QListWidget(m_side))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    auto *fitAction = new QAction(tr("Fit to stores"), this);
    fitAction->setShortcut(QKeySequence(Qt::Key_F));
    fitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    fitAction->setToolTip(tr("Show every store on the map (F)"));
    connect(fitAction, &QAction::triggered, m_map, &StoreMapView::fitToStores);
    addAction(fitAction);
    m_fit->setDefaultAction(fitAction);
    m_fit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_fit);
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (+ or the mouse wheel)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    connect(zoomIn, &QToolButton::clicked, m_map, &StoreMapView::zoomIn);
    bar->addWidget(zoomIn);
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("\u2212"));
    zoomOut->setToolTip(tr("Zoom out (- or the mouse wheel)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    connect(zoomOut, &QToolButton::clicked, m_map, &StoreMapView::zoomOut);
    bar->addWidget(zoomOut);
    bar->addSpacing(16);
    auto *legend = new QLabel(this);
    legend->setTextFormat(Qt::RichText);
    legend->setText(QStringList{legendEntry(SlaState::Overdue, tr("Overdue")),
                                legendEntry(SlaState::DueSoon, tr("Due soon")),
                                legendEntry(SlaState::OnTime, tr("On time")),
                                legendEntry(SlaState::None, tr("No SLA / no open items"))}
                        .join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    legend->setToolTip(
        tr("Marker colour: the worst SLA state of the store's open items. Marker size: the "
           "number of open items. A pale ring marks a group of nearby stores; click it to zoom in."));
    bar->addWidget(legend);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    m_unplacedTitle->setWordWrap(true);
    sideLayout->addWidget(m_unplacedTitle);
    m_unplaced->setToolTip(tr("These stores have no coordinates in Odoo; click one to show its items"));
    m_unplaced->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long store names and "city · region · N open" wrap instead of losing the count.
    m_unplaced->setWordWrap(true);
    m_unplaced->setTextElideMode(Qt::ElideNone);
    m_unplaced->setSpacing(2);
    sideLayout->addWidget(m_unplaced, 1);
    m_side->setMinimumWidth(180);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_map);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    splitter->setSizes({800, 220});
    layout->addWidget(splitter, 1);

    connect(m_map, &StoreMapView::storeClicked, this, &StoreMapPanel::storeClicked);
    connect(m_unplaced, &QListWidget::itemClicked, this, &StoreMapPanel::activateItem);
    m_unplaced->installEventFilter(
        new ReturnKeyFilter(m_unplaced, [this](QListWidgetItem *item) { activateItem(item); }));
    refreshUnplaced();
}

void StoreMapPanel::setStores(const QList<StoreInfo> &stores)
{
    m_stores = stores;
    m_map->setStores(stores);
    refreshUnplaced();
}

void StoreMapPanel::setCounts(const QHash<int, StoreCounts> &counts)
{
    m_counts = counts;
    m_map->setCounts(counts);
    refreshUnplaced();
}

void StoreMapPanel::setHighlightedRegion(const QString &region)
{
    m_map->setHighlightedRegion(region);
}

void StoreMapPanel::refreshUnplaced()
{
    QList<StoreInfo> unplaced;
    for (const StoreInfo &store : std::as_const(m_stores)) {
        if (!StoreMapView::isPlaceable(store))
            unplaced.append(store);
    }
    std::sort(unplaced.begin(), unplaced.end(), [](const StoreInfo &a, const StoreInfo &b) {
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    const int currentId =
        m_unplaced->currentItem() ? m_unplaced->currentItem()->data(StoreIdRole).toInt() : 0;
    m_unplaced->clear();
    for (const StoreInfo &store : std::as_const(unplaced)) {
        const StoreCounts counts = m_counts.value(store.id);
        QStringList details;
        for (const QString &part : {store.city, store.region}) {
            if (!part.isEmpty() && !details.contains(part))
                details << part;
        }
        details << (counts.open > 0 ? tr("%n open", nullptr, counts.open) : tr("nothing open"));
        const QString text = store.name + u'\n' + details.join(QStringLiteral(" \u00b7 "));
        auto *item = new QListWidgetItem(text, m_unplaced);
        item->setData(StoreIdRole, store.id);
        QStringList tip{store.name};
        if (!store.region.isEmpty())
            tip << tr("Region: %1").arg(store.region);
        for (auto it = counts.byKind.cbegin(); it != counts.byKind.cend(); ++it) {
            if (it.value() > 0)
                tip << tr("%1: %2").arg(QueueRules::kindText(it.key())).arg(it.value());
        }
        if (counts.worstSla != SlaState::None)
            tip << tr("Worst SLA: %1").arg(QueueRules::slaStateText(counts.worstSla));
        item->setToolTip(tip.join(u'\n'));
        if (counts.worstSla != SlaState::None)
            item->setIcon([&] {
                QPixmap dot(12, 12);
                dot.fill(Qt::transparent);
                QPainter painter(&dot);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(StatusPalette::slaColor(counts.worstSla));
                painter.drawEllipse(QRectF(1, 1, 10, 10));
                return QIcon(dot);
            }());
        if (store.id == currentId)
            m_unplaced->setCurrentItem(item);
    }
    m_unplacedTitle->setText(tr("Stores without coordinates (%1)").arg(unplaced.size()));
    m_side->setVisible(!unplaced.isEmpty());
}

void StoreMapPanel::activateItem(QListWidgetItem *item)
{
    if (!item)
        return;
    const int id = item->data(StoreIdRole).toInt();
    for (const StoreInfo &store : std::as_const(m_stores)) {
        if (store.id == id) {
            Q_EMIT storeClicked(id, store.name);
            return;
        }
    }
}
