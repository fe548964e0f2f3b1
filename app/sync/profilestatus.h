// ProfileStatus: whether a source profile works on the connected server, and if not, why,
// in plain words. Made by CapabilityDetector.
#pragma once

#include "sourceprofile.h"

#include <QString>

struct ProfileStatus
{
    SourceProfile profile; // the effective variant for the server's version
    bool enabled = false;
    QString reason; // empty when enabled, e.g. "module hr_expense is not installed"
    int count = -1; // records matching the domain when detected, -1 when unknown
};
