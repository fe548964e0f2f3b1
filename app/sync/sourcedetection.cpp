#include "sourcedetection.h"

#include "capabilitydetector.h"
#include "odoo/odooconnection.h"
#include "sourcecatalog.h"

SourceDetection::SourceDetection(OdooConnection *connection, Preferences preferences, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_preferences(std::move(preferences))
{}

void SourceDetection::start()
{
    const SourceCatalog catalog = SourceCatalog::installed(m_preferences.slaHours);
    m_problems = catalog.problems();
    auto *detector = new CapabilityDetector(m_connection, catalog.profiles(), this);
    connect(detector, &CapabilityDetector::finished, this, [this, detector] {
        detector->deleteLater();
        m_statuses = detector->statuses();
        Q_EMIT finished();
    });
    detector->start();
}

QList<SourceProfile> SourceDetection::syncedProfiles() const
{
    QList<SourceProfile> profiles;
    for (const ProfileStatus &status : m_statuses) {
        if (status.enabled && !m_preferences.disabledProfiles.contains(status.profile.id))
            profiles.append(status.profile);
    }
    return profiles;
}

QList<SourceProfile> SourceDetection::allProfiles() const
{
    QList<SourceProfile> profiles;
    for (const ProfileStatus &status : m_statuses)
        profiles.append(status.profile);
    return profiles;
}
