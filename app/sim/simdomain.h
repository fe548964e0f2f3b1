// SimDomain: an Odoo search domain compiled once for a model of a SimDatabase, then evaluated on
// stored records (operators, '&'/'|'/'!', dotted paths, many2one by name, Odoo's error wording).
#pragma once

#include "simerror.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

class SimDatabase;
class SimDomainProgram;

class SimDomain
{
public:
    SimDomain() = default; // matches everything
    // Compiles an Odoo domain (a JSON array in prefix notation) for `model` of `database`.
    // On a malformed domain or an unknown field fills `error` (if given) and returns an invalid domain.
    // The result refers to `database`: use it while the database lives.
    static SimDomain parse(const QJsonValue &domain, const QString &model, const SimDatabase &database,
                           SimError *error);
    bool isValid() const { return m_valid; }
    // Evaluates on the stored record `id` of the model. An invalid domain matches nothing.
    bool matches(int id) const;
    // Ids of `model` matching `domain`, sorted by `order` (default "id"), then offset/limit
    // (limit <= 0: all). On an error fills `error` and returns nothing; leaves `error` alone otherwise.
    static QList<int> search(const SimDatabase &database, const QString &model, const QJsonValue &domain,
                             const QString &order, int offset, int limit, SimError *error);

private:
    const SimDatabase *m_database = nullptr;
    QString m_model;
    std::shared_ptr<const SimDomainProgram> m_program; // null: matches everything
    bool m_valid = true;
};
