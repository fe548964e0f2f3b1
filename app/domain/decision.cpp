#include "decision.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<Decision::Status, const char *>, 5> statusNames{{
    {Decision::Status::Pending, "pending"},
    {Decision::Status::Applied, "applied"},
    {Decision::Status::Conflict, "conflict"},
    {Decision::Status::Refused, "refused"},
    {Decision::Status::Failed, "failed"},
}};

constexpr std::array<std::pair<Decision::Stage, const char *>, 3> stageNames{{
    {Decision::Stage::Queued, "queued"},
    {Decision::Stage::Sending, "sending"},
    {Decision::Stage::Settled, "settled"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[entry, name] : names) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[entry, name] : names) {
        if (text == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString Decision::statusName(Status status)
{
    return nameOf(statusNames, status);
}

std::optional<Decision::Status> Decision::statusFromName(const QString &name)
{
    return valueOf(statusNames, name);
}

QString Decision::stageName(Stage stage)
{
    return nameOf(stageNames, stage);
}

std::optional<Decision::Stage> Decision::stageFromName(const QString &name)
{
    return valueOf(stageNames, name);
}

AuditEntry Decision::auditEntry() const
{
    return {0, id, itemId, action, reason, userLogin, createdAt, updatedAt, status, message};
}
