// DecisionAdapter: how decisions are written back for one kind of Odoo document (purchase order,
// expense report, time off…): which actions exist, how to tell from the record whether it still
// waits or already shows the decision, and which calls make it. Stateless; one instance each.
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class DecisionRun;

class DecisionAdapter
{
public:
    virtual ~DecisionAdapter() = default;

    // The name source profiles use in "decisions": {"adapter": "<id>"}, e.g. "purchase_order".
    virtual QString id() const = 0;
    // The actions this adapter offers on Odoo `version` ("approve", "reject", "delegate"…).
    virtual QList<Decision::Action> actions(int version) const = 0;
    // Fields of `model` the sender reads before and after the write (write_date and write_uid are
    // always added).
    virtual QStringList fields(int version) const = 0;
    // The record still waits for this decision. False before the write means someone else
    // decided (a Conflict; nothing is sent).
    virtual bool isOpen(const Decision &decision, const QJsonObject &record, int version) const = 0;
    // The record shows this decision took effect (read after the write, or when resuming a
    // decision whose write may have reached the server).
    virtual bool isApplied(const Decision &decision, const QJsonObject &record, int version) const = 0;
    // Sends the calls of decision.action through `run` and ends with run.succeed(), run.refuse()
    // or run.fail(). Called only when isOpen() and not isApplied().
    virtual void apply(DecisionRun &run) const = 0;
    // True when the action itself records the reason in the chatter (refusal wizards); otherwise
    // the sender posts it with message_post.
    virtual bool recordsReason(Decision::Action action, int version) const
    {
        Q_UNUSED(action);
        Q_UNUSED(version);
        return false;
    }
    // False for models without a chatter (stock.quant, mail.mail, queue.job, ir.cron): the reason
    // then stays in HQ Tower's audit trail only.
    virtual bool hasChatter() const { return true; }
    // Actions that change the record's state are checked against the write_date the user saw;
    // actions that do not (delegate) only need the record to be open.
    virtual bool changesState(Decision::Action action) const { return action != Decision::Action::Delegate; }
    // A plain sentence for a write Odoo accepted but that changed nothing (e.g. a purchase user
    // approving an order above their limit: Odoo's button_approve silently does nothing).
    virtual QString noEffectMessage(const Decision &decision, const QJsonObject &record, int version) const;
};
