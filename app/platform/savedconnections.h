// SavedConnections: the Odoo connections the user saved (server, database, login, password or
// API key, live updates) in QSettings, and which one is current. Holds no secret: those live in
// the keychain (CredentialStore).
#pragma once

#include "odoo/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

class SavedConnections
{
    Q_DECLARE_TR_FUNCTIONS(SavedConnections)

public:
    struct Entry
    {
        QString name; // shown in menus, e.g. "Shop HQ (production)"
        ConnectionSettings settings;

        QString keychainKey() const;
    };

    explicit SavedConnections(QSettings *settings);

    QList<Entry> entries() const;
    // Adds or replaces the entry with the same name.
    void save(const Entry &entry);
    void remove(const QString &name);
    QString currentName() const;
    void setCurrentName(const QString &name);

private:
    QSettings *m_settings;
};
