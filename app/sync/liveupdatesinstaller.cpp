#include "liveupdatesinstaller.h"

#include "odoo/odooconnection.h"

#include <algorithm>

namespace {

const QString kRules = QStringLiteral("base.automation");
const QString kActions = QStringLiteral("ir.actions.server");

int idOf(const QJsonValue &value)
{
    // create answers an id, or a list of ids when given a list (and on JSON-2).
    if (value.isArray())
        return value.toArray().first().toInt();
    return value.toInt();
}

QList<int> idsOf(const QJsonValue &value)
{
    QList<int> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(id.toInt());
    return ids;
}

// "Object base.automation doesn't exist" (JSON-RPC), "the model 'base.automation' does not
// exist" (JSON-2): the server lacks base_automation.
bool isMissingModule(const OdooError &error, const QString &odooModel)
{
    if (odooModel != kRules && odooModel != kActions)
        return false;
    if (error.kind() != OdooError::Kind::NotFound && error.kind() != OdooError::Kind::UserError)
        return false;
    return error.message().contains(odooModel) && error.isUnknownModel();
}

QJsonArray toJson(const QList<int> &ids)
{
    QJsonArray array;
    for (const int id : ids)
        array.append(id);
    return array;
}

} // namespace

LiveUpdatesInstaller::LiveUpdatesInstaller(OdooConnection *connection, QStringList models, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_models(std::move(models))
{
    m_models.removeAll(QString());
    m_models.removeDuplicates();
}

QStringList LiveUpdatesInstaller::modelsOf(const QList<ProfileStatus> &statuses)
{
    QStringList models;
    for (const ProfileStatus &status : statuses) {
        if (status.enabled && !models.contains(status.profile.model))
            models.append(status.profile.model);
    }
    return models;
}

QString LiveUpdatesInstaller::rulePrefix()
{
    return QStringLiteral("HQ Tower live updates: ");
}

QString LiveUpdatesInstaller::groupName()
{
    return QStringLiteral("HQ Tower live updates");
}

QString LiveUpdatesInstaller::groupsField(int majorVersion)
{
    return majorVersion >= 19 ? QStringLiteral("group_ids") : QStringLiteral("groups_id");
}

QString LiveUpdatesInstaller::serverActionCode(int majorVersion, int groupId)
{
    return QStringLiteral(
               "# Written by HQ Tower (\"enable live updates\"): tells the HQ Tower clients of the users\n"
               "# in the group \"%1\" which records changed, through the bus.\n"
               "if records:\n"
               "    users = env['res.users'].sudo().search([('%2', 'in', [%3])])\n"
               "    for partner in users.partner_id:\n"
               "        env['bus.bus']._sendone(partner, 'hq_tower/changed',\n"
               "                                {'model': records._name, 'ids': records.ids})\n")
        .arg(groupName(), groupsField(majorVersion))
        .arg(groupId);
}

QString LiveUpdatesInstaller::summary() const
{
    if (!m_known)
        return m_error.isEmpty() ? tr("The live updates status is not known yet.") : m_error;
    QString sentence;
    if (m_monitored.size() == 1)
        sentence = tr("Live updates are on for 1 model.");
    else if (!m_monitored.isEmpty())
        sentence = tr("Live updates are on for %1 models.").arg(m_monitored.size());
    else if (m_error.isEmpty())
        sentence = tr("Live updates are off on this server.");
    if (m_error.isEmpty())
        return sentence;
    return sentence.isEmpty() ? m_error : sentence + QLatin1Char(' ') + m_error;
}

bool LiveUpdatesInstaller::begin(Operation operation)
{
    if (m_operation != Operation::None)
        return false;
    m_operation = operation;
    m_error.clear();
    m_failures.clear();
    m_steps.clear();
    m_modelIds.clear();
    m_actionCode.clear();
    m_groupId = 0;
    return true;
}

void LiveUpdatesInstaller::send(const QString &odooModel, const QString &method, const QJsonArray &args,
                                const QJsonObject &kwargs, const Success &onSuccess)
{
    OdooCall *call = m_connection->call(odooModel, method, args, kwargs);
    connect(call, &OdooCall::succeeded, this, [onSuccess](const QJsonValue &result) { onSuccess(result); });
    connect(call, &OdooCall::failed, this,
            [this, odooModel](const OdooError &error) { fail(error, odooModel); });
}

void LiveUpdatesInstaller::run(const QString &operation)
{
    if (operation == QLatin1String("enable"))
        enable();
    else if (operation == QLatin1String("disable"))
        disable();
    else
        checkStatus();
}

void LiveUpdatesInstaller::checkStatus()
{
    if (begin(Operation::Status))
        readRules([this] { finish(); });
}

void LiveUpdatesInstaller::enable()
{
    if (begin(Operation::Enable))
        readRules([this] { findGroup(); });
}

void LiveUpdatesInstaller::disable()
{
    if (begin(Operation::Disable))
        readRules([this] { unlinkRules(); });
}

void LiveUpdatesInstaller::readRules(const std::function<void()> &next)
{
    // Archived rules count too (enable() reactivates them, disable() removes them); only
    // active ones make monitoredModels().
    const QJsonArray domain{
        QJsonArray{QStringLiteral("name"), QStringLiteral("=like"), rulePrefix() + QLatin1Char('%')}};
    send(kRules, QStringLiteral("search_read"), QJsonArray{domain},
         {{QStringLiteral("fields"),
           QJsonArray{QStringLiteral("name"), QStringLiteral("model_name"), QStringLiteral("active"),
                      QStringLiteral("action_server_ids")}},
          {QStringLiteral("order"), QStringLiteral("id")},
          {QStringLiteral("context"), QJsonObject{{QStringLiteral("active_test"), false}}}},
         [this, next](const QJsonValue &result) {
             m_rules.clear();
             for (const QJsonValue &value : result.toArray()) {
                 const QJsonObject row = value.toObject();
                 Rule rule;
                 rule.id = row.value(QLatin1String("id")).toInt();
                 rule.model = row.value(QLatin1String("model_name")).toString();
                 if (rule.model.isEmpty())
                     rule.model = row.value(QLatin1String("name")).toString().mid(rulePrefix().size());
                 rule.active = row.value(QLatin1String("active")).toBool(true);
                 rule.actionIds = idsOf(row.value(QLatin1String("action_server_ids")));
                 m_rules.append(rule);
             }
             next();
         });
}

void LiveUpdatesInstaller::findGroup()
{
    send(QStringLiteral("res.groups"), QStringLiteral("search_read"),
         QJsonArray{QJsonArray{QJsonArray{QStringLiteral("name"), QStringLiteral("="), groupName()}}},
         {{QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}},
          {QStringLiteral("order"), QStringLiteral("id")},
          {QStringLiteral("limit"), 1}},
         [this](const QJsonValue &result) {
             const QJsonArray rows = result.toArray();
             if (!rows.isEmpty()) {
                 joinGroup(rows.first().toObject().value(QLatin1String("id")).toInt());
                 return;
             }
             send(QStringLiteral("res.groups"), QStringLiteral("create"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), groupName()}}}, {},
                  [this](const QJsonValue &created) { joinGroup(idOf(created)); });
         });
}

