#include "markerclustering.h"

#include "storemarkeritem.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace {

struct Group
{
    QList<qsizetype> members;
    QPointF pixelSum;
    int open = 0;

    QPointF center() const { return pixelSum / double(members.size()); }
    double outerRadius() const { return StoreMarkerItem::outerRadiusFor(open, members.size() > 1); }
};

constexpr double OverlapGap = 2.0; // pixels kept between two markers

} // namespace

QList<QList<qsizetype>> MarkerClustering::cluster(const QList<QPointF> &pixels, const QList<int> &openCounts,
                                                  double distance)
{
    // 1. Greedy by distance: the biggest ungrouped marker seeds a group and every ungrouped marker
    //    closer than `distance` joins it. A grid of `distance` cells keeps it linear: only the 3x3
    //    cells around the seed can hold such neighbours.
    const qsizetype count = pixels.size();
    auto cellOf = [distance](const QPointF &pixel) {
        return std::pair<qint64, qint64>(qint64(std::floor(pixel.x() / distance)),
                                         qint64(std::floor(pixel.y() / distance)));
    };
    QHash<std::pair<qint64, qint64>, QList<qsizetype>> grid;
    for (qsizetype i = 0; i < count; ++i)
        grid[cellOf(pixels.at(i))].append(i);
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&openCounts](qsizetype a, qsizetype b) { return openCounts.at(a) > openCounts.at(b); });
    QList<bool> grouped(count, false);
    QList<Group> groups;
    for (const qsizetype seed : std::as_const(order)) {
        if (grouped.at(seed))
            continue;
        Group group;
        group.members.append(seed);
        group.pixelSum = pixels.at(seed);
        group.open = openCounts.at(seed);
        grouped[seed] = true;
        const auto [cx, cy] = cellOf(pixels.at(seed));
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                for (const qsizetype other : grid.value({cx + dx, cy + dy})) {
                    const QPointF d = pixels.at(other) - pixels.at(seed);
                    if (grouped.at(other) || std::hypot(d.x(), d.y()) >= distance)
                        continue;
                    grouped[other] = true;
                    group.members.append(other);
                    group.pixelSum += pixels.at(other);
                    group.open += openCounts.at(other);
                }
            }
        }
        groups.append(group);
    }

    // 2. Big markers can still overlap: merge overlapping groups until none does (a few passes; the
    //    first step already leaves few groups when zoomed out).
    bool merged = true;
    while (merged) {
        merged = false;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            for (qsizetype j = i + 1; j < groups.size(); ++j) {
                const QPointF d = groups.at(j).center() - groups.at(i).center();
                if (std::hypot(d.x(), d.y()) >=
                    groups.at(i).outerRadius() + groups.at(j).outerRadius() + OverlapGap)
                    continue;
                Group &into = groups[i];
                into.members += groups.at(j).members;
                into.pixelSum += groups.at(j).pixelSum;
                into.open += groups.at(j).open;
                groups.removeAt(j);
                merged = true;
                j = i; // the grown group may now touch groups already passed
            }
        }
    }

    QList<QList<qsizetype>> result;
    result.reserve(groups.size());
    for (Group &group : groups) {
        std::sort(group.members.begin(), group.members.end());
        result.append(std::move(group.members));
    }
    return result;
}
