// ChartAxis: the range of a chart's value axis from the largest value it shows: a round top and a
// tick count whose steps are 1, 2 or 5 times a power of ten. Pure arithmetic, no Widgets.
#pragma once

struct ChartAxis
{
    // At most this many steps between the ticks (MaxSteps + 1 ticks).
    static constexpr int MaxSteps = 5;

    struct Scale
    {
        double top = 1.0; // the axis runs from 0 to top
        int ticks = 2;    // including the ticks at 0 and at top

        bool operator==(const Scale &other) const = default;
    };

    // The smallest round top that holds `max` (1 for nothing to show: 0, a negative value or NaN).
    // With `integers` the step is a whole number, for counts.
    static Scale niceScale(double max, bool integers);
};
