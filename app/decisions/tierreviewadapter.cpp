#include "tierreviewadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

namespace {

const QString &commentWizard()
{
    static const QString name = QStringLiteral("comment.wizard");
    return name;
}

} // namespace

QList<Decision::Action> TierReviewAdapter::actions(int) const
{
    return {Decision::Action::Approve, Decision::Action::Reject, Decision::Action::Delegate};
}

QStringList TierReviewAdapter::fields(int) const
{
    return {QStringLiteral("model"), QStringLiteral("res_id"), QStringLiteral("status"),
            QStringLiteral("comment")};
}

bool TierReviewAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return AdapterSupport::text(record, QStringLiteral("status")) == QLatin1String("pending");
}

bool TierReviewAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString status = AdapterSupport::text(record, QStringLiteral("status"));
    if (decision.action == Decision::Action::Approve)
        return status == QLatin1String("approved");
    if (decision.action == Decision::Action::Reject)
        return status == QLatin1String("rejected");
    return decision.action == Decision::Action::Delegate;
}

bool TierReviewAdapter::recordsReason(Decision::Action action, int) const
{
    return action == Decision::Action::Approve || action == Decision::Action::Reject;
}

void TierReviewAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    const QString document = AdapterSupport::text(run.record(), QStringLiteral("model"));
    const int documentId = run.record().value(QLatin1String("res_id")).toInt();
    if (decision.action == Decision::Action::Delegate) {
        ActivityDelegation::schedule(run, document, documentId);
        return;
    }
    const bool approve = decision.action == Decision::Action::Approve;
    if (!approve && decision.action != Decision::Action::Reject) {
        AdapterSupport::unsupported(run);
        return;
    }
    if (document.isEmpty() || documentId <= 0) {
        run.refuse(tr("The review does not name the document it is about."));
        return;
    }
    // The wizard requires a comment; an approval without a reason gets a plain one.
    const QString comment = !decision.reason.isEmpty() ? decision.reason
                            : approve                  ? tr("Validated in HQ Tower")
                                                       : tr("Rejected in HQ Tower");
    DecisionRun *target = &run;
    run.call(document, approve ? QStringLiteral("validate_tier") : QStringLiteral("reject_tier"),
             AdapterSupport::onRecord(documentId), {}, [target, comment](const QJsonValue &result) {
                 if (!AdapterSupport::opensWizard(result, commentWizard())) {
                     target->succeed(); // decided at once: the tier asks for no comment
                     return;
                 }
                 QJsonObject values = AdapterSupport::wizardDefaults(result);
                 values.insert(QStringLiteral("comment"), comment);
                 AdapterSupport::createAndConfirm(*target, commentWizard(), values,
                                                  QStringLiteral("add_comment"),
                                                  [target](const QJsonValue &) { target->succeed(); });
             });
}
