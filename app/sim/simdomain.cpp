#include "simdomain.h"

#include "simdatabase.h"
#include "simdomaincompiler.h"
#include "simdomainprogram.h"
#include "simorder.h"

#include <algorithm>

SimDomain SimDomain::parse(const QJsonValue &domain, const QString &model, const SimDatabase &database,
                           SimError *error)
{
    SimDomain result;
    result.m_database = &database;
    result.m_model = model;
    if (!SimDomainCompiler::compile(domain, model, database, &result.m_program, error))
        result.m_valid = false;
    return result;
}

bool SimDomain::matches(int id) const
{
    if (!m_valid)
        return false;
    if (!m_program)
        return true;
    return m_program->evaluate(m_program->root, id, nullptr);
}

QList<int> SimDomain::search(const SimDatabase &database, const QString &model, const QJsonValue &domain,
                             const QString &order, int offset, int limit, SimError *error)
{
    SimError failure;
    const SimDomain compiled = parse(domain, model, database, &failure);
    if (!compiled.isValid()) {
        if (error)
            *error = failure;
        return {};
    }
    const SimOrder sorting = SimOrder::parse(order, model, database, &failure);
    if (!sorting.isValid()) {
        if (error)
            *error = failure;
        return {};
    }
    offset = std::max(offset, 0);
    const QList<int> all = database.allIds(model);
    // In id order a limited search can stop as soon as it has enough records.
    const bool idOrder = sorting.isIdAscending();
    const qsizetype wanted = idOrder && limit > 0 ? qsizetype(offset) + limit : -1;
    QList<int> ids;
    if (!compiled.m_program) {
        ids = wanted >= 0 ? all.mid(0, wanted) : all;
    } else {
        const SimDomainProgram &program = *compiled.m_program;
        SimDomainProgram::Memo memo(program.leaves.size());
        for (const int id : all) {
            if (!program.evaluate(program.root, id, &memo))
                continue;
            ids.append(id);
            if (wanted >= 0 && ids.size() >= wanted)
                break;
        }
    }
    if (!idOrder)
        sorting.sort(ids);
    if (offset > 0 || limit > 0)
        ids = ids.mid(offset, limit > 0 ? limit : -1);
    return ids;
}
