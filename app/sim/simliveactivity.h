// SimLiveActivity: keeps a populated demo database moving. On every tick new work arrives (a
// purchase order to approve, a late picking, a failed mail…) and people "in the browser" settle
// some pending items, through SimDatabase so write dates move and the bus tells the clients.
#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>

class SimBackend;
class SimDatabase;

class SimLiveActivity : public QObject
{
    Q_OBJECT
public:
    SimLiveActivity(SimBackend *backend, quint32 seed, QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval = std::chrono::seconds(4));
    void stop();
    bool isActive() const { return m_timer.isActive(); }

public Q_SLOTS:
    // One step: creates 1 to 3 new items of random kinds, each a copy of an existing record of
    // that kind with fresh names and dates, and resolves 0 to 2 pending items.
    void tick();

Q_SIGNALS:
    void ticked(int created, int resolved);

private:
    SimDatabase *database() const;
    bool createItem(int kind);
    bool resolveItem(int kind);
    int createPurchaseOrder();
    int createLatePicking();
    int createFailedMail();
    int createLeaveRequest();
    int createCashDifference();
    int createExceptionActivity();
    bool approvePurchaseOrder();
    bool completePicking();
    bool sendFailedMail();
    bool approveLeave();
    bool approveExpense();
    bool applyInventoryCount();

    QList<int> idsWhere(const QString &model, const QString &field, const QStringList &values) const;
    int randomId(const QList<int> &ids);
    // The stored values of a record, without id, dates, authors and one2many fields.
    QJsonObject copyOf(const QString &model, int id) const;
    // `values` without the fields (or selection values) the flavour's schema does not have; a
    // null value removes the field.
    QJsonObject adapted(const QString &model, QJsonObject base, const QJsonObject &changes) const;
    int actingManager();
    int uidOf(const QString &login) const;
    int employeeOf(int uid) const;
    QString nextName(const QString &model, const QString &prefix) const;

    SimBackend *m_backend;
    QRandomGenerator m_rng;
    QTimer m_timer;
};
