// AppSettings: the user's preferences (poll interval, sources switched off, SLA hours per kind,
// notifications, language) read from and written to QSettings. Holds no secret.
#pragma once

#include "domain/itemkind.h"

#include <QHash>
#include <QSet>
#include <QString>

class QSettings;

struct AppSettings
{
    int pollSeconds = 60;
    QSet<QString> disabledProfiles;                         // source profile ids the user switched off
    QHash<ItemKind, double> slaHours;                       // missing = the profile's own SLA
    QString notifyMinimumSeverity = QStringLiteral("high"); // "", "low" … "critical"; "" = never
    bool notifySlaBreaches = true;
    QString language; // "" = the system's

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const AppSettings &other) const = default;
};
