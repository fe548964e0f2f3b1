#include "syncstatus.h"

#include <QLocale>

QString SyncStatus::stateName(State state)
{
    switch (state) {
    case State::NotSynced:
        return QStringLiteral("not_synced");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::UpToDate:
        return QStringLiteral("up_to_date");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Failing:
        return QStringLiteral("failing");
    }
    return {};
}

QString SyncStatus::text(const QDateTime &now) const
{
    const QLocale locale;
    auto clock = [&locale](const QDateTime &moment) {
        return locale.toString(moment.toLocalTime().time(), QLocale::ShortFormat);
    };
    QString retry;
    if (retryAt.isValid()) {
        const qint64 seconds = qMax<qint64>(0, now.secsTo(retryAt));
        retry = seconds > 0 ? tr("retrying in %n s", nullptr, int(qMin<qint64>(seconds, 1 << 30)))
                            : tr("retrying now");
    }
    switch (state) {
    case State::NotSynced:
        return tr("Not synced yet");
    case State::Syncing:
        if (offlineSince.isValid())
            return tr("Offline since %1 — trying again…").arg(clock(offlineSince));
        return tr("Syncing…");
    case State::UpToDate:
        return tr("Up to date — last sync at %1").arg(clock(lastSyncedAt));
    case State::Offline:
        return retry.isEmpty() ? tr("Offline since %1").arg(clock(offlineSince))
                               : tr("Offline since %1 — %2").arg(clock(offlineSince), retry);
    case State::Failing:
        return retry.isEmpty() ? tr("Sync problem: %1").arg(problem)
                               : tr("Sync problem: %1 — %2").arg(problem, retry);
    }
    return {};
}
