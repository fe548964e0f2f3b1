// Cache: the offline SQLite cache keeps every field of items, stores, cursors and the sync log,
// migrates older files, refuses files it cannot use with a clear message, and survives reopening.
#include "rawsqlite.h"
#include "storage/cache.h"
#include "storage/cachemigrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QueueItem makeItem(const QString &profileId, const QString &model, int resId)
{
    QueueItem item;
    item.id = QStringLiteral("%1:%2").arg(model).arg(resId);
    item.profileId = profileId;
    item.kind = ItemKind::Approval;
    item.model = model;
    item.resId = resId;
    item.title = QStringLiteral("P%1").arg(resId, 5, 10, QLatin1Char('0'));
    item.severity = Severity::Medium;
    item.storeId = 1 + resId % 3;
    item.writeDate = utc(2024, 5, 1, 8, 30);
    item.fields = QJsonObject{{QStringLiteral("name"), item.title}};
    return item;
}

QueueItem fullItem()
{
    QueueItem item;
    item.id = QStringLiteral("purchase.order:42");
    item.profileId = QStringLiteral("purchase_to_approve");
    item.kind = ItemKind::Approval;
    item.model = QStringLiteral("purchase.order");
    item.resId = 42;
    item.title = QStringLiteral("Bestellung P00042 – Größe ✓ 東京店");
    item.summary = QStringLiteral("Line 1\nLine 2 \"quoted\" 'single'; DROP TABLE items;");
    item.reason = QStringLiteral("Amount above 5,000");
    item.severity = Severity::High;
    item.storeId = 7;
    item.hasAmount = true;
    item.amount = 12345.678;
    item.currency = QStringLiteral("EUR");
    item.requestedById = 9;
    item.requestedBy = QStringLiteral("Zoë Müller");
    item.created = utc(2024, 2, 29, 23, 59, 58, 123);
    item.writeDate = utc(2024, 3, 1, 0, 0, 1, 7);
    item.slaDue = QDateTime(QDate(2024, 3, 2), QTime(10, 0), QTimeZone(3600)); // not UTC on purpose
    item.state = QStringLiteral("to approve");
    item.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("P00042")},
                              {QStringLiteral("partner_id"), QJsonArray{5, QStringLiteral("Acme")}},
                              {QStringLiteral("amount_total"), 12345.678},
                              {QStringLiteral("notes"), false}};
    return item;
}

