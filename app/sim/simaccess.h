// SimAccess: who may read, modify, create or delete which model in the simulator, and the
// AccessError Odoo words for it (per version), from the roles SimBackend gives its users.
#pragma once

#include "simerror.h"

#include <QStringList>

#include <optional>

class SimAccess
{
public:
    enum class Operation { Read, Write, Create, Unlink };

    explicit SimAccess(int flavor);

    // None when `roles` may do `operation` on `model`; otherwise the AccessError to raise.
    std::optional<SimError> check(const QStringList &roles, const QString &model,
                                  const QString &modelDescription, Operation operation) const;
    bool allows(const QStringList &roles, const QString &model, Operation operation) const;
    static Operation operationOf(const QString &method);

private:
    QStringList groupsFor(const QString &model, Operation operation) const;

    int m_flavor;
};
