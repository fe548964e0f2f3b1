#include "serverprobe.h"

#include "odooconnection.h"

#include <QJsonArray>
#include <QJsonObject>

ServerProbe::ServerProbe(OdooConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

QStringList ServerProbe::relevantModules()
{
    return {QStringLiteral("purchase"),
            QStringLiteral("stock"),
            QStringLiteral("point_of_sale"),
            QStringLiteral("hr_expense"),
            QStringLiteral("hr_holidays"),
            QStringLiteral("approvals"),
            QStringLiteral("base_tier_validation"),
            QStringLiteral("queue_job"),
            QStringLiteral("base_automation")};
}

void ServerProbe::start()
{
    const int uid = m_connection->serverInfo().uid;
    OdooCall *call =
        m_connection->call(QStringLiteral("res.users"), QStringLiteral("read"), QJsonArray{QJsonArray{uid}},
                           QJsonObject{{QStringLiteral("fields"),
                                        QJsonArray{QStringLiteral("name"), QStringLiteral("company_id")}}});
    connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        const QJsonObject user = result.toArray().first().toObject();
        m_userName = user.value(QLatin1String("name")).toString();
        const QJsonArray company = user.value(QLatin1String("company_id")).toArray();
        m_companyName = company.size() > 1 ? company.at(1).toString() : QString();
        readModules();
    });
    connect(call, &OdooCall::failed, this, [this](const OdooError &error) {
        m_error = error;
        readModules();
    });
}

void ServerProbe::readModules()
{
    QJsonArray names;
    for (const QString &name : relevantModules())
        names.append(name);
    const QJsonArray domain{QJsonArray{QStringLiteral("name"), QStringLiteral("in"), names}};
    OdooCall *call = m_connection->call(
        QStringLiteral("ir.module.module"), QStringLiteral("search_read"), QJsonArray{domain},
        QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("name"), QStringLiteral("state")}}});
    connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        for (const QString &name : relevantModules())
            m_modules.insert(name, false);
        for (const QJsonValue &row : result.toArray()) {
            const QJsonObject module = row.toObject();
            m_modules.insert(module.value(QLatin1String("name")).toString(),
                             module.value(QLatin1String("state")).toString() == QLatin1String("installed"));
        }
        Q_EMIT finished();
    });
    connect(call, &OdooCall::failed, this, [this](const OdooError &error) {
        if (!m_error.isError())
            m_error = error;
        Q_EMIT finished();
    });
}
