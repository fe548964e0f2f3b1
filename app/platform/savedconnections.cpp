#include "savedconnections.h"

#include "credentialstore.h"

#include <QSettings>

namespace {

const QString groupName = QStringLiteral("connections");

} // namespace

QString SavedConnections::Entry::keychainKey() const
{
    return CredentialStore::keyFor(settings.serverUrl, settings.database, settings.login);
}

QString SavedConnections::Entry::legacyKeychainKey() const
{
    return CredentialStore::legacyKeyFor(settings.serverUrl, settings.database, settings.login);
}

bool SavedConnections::sharesLegacyKey(const Entry &entry) const
{
    int users = 0;
    for (const Entry &other : entries())
        users += other.legacyKeychainKey() == entry.legacyKeychainKey() ? 1 : 0;
    return users > 1;
}

SavedConnections::SavedConnections(QSettings *settings)
    : m_settings(settings)
{}

QList<SavedConnections::Entry> SavedConnections::entries() const
{
    QList<Entry> all;
    const int count = m_settings->beginReadArray(groupName);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Entry entry;
        entry.name = m_settings->value(QStringLiteral("name")).toString();
        entry.settings.serverUrl = m_settings->value(QStringLiteral("url")).toUrl();
        entry.settings.database = m_settings->value(QStringLiteral("database")).toString();
        entry.settings.login = m_settings->value(QStringLiteral("login")).toString();
        entry.settings.secretKind =
            m_settings->value(QStringLiteral("secret_kind")).toString() == QLatin1String("api_key")
                ? ConnectionSettings::SecretKind::ApiKey
                : ConnectionSettings::SecretKind::Password;
        entry.settings.wantLivePush = m_settings->value(QStringLiteral("live_updates"), true).toBool();
        if (!entry.name.isEmpty() && entry.settings.serverUrl.isValid())
            all.append(entry);
    }
    m_settings->endArray();
    return all;
}

void SavedConnections::save(const Entry &entry)
{
    QList<Entry> all = entries();
    bool replaced = false;
    for (Entry &existing : all) {
        if (existing.name == entry.name) {
            existing = entry;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(entry);
    m_settings->beginWriteArray(groupName, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Entry &current = all.at(i);
        m_settings->setValue(QStringLiteral("name"), current.name);
        m_settings->setValue(QStringLiteral("url"), current.settings.serverUrl);
        m_settings->setValue(QStringLiteral("database"), current.settings.database);
        m_settings->setValue(QStringLiteral("login"), current.settings.login);
        m_settings->setValue(QStringLiteral("secret_kind"),
                             current.settings.secretKind == ConnectionSettings::SecretKind::ApiKey
                                 ? QStringLiteral("api_key")
                                 : QStringLiteral("password"));
        m_settings->setValue(QStringLiteral("live_updates"), current.settings.wantLivePush);
    }
    m_settings->endArray();
    m_settings->sync();
}

void SavedConnections::remove(const QString &name)
{
    QList<Entry> kept = entries();
    kept.removeIf([&name](const Entry &entry) { return entry.name == name; });
    m_settings->remove(groupName);
    for (const Entry &entry : std::as_const(kept))
        save(entry);
    if (currentName() == name)
        setCurrentName(QString());
}

QString SavedConnections::currentName() const
{
    return m_settings->value(QStringLiteral("current_connection")).toString();
}

void SavedConnections::setCurrentName(const QString &name)
{
    m_settings->setValue(QStringLiteral("current_connection"), name);
    m_settings->sync();
}
