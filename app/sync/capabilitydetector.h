// CapabilityDetector: on a freshly opened connection, finds which source profiles work on that
// server (version, installed modules, models, fields, read access) and says why the others do not.
#pragma once

#include "odoo/odooerror.h"
#include "profilestatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class OdooConnection;

class CapabilityDetector : public QObject
{
    Q_OBJECT
public:
    CapabilityDetector(OdooConnection *connection, QList<SourceProfile> profiles, QObject *parent = nullptr);

    // Requests: one ir.module.module search_read for all needed modules, one fields_get per
    // distinct model, then one search_count per remaining profile (proves read access and that
    // the domain is accepted; fields_get alone does not check access on real Odoo). All requests
    // of a stage run in parallel. Reports once with finished().
    void start();

    bool isFinished() const { return m_finished; }
    // In the order of the profiles given.
    QList<ProfileStatus> statuses() const { return m_statuses; }
    QList<SourceProfile> enabledProfiles() const;

Q_SIGNALS:
    void finished();

private:
    void checkModules();
    void checkModels();
    void probeDomains();
    void finish();
    void skip(qsizetype index, const QString &reason);
    // Could not be checked (the server failed or could not be reached): failed, not skipped.
    void failCheck(qsizetype index, const QString &reason);
    QSet<QString> neededModels() const;
    static QString accessSentence(const QString &model, const OdooError &error);

    QPointer<OdooConnection> m_connection;
    QList<ProfileStatus> m_statuses;
    QSet<QString> m_installedModules;
    bool m_modulesKnown = false;
    QHash<QString, QSet<QString>> m_modelFields;              // model -> fields, for models that answered
    QHash<QString, QHash<QString, QString>> m_modelRelations; // model -> field -> relation model
    QHash<QString, QHash<QString, QString>> m_modelLabels;    // model -> field -> label
    QHash<QString, QString> m_modelProblems;                  // model -> why its profiles are skipped
    QHash<QString, QString> m_modelFailures;                  // model -> why it could not be checked
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
};
