// SimCaller: the user a simulated call runs as: uid, partner and roles.
#pragma once

#include <QStringList>

struct SimCaller
{
    int uid = 0;
    int partnerId = 0;
    QStringList roles;

    bool hasRole(const QString &role) const
    {
        return roles.contains(role) || roles.contains(QLatin1String("system"));
    }
};
