#include "demoserver.h"

#include "sim/odoosimulator.h"

DemoServer::DemoServer(int flavor, QObject *parent)
    : QObject(parent)
    , m_flavor(flavor)
{}

DemoServer::~DemoServer() = default;

bool DemoServer::start(QString *errorMessage)
{
    SimulatorOptions options;
    options.flavor = m_flavor;
    options.populate = true;
    options.optionalModules = {QStringLiteral("approvals"), QStringLiteral("base_tier_validation"),
                               QStringLiteral("queue_job")};
    m_simulator = std::make_unique<OdooSimulator>(options);
    if (!m_simulator->start(QHostAddress::LocalHost, 0, errorMessage))
        return false;
    m_simulator->setLive(true);
    if (!m_folder.isValid()) {
        if (errorMessage)
            *errorMessage = tr("No temporary folder for the demo cache: %1").arg(m_folder.errorString());
        return false;
    }
    return true;
}

ConnectionSettings DemoServer::settings() const
{
    ConnectionSettings settings;
    settings.serverUrl = m_simulator->url();
    settings.database = m_simulator->options().database.isEmpty() ? QStringLiteral("odoo%1").arg(m_flavor)
                                                                  : m_simulator->options().database;
    settings.login = QStringLiteral("admin");
    settings.secretKind = ConnectionSettings::SecretKind::Password;
    settings.wantLivePush = true;
    return settings;
}

QString DemoServer::secret() const
{
    return QStringLiteral("admin"); // the simulator's documented demo password, not a real secret
}

QString DemoServer::cacheFile() const
{
    return m_folder.filePath(QStringLiteral("demo.sqlite"));
}
