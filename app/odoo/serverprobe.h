// ServerProbe: after login, reads who the user is (name, company) and which of the modules
// HQ Tower cares about are installed. Reports once with finished().
#pragma once

#include "odooerror.h"

#include <QMap>
#include <QObject>
#include <QStringList>

class OdooConnection;

class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(OdooConnection *connection, QObject *parent = nullptr);

    // purchase, stock, point_of_sale, hr_expense, hr_holidays, approvals, base_tier_validation,
    // queue_job, base_automation
    static QStringList relevantModules();

    void start();
    QString userName() const { return m_userName; }
    QString companyName() const { return m_companyName; }
    QMap<QString, bool> modules() const { return m_modules; }
    // The first thing that could not be read; the rest of the probe still reports what it found.
    OdooError error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void readModules();

    OdooConnection *m_connection;
    QString m_userName;
    QString m_companyName;
    QMap<QString, bool> m_modules;
    OdooError m_error;
};
