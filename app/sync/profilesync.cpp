#include "profilesync.h"

#include "odoo/odooconnection.h"
#include "odoo/odoovalues.h"
#include "storage/cache.h"
#include "storedirectory.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

ProfileSync::ProfileSync(OdooConnection *connection, Cache *cache, SourceProfile profile, Options options,
                         QHash<int, QString> *seenWindow, const StoreDirectory *stores, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_profile(std::move(profile))
    , m_options(options)
    , m_seenWindow(seenWindow)
    , m_stores(stores)
{}

void ProfileSync::start()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_log.profileId = m_profile.id;
    m_log.startedAt = m_now;
    const auto saved = m_cache->cursor(m_profile.id);
    m_firstRun = !saved.has_value() || !saved->writeDate.isValid();
    m_cursor = saved.value_or(SyncCursor{m_profile.id, {}, 0, {}});
    m_cursor.profileId = m_profile.id;
    if (const auto problem = m_stores ? m_stores->problemFor(m_profile) : std::nullopt) {
        // Saved now, its records would read "no store": wait for the next round instead.
        m_log.transient = problem->transient;
        QTimer::singleShot(0, this, [this, reason = problem->reason] {
            fail(tr("The stores of its records could not be told (%1); its items keep their stores.")
                     .arg(reason));
        });
        return;
    }
    if (m_firstRun)
        countForFirstRun();
    else
        readChanges();
}

OdooCall *ProfileSync::call(const QString &method, const QJsonArray &args, const QJsonObject &kwargs)
{
    ++m_log.requests;
    OdooCall *pending = m_connection->call(m_profile.model, method, args, kwargs);
    connect(pending, &OdooCall::failed, this, [this](const OdooError &error) {
        if (!m_done) {
            m_errorKind = error.kind();
            m_log.transient = error.isTransient();
        }
        fail(error.userMessage());
    });
    return pending;
}

void ProfileSync::failProtocol(const QString &message)
{
    if (!m_done)
        m_errorKind = OdooError::Kind::Protocol;
    fail(OdooError(OdooError::Kind::Protocol, message).userMessage());
}

std::optional<QJsonArray> ProfileSync::checkedRecords(const QJsonValue &result, const QString &method)
{
    if (!result.isArray()) {
        failProtocol(tr("The answer to %1 on %2 is not a list of records: %3.")
                         .arg(method, m_profile.model, OdooValues::describe(result)));
        return std::nullopt;
    }
    QJsonArray records;
    QSet<int> ids;
    for (const QJsonValue &value : result.toArray()) {
        const QJsonValue id = value.toObject().value(QLatin1String("id"));
        if (!value.isObject() || !OdooValues::isRecordId(id)) {
            ++m_rejected;
            continue;
        }
        if (!ids.contains(id.toInt())) { // a record sent twice counts once
            ids.insert(id.toInt());
            records.append(value);
        }
    }
    return records;
}

std::optional<QList<int>> ProfileSync::checkedIds(const QJsonValue &result)
{
    if (!result.isArray()) {
        failProtocol(tr("The answer to search on %1 is not a list of ids: %2.")
                         .arg(m_profile.model, OdooValues::describe(result)));
        return std::nullopt;
    }
    QList<int> ids;
    QSet<int> seen;
    for (const QJsonValue &id : result.toArray()) {
        if (!OdooValues::isRecordId(id)) {
            ++m_rejected;
        } else if (!seen.contains(id.toInt())) {
            seen.insert(id.toInt());
            ids.append(id.toInt());
        }
    }
    return ids;
}

QJsonArray ProfileSync::keysetAfter(const QDateTime &writeDate, int id) const
{
    if (!writeDate.isValid())
        return {};
    const QString stamp = OdooValues::dateTimeText(writeDate);
    return {QStringLiteral("|"), QJsonArray{QStringLiteral("write_date"), QStringLiteral(">"), stamp},
            QStringLiteral("&"), QJsonArray{QStringLiteral("write_date"), QStringLiteral("="), stamp},
            QJsonArray{QStringLiteral("id"), QStringLiteral(">"), id}};
}

void ProfileSync::advanceCursor(const QJsonObject &record)
{
    const QDateTime written = OdooValues::parseDateTime(record.value(QLatin1String("write_date")));
    const int id = record.value(QLatin1String("id")).toInt();
    if (!written.isValid())
        return;
    if (!m_cursor.writeDate.isValid() || written > m_cursor.writeDate ||
        (written == m_cursor.writeDate && id > m_cursor.lastId)) {
        m_cursor.writeDate = written;
        m_cursor.lastId = id;
    }
}

void ProfileSync::storeRecords(const QJsonArray &records, QList<int> *accepted)
{
    static const StoreDirectory withoutLinks;
    const StoreDirectory &stores = m_stores ? *m_stores : withoutLinks;
    QList<QueueItem> items;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        if (!m_profile.acceptsRecord(record))
            continue;
        const QueueItem item = m_profile.toItem(record, m_now, stores);
        // A first run writes everything; later runs re-read few records and skip unchanged ones.
        const auto cached = m_firstRun ? std::nullopt : m_cache->item(item.id);
        if (!cached || !(*cached == item))
            items.append(item);
        if (accepted)
            accepted->append(item.resId);
    }
    if (!items.isEmpty() && !m_cache->upsertItems(items)) {
        fail(m_cache->lastError());
        return;
    }
    m_log.changed += int(items.size());
    if (!items.isEmpty())
        Q_EMIT itemsChanged(items, {});
}

