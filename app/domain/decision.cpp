#include "decision.h"

#include "enumnames.h"

namespace {

constexpr EnumNames::Table<Decision::Status, 5> statusNames{{
    {Decision::Status::Pending, "pending"},
    {Decision::Status::Applied, "applied"},
    {Decision::Status::Conflict, "conflict"},
    {Decision::Status::Refused, "refused"},
    {Decision::Status::Failed, "failed"},
}};

constexpr EnumNames::Table<Decision::Stage, 3> stageNames{{
    {Decision::Stage::Queued, "queued"},
    {Decision::Stage::Sending, "sending"},
    {Decision::Stage::Settled, "settled"},
}};

constexpr EnumNames::Table<Decision::Action, 5> actionNameTable{{
    {Decision::Action::Approve, "approve"},
    {Decision::Action::Reject, "reject"},
    {Decision::Action::Delegate, "delegate"},
    {Decision::Action::Retry, "retry"},
    {Decision::Action::Dismiss, "dismiss"},
}};

} // namespace

QString Decision::statusName(Status status)
{
    return EnumNames::nameOf(statusNames, status);
}

std::optional<Decision::Status> Decision::statusFromName(const QString &name)
{
    return EnumNames::valueOf(statusNames, name);
}

QString Decision::stageName(Stage stage)
{
    return EnumNames::nameOf(stageNames, stage);
}

std::optional<Decision::Stage> Decision::stageFromName(const QString &name)
{
    return EnumNames::valueOf(stageNames, name);
}

QString Decision::actionName(Action action)
{
    return EnumNames::nameOf(actionNameTable, action);
}

std::optional<Decision::Action> Decision::actionFromName(QStringView name)
{
    return EnumNames::valueOf(actionNameTable, name);
}

const QList<Decision::Action> &Decision::allActions()
{
    static const QList<Action> all{Action::Approve, Action::Reject, Action::Delegate, Action::Retry,
                                   Action::Dismiss};
    return all;
}

QStringList Decision::actionNames(const QList<Action> &actions)
{
    QStringList names;
    for (const Action action : actions)
        names.append(actionName(action));
    return names;
}

AuditEntry Decision::auditEntry() const
{
    return {0, id, itemId, action, reason, userLogin, createdAt, updatedAt, status, message};
}
