// RetryPolicy: the table of {timeout, delay} steps an idempotent call follows on transient
// failures (exponential delays with jitter), after libQuotient's BaseJob retry table.
#pragma once

#include <QList>
#include <QRandomGenerator>

#include <chrono>

struct RetryStep
{
    std::chrono::milliseconds timeout;     // how long this attempt may take
    std::chrono::milliseconds delayBefore; // wait before this attempt (0 for the first)
};

class RetryPolicy
{
public:
    RetryPolicy() = default;
    RetryPolicy(QList<RetryStep> steps, double jitter);

    // Reads: 4 attempts, delays 1 s, 3 s, 9 s (+/- 20 %), timeouts growing 20 s to 60 s.
    static RetryPolicy forReads();
    // Writes and anything not idempotent: one attempt, never repeated blindly.
    static RetryPolicy singleAttempt(std::chrono::milliseconds timeout = std::chrono::seconds(60));

    int attemptCount() const { return int(m_steps.size()); }
    RetryStep step(int attempt) const; // attempt is 0-based
    // The delay before `attempt` with jitter applied from `random`.
    std::chrono::milliseconds delayBefore(int attempt, QRandomGenerator &random) const;
    double jitter() const { return m_jitter; }

private:
    QList<RetryStep> m_steps{{std::chrono::seconds(60), std::chrono::milliseconds(0)}};
    double m_jitter = 0.0;
};
