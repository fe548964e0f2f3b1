// LiveUpdatesInstaller: the administrator's "enable live updates on this server" action. It adds
// (or removes) one Odoo automation rule per monitored model whose server action pushes
// `hq_tower/changed` bus notifications to the users of the "HQ Tower live updates" group.
#pragma once

#include "profilestatus.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

class OdooConnection;
class OdooError;

class LiveUpdatesInstaller : public QObject
{
    Q_OBJECT
public:
    // `models`: the Odoo models whose changes should be pushed (the enabled profiles' models).
    LiveUpdatesInstaller(OdooConnection *connection, QStringList models, QObject *parent = nullptr);
    // The models of the profiles detected as working, each once, in their order.
    static QStringList modelsOf(const QList<ProfileStatus> &statuses);

    // Each reports once with finished(). One at a time: a call while another runs is ignored.
    void checkStatus();
    // Idempotent: adds what is missing (group, membership, rules, outdated code), nothing more.
    void enable();
    // Removes our rules and their server actions; the group stays.
    void disable();
    // "enable", "disable", anything else: the status (the names hqtower-cli and Settings use).
    void run(const QString &operation);
    bool isRunning() const { return m_operation != Operation::None; }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool installed() const { return !m_monitored.isEmpty(); }
    // Models that have an active HQ Tower rule on the server, sorted.
    QStringList monitoredModels() const { return m_monitored; }
    // Models enable() could not cover (with the reason in error()).
    QStringList failedModels() const { return m_failures.keys(); }
    // One plain sentence for the command line and the settings dialog.
    QString summary() const;

    // Our rules are named rulePrefix() + model; the group holds the users who get the pushes.
    static QString rulePrefix();
    static QString groupName();
    // res.users' groups field: groups_id up to 18, group_ids from 19 on.
    static QString groupsField(int majorVersion);
    // The Python the server action runs (server side, with `env` and `records`).
    static QString serverActionCode(int majorVersion, int groupId);

Q_SIGNALS:
    void finished();

private:
    enum class Operation { None, Status, Enable, Disable };
    struct Rule
    {
        int id = 0;
        QString model;
        bool active = true;
        QList<int> actionIds;
    };
    struct Step
    {
        QString forModel; // the monitored model this step serves
        QString odooModel;
        QString method;
        QJsonArray args;
        QJsonObject kwargs;
    };
    using Success = std::function<void(const QJsonValue &)>;

    bool begin(Operation operation);
    void send(const QString &odooModel, const QString &method, const QJsonArray &args,
              const QJsonObject &kwargs, const Success &onSuccess);
    void readRules(const std::function<void()> &next);
    void findGroup();
    void joinGroup(int groupId);
    void findModels();
    void readActionCode();
    void planSteps();
    void runNextStep();
    void unlinkRules();
    QJsonObject serverActionValues(const QString &model, int modelId) const;
    QString errorSentence(const OdooError &error, const QString &odooModel) const;
    void fail(const OdooError &error, const QString &odooModel);
    void finish();

    OdooConnection *m_connection;
    QStringList m_models;
    Operation m_operation = Operation::None;
    QList<Rule> m_rules;
    QHash<QString, int> m_modelIds;
    QHash<int, QString> m_actionCode; // our server actions (named rulePrefix() + model) -> code
    QList<Step> m_steps;
    QMap<QString, QString> m_failures; // model -> reason
    int m_groupId = 0;
    bool m_known = false;
    QStringList m_monitored;
    QString m_error;
};