void ProfileSync::countForFirstRun()
{
    OdooCall *count = call(QStringLiteral("search_count"), QJsonArray{m_profile.resolvedDomain(m_now)}, {});
    connect(count, &OdooCall::succeeded, this, [this](const QJsonValue &total) {
        m_total = total.toInt();
        Q_EMIT progress(0, m_total);
        readPage();
    });
}

void ProfileSync::readPage()
{
    const QJsonArray fieldList = readFieldList();
    const QJsonArray domain =
        OdooValues::allOf(m_profile.resolvedDomain(m_now), keysetAfter(m_cursor.writeDate, m_cursor.lastId));
    OdooCall *page = call(QStringLiteral("search_read"), QJsonArray{domain},
                          {{QStringLiteral("fields"), fieldList},
                           {QStringLiteral("order"), QStringLiteral("write_date asc, id asc")},
                           {QStringLiteral("limit"), m_options.pageSize}});
    connect(page, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        const std::optional<QJsonArray> checked = checkedRecords(result, QStringLiteral("search_read"));
        if (!checked)
            return;
        const QJsonArray &records = *checked;
        m_log.fetched += int(records.size());
        for (const QJsonValue &record : records)
            advanceCursor(record.toObject());
        QList<int> accepted;
        storeRecords(records, &accepted);
        if (m_done)
            return;
        // Only once stored: the next run re-reads what this one could not keep.
        for (const QJsonValue &record : records) {
            m_seenWindow->insert(record.toObject().value(QLatin1String("id")).toInt(),
                                 record.toObject().value(QLatin1String("write_date")).toString());
        }
        m_seenIds += accepted;
        Q_EMIT progress(m_log.fetched, qMax(m_total, m_log.fetched));
        if (result.toArray().size() >= m_options.pageSize) { // a full page as sent: there may be more
            readPage();
            return;
        }
        // Anything cached from an earlier run that the server no longer lists has left.
        const QSet<int> seen(m_seenIds.cbegin(), m_seenIds.cend());
        QList<int> gone;
        for (const int id : m_cache->resIds(m_profile.id)) {
            if (!seen.contains(id))
                gone.append(id);
        }
        if (!removeDeparted(gone))
            return;
        m_cursor.lastReconciledAt = m_now;
        finishRun();
    });
}

void ProfileSync::readChanges()
{
    // Everything written on the model since the cursor (minus a small overlap for commits of the
    // same second), whatever the domain: records that left the domain were written too. Records
    // seen before with the same write_date are skipped; Odoo gives write_date to the second, so
    // a record written twice within the second of our read is caught by the id reconciliation
    // (departures) or its next write (content).
    const QDateTime from = m_cursor.writeDate.addSecs(-m_options.overlapSeconds);
    const QJsonArray domain{
        QJsonArray{QStringLiteral("write_date"), QStringLiteral(">="), OdooValues::dateTimeText(from)}};
    OdooCall *changes = call(QStringLiteral("search_read"), QJsonArray{domain},
                             {{QStringLiteral("fields"), QJsonArray{QStringLiteral("write_date")}},
                              {QStringLiteral("order"), QStringLiteral("write_date asc, id asc")},
                              {QStringLiteral("limit"), 20 * m_options.pageSize}});
    connect(changes, &OdooCall::succeeded, this, [this, from](const QJsonValue &result) {
        const std::optional<QJsonArray> checked = checkedRecords(result, QStringLiteral("search_read"));
        if (!checked)
            return;
        const QJsonArray &records = *checked;
        m_log.fetched += int(records.size());
        QList<int> changed;
        QHash<int, QString> window;
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            const int id = record.value(QLatin1String("id")).toInt();
            const QString written = record.value(QLatin1String("write_date")).toString();
            window.insert(id, written);
            if (m_seenWindow->value(id) != written)
                changed.append(id);
            advanceCursor(record);
        }
        if (!changed.isEmpty()) {
            // The window is remembered once the changed records are read again and stored: if
            // that fails, the next run must still see them as changed.
            rereadChanged(changed, window);
            return;
        }
        *m_seenWindow = window;
        if (reconcileDue())
            reconcile();
        else
            finishRun();
    });
}

