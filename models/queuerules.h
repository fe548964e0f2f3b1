// QueueRules: the small rules every queue view shares: an item's SLA state against a clock (on
// time, due soon, overdue), the rank of a severity name, and the words shown for them (their
// colours are StatusPalette's).
#pragma once

#include "domain/queueitem.h"
#include "domain/severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHashFunctions>
#include <QString>

#include <optional>

// Ordered from harmless to worst, so the worst of several states is their maximum.
enum class SlaState { None = 0, OnTime, DueSoon, Overdue };

inline size_t qHash(SlaState state, size_t seed = 0) noexcept
{
    return qHash(int(state), seed);
}

// When an item with an SLA counts as "due soon": in the last `dueSoonFraction` of its SLA
// (created -> slaDue), or within `fallbackWindowSeconds` of the due time when the SLA length is
// unknown (no creation time, or not before the due time).
struct SlaPolicy
{
    double dueSoonFraction = 0.25;
    qint64 fallbackWindowSeconds = 4 * 3600;

    bool operator==(const SlaPolicy &other) const = default;
};

class QueueRules
{
    Q_DECLARE_TR_FUNCTIONS(QueueRules)

public:
    // Overdue at or after the due time; due soon when the time left is at most the window;
    // None without an SLA clock (invalid slaDue).
    static SlaState slaState(const QueueItem &item, const QDateTime &now, const SlaPolicy &policy = {});
    // The same from seconds since the epoch; createdSecs/dueSecs < 0 mean "unknown".
    static SlaState slaState(qint64 createdSecs, qint64 dueSecs, qint64 nowSecs,
                             const SlaPolicy &policy = {});
    // The due-soon window of one item, in seconds.
    static qint64 dueSoonWindowSeconds(qint64 createdSecs, qint64 dueSecs, const SlaPolicy &policy = {});

    // A setting's or a saved view's severity name; Unknown when it is none of them.
    static Severity severityRank(const QString &severity);
    static QString slaStateName(SlaState state); // "none", "on_time", "due_soon", "overdue"
    static std::optional<SlaState> slaStateFromName(const QString &name);

    // Words for people (translated).
    static QString severityText(Severity rank);
    static QString slaStateText(SlaState state); // empty for None
    static QString kindText(ItemKind kind);      // "Other" for Unknown
    static QString noStoreText();                // "HQ / no store"
};
