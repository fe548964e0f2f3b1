#include "livesync.h"

LiveSync::LiveSync(OdooConnection *connection, Cache *cache, QList<SourceProfile> profiles,
                   SyncEngine::Options options, QObject *parent)
    : QObject(parent)
    , m_engine(connection, cache, profiles, options)
    , m_bus(connection)
{
    for (const SourceProfile &profile : profiles) {
        m_profileIds.append(profile.id);
        if (profile.model == QLatin1String("mail.activity"))
            m_activityProfiles.append(profile.id);
    }
    connect(&m_engine, &SyncEngine::statusChanged, this, &LiveSync::statusChanged);
    connect(&m_engine, &SyncEngine::itemsChanged, this, &LiveSync::itemsChanged);
    connect(&m_bus, &BusListener::recordsChanged, &m_engine, &SyncEngine::onRecordsChanged);
    connect(&m_bus, &BusListener::notificationReceived, this, &LiveSync::onNotification);
    connect(&m_bus, &BusListener::stateChanged, this, &LiveSync::onBusState);
}

void LiveSync::start()
{
    m_engine.start();
    m_bus.start();
}

void LiveSync::stop()
{
    m_bus.stop();
    m_engine.stop();
}

void LiveSync::onBusState(BusListener::State state)
{
    // Back after an interruption: what was pushed meanwhile is lost, so catch up at once.
    if (state == BusListener::State::Listening && m_wasListening) {
        for (const QString &id : std::as_const(m_profileIds))
            m_engine.requestSync(id);
    }
    if (state == BusListener::State::Listening)
        m_wasListening = true;
    Q_EMIT statusChanged();
}

void LiveSync::onNotification(const QString &type, const QJsonObject &)
{
    // Odoo tells a user about activities assigned to them ("mail.activity/updated"); that is a
    // hint for the activity profiles. Inbox messages carry nothing the queue shows.
    if (type.startsWith(QLatin1String("mail.activity"))) {
        for (const QString &id : std::as_const(m_activityProfiles))
            m_engine.requestSync(id);
    }
}
