// AdapterSupport: helpers the decision adapters share: the [[id]] argument, values of a record
// as `read` returns them, Odoo's window actions (wizards) and the end of a run for an action an
// adapter does not offer.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

class DecisionRun;

class AdapterSupport
{
    Q_DECLARE_TR_FUNCTIONS(AdapterSupport)
public:
    // The positional arguments of a method on one record: [[id]].
    static QJsonArray onRecord(int id);
    // A char or selection value; empty for Odoo's false.
    static QString text(const QJsonObject &record, const QString &field);
    // The record was not found when read (deleted).
    static bool isGone(const QJsonObject &record);
    // `result` is an ir.actions.act_window opening `model` (a wizard the method asks to fill).
    static bool opensWizard(const QJsonValue &result, const QString &model);
    // The values the action's context proposes for the wizard (its default_<field> keys), with
    // id lists as a [6, 0, ids] command. Empty when the context is not a dict (17 sends "{}").
    static QJsonObject wizardDefaults(const QJsonValue &action);
    // Creates a record of `wizardModel` with `values`, calls its `method` and hands the result on.
    static void createAndConfirm(DecisionRun &run, const QString &wizardModel, const QJsonObject &values,
                                 const QString &method, std::function<void(const QJsonValue &)> then);
    // Odoo's expense refusal (17/18 sheets, 19 expenses): `method` on the record opens
    // hr.expense.refuse.wizard, which is created with the reason and `linkField` = [the record]
    // and confirmed with action_refuse. `notOpened` is the refusal when Odoo opens no wizard.
    static void refuseExpenses(DecisionRun &run, const QString &model, const QString &method,
                               const QString &linkField, const QString &notOpened);
    // Ends the run as Failed: the adapter has no such action.
    static void unsupported(DecisionRun &run);
};
