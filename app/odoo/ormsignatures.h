// OrmSignatures: the positional parameter names of Odoo's ORM methods (after `self`), used to
// turn positional arguments into the named ones JSON-2 takes (client) or binds (simulator).
#pragma once

#include <QString>
#include <QStringList>

class OrmSignatures
{
public:
    // The names for `method`; a leading "ids" marks a method that works on records. Methods
    // not in the table are taken as record methods: {"ids"}.
    static QStringList positionalNames(const QString &method);
    static bool isKnown(const QString &method);
};