void LiveUpdatesInstaller::joinGroup(int groupId)
{
    m_groupId = groupId;
    const ServerInfo &info = m_connection->serverInfo();
    const QJsonObject values{
        {groupsField(info.version.major), QJsonArray{QJsonArray{4, groupId}}},
    };
    send(QStringLiteral("res.users"), QStringLiteral("write"), QJsonArray{QJsonArray{info.uid}, values}, {},
         [this](const QJsonValue &) { findModels(); });
}

void LiveUpdatesInstaller::findModels()
{
    if (m_models.isEmpty()) {
        readRules([this] { finish(); });
        return;
    }
    const QJsonArray domain{
        QJsonArray{QStringLiteral("model"), QStringLiteral("in"), QJsonArray::fromStringList(m_models)}};
    send(QStringLiteral("ir.model"), QStringLiteral("search_read"), QJsonArray{domain},
         {{QStringLiteral("fields"), QJsonArray{QStringLiteral("model")}}}, [this](const QJsonValue &result) {
             for (const QJsonValue &value : result.toArray()) {
                 const QJsonObject row = value.toObject();
                 m_modelIds.insert(row.value(QLatin1String("model")).toString(),
                                   row.value(QLatin1String("id")).toInt());
             }
             for (const QString &model : std::as_const(m_models)) {
                 if (!m_modelIds.contains(model))
                     m_failures.insert(model, tr("this server has no model %1.").arg(model));
             }
             readActionCode();
         });
}

