// DecisionFlow: what the window asks before a decision goes to the session: the reason or the
// person it is delegated to (ReasonDialog), and a confirmation for large approvals, by the rules of
// DecisionPolicy that the command line follows too.
#pragma once

#include "decisions/decisionpolicy.h"
#include "decisions/decisionservice.h"
#include "domain/queueitem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QWidget;

class DecisionFlow
{
    Q_DECLARE_TR_FUNCTIONS(DecisionFlow)

public:
    explicit DecisionFlow(QWidget *parent, DecisionPolicy policy = {});

    const DecisionPolicy &policy() const { return m_policy; }
    // The requests for `items`, every one for `action`, once the user answered what the policy
    // asks; nothing when the user cancelled.
    std::optional<QList<DecisionService::Request>> ask(const QList<QueueItem> &items,
                                                       Decision::Action action) const;

private:
    QWidget *m_parent;
    DecisionPolicy m_policy;
};
