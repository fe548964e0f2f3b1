// AdapterConfig: a decision adapter described as data (resources/decisions/*.json or a source
// profile's "decisions" block): the model, when a record still waits, and per action the method to
// call and the states that show it took effect. ConfiguredAdapter runs it.
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

struct AdapterConfig
{
    Q_DECLARE_TR_FUNCTIONS(AdapterConfig)

public:
    // {"field": F, "in": [values]}, {"field": F, "not_in": [values]} or {"gone": true} (the
    // record was not found when read again). Odoo's false reads as "".
    struct Condition
    {
        QString field;
        QStringList values;
        bool negate = false;
        bool gone = false;

        bool matches(const QJsonObject &record) const;
    };

    // Another method for records in some state, on some versions ("versions": "17-18").
    struct MethodRule
    {
        QList<Condition> when; // all of them
        int minVersion = 0;
        int maxVersion = 0; // 0 = no bound
        QString method;
    };

    struct Action
    {
        QString method;                // called on [[id]] with no arguments
        QList<MethodRule> methods;     // the first that matches the record replaces `method`
        bool scheduleActivity = false; // delegate: an activity for the target user on the record
        QList<Condition> applied;      // any of them shows the decision took effect
        // By the state the user saw ("*" for any other): which conditions show it took effect.
        QString seenField;
        QMap<QString, QList<Condition>> appliedFromSeen;
    };

    // When a write changed nothing and the record matches `when`: which sentence to say.
    struct NoEffect
    {
        std::optional<Decision::Action> action; // none: any
        QList<Condition> when;
        QString message; // "approval_limit" or "not_an_approver"
    };

    QString id;
    QString model;
    QStringList fields;
    QList<Condition> open; // all of them: the record still waits
    QMap<Decision::Action, Action> actions;
    QList<Decision::Action> actionOrder; // as the file lists them
    bool hasChatter = true;
    QList<NoEffect> noEffect;

    // Reads a configuration; nothing with `error` set ("decisions.actions.approve: …") when invalid.
    static std::optional<AdapterConfig> fromJson(const QJsonObject &object, QString *error);
    static bool allMatch(const QList<Condition> &conditions, const QJsonObject &record);
    static bool anyMatches(const QList<Condition> &conditions, const QJsonObject &record);
};
