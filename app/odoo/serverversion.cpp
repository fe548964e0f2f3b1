#include "serverversion.h"

#include <QJsonArray>
#include <QRegularExpression>

ServerVersion ServerVersion::fromVersionInfo(const QJsonObject &info)
{
    ServerVersion version;
    // common.version says server_version(_info); Odoo 19's GET /web/version says version(_info).
    version.text = info.value(QLatin1String("server_version")).toString();
    if (version.text.isEmpty())
        version.text = info.value(QLatin1String("version")).toString();
    QJsonArray parts = info.value(QLatin1String("server_version_info")).toArray();
    if (parts.isEmpty())
        parts = info.value(QLatin1String("version_info")).toArray();
    if (parts.size() >= 2 && parts.at(0).isDouble()) {
        version.major = parts.at(0).toInt();
        version.minor = parts.at(1).toInt();
        return version;
    }
    // SaaS builds write "saas~17.2" in places; read the first "major.minor" found.
    static const QRegularExpression numbers(QStringLiteral("(\\d+)\\.(\\d+)"));
    for (const QString &candidate : {info.value(QLatin1String("server_serie")).toString(), version.text}) {
        const auto match = numbers.match(candidate);
        if (match.hasMatch()) {
            version.major = match.captured(1).toInt();
            version.minor = match.captured(2).toInt();
            break;
        }
    }
    return version;
}
