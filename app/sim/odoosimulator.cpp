#include "odoosimulator.h"

#include "simbackend.h"
#include "simbus.h"
#include "simdatabase.h"
#include "simdataset.h"
#include "simhttpserver.h"
#include "simliveactivity.h"

#include <QElapsedTimer>

OdooSimulator::OdooSimulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    if (m_options.database.isEmpty())
        m_options.database = QStringLiteral("odoo%1").arg(m_options.flavor);
    m_database = std::make_unique<SimDatabase>(SimSchema::load(m_options.flavor, m_options.optionalModules),
                                               m_options.database);
    m_backend = std::make_unique<SimBackend>(m_database.get());
    m_server = std::make_unique<SimHttpServer>(m_backend.get());
    if (!m_options.pushPreinstalled)
        m_server->bus().setMonitoredModels({});
}

OdooSimulator::~OdooSimulator()
{
    // The server and live activity use the backend and database: stop them first.
    m_live.reset();
    m_server.reset();
}

void OdooSimulator::populate()
{
    if (m_options.populate && m_summary.totalRecords == 0) {
        QElapsedTimer timer;
        timer.start();
        m_summary = SimDataset::populate(*m_backend, m_options.seed, m_options.scale);
        m_populateMs = timer.elapsed();
    }
}

bool OdooSimulator::start(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    populate();
    if (!m_server->listen(address, port)) {
        if (errorMessage)
            *errorMessage = m_server->errorString();
        return false;
    }
    return true;
}

void OdooSimulator::setLive(bool enabled, std::chrono::milliseconds interval)
{
    if (!enabled) {
        m_live.reset();
        return;
    }
    if (!m_live)
        m_live = std::make_unique<SimLiveActivity>(m_backend.get(), m_options.seed);
    m_live->start(interval);
}

QUrl OdooSimulator::url() const
{
    return m_server->baseUrl();
}
