#include "retrypolicy.h"

#include <algorithm>

using namespace std::chrono_literals;

RetryPolicy::RetryPolicy(QList<RetryStep> steps, double jitter)
    : m_steps(std::move(steps))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
{
    if (m_steps.isEmpty())
        m_steps.append({60s, 0ms});
}

RetryPolicy RetryPolicy::forReads()
{
    return RetryPolicy({{20s, 0ms}, {30s, 1s}, {45s, 3s}, {60s, 9s}}, 0.2);
}

RetryPolicy RetryPolicy::singleAttempt(std::chrono::milliseconds timeout)
{
    return RetryPolicy({{timeout, 0ms}}, 0.0);
}

RetryStep RetryPolicy::step(int attempt) const
{
    return m_steps.at(std::clamp(attempt, 0, attemptCount() - 1));
}

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt, QRandomGenerator &random) const
{
    const auto base = step(attempt).delayBefore;
    if (m_jitter <= 0.0 || base.count() == 0)
        return base;
    const double factor = 1.0 + m_jitter * (2.0 * random.generateDouble() - 1.0);
    return std::chrono::milliseconds(qRound64(double(base.count()) * factor));
}
