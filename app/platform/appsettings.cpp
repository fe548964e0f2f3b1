#include "appsettings.h"

#include <QSettings>

namespace {

// "sla/approval_hours": the kind's name is part of the settings key.
QString slaKey(ItemKind kind)
{
    return QStringLiteral("sla/%1_hours").arg(EnumNames::name(kind));
}

} // namespace

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings loaded;
    loaded.pollSeconds = qBound(10, settings.value(QStringLiteral("sync/poll_seconds"), 60).toInt(), 3600);
    const QStringList disabled = settings.value(QStringLiteral("sync/disabled_profiles")).toStringList();
    loaded.disabledProfiles = QSet<QString>(disabled.cbegin(), disabled.cend());
    for (const ItemKind kind : EnumNames::known<ItemKind>()) {
        const QVariant hours = settings.value(slaKey(kind));
        if (hours.isValid() && hours.toDouble() > 0.0)
            loaded.slaHours.insert(kind, hours.toDouble());
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
    for (const ItemKind kind : EnumNames::known<ItemKind>()) {
        const auto hours = slaHours.constFind(kind);
        if (hours != slaHours.constEnd())
            settings.setValue(slaKey(kind), hours.value());
        else
            settings.remove(slaKey(kind));
    }
    settings.setValue(QStringLiteral("notifications/minimum_severity"), notifyMinimumSeverity);
    settings.setValue(QStringLiteral("notifications/sla_breaches"), notifySlaBreaches);
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.sync();
}
