#include "cache.h"

#include "cachemigrations.h"
#include "sqlitefile.h"
#include "sqlitetransaction.h"
#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

constexpr int MaxSyncLogEntries = 1000;

const QString ItemColumns =
    QStringLiteral("id, profile_id, kind, model, res_id, title, summary, reason, severity, store_id, "
                   "has_amount, amount, currency, requested_by_id, requested_by, created, write_date, "
                   "sla_due, state, fields");
const QString StoreColumns =
    QStringLiteral("id, name, code, partner_id, city, region, country, has_coordinates, latitude, longitude");
const QString SyncLogColumns =
    QStringLiteral("profile_id, started_at, finished_at, fetched, changed, removed, requests, error");

QString sanitizedFileNamePart(const QString &text, const QString &fallback)
{
    constexpr int MaxLength = 40;
    QString result;
    result.reserve(qMin(text.size(), MaxLength));
    for (const QChar c : text.left(MaxLength)) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                          c == QLatin1Char('-');
        result.append(safe ? c : QLatin1Char('_'));
    }
    while (result.startsWith(QLatin1Char('.')))
        result.replace(0, 1, QLatin1Char('_'));
    return result.isEmpty() ? fallback : result;
}

QueueItem itemFromQuery(const QSqlQuery &query)
{
    QueueItem item;
    item.id = query.value(0).toString();
    item.profileId = query.value(1).toString();
    item.kind = EnumNames::fromName<ItemKind>(query.value(2).toString()).value_or(ItemKind::Unknown);
    item.model = query.value(3).toString();
    item.resId = query.value(4).toInt();
    item.title = query.value(5).toString();
    item.summary = query.value(6).toString();
    item.reason = query.value(7).toString();
    item.severity = EnumNames::fromName<Severity>(query.value(8).toString()).value_or(Severity::Unknown);
    item.storeId = query.value(9).toInt();
    item.hasAmount = query.value(10).toInt() != 0;
    item.amount = query.value(11).toDouble();
    item.currency = query.value(12).toString();
    item.requestedById = query.value(13).toInt();
    item.requestedBy = query.value(14).toString();
    item.created = SqlValues::dateFromSql(query.value(15));
    item.writeDate = SqlValues::dateFromSql(query.value(16));
    item.slaDue = SqlValues::dateFromSql(query.value(17));
    item.state = query.value(18).toString();
    item.fields = SqlValues::jsonFromSql(query.value(19));
    return item;
}

void bindItem(QSqlQuery &query, const QueueItem &item)
{
    query.bindValue(0, item.id);
    query.bindValue(1, SqlValues::textToSql(item.profileId));
    query.bindValue(2, SqlValues::textToSql(EnumNames::name(item.kind)));
    query.bindValue(3, SqlValues::textToSql(item.model));
    query.bindValue(4, item.resId);
    query.bindValue(5, SqlValues::textToSql(item.title));
    query.bindValue(6, SqlValues::textToSql(item.summary));
    query.bindValue(7, SqlValues::textToSql(item.reason));
    query.bindValue(8, SqlValues::textToSql(EnumNames::name(item.severity)));
    query.bindValue(9, item.storeId);
    query.bindValue(10, item.hasAmount ? 1 : 0);
    query.bindValue(11, item.amount);
    query.bindValue(12, SqlValues::textToSql(item.currency));
    query.bindValue(13, item.requestedById);
    query.bindValue(14, SqlValues::textToSql(item.requestedBy));
    query.bindValue(15, SqlValues::dateToSql(item.created));
    query.bindValue(16, SqlValues::dateToSql(item.writeDate));
    query.bindValue(17, SqlValues::dateToSql(item.slaDue));
    query.bindValue(18, SqlValues::textToSql(item.state));
    query.bindValue(19, SqlValues::jsonToSql(item.fields));
}

} // namespace

std::unique_ptr<Cache> Cache::open(const QString &filePath, QString *errorMessage)
{
    QString reason;
    const QString connectionName =
        SqliteFile::open(filePath, QStringLiteral("hqtower-cache"), SqliteFile::Durability::Normal, &reason);
    if (connectionName.isEmpty()) {
        if (errorMessage) {
            *errorMessage = tr("Could not open the offline cache \"%1\": %2.")
                                .arg(QDir::toNativeSeparators(filePath), reason);
        }
        return nullptr;
    }
    // From here the Cache owns the connection: destroying it closes and removes the connection.
    return std::unique_ptr<Cache>(new Cache(connectionName, QFileInfo(filePath).absoluteFilePath()));
}

