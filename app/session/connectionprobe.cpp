#include "connectionprobe.h"

#include "odoo/odooconnection.h"
#include "sync/capabilitydetector.h"
#include "sync/sourcecatalog.h"

ConnectionProbe::ConnectionProbe(ConnectionSettings settings, const QString &secret, QObject *parent)
    : QObject(parent)
    , m_connection(new OdooConnection(std::move(settings), secret, this))
{}

void ConnectionProbe::start()
{
    connect(m_connection, &OdooConnection::openFailed, this, [this](const OdooError &error) {
        m_error = error;
        Q_EMIT finished();
    });
    connect(m_connection, &OdooConnection::opened, this, [this] {
        const ServerInfo &info = m_connection->serverInfo();
        m_summary = tr("Odoo %1 · %2 · %3")
                        .arg(info.version.text, OdooTransport::kindName(info.transport),
                             info.livePushPossible ? tr("live updates possible")
                                                   : (info.livePushUnavailableReason.isEmpty()
                                                          ? tr("polling only")
                                                          : info.livePushUnavailableReason));
        SourceCatalog catalog = SourceCatalog::installed();
        auto *detector = new CapabilityDetector(m_connection, catalog.profiles(), this);
        connect(detector, &CapabilityDetector::finished, this, [this, detector] {
            m_statuses = detector->statuses();
            detector->deleteLater();
            Q_EMIT finished();
        });
        detector->start();
    });
    m_connection->open();
}
