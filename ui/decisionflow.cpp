#include "decisionflow.h"

#include "reasondialog.h"

#include <QLocale>
#include <QMessageBox>

DecisionFlow::DecisionFlow(QWidget *parent, DecisionPolicy policy)
    : m_parent(parent)
    , m_policy(policy)
{}

std::optional<QList<DecisionService::Request>> DecisionFlow::ask(const QList<QueueItem> &items,
                                                                 Decision::Action action) const
{
    if (items.isEmpty())
        return std::nullopt;
    const QString subject =
        items.size() == 1 ? items.first().title : tr("%n selected items", nullptr, int(items.size()));
    QString reason;
    QString target;
    if (DecisionPolicy::asksForReason(action)) {
        const auto answer = ReasonDialog::ask(m_parent, action, subject, m_policy.minimumReasonLength);
        if (!answer)
            return std::nullopt;
        reason = answer->reason;
        target = answer->targetLogin;
    } else {
        const QueueItem *largest = nullptr;
        for (const QueueItem &item : items) {
            if (item.hasAmount && (!largest || item.amount > largest->amount))
                largest = &item;
        }
        if (largest && m_policy.requiresConfirmation(action, largest->amount)) {
            const QString amount =
                QStringLiteral("%1 %2").arg(QLocale().toString(largest->amount, 'f', 2), largest->currency);
            const auto confirm = QMessageBox::question(
                m_parent, tr("Approve"), tr("Approve %1? It includes an amount of %2.").arg(subject, amount));
            if (confirm != QMessageBox::Yes)
                return std::nullopt;
        }
    }
    QList<DecisionService::Request> requests;
    for (const QueueItem &item : items)
        requests.append({item, action, reason, target});
    return requests;
}