void LiveUpdatesInstaller::readActionCode()
{
    QList<int> actions;
    for (const Rule &rule : std::as_const(m_rules)) {
        if (m_models.contains(rule.model))
            actions += rule.actionIds;
    }
    if (actions.isEmpty()) {
        planSteps();
        return;
    }
    send(kActions, QStringLiteral("read"), QJsonArray{toJson(actions)},
         {{QStringLiteral("fields"), QJsonArray{QStringLiteral("name"), QStringLiteral("code")}}},
         [this](const QJsonValue &result) {
             for (const QJsonValue &value : result.toArray()) {
                 const QJsonObject row = value.toObject();
                 // Other actions an administrator put on our rules are theirs: left alone.
                 if (row.value(QLatin1String("name")).toString().startsWith(rulePrefix()))
                     m_actionCode.insert(row.value(QLatin1String("id")).toInt(),
                                         row.value(QLatin1String("code")).toString());
             }
             planSteps();
         });
}

QJsonObject LiveUpdatesInstaller::serverActionValues(const QString &model, int modelId) const
{
    return {{QStringLiteral("name"), rulePrefix() + model},
            {QStringLiteral("model_id"), modelId},
            {QStringLiteral("state"), QStringLiteral("code")},
            {QStringLiteral("code"), serverActionCode(m_connection->serverInfo().version.major, m_groupId)}};
}

void LiveUpdatesInstaller::planSteps()
{
    const QString code = serverActionCode(m_connection->serverInfo().version.major, m_groupId);
    for (const QString &model : std::as_const(m_models)) {
        const int modelId = m_modelIds.value(model);
        if (modelId <= 0)
            continue;
        const auto existing = std::find_if(m_rules.cbegin(), m_rules.cend(),
                                           [&model](const Rule &rule) { return rule.model == model; });
        const QJsonArray newAction{QJsonArray{0, 0, serverActionValues(model, modelId)}};
        if (existing == m_rules.cend()) {
            m_steps.append(
                {model,
                 kRules,
                 QStringLiteral("create"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), rulePrefix() + model},
                                        {QStringLiteral("model_id"), modelId},
                                        {QStringLiteral("trigger"), QStringLiteral("on_create_or_write")},
                                        {QStringLiteral("action_server_ids"), newAction}}},
                 {}});
            continue;
        }
        if (!existing->active)
            m_steps.append(
                {model,
                 kRules,
                 QStringLiteral("write"),
                 QJsonArray{QJsonArray{existing->id}, QJsonObject{{QStringLiteral("active"), true}}},
                 {}});
        QList<int> ours;
        for (const int action : existing->actionIds) {
            if (m_actionCode.contains(action))
                ours.append(action);
        }
        if (ours.isEmpty()) {
            m_steps.append({model,
                            kRules,
                            QStringLiteral("write"),
                            QJsonArray{QJsonArray{existing->id},
                                       QJsonObject{{QStringLiteral("action_server_ids"), newAction}}},
                            {}});
            continue;
        }
        // Outdated code (an older HQ Tower, or a group that was deleted and made again).
        QList<int> outdated;
        for (const int action : std::as_const(ours)) {
            if (m_actionCode.value(action) != code)
                outdated.append(action);
        }
        if (!outdated.isEmpty())
            m_steps.append({model,
                            kActions,
                            QStringLiteral("write"),
                            QJsonArray{toJson(outdated), QJsonObject{{QStringLiteral("code"), code}}},
                            {}});
    }
    runNextStep();
}

