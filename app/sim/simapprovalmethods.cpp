#include "simapprovalmethods.h"

#include "simdatabase.h"
#include "simorm.h"

#include <QJsonArray>

std::optional<SimCallResult> SimApprovalMethods::call(const SimCaller &caller, const QString &model,
                                                      const QString &method, const QList<int> &ids,
                                                      const QJsonObject &arguments)
{
    const auto is = [&](const char *name) { return method == QLatin1String(name); };
    const bool tierMethod = is("validate_tier") || is("reject_tier") || is("request_validation");
    if (tierMethod && m_database->schema().model(QStringLiteral("tier.review"))) {
        const QJsonObject context = arguments.value(QLatin1String("context")).toObject();
        return tier(caller, model, method, ids, context.value(QLatin1String("comment")).toString());
    }
    if (model == QLatin1String("approval.request") && (is("action_approve") || is("action_refuse")))
        return approvalRequest(caller, method, ids);
    if (model == QLatin1String("comment.wizard") && is("add_comment"))
        return commentWizard(caller, ids);
    return std::nullopt;
}

SimCallResult SimApprovalMethods::approvalRequest(const SimCaller &caller, const QString &method,
                                                  const QList<int> &ids)
{
    const QString model = QStringLiteral("approval.request");
    const QString approverModel = QStringLiteral("approval.approver");
    for (const int id : ids) {
        const QList<int> approvers = m_database->children(model, id, QStringLiteral("approver_ids"));
        int mine = 0;
        for (const int approver : approvers) {
            if (m_database->rawValue(approverModel, approver, QStringLiteral("user_id")).toInt() ==
                caller.uid)
                mine = approver;
        }
        if (mine == 0 && !caller.hasRole(QStringLiteral("system")))
            return SimCallResult::fail(
                SimError::userError(QStringLiteral("You are not an approver of this request.")));
        // Approvers decide in sequence: an earlier required approver who is still pending blocks later ones.
        const int mySequence = m_database->rawValue(approverModel, mine, QStringLiteral("sequence")).toInt();
        for (const int approver : approvers) {
            const bool earlier =
                m_database->rawValue(approverModel, approver, QStringLiteral("sequence")).toInt() <
                mySequence;
            const QString status = state(approverModel, approver, QStringLiteral("status"));
            if (earlier && (status == QLatin1String("new") || status == QLatin1String("pending") ||
                            status == QLatin1String("waiting")))
                return SimCallResult::fail(
                    SimError::userError(QStringLiteral("An earlier approver has not decided yet.")));
        }
        const bool approve = method == QLatin1String("action_approve");
        if (mine > 0)
            set(caller, approverModel, {mine},
                {{QStringLiteral("status"),
                  approve ? QStringLiteral("approved") : QStringLiteral("refused")}});
        // The next approver in sequence who was waiting now has the request to decide.
        int next = 0;
        for (const int approver : approvers) {
            const int sequence =
                m_database->rawValue(approverModel, approver, QStringLiteral("sequence")).toInt();
            if (approve && mine > 0 && sequence > mySequence &&
                state(approverModel, approver, QStringLiteral("status")) == QLatin1String("waiting") &&
                (next == 0 ||
                 sequence < m_database->rawValue(approverModel, next, QStringLiteral("sequence")).toInt()))
                next = approver;
        }
        if (next > 0)
            set(caller, approverModel, {next}, {{QStringLiteral("status"), QStringLiteral("pending")}});
        bool allApproved = true;
        for (const int approver : approvers)
            allApproved = allApproved && state(approverModel, approver, QStringLiteral("status")) ==
                                             QLatin1String("approved");
        if (!approve)
            set(caller, model, {id}, {{QStringLiteral("request_status"), QStringLiteral("refused")}});
        else if (allApproved || mine == 0)
            set(caller, model, {id}, {{QStringLiteral("request_status"), QStringLiteral("approved")}});
    }
    return SimCallResult::ok(true);
}

SimCallResult SimApprovalMethods::tier(const SimCaller &caller, const QString &model, const QString &method,
                                       const QList<int> &ids, const QString &comment)
{
    const QString reviewModel = QStringLiteral("tier.review");
    const bool validate = method == QLatin1String("validate_tier");
    QJsonArray reviewsNeedingComment;
    QList<int> reviewsToDecide;
    for (const int review : m_database->allIds(reviewModel)) {
        if (m_database->rawValue(reviewModel, review, QStringLiteral("model")).toString() != model ||
            !ids.contains(m_database->rawValue(reviewModel, review, QStringLiteral("res_id")).toInt()) ||
            state(reviewModel, review, QStringLiteral("status")) != QLatin1String("pending") ||
            (m_database->rawValue(reviewModel, review, QStringLiteral("reviewer_id")).toInt() != caller.uid &&
             !caller.hasRole(QStringLiteral("system"))))
            continue;
        if (m_database->rawValue(reviewModel, review, QStringLiteral("has_comment")).toBool() &&
            comment.isEmpty())
            reviewsNeedingComment.append(review);
        else
            reviewsToDecide.append(review);
    }
    if (!reviewsNeedingComment.isEmpty()) {
        return SimCallResult::ok(
            windowAction(QStringLiteral("comment.wizard"),
                         {{QStringLiteral("default_res_id"), ids.value(0)},
                          {QStringLiteral("default_res_model"), model},
                          {QStringLiteral("default_review_ids"), reviewsNeedingComment},
                          {QStringLiteral("default_validate_reject"),
                           validate ? QStringLiteral("validate") : QStringLiteral("reject")}}));
    }
    if (reviewsToDecide.isEmpty())
        return SimCallResult::fail(
            SimError::validationError(QStringLiteral("You are not allowed to review this document.")));
    QJsonObject values{
        {QStringLiteral("status"), validate ? QStringLiteral("approved") : QStringLiteral("rejected")},
        {QStringLiteral("done_by"), caller.uid},
        {QStringLiteral("reviewed_date"), SimDatabase::formatDateTime(m_database->now())}};
    if (!comment.isEmpty())
        values.insert(QStringLiteral("comment"), comment);
    set(caller, reviewModel, reviewsToDecide, values);
    return SimCallResult::ok(true);
}

SimCallResult SimApprovalMethods::commentWizard(const SimCaller &caller, const QList<int> &ids)
{
    const QString wizardModel = QStringLiteral("comment.wizard");
    for (const int wizard : ids) {
        const QString comment =
            m_database->rawValue(wizardModel, wizard, QStringLiteral("comment")).toString();
        const bool validate =
            m_database->rawValue(wizardModel, wizard, QStringLiteral("validate_reject")).toString() ==
            QLatin1String("validate");
        const QList<int> reviews =
            SimOrm::idsOf(m_database->rawValue(wizardModel, wizard, QStringLiteral("review_ids")));
        set(caller, QStringLiteral("tier.review"), reviews,
            {{QStringLiteral("status"), validate ? QStringLiteral("approved") : QStringLiteral("rejected")},
             {QStringLiteral("comment"), comment},
             {QStringLiteral("done_by"), caller.uid},
             {QStringLiteral("reviewed_date"), SimDatabase::formatDateTime(m_database->now())}});
    }
    return SimCallResult::ok(true);
}
