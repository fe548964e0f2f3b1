// SourceDetection: the one way from the installed source profiles to the sources of an open
// connection, shared by the desktop session and hqtower-cli: loads the catalog with the user's SLA
// hours, detects what the server can serve, and drops what the user switched off.
#pragma once

#include "domain/itemkind.h"
#include "profilestatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class CapabilityDetector;
class OdooConnection;

class SourceDetection : public QObject
{
    Q_OBJECT
public:
    struct Preferences
    {
        QHash<ItemKind, double> slaHours; // AppSettings::slaHours
        QSet<QString> disabledProfiles;   // AppSettings::disabledProfiles
    };

    SourceDetection(OdooConnection *connection, Preferences preferences, QObject *parent = nullptr);

    // Loads the catalog (its problems() are known right after) and detects; finished() once.
    void start();

    // Profiles of the catalog that could not be read ("file:line: reason").
    QStringList problems() const { return m_problems; }
    // A re-check: what `earlier` (an earlier detection) decided stays, only the sources it could
    // not check take this detection's answer. Call after finished().
    void keepDecided(const QList<ProfileStatus> &earlier) { m_statuses = rechecked(earlier, m_statuses); }
    // Every profile, as detected for the server (the effective variant, enabled or not, and why).
    QList<ProfileStatus> statuses() const { return m_statuses; }
    // What syncs: detected as working and not switched off by the user.
    QList<SourceProfile> syncedProfiles() const;
    // What decisions are written through: every detected profile.
    QList<SourceProfile> allProfiles() const;

Q_SIGNALS:
    void finished();

private:
    QPointer<OdooConnection> m_connection;
    Preferences m_preferences;
    QStringList m_problems;
    QList<ProfileStatus> m_statuses;
};
