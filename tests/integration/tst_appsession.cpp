// AppSession's start from the offline cache: the stores at once, the items read on a worker
// thread in chunks (as stored: the user's SLA hours are already in the cache) before and whatever
// the network does, and changes synced while the cache is being read held back and reported
// after it, never lost.
#include "demo/demoserver.h"
#include "session/appsession.h"
#include "session/cachedqueuereader.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"
#include "storage/cache.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

QueueItem makeItem(int id)
{
    QueueItem item;
    item.profileId = QStringLiteral("purchase_to_approve");
    item.model = QStringLiteral("purchase.order");
    item.resId = id;
    item.id = QStringLiteral("purchase.order:%1").arg(id);
    item.kind = id % 2 ? ItemKind::Approval : ItemKind::Exception;
    item.title = QStringLiteral("P%1").arg(id, 5, 10, QLatin1Char('0'));
    item.severity = Severity::Medium;
    item.storeId = 1 + id % 2;
    item.created = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(id);
    item.writeDate = item.created;
    item.slaDue = item.created.addSecs(48 * 3600);
    return item;
}

// A loopback port nobody listens on.
QUrl closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// "<id>@<store>" of every cached item, sorted: what the queue shows and where.
QStringList itemsWithStores(const QString &cacheFile)
{
    QStringList ids;
    const std::unique_ptr<Cache> cache = Cache::open(cacheFile);
    if (!cache)
        return ids;
    for (const QueueItem &item : cache->items(ItemFilter()))
        ids.append(item.id + QLatin1Char('@') + QString::number(item.storeId));
    ids.sort();
    return ids;
}

} // namespace

class TestAppSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theUsersSlaHoursAreStored()
    {
        // The cache holds the deadline the window shows, so hqtower-cli queue agrees with it.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto cache = Cache::open(file);
            QVERIFY(cache);
            QVERIFY(cache->upsertItems({makeItem(1), makeItem(2)}));
        }
        ConnectionSettings settings;
        settings.serverUrl = closedPort();
        settings.database = QStringLiteral("nowhere");
        settings.login = QStringLiteral("manager");
        AppSession::Options options;
        options.cacheFile = file;
        options.preferences.slaHours.insert(ItemKind::Approval, 2.5);
        AppSession session(settings, QStringLiteral("not-a-real-secret"), options);
        QSignalSpy opened(&session, &AppSession::cacheOpened);
        session.start();
        QCOMPARE(opened.size(), 1);
        const auto storedDue = [&file](int id) {
            auto cache = Cache::open(file);
            return cache ? cache->item(QStringLiteral("purchase.order:%1").arg(id))->slaDue : QDateTime();
        };
        QCOMPARE(storedDue(1), makeItem(1).created.addSecs(9000));
        QCOMPARE(storedDue(2), makeItem(2).slaDue); // an exception: not the approvals' hours

        // Back to the source's own SLA (48 h for purchase orders to approve), and no clock at all.
        AppSettings preferences = options.preferences;
        preferences.slaHours.clear();
        session.restart(preferences);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(storedDue(1), makeItem(1).created.addSecs(48 * 3600));
        preferences.slaHours.insert(ItemKind::Approval, 0.0);
        session.restart(preferences);
        QVERIFY(!storedDue(1).isValid());
        QCOMPARE(storedDue(2), makeItem(2).slaDue);
    }

    void cachedQueueIsReadOffTheGuiThreadWithoutNetwork()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        const int count = 2 * CachedQueueReader::ChunkSize + 17;
        {
            auto cache = Cache::open(file);
            QVERIFY(cache);
            QList<QueueItem> items;
            for (int id = 1; id <= count; ++id)
                items.append(makeItem(id));
            QVERIFY(cache->upsertItems(items));
            StoreInfo store;
            store.id = 1;
            store.name = QStringLiteral("Antwerp Meir");
            QVERIFY(cache->replaceStores({store}));
            SyncLogEntry entry;
            entry.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
            entry.finishedAt = entry.startedAt.addSecs(3);
            QVERIFY(cache->logSync(entry));
        }

        ConnectionSettings settings;
        settings.serverUrl = closedPort();
        settings.database = QStringLiteral("nowhere");
        settings.login = QStringLiteral("manager");
        AppSession::Options options;
        options.cacheFile = file;
        options.preferences.slaHours.insert(ItemKind::Approval, 2.0);
        AppSession session(settings, QStringLiteral("not-a-real-secret"), options);

        QList<StoreInfo> openedStores;
        QDateTime openedLastSync;
        connect(&session, &AppSession::cacheOpened, this,
                [&](const QList<StoreInfo> &stores, const QDateTime &lastSynced) {
                    openedStores = stores;
                    openedLastSync = lastSynced;
                });
        QSignalSpy failed(&session, &AppSession::connectionFailed);
        session.start();
        QCOMPARE(openedStores.size(), 1);
        QCOMPARE(openedStores.first().name, QStringLiteral("Antwerp Meir"));
        QCOMPARE(openedLastSync, QDateTime(QDate(2026, 11, 20), QTime(9, 0, 3), Qt::UTC));

        QMutex mutex;
        QList<QueueItem> read;
        QList<qsizetype> chunkSizes;
        bool offGuiThread = true;
        bool lastlyRan = false;
        int done = -1;
        QThread *gui = QThread::currentThread();
        session.readCachedQueue(
            this,
            [&](QList<QueueItem> &&chunk) {
                const QMutexLocker lock(&mutex);
                offGuiThread = offGuiThread && QThread::currentThread() != gui;
                chunkSizes.append(chunk.size());
                read.append(chunk);
            },
            [&] {
                const QMutexLocker lock(&mutex);
                lastlyRan = !read.isEmpty();
            },
            [&](bool ok) { done = ok ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 1, 20000);
        QVERIFY(offGuiThread);
        QVERIFY(lastlyRan);
        QCOMPARE(chunkSizes,
                 (QList<qsizetype>{CachedQueueReader::ChunkSize, CachedQueueReader::ChunkSize, 17}));
        QCOMPARE(read.size(), count);
        QSet<QString> ids;
        for (const QueueItem &item : std::as_const(read)) {
            ids.insert(item.id);
            const QueueItem original = makeItem(item.resId);
            // The user's 2 h for approvals replace the source's 48 h; exceptions keep theirs.
            const QDateTime expectedDue =
                item.kind == ItemKind::Approval ? original.created.addSecs(7200) : original.slaDue;
            QCOMPARE(item.slaDue, expectedDue);
            QCOMPARE(item.title, original.title);
        }
        QCOMPARE(ids.size(), count);
        // The server is down: said once, the cached queue was there anyway.
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    }

    void changesSyncedWhileReadingAreHeldBackNotLost()
    {
        DemoServer demo(17);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        {
            // One cached item, so the read has a chunk to stop in.
            auto cache = Cache::open(demo.cacheFile());
            QVERIFY(cache);
            QueueItem stale = makeItem(999999);
            stale.profileId = QStringLiteral("retired_profile");
            stale.model = QStringLiteral("retired.model");
            stale.id = QStringLiteral("retired.model:999999");
            QVERIFY(cache->upsertItems({stale}));
        }
        AppSession::Options options;
        options.cacheFile = demo.cacheFile();
        AppSession session(demo.settings(), demo.secret(), options);

        QStringList events;
        QSet<QString> changedIds;
        connect(&session, &AppSession::itemsChanged, this,
                [&](const QList<QueueItem> &upserts, const QStringList &) {
                    events.append(QStringLiteral("changed"));
                    for (const QueueItem &item : upserts)
                        changedIds.insert(item.id);
                });
        session.start();
        QSemaphore release;
        std::atomic<bool> inChunk = false;
        int done = -1;
        session.readCachedQueue(
            this,
            [&](QList<QueueItem> &&) {
                inChunk = true;
                release.acquire(); // the read stays here until the first sync has finished
            },
            {},
            [&](bool ok) {
                events.append(QStringLiteral("read"));
                done = ok ? 1 : 0;
            });
        QTRY_VERIFY_WITH_TIMEOUT(inChunk.load(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.syncStatus().state == SyncStatus::State::UpToDate, 60000);
        QVERIFY2(events.isEmpty(), qPrintable(events.join(QLatin1Char(','))));
        release.release();
        QTRY_COMPARE_WITH_TIMEOUT(done, 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 2, 10000);
        QCOMPARE(events.first(), QStringLiteral("read"));
        QCOMPARE(events.at(1), QStringLiteral("changed"));
        // Everything the first sync brought is reported once the read is over.
        const auto cache = Cache::open(demo.cacheFile());
        int synced = 0;
        for (const QueueItem &item : cache->items()) {
            if (item.profileId == QLatin1String("retired_profile"))
                continue;
            ++synced;
            QVERIFY2(changedIds.contains(item.id), qPrintable(item.id));
        }
        QVERIFY(synced > 100);
    }

    void pollingConvergesUnderTheFaultMix()
    {
        // #12: the app's own polling (not sync --once) ends with the queue of a clean sync, every
        // item under its store, while gateways, cut-off answers and dropped connections hit the
        // requests, the login and the detection included.
        SimulatorOptions simulatorOptions;
        simulatorOptions.flavor = 17;
        simulatorOptions.populate = true;
        simulatorOptions.seed = 3;
        OdooSimulator simulator(simulatorOptions);
        QVERIFY(simulator.start());
        const QString secret = QStringLiteral("not-a-real-secret");
        simulator.backend()->setPassword(QStringLiteral("admin"), secret);
        ConnectionSettings settings;
        settings.serverUrl = simulator.url();
        settings.database = QStringLiteral("odoo17");
        settings.login = QStringLiteral("admin");
        QTemporaryDir dir;
        AppSession::Options options;
        options.preferences.pollSeconds = 10;
        options.reconnect.firstDelay = std::chrono::milliseconds(200);
        options.reconnect.maxDelay = std::chrono::seconds(2);

        options.cacheFile = dir.filePath(QStringLiteral("clean.sqlite"));
        QStringList clean;
        {
            AppSession session(settings, secret, options);
            session.start();
            QTRY_VERIFY_WITH_TIMEOUT(session.syncStatus().state == SyncStatus::State::UpToDate, 60000);
        }
        clean = itemsWithStores(options.cacheFile);
        QVERIFY(clean.size() > 500);

        SimFaults &faults = simulator.server()->faults();
        faults.setSeed(42);
        // Half the mix of #12 keeps CI short; HQ_FAULT_SCALE=2 runs the full 30/20/10 % mix.
        const double scale = qEnvironmentVariableIsSet("HQ_FAULT_SCALE")
                                 ? qEnvironmentVariable("HQ_FAULT_SCALE").toDouble()
                                 : 1.0;
        faults.setBadGatewayShare(0.15 * scale);
        faults.setTruncateShare(0.1 * scale);
        faults.setDropShare(0.05 * scale);
        options.cacheFile = dir.filePath(QStringLiteral("faulty.sqlite"));
        AppSession session(settings, secret, options);
        session.start();
        QDeadlineTimer deadline(std::chrono::minutes(qEnvironmentVariableIsSet("HQ_FAULT_SCALE") ? 15 : 4));
        QStringList seen;
        while (!deadline.hasExpired() && seen != clean) {
            QTest::qWait(1000); // the session polls meanwhile
            const qsizetype before = seen.size();
            seen = itemsWithStores(options.cacheFile);
            if (seen.size() != before)
                qInfo("%lld of %lld items", qint64(seen.size()), qint64(clean.size()));
        }
        QCOMPARE(seen.size(), clean.size());
        QCOMPARE(seen, clean);
    }
};

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_appsession.moc"
