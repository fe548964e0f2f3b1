#include "sourcecatalog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

QString SourceCatalog::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sources");
}

SourceCatalog SourceCatalog::installed(const QHash<ItemKind, double> &slaHoursByKind)
{
    SourceCatalog catalog;
    catalog.loadBuiltIn();
    catalog.loadUserFolder();
    catalog.applySlaHours(slaHoursByKind);
    return catalog;
}

void SourceCatalog::applySlaHours(const QHash<ItemKind, double> &hoursByKind)
{
    for (SourceProfile &profile : m_profiles) {
        const auto hours = hoursByKind.constFind(profile.kind);
        if (hours != hoursByKind.constEnd())
            profile.overrideSlaHours(hours.value());
    }
}

void SourceCatalog::loadBuiltIn()
{
    loadFolder(QStringLiteral(":/sources"));
}

void SourceCatalog::loadUserFolder(const QString &path)
{
    if (QDir(path).exists())
        loadFolder(path);
}

void SourceCatalog::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append(tr("%1:1: cannot be read (%2)").arg(file.fileName(), file.errorString()));
            continue;
        }
        addProfile(file.readAll(), file.fileName());
    }
}

bool SourceCatalog::addProfile(const QByteArray &json, const QString &fileName)
{
    QString error;
    std::optional<SourceProfile> parsed = SourceProfile::fromJson(json, fileName, &error);
    if (!parsed) {
        m_problems.append(error);
        return false;
    }
    for (SourceProfile &known : m_profiles) {
        if (known.id == parsed->id) {
            known = *parsed;
            return true;
        }
    }
    m_profiles.append(*parsed);
    return true;
}

std::optional<SourceProfile> SourceCatalog::profile(const QString &id) const
{
    for (const SourceProfile &known : m_profiles) {
        if (known.id == id)
            return known;
    }
    return std::nullopt;
}
