#include "decisionrun.h"

#include "odoo/odooconnection.h"

DecisionRun::DecisionRun(OdooConnection *connection, Decision decision, QJsonObject record, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_decision(std::move(decision))
    , m_record(std::move(record))
{}

int DecisionRun::serverVersion() const
{
    return m_connection ? m_connection->serverInfo().version.major : 0;
}

int DecisionRun::uid() const
{
    return m_connection ? m_connection->serverInfo().uid : 0;
}

void DecisionRun::call(const QString &model, const QString &method, const QJsonArray &args,
                       const QJsonObject &kwargs, std::function<void(const QJsonValue &)> then)
{
    if (m_outcome != Outcome::Running)
        return;
    if (!m_connection) {
        fail(OdooError(OdooError::Kind::Network, tr("The connection to Odoo was closed.")));
        return;
    }
    if (!OdooConnection::isReadOnlyMethod(method)) {
        Q_EMIT writeStarting();
        m_sentWrite = true;
    }
    ++m_calls;
    OdooCall *pending = m_connection->call(model, method, args, kwargs);
    connect(pending, &OdooCall::succeeded, this, [this, then = std::move(then)](const QJsonValue &result) {
        if (m_outcome == Outcome::Running)
            then(result);
    });
    connect(pending, &OdooCall::failed, this, [this](const OdooError &error) { fail(error); });
}

void DecisionRun::succeed()
{
    finish(Outcome::Succeeded);
}

void DecisionRun::refuse(const QString &message)
{
    m_refusal = message;
    finish(Outcome::Refused);
}

void DecisionRun::fail(const OdooError &error)
{
    m_error = error;
    finish(Outcome::Failed);
}

void DecisionRun::finish(Outcome outcome)
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = outcome;
    Q_EMIT finished();
}
