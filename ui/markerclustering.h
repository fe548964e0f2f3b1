// MarkerClustering: which store markers of the map are drawn as one cluster at the current zoom:
// markers closer than a distance on screen, and markers whose circles would overlap.
#pragma once

#include <QList>
#include <QPointF>

struct MarkerClustering
{
    // pixels: marker centres on screen; openCounts: open items per marker (same order). Returns
    // groups of indices into pixels; every index is in exactly one group. Deterministic: the marker
    // with most open items seeds a group, ties by index.
    static QList<QList<qsizetype>> cluster(const QList<QPointF> &pixels, const QList<int> &openCounts,
                                           double distance);
};
