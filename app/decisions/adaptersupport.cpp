#include "adaptersupport.h"

#include "decisionrun.h"
#include "odoo/odooconnection.h"

QJsonArray AdapterSupport::onRecord(int id)
{
    return QJsonArray{QJsonArray{id}};
}

QString AdapterSupport::text(const QJsonObject &record, const QString &field)
{
    const QJsonValue value = record.value(field);
    return value.isString() ? value.toString() : QString();
}

bool AdapterSupport::isGone(const QJsonObject &record)
{
    return !record.contains(QLatin1String("id"));
}

bool AdapterSupport::opensWizard(const QJsonValue &result, const QString &model)
{
    const QJsonObject action = result.toObject();
    return action.value(QLatin1String("type")).toString() == QLatin1String("ir.actions.act_window") &&
           action.value(QLatin1String("res_model")).toString() == model;
}

QJsonObject AdapterSupport::wizardDefaults(const QJsonValue &action)
{
    const QJsonObject context = action.toObject().value(QLatin1String("context")).toObject();
    const QLatin1String prefix("default_");
    QJsonObject values;
    for (auto it = context.constBegin(); it != context.constEnd(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString field = it.key().mid(prefix.size());
        if (it.value().isArray())
            values.insert(field, QJsonArray{QJsonArray{6, 0, it.value()}});
        else
            values.insert(field, it.value());
    }
    return values;
}

void AdapterSupport::createAndConfirm(DecisionRun &run, const QString &wizardModel, const QJsonObject &values,
                                      const QString &method, std::function<void(const QJsonValue &)> then)
{
    DecisionRun *target = &run;
    run.call(wizardModel, QStringLiteral("create"), QJsonArray{values}, {},
             [target, wizardModel, method, then = std::move(then)](const QJsonValue &created) {
                 const int wizard = created.isArray() ? created.toArray().at(0).toInt() : created.toInt();
                 if (wizard <= 0) {
                     target->fail(OdooError(OdooError::Kind::Protocol,
                                            tr("Odoo did not create the %1 form.").arg(wizardModel)));
                     return;
                 }
                 target->call(wizardModel, method, onRecord(wizard), {}, then);
             });
}

void AdapterSupport::refuseExpenses(DecisionRun &run, const QString &model, const QString &method,
                                    const QString &linkField, const QString &notOpened)
{
    static const QString wizardModel = QStringLiteral("hr.expense.refuse.wizard");
    DecisionRun *target = &run;
    const int resId = run.decision().resId;
    const QString reason =
        run.decision().reason.isEmpty() ? tr("Refused in HQ Tower") : run.decision().reason;
    run.call(model, method, onRecord(resId), {},
             [target, resId, reason, linkField, notOpened](const QJsonValue &action) {
                 if (!opensWizard(action, wizardModel)) {
                     target->refuse(notOpened);
                     return;
                 }
                 const QJsonObject values{{QStringLiteral("reason"), reason},
                                          {linkField, QJsonArray{QJsonArray{6, 0, QJsonArray{resId}}}}};
                 createAndConfirm(*target, wizardModel, values, QStringLiteral("action_refuse"),
                                  [target](const QJsonValue &) { target->succeed(); });
             });
}

void AdapterSupport::unsupported(DecisionRun &run)
{
    run.fail(OdooError(OdooError::Kind::Validation,
                       tr("HQ Tower cannot %1 a record of %2.")
                           .arg(Decision::actionName(run.decision().action), run.decision().model)));
}
