// SimOrm: the generic model methods of the simulated Odoo (search, read, write, create, unlink,
// read_group, fields_get, name_search, message_post, …) with access rights and Odoo's errors.
// It takes named arguments; SimBackend binds positional arguments to names first.
#pragma once

#include "simaccess.h"
#include "simcaller.h"
#include "simcallresult.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

class SimDatabase;

class SimOrm
{
public:
    explicit SimOrm(SimDatabase *database);

    // Binds `args` to the parameter names of `method` (record methods take `ids` first) and
    // merges `kwargs`. Fails like Python for too many positional arguments.
    static std::optional<QJsonObject> bindArguments(const QString &model, const QString &method,
                                                    const QJsonArray &args, const QJsonObject &kwargs,
                                                    SimError *error);
    static bool isOrmMethod(const QString &method);

    // Runs a generic ORM method (isOrmMethod) as `caller`.
    SimCallResult call(const SimCaller &caller, const QString &model, const QString &method,
                       const QJsonObject &arguments);

    // Helpers for business methods.
    QJsonObject readRecord(const QString &model, int id, const QStringList &fields) const;
    int postMessage(const SimCaller &caller, const QString &model, int resId, const QString &body,
                    const QString &messageType = QStringLiteral("comment"),
                    const QString &subtypeXmlId = QStringLiteral("mail.mt_note"));
    static QList<int> idsOf(const QJsonValue &value);
    const SimAccess &access() const { return m_access; }
    std::optional<SimError> checkAccess(const SimCaller &caller, const QString &model,
                                        SimAccess::Operation operation) const;
    std::optional<SimError> checkRequired(const QString &model, const QJsonObject &values) const;

private:
    SimCallResult search(const SimCaller &caller, const QString &model, const QString &method,
                         const QJsonObject &arguments);
    SimCallResult read(const SimCaller &caller, const QString &model, const QJsonObject &arguments);
    // readRecord plus the fields Odoo computes for the reading user.
    QJsonObject readerRecord(const SimCaller &caller, const QString &model, int id,
                             const QStringList &fields) const;
    SimCallResult readGroup(const QString &model, const QJsonObject &arguments);
    SimCallResult fieldsGet(const QString &model, const QJsonObject &arguments);
    SimCallResult create(const SimCaller &caller, const QString &model, const QJsonObject &arguments);
    SimCallResult write(const SimCaller &caller, const QString &model, const QJsonObject &arguments);
    SimCallResult unlink(const QString &model, const QJsonObject &arguments);
    SimCallResult nameSearch(const QString &model, const QJsonObject &arguments);
    SimCallResult messagePost(const SimCaller &caller, const QString &model, const QJsonObject &arguments);
    static QString defaultOrder(const QString &model);
    QJsonValue effectiveDomain(const QString &model, const QJsonObject &arguments) const;
    void updatePurchaseAmounts(const SimCaller &caller, int orderId);
    void completeAutomation(const SimCaller &caller, const QString &model, int id);
    std::optional<SimError> checkFields(const QString &model, const QJsonArray &fields) const;

    SimDatabase *m_database;
    SimAccess m_access;
};
