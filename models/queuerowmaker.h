// QueueRowMaker: makes QueueModel's rows from items and a copy of what rows depend on (texts,
// stores, decisions, clock, SLA policy), so that many rows can also be made off the GUI thread.
#pragma once

#include "domain/storeinfo.h"
#include "queuerow.h"
#include "queuesnapshot.h"

#include <QHash>
#include <QList>
#include <QLocale>

class QueueRowMaker
{
public:
    QueueRowMaker();

    QueueRow makeRow(const QueueItem &item);
    // Every row of `items`, in order.
    QList<QueueRow> makeRows(const QueueSnapshot &items);
    void fillStore(QueueRow &row, const QueueItem &item);
    void fillDecision(QueueRow &row, const QString &itemId) const;
    // Whether a decision settled at settledSecs (-1: pending) still shows at nowSecs.
    bool decisionShown(qint64 settledSecs) const;
    // Forgets the shared requester and unknown-store texts (before remaking every row).
    void clearCaches();

    // What rows are made from. QueueModel counts its changes to them in `generation`, so that rows
    // made by an older copy are recognised.
    QHash<ItemKind, QString> kindTexts;
    QString noStoreText;
    QLocale locale;
    qint64 nowSecs = 0;
    SlaPolicy slaPolicy;
    QHash<int, StoreInfo> stores;
    QHash<QString, QueueDecisionMark> decisions;
    qint64 settledDecisionSeconds = 600;
    quint64 generation = 0;

private:
    QHash<QString, QString> m_requesterKeys; // requester -> its shared lowercase form
    QHash<int, QString> m_unknownStoreTexts; // "Store 12" for ids not in the stores
};