QString Cache::defaultPath(const QUrl &server, const QString &database, const QString &login)
{
    const QString scheme = server.scheme().isEmpty() ? QStringLiteral("https") : server.scheme().toLower();
    const int port = server.port(scheme == QLatin1String("http") ? 80 : 443);
    const QString host = server.host().toLower();
    // The hash tells apart what sanitizing could merge; only non-secret parts go into it.
    const QString identity = QStringLiteral("%1://%2:%3%4\n%5\n%6")
                                 .arg(scheme, host)
                                 .arg(port)
                                 .arg(server.path(QUrl::FullyEncoded), database, login);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(10));
    const QString fileName = QStringLiteral("%1_%2-%3-%4-%5.sqlite")
                                 .arg(sanitizedFileNamePart(host, QStringLiteral("server")))
                                 .arg(port)
                                 .arg(sanitizedFileNamePart(database, QStringLiteral("db")),
                                      sanitizedFileNamePart(login, QStringLiteral("user")), hash);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/caches/") +
           fileName;
}

Cache::Cache(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

Cache::~Cache()
{
    SqliteFile::close(m_connectionName);
}

int Cache::schemaVersion() const
{
    return CacheMigrations::currentVersion(database(), &m_lastError);
}

QSqlDatabase Cache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Cache::started(const SqliteTransaction &transaction)
{
    m_lastError.clear();
    if (!transaction.isOpen()) {
        m_lastError = tr("Could not start writing to the offline cache: %1").arg(transaction.errorText());
        return false;
    }
    return true;
}

bool Cache::commit(SqliteTransaction &transaction)
{
    if (!transaction.commit()) {
        m_lastError = tr("Could not save to the offline cache: %1").arg(transaction.errorText());
        return false;
    }
    return true;
}

bool Cache::fail(const QString &what, const QSqlQuery &query)
{
    m_lastError = tr("%1: %2").arg(what, SqliteFile::errorText(query.lastError()));
    return false;
}

void Cache::failRead(const QString &what, const QSqlQuery &query) const
{
    m_lastError = tr("%1: %2").arg(what, SqliteFile::errorText(query.lastError()));
}

bool Cache::writeItems(QSqlQuery &insert, const QList<QueueItem> &items, const QString &requiredProfileId)
{
    const QString what = tr("Could not save the queue items");
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO items (%1) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(ItemColumns))) {
        return fail(what, insert);
    }
    for (const QueueItem &item : items) {
        if (item.id.isEmpty()) {
            m_lastError =
                tr("%1: an item has no id (model \"%2\", record %3)").arg(what, item.model).arg(item.resId);
            return false;
        }
        if (!requiredProfileId.isNull() && item.profileId != requiredProfileId) {
            m_lastError = tr("%1: item \"%2\" belongs to profile \"%3\", not \"%4\"")
                              .arg(what, item.id, item.profileId, requiredProfileId);
            return false;
        }
        bindItem(insert, item);
        if (!insert.exec())
            return fail(what, insert);
    }
    return true;
}

bool Cache::upsertItems(const QList<QueueItem> &items)
{
    SqliteTransaction transaction(database());
    if (!started(transaction))
        return false;
    QSqlQuery insert(database());
    if (!writeItems(insert, items, QString()))
        return false;
    insert.finish();
    return commit(transaction);
}

bool Cache::removeItems(const QString &profileId, const QList<int> &resIds)
{
    SqliteTransaction transaction(database());
    if (!started(transaction))
        return false;
    const QString what = tr("Could not remove the queue items");
    QSqlQuery remove(database());
    if (!remove.prepare(QStringLiteral("DELETE FROM items WHERE profile_id = ? AND res_id = ?")))
        return fail(what, remove);
    for (const int resId : resIds) {
        remove.bindValue(0, profileId);
        remove.bindValue(1, resId);
        if (!remove.exec())
            return fail(what, remove);
    }
    remove.finish();
    return commit(transaction);
}

