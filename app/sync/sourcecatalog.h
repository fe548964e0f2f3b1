// SourceCatalog: the source profiles in use: the built-in ones (:/sources/*.json) and the user's
// own folder, where a profile with the same id replaces the built-in one. Bad files are skipped.
#pragma once

#include "sourceprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SourceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SourceCatalog)

public:
    // <AppDataLocation>/sources
    static QString defaultUserFolder();

    // The profiles in use: built-in, then the user's folder, then the user's SLA hours per kind
    // (AppSettings::slaHours) merged into every profile of that kind.
    static SourceCatalog installed(const QHash<ItemKind, double> &slaHoursByKind = {});

    void loadBuiltIn();
    void loadUserFolder(const QString &path = defaultUserFolder());
    // Loads every *.json of `folder` (sorted by name); a profile whose id is known replaces it.
    void loadFolder(const QString &folder);
    // Adds or replaces one profile from text; false (and a problem) when it does not parse.
    bool addProfile(const QByteArray &json, const QString &fileName);
    // Replaces the SLA of every profile whose kind is a key (missing kinds keep their own).
    void applySlaHours(const QHash<ItemKind, double> &hoursByKind);

    QList<SourceProfile> profiles() const { return m_profiles; }
    // One "file:line: reason" per skipped file.
    QStringList problems() const { return m_problems; }
    std::optional<SourceProfile> profile(const QString &id) const;

private:
    QList<SourceProfile> m_profiles;
    QStringList m_problems;
};
