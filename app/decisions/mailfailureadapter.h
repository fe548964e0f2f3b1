// MailFailureAdapter: an outgoing mail.mail that failed (state exception): retry puts it back in
// the queue (mark_outgoing), dismiss cancels it.
#pragma once

#include "decisionadapter.h"

class MailFailureAdapter : public DecisionAdapter
{
public:
    QString id() const override { return QStringLiteral("mail_failure"); }
    // No chatter on this model: the reason stays in the audit trail.
    bool hasChatter() const override { return false; }
    QStringList actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
};