// The tables of schema version 1, as the first HQ Tower wrote them.
QStringList version1Tables()
{
    return {
        QStringLiteral(
            "CREATE TABLE items (id TEXT PRIMARY KEY NOT NULL, profile_id TEXT, kind TEXT, "
            "model TEXT, res_id INTEGER NOT NULL DEFAULT 0, title TEXT, summary TEXT, reason TEXT, "
            "severity TEXT, store_id INTEGER NOT NULL DEFAULT 0, has_amount INTEGER NOT NULL "
            "DEFAULT 0, amount REAL NOT NULL DEFAULT 0, currency TEXT, requested_by_id INTEGER "
            "NOT NULL DEFAULT 0, requested_by TEXT, created TEXT, write_date TEXT, sla_due TEXT, "
            "state TEXT, fields TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE TABLE stores (id INTEGER PRIMARY KEY, name TEXT, code TEXT, partner_id "
                       "INTEGER NOT NULL DEFAULT 0, city TEXT, region TEXT, country TEXT, has_coordinates "
                       "INTEGER NOT NULL DEFAULT 0, latitude REAL NOT NULL DEFAULT 0, longitude REAL NOT "
                       "NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE cursors (profile_id TEXT PRIMARY KEY NOT NULL, write_date TEXT, "
                       "last_id INTEGER NOT NULL DEFAULT 0)")};
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("c%1/cache.sqlite").arg(++m_fileCounter)); }

    std::unique_ptr<Cache> openNew(QString *path = nullptr)
    {
        const QString filePath = newPath();
        if (path)
            *path = filePath;
        QString error;
        auto cache = Cache::open(filePath, &error);
        if (!cache)
            qWarning() << error;
        return cache;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HQTowerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cache"));
    }

    void openCreatesFileAndFolders()
    {
        const QString path = m_dir.filePath(QStringLiteral("deep/er/folder/cache.sqlite"));
        QString error;
        auto cache = Cache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(QFile::exists(path));
        QCOMPARE(cache->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(cache->schemaVersion(), CacheMigrations::latestVersion());
        QCOMPARE(cache->itemCount(), 0);
        QVERIFY(cache->items().isEmpty());
        QVERIFY(cache->stores().isEmpty());
        QVERIFY(!cache->lastSyncedAt().isValid());
        QVERIFY(cache->lastError().isEmpty());
    }

    void walModeIsOn()
    {
        QString path;
        auto cache = openNew(&path);
        QVERIFY(cache);
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    void defaultPathShape()
    {
        const QUrl server(QStringLiteral("https://admin:s3cr3tPassw0rd@Odoo.Example.com:8443/odoo"));
        const QString path = Cache::defaultPath(server, QStringLiteral("my company/prod"),
                                                QStringLiteral("manager@example.com"));
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!base.isEmpty());
        QVERIFY2(path.startsWith(base + QStringLiteral("/caches/")), qPrintable(path));
        QVERIFY(path.endsWith(QStringLiteral(".sqlite")));
        QVERIFY(!path.contains(QStringLiteral("s3cr3t")));
        QVERIFY(!path.contains(QStringLiteral("admin")));
        const QString fileName = QFileInfo(path).fileName();
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]+$"));
        QVERIFY2(safe.match(fileName).hasMatch(), qPrintable(fileName));
        QVERIFY2(
            fileName.startsWith(QStringLiteral("odoo.example.com_8443-my_company_prod-manager_example.com-")),
            qPrintable(fileName));

        QVERIFY(Cache::defaultPath(QUrl(QStringLiteral("http://localhost")), QString(), QString())
                    .contains(QStringLiteral("/localhost_80-db-user-")));
        const QFileInfo traversal(Cache::defaultPath(QUrl(QStringLiteral("https://x.example")),
                                                     QStringLiteral(".."), QStringLiteral("../../etc")));
        QCOMPARE(traversal.absolutePath(), base + QStringLiteral("/caches"));
        QVERIFY2(safe.match(traversal.fileName()).hasMatch(), qPrintable(traversal.fileName()));
        QVERIFY(traversal.fileName().startsWith(QStringLiteral("x.example_443-")));
    }

    void defaultPathStableAndDistinct()
    {
        const QUrl server(QStringLiteral("https://odoo.example.com"));
        const QString db = QStringLiteral("prod");
        const QString a = Cache::defaultPath(server, db, QStringLiteral("anna"));
        QCOMPARE(Cache::defaultPath(server, db, QStringLiteral("anna")), a);
        QVERIFY(Cache::defaultPath(server, db, QStringLiteral("bob")) != a);
        QVERIFY(Cache::defaultPath(server, QStringLiteral("test"), QStringLiteral("anna")) != a);
        QVERIFY(Cache::defaultPath(QUrl(QStringLiteral("https://odoo.example.com:8069")), db,
                                   QStringLiteral("anna")) != a);
        // Sanitizing maps both to "a_b", the hash still tells them apart.
        QVERIFY(Cache::defaultPath(server, db, QStringLiteral("a@b")) !=
                Cache::defaultPath(server, db, QStringLiteral("a b")));
        // The password in a URL is not part of the identity.
        QCOMPARE(Cache::defaultPath(QUrl(QStringLiteral("https://u:pw@odoo.example.com")), db,
                                    QStringLiteral("anna")),
                 a);
    }

    void itemRoundTrip()
    {
        auto cache = openNew();
        QVERIFY(cache);
        QueueItem full = fullItem();
        QueueItem sparse;
        sparse.id = QStringLiteral("mail.mail:1");
        sparse.profileId = QStringLiteral("mail_failures");
        sparse.model = QStringLiteral("mail.mail");
        sparse.resId = 1;
        QVERIFY2(cache->upsertItems({full, sparse}), qPrintable(cache->lastError()));
        QCOMPARE(cache->itemCount(), 2);

        const auto readFull = cache->item(full.id);
        QVERIFY(readFull);
        QCOMPARE(*readFull, full);
        QCOMPARE(readFull->title, full.title);
        QCOMPARE(readFull->fields, full.fields);
        QCOMPARE(readFull->created.timeSpec(), Qt::UTC);
        QCOMPARE(readFull->slaDue.timeSpec(), Qt::UTC);
        QCOMPARE(readFull->slaDue, utc(2024, 3, 2, 9, 0));
        QCOMPARE(readFull->created.time().msec(), 123);

        const auto readSparse = cache->item(sparse.id);
        QVERIFY(readSparse);
        QCOMPARE(*readSparse, sparse);
        QVERIFY(!readSparse->created.isValid());
        QVERIFY(!readSparse->slaDue.isValid());
        QVERIFY(readSparse->fields.isEmpty());

        QVERIFY(!cache->item(QStringLiteral("purchase.order:999")));
        QCOMPARE(cache->items(), (QList<QueueItem>{sparse, full})); // ordered by id
    }

    void storedFormat()
    {
        QString path;
        auto cache = openNew(&path);
        QVERIFY(cache);
        QVERIFY(cache->upsertItems({fullItem()}));
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT created FROM items")).toString(),
                 QStringLiteral("2024-02-29T23:59:58.123Z"));
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT sla_due FROM items")).toString(),
                 QStringLiteral("2024-03-02T09:00:00.000Z"));
        const QString fields = RawSqlite::scalar(path, QStringLiteral("SELECT fields FROM items")).toString();
        QVERIFY2(fields.startsWith(QLatin1Char('{')) && !fields.contains(QLatin1Char('\n')) &&
                     !fields.contains(QStringLiteral(": ")),
                 qPrintable(fields));
        QueueItem sparse = makeItem(QStringLiteral("p"), QStringLiteral("m"), 1);
        sparse.writeDate = QDateTime();
        sparse.fields = QJsonObject();
        QVERIFY(cache->upsertItems({sparse}));
        QVERIFY(RawSqlite::scalar(path, QStringLiteral("SELECT write_date FROM items WHERE id = 'm:1'"))
                    .isNull());
        QCOMPARE(
            RawSqlite::scalar(path, QStringLiteral("SELECT fields FROM items WHERE id = 'm:1'")).toString(),
            QStringLiteral("{}"));
    }

    void kindsAreStoredByName()
    {
        QString path;
        auto cache = openNew(&path);
        QVERIFY(cache);
        QueueItem failure = makeItem(QStringLiteral("p"), QStringLiteral("m"), 1);
        failure.kind = ItemKind::IntegrationFailure;
        QVERIFY(cache->upsertItems({failure, makeItem(QStringLiteral("p"), QStringLiteral("m"), 2)}));
        QCOMPARE(
            RawSqlite::scalar(path, QStringLiteral("SELECT kind FROM items WHERE id = 'm:1'")).toString(),
            QStringLiteral("integration_failure"));
        // A kind written by a newer build is read as Unknown, and no filter by kind selects it.
        QVERIFY(
            RawSqlite::exec(path, {QStringLiteral("UPDATE items SET kind = 'escalation' WHERE id = 'm:2'")}));
        QCOMPARE(cache->item(QStringLiteral("m:2"))->kind, ItemKind::Unknown);
        ItemFilter approvals;
        approvals.kind = ItemKind::Approval;
        QVERIFY(cache->items(approvals).isEmpty());
        ItemFilter failures;
        failures.kind = ItemKind::IntegrationFailure;
        QCOMPARE(cache->items(failures).size(), 1);
        QCOMPARE(cache->items(ItemFilter()).size(), 2);
    }

    void upsertReplaces()
    {
        auto cache = openNew();
        QVERIFY(cache);
        QueueItem item = makeItem(QStringLiteral("p"), QStringLiteral("purchase.order"), 1);
        QVERIFY(cache->upsertItems({item}));
        item.title = QStringLiteral("changed");
        item.state = QStringLiteral("purchase");
        item.fields.insert(QStringLiteral("extra"), 1);
        QVERIFY(cache->upsertItems({item}));
        QCOMPARE(cache->itemCount(), 1);
        QCOMPARE(*cache->item(item.id), item);
        QVERIFY(cache->upsertItems({}));
        QCOMPARE(cache->itemCount(), 1);
    }

    void failedUpsertWritesNothing()
    {
        auto cache = openNew();
        QVERIFY(cache);
        QueueItem first = makeItem(QStringLiteral("p"), QStringLiteral("purchase.order"), 1);
        QueueItem noId = makeItem(QStringLiteral("p"), QStringLiteral("purchase.order"), 2);
        noId.id.clear();
        QVERIFY(!cache->upsertItems({first, noId}));
        QVERIFY2(cache->lastError().contains(QStringLiteral("no id")), qPrintable(cache->lastError()));
        QCOMPARE(cache->itemCount(), 0);
        // The cache stays usable and lastError describes the latest operation.
        QVERIFY(cache->upsertItems({first}));
        QVERIFY(cache->lastError().isEmpty());
        QCOMPARE(cache->itemCount(), 1);
    }

    void removeItems()
    {
        auto cache = openNew();
        QVERIFY(cache);
        QList<QueueItem> items;
        for (int id = 1; id <= 5; ++id)
            items << makeItem(QStringLiteral("a"), QStringLiteral("purchase.order"), id);
        items << makeItem(QStringLiteral("b"), QStringLiteral("stock.picking"), 2);
        QVERIFY(cache->upsertItems(items));
        QVERIFY(cache->removeItems(QStringLiteral("a"), {2, 4, 99}));
        QCOMPARE(cache->resIds(QStringLiteral("a")), (QList<int>{1, 3, 5}));
        QCOMPARE(cache->resIds(QStringLiteral("b")), (QList<int>{2})); // other profile untouched
        QVERIFY(cache->removeItems(QStringLiteral("a"), {}));
        QCOMPARE(cache->itemCount(), 4);
    }

    void replaceProfileItems()
    {
        auto cache = openNew();
        QVERIFY(cache);
        const QString a = QStringLiteral("a");
        QVERIFY(cache->upsertItems({makeItem(a, QStringLiteral("purchase.order"), 1),
                                    makeItem(a, QStringLiteral("purchase.order"), 2),
                                    makeItem(QStringLiteral("b"), QStringLiteral("stock.picking"), 1)}));
        QueueItem three = makeItem(a, QStringLiteral("purchase.order"), 3);
        QVERIFY(cache->replaceProfileItems(a, {makeItem(a, QStringLiteral("purchase.order"), 2), three}));
        QCOMPARE(cache->resIds(a), (QList<int>{2, 3}));
        QCOMPARE(cache->resIds(QStringLiteral("b")), (QList<int>{1}));

        // An item of another profile is refused and nothing changes.
        QVERIFY(
            !cache->replaceProfileItems(a, {three, makeItem(QStringLiteral("b"), QStringLiteral("x"), 9)}));
        QVERIFY(!cache->lastError().isEmpty());
        QCOMPARE(cache->resIds(a), (QList<int>{2, 3}));

        QVERIFY(cache->replaceProfileItems(a, {}));
        QVERIFY(cache->resIds(a).isEmpty());
        QCOMPARE(cache->itemCount(), 1);
        QVERIFY(!cache->replaceProfileItems(QString(), {}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("profileId");
        QTest::addColumn<int>("storeId");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("all") << QString() << QString() << -1
                             << QStringList{QStringLiteral("m:1"), QStringLiteral("m:2"),
                                            QStringLiteral("m:3"), QStringLiteral("m:4")};
        QTest::newRow("kind") << QStringLiteral("exception") << QString() << -1
                              << QStringList{QStringLiteral("m:2"), QStringLiteral("m:4")};
        QTest::newRow("profile") << QString() << QStringLiteral("p1") << -1
                                 << QStringList{QStringLiteral("m:1"), QStringLiteral("m:2")};
        QTest::newRow("hq store") << QString() << QString() << 0 << QStringList{QStringLiteral("m:3")};
        QTest::newRow("store") << QString() << QString() << 5
                               << QStringList{QStringLiteral("m:1"), QStringLiteral("m:4")};
        QTest::newRow("all three") << QStringLiteral("exception") << QStringLiteral("p2") << 5
                                   << QStringList{QStringLiteral("m:4")};
        QTest::newRow("none") << QStringLiteral("integration_failure") << QString() << -1 << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, profileId);
        QFETCH(int, storeId);
        QFETCH(QStringList, expectedIds);
        auto cache = openNew();
        QVERIFY(cache);
        const auto item = [](int resId, const char *profile, ItemKind itemKind, int store) {
            QueueItem result = makeItem(QString::fromLatin1(profile), QStringLiteral("m"), resId);
            result.kind = itemKind;
            result.storeId = store;
            return result;
        };
        QVERIFY(cache->upsertItems(
            {item(1, "p1", ItemKind::Approval, 5), item(2, "p1", ItemKind::Exception, 6),
             item(3, "p2", ItemKind::Approval, 0), item(4, "p2", ItemKind::Exception, 5)}));
        ItemFilter filter;
        filter.kind = EnumNames::fromName<ItemKind>(kind);
        filter.profileId = profileId;
        filter.storeId = storeId;
        QStringList ids;
        for (const QueueItem &found : cache->items(filter))
            ids << found.id;
        QCOMPARE(ids, expectedIds);
    }

    void stores()
    {
        auto cache = openNew();
        QVERIFY(cache);
        StoreInfo berlin{3,
                         QStringLiteral("Berlin Mitte"),
                         QStringLiteral("BER1"),
                         30,
                         QStringLiteral("Berlin"),
                         QStringLiteral("Östliche Region"),
                         QStringLiteral("DE"),
                         true,
                         52.520008,
                         13.404954};
        StoreInfo hq;
        hq.id = 1;
        hq.name = QStringLiteral("HQ");
        QVERIFY(cache->replaceStores({berlin, hq}));
        QCOMPARE(cache->stores(), (QList<StoreInfo>{hq, berlin}));
        StoreInfo lyon{2,
                       QStringLiteral("Lyon"),
                       QStringLiteral("LYS"),
                       0,
                       QString(),
                       QString(),
                       QStringLiteral("FR"),
                       true,
                       -45.75,
                       -4.85};
        QVERIFY(cache->replaceStores({lyon}));
        QCOMPARE(cache->stores(), (QList<StoreInfo>{lyon}));
        QVERIFY(cache->replaceStores({}));
        QVERIFY(cache->stores().isEmpty());
    }

    void cursors()
    {
        auto cache = openNew();
        QVERIFY(cache);
        QVERIFY(!cache->cursor(QStringLiteral("p")));
        SyncCursor cursor{QStringLiteral("p"), utc(2024, 5, 1, 8, 0, 0, 500), 1234, QDateTime()};
        QVERIFY(cache->saveCursor(cursor));
        QCOMPARE(*cache->cursor(QStringLiteral("p")), cursor);
        QVERIFY(!cache->cursor(QStringLiteral("p"))->lastReconciledAt.isValid());
        cursor.lastId = 1300;
        cursor.lastReconciledAt = utc(2024, 5, 1, 9, 0);
        QVERIFY(cache->saveCursor(cursor));
        QCOMPARE(*cache->cursor(QStringLiteral("p")), cursor);
        QVERIFY(!cache->cursor(QStringLiteral("other")));
        QVERIFY(!cache->saveCursor(SyncCursor{}));
        QVERIFY(!cache->lastError().isEmpty());
    }

    void syncLog()
    {
        auto cache = openNew();
        QVERIFY(cache);
        const SyncLogEntry ok1{
            QStringLiteral("p"), utc(2024, 5, 1, 8, 0), utc(2024, 5, 1, 8, 0, 2), 10, 3, 1, 2, QString()};
        const SyncLogEntry ok2{QString(), utc(2024, 5, 1, 9, 0), utc(2024, 5, 1, 9, 0, 5, 250), 0, 0, 0, 1,
                               QString()};
        const SyncLogEntry failed{QStringLiteral("p"),
                                  utc(2024, 5, 1, 10, 0),
                                  utc(2024, 5, 1, 10, 0, 30),
                                  0,
                                  0,
                                  0,
                                  4,
                                  QStringLiteral("Error (Network): the server could not be reached")};
        QVERIFY(cache->logSync(ok1));
        QCOMPARE(cache->lastSyncedAt(), ok1.finishedAt);
        QVERIFY(cache->logSync(ok2));
        QVERIFY(cache->logSync(failed));
        QCOMPARE(cache->lastSyncedAt(), ok2.finishedAt); // the failed run does not count
        QCOMPARE(cache->lastSyncedAt().timeSpec(), Qt::UTC);
        QCOMPARE(cache->recentSyncs(10), (QList<SyncLogEntry>{failed, ok2, ok1}));
        QCOMPARE(cache->recentSyncs(2), (QList<SyncLogEntry>{failed, ok2}));
        QVERIFY(cache->recentSyncs(0).isEmpty());
    }

    void syncLogKeepsNewestEntries()
    {
        QString path;
        auto cache = openNew(&path);
        QVERIFY(cache);
        const int total = Cache::maxSyncLogEntries() + 25;
        for (int i = 1; i <= total; ++i) {
            SyncLogEntry entry;
            entry.fetched = i;
            entry.finishedAt = utc(2024, 1, 1, 0, 0).addSecs(i);
            QVERIFY(cache->logSync(entry));
        }
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM sync_log")).toInt(),
                 Cache::maxSyncLogEntries());
        QCOMPARE(cache->recentSyncs(1).value(0).fetched, total);
        QCOMPARE(cache->lastSyncedAt(), utc(2024, 1, 1, 0, 0).addSecs(total));
    }

    void migratesVersion1File()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(RawSqlite::exec(
            path,
            version1Tables() +
                QStringList{
                    QStringLiteral(
                        "INSERT INTO items (id, profile_id, kind, model, res_id, title, write_date, fields) "
                        "VALUES ('purchase.order:7', 'p', 'approval', 'purchase.order', 7, 'Old row', "
                        "'2023-12-31T23:00:00.000Z', '{\"a\":1}')"),
                    QStringLiteral("INSERT INTO cursors (profile_id, write_date, last_id) "
                                   "VALUES ('p', '2023-12-31T23:00:00.000Z', 7)"),
                    QStringLiteral("PRAGMA user_version = 1")}));
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);

        QString error;
        {
            auto cache = Cache::open(path, &error);
            QVERIFY2(cache, qPrintable(error));
            QCOMPARE(cache->schemaVersion(), CacheMigrations::latestVersion());
            const auto old = cache->item(QStringLiteral("purchase.order:7"));
            QVERIFY(old);
            QCOMPARE(old->title, QStringLiteral("Old row"));
            QCOMPARE(old->writeDate, utc(2023, 12, 31, 23, 0));
            QCOMPARE(old->fields.value(QStringLiteral("a")).toInt(), 1);
            const auto cursor = cache->cursor(QStringLiteral("p"));
            QVERIFY(cursor);
            QCOMPARE(cursor->lastId, 7);
            QVERIFY(!cursor->lastReconciledAt.isValid());
            QVERIFY(cache->logSync(SyncLogEntry{}));
        }
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 CacheMigrations::latestVersion());
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM sync_log")).toInt(), 1);
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('cursors') "
                                                        "WHERE name = 'last_reconciled_at'"))
                     .toInt(),
                 1);
        QCOMPARE(RawSqlite::scalar(
                     path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                          "AND name IN ('items_profile_id', 'items_store_id', 'items_kind')"))
                     .toInt(),
                 3);
    }

    void migratesVersion2File()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(RawSqlite::exec(
            path, version1Tables() +
                      QStringList{
                          QStringLiteral(
                              "CREATE TABLE sync_log (id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT, "
                              "started_at TEXT, finished_at TEXT, fetched INTEGER NOT NULL DEFAULT 0, "
                              "changed INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, "
                              "requests INTEGER NOT NULL DEFAULT 0, error TEXT)"),
                          QStringLiteral("CREATE INDEX items_profile_id ON items(profile_id)"),
                          QStringLiteral("CREATE INDEX items_store_id ON items(store_id)"),
                          QStringLiteral("CREATE INDEX items_kind ON items(kind)"),
                          QStringLiteral("ALTER TABLE cursors ADD COLUMN last_reconciled_at TEXT"),
                          QStringLiteral(
                              "INSERT INTO items (id, profile_id, kind, model, res_id, title, write_date, "
                              "fields) VALUES ('purchase.order:8', 'p', 'approval', 'purchase.order', 8, "
                              "'Version 2 row', '2024-01-31T10:00:00.000Z', '{\"b\":2}')"),
                          QStringLiteral("INSERT INTO sync_log (profile_id, finished_at, fetched) "
                                         "VALUES ('p', '2024-01-31T10:00:05.000Z', 1)"),
                          QStringLiteral("PRAGMA user_version = 2")}));

        QString error;
        {
            auto cache = Cache::open(path, &error);
            QVERIFY2(cache, qPrintable(error));
            QCOMPARE(cache->schemaVersion(), 4);
            QCOMPARE(cache->schemaVersion(), CacheMigrations::latestVersion());
            // Version 4: server facts survive a reopen.
            QVERIFY(cache->serverFact(QStringLiteral("odoo_major")).isEmpty());
            QVERIFY(cache->setServerFact(QStringLiteral("odoo_major"), QStringLiteral("18")));
            const auto kept = cache->item(QStringLiteral("purchase.order:8"));
            QVERIFY(kept);
            QCOMPARE(kept->title, QStringLiteral("Version 2 row"));
            QCOMPARE(kept->writeDate, utc(2024, 1, 31, 10, 0));
            QCOMPARE(kept->fields.value(QStringLiteral("b")).toInt(), 2);
            QCOMPARE(cache->recentSyncs(5).size(), 1);
            QCOMPARE(cache->lastSyncedAt(), utc(2024, 1, 31, 10, 0, 5));
        }
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 4);
        QCOMPARE(Cache::open(path)->serverFact(QStringLiteral("odoo_major")), QStringLiteral("18"));
        QCOMPARE(
            RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                                   "AND name IN ('outbox', 'audit')"))
                .toInt(),
            2);
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);
        QCOMPARE(RawSqlite::scalar(
                     path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                          "name IN ('outbox_status', 'outbox_item_id', 'outbox_bulk_id')"))
                     .toInt(),
                 3);
    }

    void refusesNewerVersion()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const int newer = CacheMigrations::latestVersion() + 1;
        QVERIFY(RawSqlite::exec(path, {QStringLiteral("CREATE TABLE future (x)"),
                                       QStringLiteral("PRAGMA user_version = %1").arg(newer)}));
        QString error;
        QVERIFY(!Cache::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer HQ Tower")), qPrintable(error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        // Nothing was changed in the file.
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), newer);
        QCOMPARE(
            RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'items'"))
                .toInt(),
            0);
    }

    void refusesGarbageFile()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : garbage)
            byte = static_cast<char>(generator.bounded(256));
        file.write(garbage);
        file.close();

        QString error;
        QVERIFY(!Cache::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not an HQ Tower cache or it is damaged")), qPrintable(error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    }

    void refusesFolder()
    {
        QString error;
        QVERIFY(!Cache::open(m_dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("folder")));
        QVERIFY(!Cache::open(QString(), &error));
        QVERIFY(!error.isEmpty());
    }

    void twoCachesAtOnce()
    {
        auto first = openNew();
        auto second = openNew();
        QVERIFY(first);
        QVERIFY(second);
        QVERIFY(first->filePath() != second->filePath());
        QVERIFY(first->upsertItems({makeItem(QStringLiteral("p"), QStringLiteral("m"), 1)}));
        QVERIFY(second->upsertItems({makeItem(QStringLiteral("p"), QStringLiteral("m"), 2),
                                     makeItem(QStringLiteral("p"), QStringLiteral("m"), 3)}));
        QCOMPARE(first->resIds(QStringLiteral("p")), (QList<int>{1}));
        QCOMPARE(second->resIds(QStringLiteral("p")), (QList<int>{2, 3}));
        first.reset();
        QCOMPARE(second->itemCount(), 2); // closing one leaves the other working
    }

    void reopenKeepsData()
    {
        const QString path = newPath();
        const QueueItem item = fullItem();
        const StoreInfo store{7,
                              QStringLiteral("Store 7"),
                              QStringLiteral("S7"),
                              70,
                              QStringLiteral("Lyon"),
                              QStringLiteral("South"),
                              QStringLiteral("FR"),
                              true,
                              45.76,
                              4.84};
        const SyncCursor cursor{item.profileId, item.writeDate, item.resId, utc(2024, 3, 1, 12, 0)};
        const SyncLogEntry entry{item.profileId, utc(2024, 3, 1, 12, 0), utc(2024, 3, 1, 12, 1), 1, 1, 0, 3,
                                 QString()};
        {
            auto cache = Cache::open(path);
            QVERIFY(cache);
            QVERIFY(cache->upsertItems({item}));
            QVERIFY(cache->replaceStores({store}));
            QVERIFY(cache->saveCursor(cursor));
            QVERIFY(cache->logSync(entry));
        }
        QString error;
        auto cache = Cache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(cache->items(), (QList<QueueItem>{item}));
        QCOMPARE(cache->stores(), (QList<StoreInfo>{store}));
        QCOMPARE(*cache->cursor(item.profileId), cursor);
        QCOMPARE(cache->recentSyncs(5), (QList<SyncLogEntry>{entry}));
        QCOMPARE(cache->lastSyncedAt(), entry.finishedAt);
    }

    void upsertManyItems()
    {
        auto cache = openNew();
        QVERIFY(cache);
        constexpr int Count = 100000;
        QList<QueueItem> items;
        items.reserve(Count);
        for (int id = 1; id <= Count; ++id) {
            QueueItem item =
                makeItem(QStringLiteral("purchase_to_approve"), QStringLiteral("purchase.order"), id);
            item.created = item.writeDate;
            item.slaDue = item.writeDate.addDays(2);
            item.summary = QStringLiteral("Summary of order %1").arg(id);
            items << item;
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(cache->upsertItems(items), qPrintable(cache->lastError()));
        const qint64 writeMs = timer.restart();
        const QList<QueueItem> readBack = cache->items();
        const qint64 readMs = timer.elapsed();
        qInfo("upsertItems of %d items: %lld ms; items() read back: %lld ms", Count, writeMs, readMs);
        QCOMPARE(readBack.size(), Count);
        QCOMPARE(cache->itemCount(), Count);
        QCOMPARE(*cache->item(items.at(4999).id), items.at(4999));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
