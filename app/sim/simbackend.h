// SimBackend: the simulated Odoo behind the HTTP layer. It checks logins, passwords and API
// keys, describes users' sessions, and runs model methods as a user, with Odoo's access rights,
// errors and business rules. SimHttpServer turns its answers into Odoo's wire formats.
#pragma once

#include "simcallresult.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>

class SimBusiness;
class SimDatabase;
class SimOrm;

class SimBackend : public QObject
{
    Q_OBJECT
public:
    explicit SimBackend(SimDatabase *database, QObject *parent = nullptr);
    ~SimBackend() override;

    SimDatabase *database() const { return m_database; }
    int flavor() const;
    QString databaseName() const;

    // What `common.version` and GET /web/version answer.
    QJsonObject versionInfo() const;
    // A login with its password or one of its API keys; the user id, or 0.
    int authenticate(const QString &login, const QString &secret) const;
    // Interactive logins (/web/session/authenticate) take passwords only.
    int authenticatePassword(const QString &login, const QString &password) const;
    int uidForApiKey(const QString &apiKey) const;
    // execute_kw checks the uid and secret of every call.
    bool checkUidSecret(int uid, const QString &secret) const;
    QJsonObject sessionInfo(int uid) const; // /web/session/authenticate and get_session_info
    QJsonObject userContext(int uid) const; // {lang, tz, uid}
    int partnerOf(int uid) const;
    QString loginOf(int uid) const;
    int uidForLogin(const QString &login) const; // 0 when there is no such user
    // login -> API key, for `hqtower-sim --print-api-keys` and tests.
    QMap<QString, QString> apiKeys() const { return m_apiKeys; }
    void setPassword(const QString &login, const QString &password);
    // Creates a user (res.users and its res.partner) with password = login, an API key, and roles:
    // "system" (administrator: every right), "purchase_manager", "purchase_user", "stock_manager",
    // "stock_user", "expense_manager", "leave_manager", "approval_manager", "pos_manager".
    // Every user is an internal user. Returns the new uid.
    int addUser(const QString &login, const QString &name, const QStringList &roles, int companyId = 1);
    bool hasRole(int uid, const QString &role) const;

    // Fault injection, "someone else decides this record now": another user (admin, from the
    // browser) approves the document, as a colleague faster than the client would.
    bool decideAsSomeoneElse(const QString &model, int id);
    // The next business call on a record of a decidable model is preceded by such a decision.
    void conflictOnNextDecision() { m_conflictOnNextDecision = true; }
    // A share (0..1) of business calls on decidable records is preceded by such a decision.
    void setConflictShare(double share, quint32 seed = 1);

    // How many times model.method was called (any user, any transport); for tests that prove a
    // decision reached the server exactly once.
    int callCount(const QString &model, const QString &method) const
    {
        return m_callCounts.value(model + QLatin1Char('.') + method);
    }

    // model.method(*args, **kwargs) as `uid`.
    SimCallResult call(int uid, const QString &model, const QString &method, const QJsonArray &args,
                       const QJsonObject &kwargs);
    // JSON-2: named arguments; `ids` is the recordset, everything else is a keyword argument.
    SimCallResult callNamed(int uid, const QString &model, const QString &method, const QJsonObject &body);

private:
    void registerModulesAndModels();

    SimDatabase *m_database;
    SimOrm *m_orm;
    SimBusiness *m_business;
    QMap<QString, QString> m_passwords; // login -> password
    QMap<QString, QString> m_apiKeys;   // login -> API key
    QHash<int, QStringList> m_roles;    // uid -> roles
    QHash<QString, int> m_callCounts;   // "model.method" -> calls
    bool m_conflictOnNextDecision = false;
    double m_conflictShare = 0.0;
    QRandomGenerator m_conflictRandom;
};
