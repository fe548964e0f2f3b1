#include "chartaxis.h"

#include <algorithm>
#include <cmath>

ChartAxis::Scale ChartAxis::niceScale(double max, bool integers)
{
    if (!(max > 0.0))
        max = 1.0;
    const double raw = max / MaxSteps;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    }
    if (integers)
        step = std::max(1.0, std::ceil(step));
    const double top = std::ceil(max / step - 1e-9) * step;
    return {top, int(std::lround(top / step)) + 1};
}