void ProfileSync::rereadChanged(const QList<int> &ids, const QHash<int, QString> &window)
{
    const QJsonArray idList = OdooValues::idArray(ids);
    const QJsonArray fieldList = readFieldList();
    const QJsonArray domain =
        OdooValues::allOf(m_profile.resolvedDomain(m_now),
                          QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("in"), idList}});
    OdooCall *reread =
        call(QStringLiteral("search_read"), QJsonArray{domain}, {{QStringLiteral("fields"), fieldList}});
    connect(reread, &OdooCall::succeeded, this, [this, ids, window](const QJsonValue &result) {
        const std::optional<QJsonArray> records = checkedRecords(result, QStringLiteral("search_read"));
        if (!records)
            return;
        QList<int> accepted;
        storeRecords(*records, &accepted);
        if (m_done)
            return;
        const QSet<int> stillIn(accepted.cbegin(), accepted.cend());
        const QList<int> cached = m_cache->resIds(m_profile.id);
        const QSet<int> cachedSet(cached.cbegin(), cached.cend());
        QList<int> departed;
        for (const int id : ids) {
            if (!stillIn.contains(id) && cachedSet.contains(id))
                departed.append(id);
        }
        if (!removeDeparted(departed))
            return;
        *m_seenWindow = window;
        if (reconcileDue())
            reconcile();
        else
            finishRun();
    });
}

QJsonArray ProfileSync::readFieldList() const
{
    // write_date always: the cursor and the conflict checks of decisions need it.
    QStringList fields = m_profile.readFields();
    if (!fields.contains(QLatin1String("write_date")))
        fields.append(QStringLiteral("write_date"));
    QJsonArray list;
    for (const QString &field : fields)
        list.append(field);
    return list;
}

bool ProfileSync::removeDeparted(const QList<int> &resIds)
{
    if (resIds.isEmpty())
        return true;
    if (!m_cache->removeItems(m_profile.id, resIds)) {
        fail(m_cache->lastError());
        return false;
    }
    m_log.removed += int(resIds.size());
    QStringList itemIds;
    for (const int id : resIds)
        itemIds.append(QStringLiteral("%1:%2").arg(m_profile.model).arg(id));
    Q_EMIT itemsChanged({}, itemIds);
    return true;
}

bool ProfileSync::reconcileDue() const
{
    return !m_cursor.lastReconciledAt.isValid() ||
           m_cursor.lastReconciledAt.secsTo(m_now) >= m_options.reconcileEverySeconds;
}

void ProfileSync::reconcile()
{
    OdooCall *search = call(QStringLiteral("search"), QJsonArray{m_profile.resolvedDomain(m_now)}, {});
    connect(search, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        const std::optional<QList<int>> checked = checkedIds(result);
        if (!checked)
            return;
        const QList<int> &serverIds = *checked;
        const QSet<int> server(serverIds.cbegin(), serverIds.cend());
        const QList<int> cached = m_cache->resIds(m_profile.id);
        const QSet<int> cachedSet(cached.cbegin(), cached.cend());
        QList<int> gone;
        for (const int id : cached) {
            if (!server.contains(id))
                gone.append(id);
        }
        if (!removeDeparted(gone))
            return;
        QList<int> missing;
        for (const int id : serverIds) {
            if (!cachedSet.contains(id))
                missing.append(id);
        }
        m_cursor.lastReconciledAt = m_now;
        if (missing.isEmpty())
            finishRun();
        else
            fetchMissing(missing);
    });
}

void ProfileSync::fetchMissing(const QList<int> &ids)
{
    const QList<int> chunk = ids.mid(0, m_options.pageSize);
    const QList<int> rest = ids.mid(chunk.size());
    const QJsonArray idList = OdooValues::idArray(chunk);
    const QJsonArray fieldList = readFieldList();
    OdooCall *read =
        call(QStringLiteral("read"), QJsonArray{idList}, {{QStringLiteral("fields"), fieldList}});
    connect(read, &OdooCall::succeeded, this, [this, rest](const QJsonValue &result) {
        const std::optional<QJsonArray> records = checkedRecords(result, QStringLiteral("read"));
        if (!records)
            return;
        m_log.fetched += int(records->size());
        storeRecords(*records, nullptr);
        if (m_done)
            return;
        if (rest.isEmpty())
            finishRun();
        else
            fetchMissing(rest);
    });
}

void ProfileSync::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_log.error = message;
    m_log.finishedAt = QDateTime::currentDateTimeUtc();
    m_cache->logSync(m_log);
    Q_EMIT finished();
}

void ProfileSync::finishRun()
{
    if (m_done)
        return;
    // Remember only what the next poll's overlap window will show again.
    const QString windowStart =
        OdooValues::dateTimeText(m_cursor.writeDate.addSecs(-m_options.overlapSeconds));
    for (auto it = m_seenWindow->begin(); it != m_seenWindow->end();) {
        if (it.value() < windowStart)
            it = m_seenWindow->erase(it);
        else
            ++it;
    }
    if (!m_cache->saveCursor(m_cursor)) {
        fail(m_cache->lastError());
        return;
    }
    m_done = true;
    if (m_rejected > 0) {
        // What could be read is stored; the source is reported as failed all the same.
        m_errorKind = OdooError::Kind::Protocol;
        m_log.error = OdooError(OdooError::Kind::Protocol,
                                tr("%n records of %1 without a valid id were left out.", nullptr, m_rejected)
                                    .arg(m_profile.model))
                          .userMessage();
    }
    m_log.finishedAt = QDateTime::currentDateTimeUtc();
    m_cache->logSync(m_log);
    Q_EMIT finished();
}