bool Cache::applySlaHours(const QString &profileId, ItemKind kind, double hours)
{
    m_lastError.clear();
    // The same text as SqlValues::dateToSql ("yyyy-MM-ddTHH:mm:ss.zzzZ"); rows already right are
    // not written.
    const QString due = QStringLiteral(
        "CASE WHEN ? > 0 THEN strftime('%Y-%m-%dT%H:%M:%fZ', created, '+' || ? || ' seconds') END");
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE items SET sla_due = %1 WHERE profile_id = ? AND kind = ? AND "
                                 "created IS NOT NULL AND sla_due IS NOT %1")
                      .arg(due));
    const qint64 seconds = qint64(hours * 3600.0);
    for (const QVariant &value : {QVariant(seconds), QVariant(seconds), QVariant(profileId),
                                  QVariant(EnumNames::name(kind)), QVariant(seconds), QVariant(seconds)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(tr("Could not update the SLA deadlines"), query);
    return true;
}

bool Cache::replaceProfileItems(const QString &profileId, const QList<QueueItem> &items)
{
    if (profileId.isEmpty()) {
        m_lastError = tr("Could not replace the queue items: no source profile was given");
        return false;
    }
    SqliteTransaction transaction(database());
    if (!started(transaction))
        return false;
    QSqlQuery query(database());
    if (!query.prepare(QStringLiteral("DELETE FROM items WHERE profile_id = ?")))
        return fail(tr("Could not replace the queue items"), query);
    query.bindValue(0, profileId);
    if (!query.exec())
        return fail(tr("Could not replace the queue items"), query);
    if (!writeItems(query, items, profileId))
        return false;
    query.finish();
    return commit(transaction);
}

QList<QueueItem> Cache::items(const ItemFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.kind) {
        conditions << QStringLiteral("kind = ?");
        values << EnumNames::name(*filter.kind);
    }
    if (!filter.profileId.isEmpty()) {
        conditions << QStringLiteral("profile_id = ?");
        values << filter.profileId;
    }
    if (filter.storeId >= 0) {
        conditions << QStringLiteral("store_id = ?");
        values << filter.storeId;
    }
    QString sql = QStringLiteral("SELECT %1 FROM items").arg(ItemColumns);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");

    QList<QueueItem> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        failRead(tr("Could not read the queue items"), query);
        return result;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        failRead(tr("Could not read the queue items"), query);
        return result;
    }
    while (query.next())
        result.append(itemFromQuery(query));
    return result;
}

bool Cache::readItems(int chunkSize, const std::function<void(QList<QueueItem> &&chunk)> &chunk) const
{
    chunkSize = qMax(chunkSize, 1);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // By rowid: a plain scan of the table, without a lookup per row through the id index.
    if (!query.exec(QStringLiteral("SELECT %1 FROM items ORDER BY rowid").arg(ItemColumns))) {
        failRead(tr("Could not read the queue items"), query);
        return false;
    }
    QList<QueueItem> items;
    items.reserve(chunkSize);
    while (query.next()) {
        items.append(itemFromQuery(query));
        if (items.size() == chunkSize) {
            chunk(std::move(items));
            items = {};
            items.reserve(chunkSize);
        }
    }
    if (query.lastError().isValid()) {
        failRead(tr("Could not read the queue items"), query);
        return false;
    }
    if (!items.isEmpty())
        chunk(std::move(items));
    return true;
}

std::optional<QueueItem> Cache::item(const QString &id) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM items WHERE id = ?").arg(ItemColumns));
    query.bindValue(0, id);
    if (!query.exec()) {
        failRead(tr("Could not read the queue item"), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return itemFromQuery(query);
}

QList<int> Cache::resIds(const QString &profileId) const
{
    QList<int> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT res_id FROM items WHERE profile_id = ? ORDER BY res_id"));
    query.bindValue(0, profileId);
    if (!query.exec()) {
        failRead(tr("Could not read the cached record ids"), query);
        return result;
    }
    while (query.next())
        result.append(query.value(0).toInt());
    return result;
}

int Cache::itemCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM items")) || !query.next()) {
        failRead(tr("Could not count the queue items"), query);
        return 0;
    }
    return query.value(0).toInt();
}

bool Cache::replaceStores(const QList<StoreInfo> &stores)
{
    SqliteTransaction transaction(database());
    if (!started(transaction))
        return false;
    const QString what = tr("Could not save the stores");
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("DELETE FROM stores")))
        return fail(what, query);
    if (!query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO stores (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(StoreColumns))) {
        return fail(what, query);
    }
    for (const StoreInfo &store : stores) {
        query.bindValue(0, store.id);
        query.bindValue(1, SqlValues::textToSql(store.name));
        query.bindValue(2, SqlValues::textToSql(store.code));
        query.bindValue(3, store.partnerId);
        query.bindValue(4, SqlValues::textToSql(store.city));
        query.bindValue(5, SqlValues::textToSql(store.region));
        query.bindValue(6, SqlValues::textToSql(store.country));
        query.bindValue(7, store.hasCoordinates ? 1 : 0);
        query.bindValue(8, store.latitude);
        query.bindValue(9, store.longitude);
        if (!query.exec())
            return fail(what, query);
    }
    query.finish();
    return commit(transaction);
}

QList<StoreInfo> Cache::stores() const
{
    QList<StoreInfo> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM stores ORDER BY id").arg(StoreColumns))) {
        failRead(tr("Could not read the stores"), query);
        return result;
    }
    while (query.next()) {
        StoreInfo store;
        store.id = query.value(0).toInt();
        store.name = query.value(1).toString();
        store.code = query.value(2).toString();
        store.partnerId = query.value(3).toInt();
        store.city = query.value(4).toString();
        store.region = query.value(5).toString();
        store.country = query.value(6).toString();
        store.hasCoordinates = query.value(7).toInt() != 0;
        store.latitude = query.value(8).toDouble();
        store.longitude = query.value(9).toDouble();
        result.append(store);
    }
    return result;
}

