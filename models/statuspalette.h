// StatusPalette: the one set of colours for SLA states (the map's markers, the table's SLA cells,
// the aging chart's buckets), so that a state looks the same everywhere. Qt Gui only.
#pragma once

#include "queuerules.h"

#include <QColor>

class StatusPalette
{
public:
    // The fill of a marker or bar in `state`: green on time, amber due soon, red overdue, grey
    // without an SLA.
    static QColor slaColor(SlaState state);
    // Text drawn on slaColor(state): dark on amber, white otherwise.
    static QColor slaTextOnColor(SlaState state);
    // The table's SLA cell: its text and background; invalid colours for None (and no background
    // for OnTime).
    static QColor slaForeground(SlaState state);
    static QColor slaBackground(SlaState state);
    // An AgingBuckets::Bucket (share of the SLA used): green to red like slaColor, with a yellow
    // green between on time and due soon, and a lighter grey for no SLA.
    static QColor agingBucketColor(int bucket);
};
