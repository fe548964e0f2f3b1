// ProfileStatus: whether a source profile works on the connected server, and if not, why,
// in plain words: skipped (what it needs is not there, or the user may not read it) or failed
// (it could not be checked: a server or network problem; checked again later). Made by
// CapabilityDetector.
#pragma once

#include "sourceprofile.h"

#include <QList>
#include <QString>

#include <algorithm>

struct ProfileStatus
{
    SourceProfile profile; // the effective variant for the server's version
    bool enabled = false;
    bool failed = false; // could not be checked; never together with enabled
    QString reason;      // empty when enabled, e.g. "module hr_expense is not installed"
    int count = -1;      // records matching the domain when detected, -1 when unknown
};

// How many of `statuses` could not be checked (a server or network problem).
inline qsizetype failedCount(const QList<ProfileStatus> &statuses)
{
    return std::count_if(statuses.cbegin(), statuses.cend(),
                         [](const ProfileStatus &status) { return status.failed; });
}
