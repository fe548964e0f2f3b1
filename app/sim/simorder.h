// SimOrder: an Odoo `order` specification ("date_order desc, id") checked against a model of a
// SimDatabase, and the sort it describes (many2one by display name, ties by id).
#pragma once

#include "simerror.h"

#include <QList>
#include <QString>

class SimDatabase;

class SimOrder
{
public:
    SimOrder() = default; // by id, ascending
    // Parses an Odoo order string: "date_order desc, id", "name asc", "partner_id" …
    // Each key is `field [asc|desc] [nulls first|last]`; an empty string means "id".
    // Unknown field → ValueError; a malformed string → UserError, as Odoo answers.
    static SimOrder parse(const QString &order, const QString &model, const SimDatabase &database,
                          SimError *error);
    bool isValid() const { return m_valid; }
    // Stable; ties broken by id ascending. Missing values come first ascending, last descending.
    void sort(QList<int> &ids) const;

private:
    friend class SimDomain;

    enum class KeyKind { Id, Number, Boolean, Text, DisplayName, Many2one, Ignored };
    struct Key
    {
        QString field;
        QString relation;
        KeyKind kind = KeyKind::Id;
        bool descending = false;
        bool nullsFirst = true;
    };

    bool isIdAscending() const;

    const SimDatabase *m_database = nullptr;
    QString m_model;
    QList<Key> m_keys;
    bool m_valid = true;
};
