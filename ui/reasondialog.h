// ReasonDialog: asks why (reject, dismiss) or for whom (delegate) before a decision is taken.
// OK stays disabled until the reason is long enough and, for delegation, a login is given.
#pragma once

#include "domain/decision.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    struct Answer
    {
        QString reason;
        QString targetLogin;
    };

    // `action`: reject, dismiss, delegate or approve (reason optional); `subject`: what is decided,
    // e.g. "P00042 — 3 items" or "12 selected items".
    ReasonDialog(Decision::Action action, const QString &subject, int minimumLength,
                 QWidget *parent = nullptr);

    Answer answer() const;
    static std::optional<Answer> ask(QWidget *parent, Decision::Action action, const QString &subject,
                                     int minimumLength);

private:
    void updateState();

    Decision::Action m_action;
    int m_minimumLength;
    QPlainTextEdit *m_reason;
    QLineEdit *m_target = nullptr;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
