// StoreMapPanel: the store map with what belongs beside it: a "fit to stores" button (F), the
// colour legend, and the list of stores without coordinates, so that none is silently left out.
#pragma once

#include "domain/storeinfo.h"
#include "storecounts.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;
class StoreMapView;

class StoreMapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StoreMapPanel(QWidget *parent = nullptr);

    void setStores(const QList<StoreInfo> &stores);
    void setCounts(const QHash<int, StoreCounts> &counts);
    void setHighlightedRegion(const QString &region);

    StoreMapView *mapView() const { return m_map; }
    QListWidget *unplacedList() const { return m_unplaced; }

Q_SIGNALS:
    // A store was clicked on the map or in the list of stores without coordinates.
    void storeClicked(int storeId, const QString &name);

private:
    void refreshUnplaced();
    void activateItem(QListWidgetItem *item);

    StoreMapView *m_map;
    QToolButton *m_fit;
    QWidget *m_side;
    QLabel *m_unplacedTitle;
    QListWidget *m_unplaced;
    QList<StoreInfo> m_stores;
    QHash<int, StoreCounts> m_counts;
};
