// SourceProfileReader: parses a source profile's JSON (and each version variant) into a
// SourceProfile, checking every key, and says what is wrong as "file:line: reason".
#pragma once

#include "sourceprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

class SourceProfileReader
{
    // The messages keep SourceProfile's translation context.
    Q_DECLARE_TR_FUNCTIONS(SourceProfile)

public:
    // On failure returns nothing and sets `error` to "file:line: reason".
    static std::optional<SourceProfile> read(const QByteArray &json, const QString &fileName, QString *error);
    // One profile object (a base merged with a variant); on failure the reason and its key.
    static std::optional<SourceProfile> fromObject(const QJsonObject &object, QString *reason,
                                                   QString *reasonKey);
};
