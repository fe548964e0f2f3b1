// SimBusinessArea: one Odoo area of SimBusiness's methods (purchase, stock, …) and what they
// share: a record's state, writes as the caller, window actions and Odoo's access errors.
#pragma once

#include "simcaller.h"
#include "simcallresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class SimDatabase;
class SimOrm;

class SimBusinessArea
{
public:
    SimBusinessArea(SimDatabase *database, SimOrm *orm);
    virtual ~SimBusinessArea() = default;

    // The result of model.method on `ids`, or std::nullopt when it is not a method of this area.
    virtual std::optional<SimCallResult> call(const SimCaller &caller, const QString &model,
                                              const QString &method, const QList<int> &ids,
                                              const QJsonObject &arguments) = 0;

protected:
    QString state(const QString &model, int id, const QString &field = QStringLiteral("state")) const;
    void set(const SimCaller &caller, const QString &model, const QList<int> &ids, const QJsonObject &values);
    QJsonObject windowAction(const QString &model, const QJsonObject &context) const;
    static QJsonArray idArray(const QList<int> &ids);
    // The AccessError the ORM raises when `caller` may not write `model`.
    SimCallResult denied(const SimCaller &caller, const QString &model) const;
    // The AccessError Odoo raises when `caller` may not read records of `description`, e.g.
    // "Expense (hr.expense)".
    SimCallResult readDenied(const SimCaller &caller, const QString &description) const;

    SimDatabase *m_database;
    SimOrm *m_orm;
};
