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
        // The key HQ Tower 0.1 used (host only), still read once to move the secret over.
        QString legacyKeychainKey() const;
    };

    explicit SavedConnections(QSettings *settings);

    QList<Entry> entries() const;
    // Adds or replaces the entry with the same name.
    void save(const Entry &entry);
    void remove(const QString &name);
    QString currentName() const;
    void setCurrentName(const QString &name);
    // Whether another saved connection maps to the same legacy keychain key (same host, database
    // and login on another port or scheme), so that the old entry must stay after a migration.
    bool sharesLegacyKey(const Entry &entry) const;

private:
    QSettings *m_settings;
};
