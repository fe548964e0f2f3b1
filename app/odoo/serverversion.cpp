#include "serverversion.h"

#include <QJsonArray>
#include <QRegularExpression>

ServerVersion ServerVersion::fromVersionInfo(const QJsonObject &info)
{
    ServerVersion version;
    version.text = info.value(QLatin1String("server_version")).toString();
    const QJsonArray parts = info.value(QLatin1String("server_version_info")).toArray();
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