std::optional<SyncCursor> Cache::cursor(const QString &profileId) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT profile_id, write_date, last_id, last_reconciled_at FROM cursors WHERE profile_id = ?"));
    query.bindValue(0, profileId);
    if (!query.exec()) {
        failRead(tr("Could not read the sync cursor"), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    SyncCursor result;
    result.profileId = query.value(0).toString();
    result.writeDate = SqlValues::dateFromSql(query.value(1));
    result.lastId = query.value(2).toInt();
    result.lastReconciledAt = SqlValues::dateFromSql(query.value(3));
    return result;
}

bool Cache::saveCursor(const SyncCursor &cursor)
{
    m_lastError.clear();
    const QString what = tr("Could not save the sync cursor");
    if (cursor.profileId.isEmpty()) {
        m_lastError = tr("%1: no source profile was given").arg(what);
        return false;
    }
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO cursors "
                       "(profile_id, write_date, last_id, last_reconciled_at) VALUES (?, ?, ?, ?)"));
    query.bindValue(0, cursor.profileId);
    query.bindValue(1, SqlValues::dateToSql(cursor.writeDate));
    query.bindValue(2, cursor.lastId);
    query.bindValue(3, SqlValues::dateToSql(cursor.lastReconciledAt));
    if (!query.exec())
        return fail(what, query);
    return true;
}

bool Cache::logSync(const SyncLogEntry &entry)
{
    SqliteTransaction transaction(database());
    if (!started(transaction))
        return false;
    const QString what = tr("Could not record the sync");
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO sync_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(SyncLogColumns));
    query.bindValue(0, SqlValues::textToSql(entry.profileId));
    query.bindValue(1, SqlValues::dateToSql(entry.startedAt));
    query.bindValue(2, SqlValues::dateToSql(entry.finishedAt));
    query.bindValue(3, entry.fetched);
    query.bindValue(4, entry.changed);
    query.bindValue(5, entry.removed);
    query.bindValue(6, entry.requests);
    query.bindValue(7, SqlValues::textToSql(entry.error));
    if (!query.exec())
        return fail(what, query);
    const qlonglong insertedId = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("DELETE FROM sync_log WHERE id <= ?"));
    query.bindValue(0, insertedId - MaxSyncLogEntries);
    if (!query.exec())
        return fail(what, query);
    query.finish();
    return commit(transaction);
}

QList<SyncLogEntry> Cache::recentSyncs(int limit) const
{
    QList<SyncLogEntry> result;
    if (limit <= 0)
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sync_log ORDER BY id DESC LIMIT ?").arg(SyncLogColumns));
    query.bindValue(0, limit);
    if (!query.exec()) {
        failRead(tr("Could not read the sync log"), query);
        return result;
    }
    while (query.next()) {
        SyncLogEntry entry;
        entry.profileId = query.value(0).toString();
        entry.startedAt = SqlValues::dateFromSql(query.value(1));
        entry.finishedAt = SqlValues::dateFromSql(query.value(2));
        entry.fetched = query.value(3).toInt();
        entry.changed = query.value(4).toInt();
        entry.removed = query.value(5).toInt();
        entry.requests = query.value(6).toInt();
        entry.error = query.value(7).toString();
        result.append(entry);
    }
    return result;
}

QDateTime Cache::lastSyncedAt() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT MAX(finished_at) FROM sync_log "
                                   "WHERE (error IS NULL OR error = '') AND finished_at IS NOT NULL")) ||
        !query.next()) {
        failRead(tr("Could not read the sync log"), query);
        return {};
    }
    return SqlValues::dateFromSql(query.value(0));
}

bool Cache::setServerFact(const QString &key, const QString &value)
{
    m_lastError.clear();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO server_facts (key, value) VALUES (?, ?)"));
    query.bindValue(0, key);
    query.bindValue(1, value);
    if (!query.exec())
        return fail(tr("Could not remember a server fact"), query);
    return true;
}

QString Cache::serverFact(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM server_facts WHERE key = ?"));
    query.bindValue(0, key);
    if (!query.exec()) {
        failRead(tr("Could not read a server fact"), query);
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

int Cache::knownOdooMajor() const
{
    return serverFact(QStringLiteral("odoo_major")).toInt();
}

bool Cache::setKnownOdooMajor(int major)
{
    return setServerFact(QStringLiteral("odoo_major"), QString::number(major));
}

int Cache::maxSyncLogEntries()
{
    return MaxSyncLogEntries;
}
