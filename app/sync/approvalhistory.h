// ApprovalHistoryReader: reads from Odoo the approvals decided since a given time (purchase
// orders, expense reports or expenses, time off, Approvals requests, OCA tier reviews), so the
// approvals chart shows Odoo's own history and not only the decisions taken in HQ Tower.
#pragma once

#include "domain/decidedapproval.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

class OdooConnection;
class OdooError;

class ApprovalHistoryReader : public QObject
{
    Q_OBJECT
public:
    // At most this many decisions per model (the newest); beyond it the oldest days are incomplete.
    static constexpr int RowLimit = 20000;

    // `models`: the models of the enabled approval sources, as detected for `odooMajor`
    // (hr.expense.sheet on 17/18, hr.expense on 19). `since` is a UTC time.
    ApprovalHistoryReader(OdooConnection *connection, int odooMajor, QStringList models, QDateTime since,
                          QObject *parent = nullptr);

    // One search_read per model, one model at a time (plus a fields_get first for the models of
    // optional modules whose fields vary: approval.request, tier.review). A model that cannot be
    // read is left out with a reason; the others still come. Reports once with finished().
    void start();

    bool isFinished() const { return m_finished; }
    // In the order of the models given; per model the newest decision first.
    QList<DecidedApproval> approvals() const { return m_approvals; }
    // Model -> why its history was left out, in plain words.
    QMap<QString, QString> problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    void readNext();
    void read(const QString &model, const QStringList &knownFields);
    void skip(const QString &model, const QString &reason);
    void skipAfterError(const QString &model, const OdooError &error);
    void finish();

    QPointer<OdooConnection> m_connection;
    int m_major;
    QStringList m_pending;
    QDateTime m_since;
    QList<DecidedApproval> m_approvals;
    QMap<QString, QString> m_problems;
    bool m_started = false;
    bool m_finished = false;
};
