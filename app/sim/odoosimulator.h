// OdooSimulator: one simulated Odoo server, assembled: schema of the chosen version, database,
// backend, demo dataset, HTTP server (with bus and faults) and the optional live activity.
// Used by hqtower-sim, by the app's demo mode, by integration tests and benchmarks.
#pragma once

#include "simdatasetsummary.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class SimBackend;
class SimDatabase;
class SimHttpServer;
class SimLiveActivity;

struct SimulatorOptions
{
    int flavor = 17;  // 17, 18 or 19
    QString database; // empty: "odoo<flavor>"
    quint32 seed = 1;
    double scale = 1.0;
    bool populate = true;        // false: only the base records and the contract's users
    QStringList optionalModules; // "approvals", "base_tier_validation", "queue_job"
    // true: writes to the usual approval models push `hq_tower/changed` to everyone, as if the
    // push rule were installed. false: as a fresh server, only HQ Tower's automation rules push.
    bool pushPreinstalled = true;
};

class OdooSimulator : public QObject
{
    Q_OBJECT
public:
    explicit OdooSimulator(const SimulatorOptions &options, QObject *parent = nullptr);
    ~OdooSimulator() override;

    // Builds the demo data once (when the options ask for it).
    void populate();
    // Builds the data (if asked) and listens; false with a message when the port is taken.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
               QString *errorMessage = nullptr);
    void setLive(bool enabled, std::chrono::milliseconds interval = std::chrono::seconds(4));

    QUrl url() const;
    const SimulatorOptions &options() const { return m_options; }
    SimDatabase *database() const { return m_database.get(); }
    SimBackend *backend() const { return m_backend.get(); }
    SimHttpServer *server() const { return m_server.get(); }
    SimDatasetSummary summary() const { return m_summary; }
    qint64 populateMilliseconds() const { return m_populateMs; }

private:
    SimulatorOptions m_options;
    std::unique_ptr<SimDatabase> m_database;
    std::unique_ptr<SimBackend> m_backend;
    std::unique_ptr<SimHttpServer> m_server;
    std::unique_ptr<SimLiveActivity> m_live;
    SimDatasetSummary m_summary;
    qint64 m_populateMs = 0;
};
