// ConnectionProbe: "Test connection" for the connection dialog: logs in with the given settings,
// reads the server version and transport, and finds which sources would be monitored (and why
// others are skipped). Reports once with finished().
#pragma once

#include "odoo/connectionsettings.h"
#include "odoo/odooerror.h"
#include "sync/profilestatus.h"

#include <QObject>

class OdooConnection;

class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    ConnectionProbe(ConnectionSettings settings, const QString &secret, QObject *parent = nullptr);

    void start();
    bool ok() const { return !m_error.isError(); }
    OdooError error() const { return m_error; }
    // "Odoo 18.0 · JSON-RPC · live updates possible"
    QString summary() const { return m_summary; }
    QList<ProfileStatus> statuses() const { return m_statuses; }

Q_SIGNALS:
    void finished();

private:
    OdooConnection *m_connection;
    OdooError m_error;
    QString m_summary;
    QList<ProfileStatus> m_statuses;
};