void LiveUpdatesInstaller::runNextStep()
{
    if (m_operation == Operation::None)
        return;
    if (m_steps.isEmpty()) {
        readRules([this] { finish(); });
        return;
    }
    const Step step = m_steps.takeFirst();
    OdooCall *call = m_connection->call(step.odooModel, step.method, step.args, step.kwargs);
    connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &) { runNextStep(); });
    connect(call, &OdooCall::failed, this, [this, step](const OdooError &error) {
        // Without the rights or the module nothing further can work; other failures stay with
        // their model, and the other models go on.
        if (error.kind() == OdooError::Kind::Access || isMissingModule(error, step.odooModel)) {
            fail(error, step.odooModel);
            return;
        }
        m_failures.insert(step.forModel, error.userMessage());
        m_steps.erase(std::remove_if(m_steps.begin(), m_steps.end(),
                                     [&step](const Step &other) { return other.forModel == step.forModel; }),
                      m_steps.end());
        runNextStep();
    });
}

void LiveUpdatesInstaller::unlinkRules()
{
    if (m_rules.isEmpty()) {
        finish();
        return;
    }
    QList<int> rules;
    QList<int> actions;
    for (const Rule &rule : std::as_const(m_rules)) {
        rules.append(rule.id);
        actions += rule.actionIds;
    }
    send(kRules, QStringLiteral("unlink"), QJsonArray{toJson(rules)}, {},
         [this, actions](const QJsonValue &) {
             if (actions.isEmpty()) {
                 readRules([this] { finish(); });
                 return;
             }
             // Odoo deletes a rule's server actions with it; remove any that stayed behind.
             const QJsonArray domain{QJsonArray{QStringLiteral("id"), QStringLiteral("in"), toJson(actions)}};
             send(kActions, QStringLiteral("search"), QJsonArray{domain}, {}, [this](const QJsonValue &left) {
                 if (left.toArray().isEmpty()) {
                     readRules([this] { finish(); });
                     return;
                 }
                 send(kActions, QStringLiteral("unlink"), QJsonArray{left.toArray()}, {},
                      [this](const QJsonValue &) { readRules([this] { finish(); }); });
             });
         });
}

QString LiveUpdatesInstaller::errorSentence(const OdooError &error, const QString &odooModel) const
{
    if (isMissingModule(error, odooModel))
        return tr("The Automation Rules module (base_automation) is not installed on this server.");
    if (error.kind() == OdooError::Kind::Access) {
        switch (m_operation) {
        case Operation::Enable:
            return tr("Only an Odoo administrator can enable live updates (your user may not create "
                      "automation rules).");
        case Operation::Disable:
            return tr("Only an Odoo administrator can turn off live updates (your user may not delete "
                      "automation rules).");
        case Operation::Status:
        case Operation::None:
            return tr("Only an Odoo administrator can see whether live updates are on (your user may not "
                      "read automation rules).");
        }
    }
    switch (m_operation) {
    case Operation::Enable:
        return tr("Live updates could not be enabled: %1").arg(error.userMessage());
    case Operation::Disable:
        return tr("Live updates could not be turned off: %1").arg(error.userMessage());
    case Operation::Status:
    case Operation::None:
        break;
    }
    return tr("The live updates status could not be read: %1").arg(error.userMessage());
}

void LiveUpdatesInstaller::fail(const OdooError &error, const QString &odooModel)
{
    if (m_operation == Operation::None)
        return;
    m_error = errorSentence(error, odooModel);
    // What the server holds is unknown now; what was read before stays as the last known state.
    m_operation = Operation::None;
    m_steps.clear();
    Q_EMIT finished();
}

void LiveUpdatesInstaller::finish()
{
    if (m_operation == Operation::None)
        return;
    m_monitored.clear();
    for (const Rule &rule : std::as_const(m_rules)) {
        if (rule.active && !rule.model.isEmpty() && !m_monitored.contains(rule.model))
            m_monitored.append(rule.model);
    }
    m_monitored.sort();
    m_known = true;
    if (!m_failures.isEmpty()) {
        const QStringList models = m_failures.keys();
        m_error = tr("Live updates could not be enabled for %1: %2 Running enable again completes what is "
                     "missing.")
                      .arg(models.join(QStringLiteral(", ")), m_failures.first());
    }
    m_operation = Operation::None;
    Q_EMIT finished();
}
