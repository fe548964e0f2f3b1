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

// `earlier` after a re-check: what it decided (enabled or skipped) stays; a source that could not
// be checked takes its answer in `fresh`.
inline QList<ProfileStatus> rechecked(QList<ProfileStatus> earlier, const QList<ProfileStatus> &fresh)
{
    if (earlier.isEmpty())
        return fresh;
    for (ProfileStatus &known : earlier) {
        if (!known.failed)
            continue;
        const auto answer = std::find_if(fresh.cbegin(), fresh.cend(), [&known](const ProfileStatus &status) {
            return status.profile.id == known.profile.id;
        });
        if (answer != fresh.cend())
            known = *answer;
    }
    return earlier;
}
