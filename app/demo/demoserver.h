// DemoServer: the app's demo mode. It starts the built-in Odoo simulator with the retail demo
// dataset on a free loopback port, keeps it changing (live mode), and says how to connect to it.
#pragma once

#include "odoo/connectionsettings.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class OdooSimulator;

class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(int flavor = 18, QObject *parent = nullptr);
    ~DemoServer() override;

    // Builds the dataset and listens on 127.0.0.1; false with a message when it cannot.
    bool start(QString *errorMessage);
    // Connection settings for the demo user (an administrator, so every source is visible).
    ConnectionSettings settings() const;
    QString secret() const;
    // A cache file that lives as long as the demo (the demo data is made anew each time).
    QString cacheFile() const;
    OdooSimulator *simulator() const { return m_simulator.get(); }

private:
    int m_flavor;
    std::unique_ptr<OdooSimulator> m_simulator;
    QTemporaryDir m_folder;
};
