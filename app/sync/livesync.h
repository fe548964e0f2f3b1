// LiveSync: keeps one connection's queue current: the SyncEngine polls every enabled profile, and
// with a web session the BusListener pushes `hq_tower/changed` hints (plus the user's own
// activity notifications) so a change reaches the cache in about a second. Polling stays on.
#pragma once

#include "odoo/buslistener.h"
#include "syncengine.h"

#include <QObject>

class LiveSync : public QObject
{
    Q_OBJECT
public:
    LiveSync(OdooConnection *connection, Cache *cache, QList<SourceProfile> profiles,
             SyncEngine::Options options, QObject *parent = nullptr);

    void start();
    void stop();
    SyncEngine *engine() { return &m_engine; }
    BusListener *bus() { return &m_bus; }
    SyncStatus status() const { return m_engine.status(); }
    bool pushOn() const { return m_bus.state() == BusListener::State::Listening; }
    // "Live updates on", "Polling only: …" — for the status bar and `hqtower-cli watch`.
    QString pushText() const { return m_bus.stateText(); }

Q_SIGNALS:
    // The sync status or the push state changed.
    void statusChanged();
    // What was stored (as stored) and the ids that left the queue.
    void itemsChanged(const QList<QueueItem> &upserts, const QStringList &removedIds);

private:
    void onBusState(BusListener::State state);
    void onNotification(const QString &type, const QJsonObject &payload);

    SyncEngine m_engine;
    BusListener m_bus;
    QStringList m_profileIds;
    QStringList m_activityProfiles; // profiles on mail.activity, refreshed on activity notifications
    bool m_wasListening = false;
};
