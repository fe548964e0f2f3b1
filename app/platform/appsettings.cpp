#include "appsettings.h"

#include <QSettings>

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings loaded;
    loaded.pollSeconds = qBound(10, settings.value(QStringLiteral("sync/poll_seconds"), 60).toInt(), 3600);
    const QStringList disabled = settings.value(QStringLiteral("sync/disabled_profiles")).toStringList();
    loaded.disabledProfiles = QSet<QString>(disabled.cbegin(), disabled.cend());
    for (const char *kind : {"approval", "exception", "integration_failure"}) {
        const QVariant hours = settings.value(QStringLiteral("sla/%1_hours").arg(QLatin1String(kind)));
        if (hours.isValid() && hours.toDouble() > 0.0)
            loaded.slaHours.insert(QString::fromLatin1(kind), hours.toDouble());
    }
    loaded.notifyMinimumSeverity =
        settings.value(QStringLiteral("notifications/minimum_severity"), QStringLiteral("high")).toString();
    loaded.notifySlaBreaches = settings.value(QStringLiteral("notifications/sla_breaches"), true).toBool();
    loaded.language = settings.value(QStringLiteral("ui/language")).toString();
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("sync/poll_seconds"), pollSeconds);
    QStringList disabled(disabledProfiles.cbegin(), disabledProfiles.cend());
    disabled.sort();
    settings.setValue(QStringLiteral("sync/disabled_profiles"), disabled);
    for (const char *kind : {"approval", "exception", "integration_failure"}) {
        const QString key = QStringLiteral("sla/%1_hours").arg(QLatin1String(kind));
        if (slaHours.contains(QString::fromLatin1(kind)))
            settings.setValue(key, slaHours.value(QString::fromLatin1(kind)));
        else
            settings.remove(key);
    }
    settings.setValue(QStringLiteral("notifications/minimum_severity"), notifyMinimumSeverity);
    settings.setValue(QStringLiteral("notifications/sla_breaches"), notifySlaBreaches);
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.sync();
}
