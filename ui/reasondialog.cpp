#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(Decision::Action action, const QString &subject, int minimumLength,
                           QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_minimumLength(action == Decision::Action::Approve ? 0 : minimumLength)
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    title->setWordWrap(true);
    QString okText;
    if (action == Decision::Action::Reject) {
        setWindowTitle(tr("Reject"));
        title->setText(tr("Why do you reject %1? The reason is posted in Odoo's chatter.").arg(subject));
        okText = tr("&Reject");
    } else if (action == Decision::Action::Dismiss) {
        setWindowTitle(tr("Dismiss"));
        title->setText(tr("Why do you dismiss %1?").arg(subject));
        okText = tr("&Dismiss");
    } else if (action == Decision::Action::Delegate) {
        setWindowTitle(tr("Delegate"));
        title->setText(tr("Who should decide %1 instead? They get a To-Do activity in Odoo.").arg(subject));
        okText = tr("&Delegate");
    } else {
        setWindowTitle(tr("Approve"));
        title->setText(tr("Approve %1? A comment is optional; it is posted in Odoo's chatter.").arg(subject));
        okText = tr("&Approve");
    }
    layout->addWidget(title);
    auto *form = new QFormLayout;
    if (action == Decision::Action::Delegate) {
        m_target = new QLineEdit(this);
        m_target->setPlaceholderText(tr("Odoo login, e.g. buyer1"));
        form->addRow(tr("&To:"), m_target);
        connect(m_target, &QLineEdit::textChanged, this, &ReasonDialog::updateState);
    }
    m_reason->setPlaceholderText(action == Decision::Action::Delegate ? tr("A note for them (optional)")
                                                                      : tr("Reason"));
    m_reason->setTabChangesFocus(true);
    form->addRow(action == Decision::Action::Delegate ? tr("&Note:") : tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateState);
    (m_target ? static_cast<QWidget *>(m_target) : m_reason)->setFocus();
    updateState();
}

void ReasonDialog::updateState()
{
    const int length = int(m_reason->toPlainText().trimmed().size());
    const bool reasonOk = m_action == Decision::Action::Delegate || length >= m_minimumLength;
    const bool targetOk = !m_target || !m_target->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasonOk && targetOk);
    if (!targetOk)
        m_hint->setText(tr("Give the Odoo login of the person."));
    else if (!reasonOk)
        m_hint->setText(tr("A reason of at least %n characters is required.", nullptr, m_minimumLength));
    else
        m_hint->clear();
}

ReasonDialog::Answer ReasonDialog::answer() const
{
    return {m_reason->toPlainText().trimmed(), m_target ? m_target->text().trimmed() : QString()};
}

std::optional<ReasonDialog::Answer> ReasonDialog::ask(QWidget *parent, Decision::Action action,
                                                      const QString &subject, int minimumLength)
{
    ReasonDialog dialog(action, subject, minimumLength, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}
