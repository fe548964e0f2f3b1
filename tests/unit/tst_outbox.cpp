// Outbox: decisions and their audit trail keep every field in the cache file, are written all or
// none, are read back in the promised orders, share the file with Cache, and survive a crash
// (SIGKILL) right after add() returned.
#include "rawsqlite.h"
#include "storage/cache.h"
#include "storage/cachemigrations.h"
#include "storage/outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

namespace {

// Set in the environment of the child process of crashAfterAddKeepsDecision (the cache file).
const char CrashChildVariable[] = "HQ_TST_OUTBOX_CRASH_CHILD";

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

Decision makeDecision(const QString &id, const QString &itemId, const QDateTime &createdAt,
                      const QString &bulkId = QString())
{
    Decision decision;
    decision.id = id;
    decision.bulkId = bulkId;
    decision.itemId = itemId;
    decision.profileId = QStringLiteral("purchase_to_approve");
    decision.model = itemId.section(QLatin1Char(':'), 0, 0);
    decision.resId = itemId.section(QLatin1Char(':'), 1).toInt();
    decision.action = Decision::Action::Approve;
    decision.userLogin = QStringLiteral("hq.manager");
    decision.seenState = QStringLiteral("to approve");
    decision.seenWriteDate = createdAt.addSecs(-60);
    decision.seenRecord = QJsonObject{{QStringLiteral("state"), decision.seenState}};
    decision.createdAt = createdAt;
    decision.updatedAt = createdAt;
    return decision;
}

Decision fullDecision()
{
    Decision decision;
    decision.id = QStringLiteral("6f1c2a0e-3b7d-4e52-9a51-1f0d7e4c2b99");
    decision.bulkId = QStringLiteral("b7e4e1d2-0000-4000-8000-000000000001");
    decision.itemId = QStringLiteral("purchase.order:42");
    decision.profileId = QStringLiteral("purchase_to_approve");
    decision.model = QStringLiteral("purchase.order");
    decision.resId = 42;
    decision.action = Decision::Action::Reject;
    decision.reason =
        QStringLiteral("Zu teuer – Größe ✓ 東京店\nLine 2 \"quoted\" 'single'; DROP TABLE outbox;");
    decision.targetLogin = QStringLiteral("zoe.mueller");
    decision.userLogin = QStringLiteral("hq.manager@example.com");
    decision.seenState = QStringLiteral("to approve");
    decision.seenWriteDate = QDateTime(QDate(2024, 3, 2), QTime(10, 0, 0, 5), QTimeZone(3600)); // not UTC
    decision.seenRecord = QJsonObject{
        {QStringLiteral("name"), QStringLiteral("P00042")},
        {QStringLiteral("partner_id"), QJsonArray{5, QStringLiteral("Acme – Größe")}},
        {QStringLiteral("amount_total"), 12345.678},
        {QStringLiteral("notes"), false},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("qty"), 3}}}},
        {QStringLiteral("nothing"), QJsonValue::Null},
    };
    decision.status = Decision::Status::Pending;
    decision.stage = Decision::Stage::Sending;
    decision.attempts = 3;
    decision.createdAt = utc(2024, 2, 29, 23, 59, 58, 123);
    decision.updatedAt = utc(2024, 3, 1, 0, 0, 1, 7);
    decision.nextAttemptAt = utc(2024, 3, 1, 0, 5, 0, 999);
    decision.message = QStringLiteral("The server did not answer in time.");
    return decision;
}

AuditEntry auditFor(const Decision &decision)
{
    AuditEntry entry;
    entry.decisionId = decision.id;
    entry.itemId = decision.itemId;
    entry.action = decision.action;
    entry.reason = decision.reason;
    entry.userLogin = decision.userLogin;
    entry.decidedAt = decision.createdAt;
    entry.finishedAt = decision.updatedAt;
    entry.outcome = decision.status;
    entry.message = decision.message;
    return entry;
}

QStringList idsOf(const QList<Decision> &decisions)
{
    QStringList ids;
    for (const Decision &decision : decisions)
        ids << decision.id;
    return ids;
}

// PRAGMA synchronous of the open connection whose name starts with prefix (-1 if none).
int synchronousOf(const QString &connectionPrefix)
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(connectionPrefix))
            continue;
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (query.exec(QStringLiteral("PRAGMA synchronous")) && query.next())
            return query.value(0).toInt();
    }
    return -1;
}

Decision crashDecision(int index)
{
    return makeDecision(QStringLiteral("crash-%1").arg(index, 6, 10, QLatin1Char('0')),
                        QStringLiteral("purchase.order:%1").arg(index + 1),
                        utc(2024, 6, 1, 9, 0).addSecs(index));
}

// The child of crashAfterAddKeepsDecision: adds a decision, says so, and keeps adding more until
// it is killed, so the kill also lands in the middle of writing.
int runCrashChild(const QString &filePath)
{
    QString error;
    auto outbox = Outbox::open(filePath, &error);
    if (!outbox) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (!outbox->add({crashDecision(0)})) {
        std::fprintf(stderr, "%s\n", qPrintable(outbox->lastError()));
        return 3;
    }
    std::fputs("added\n", stdout);
    std::fflush(stdout);
    for (int index = 1; index < 100000; ++index) {
        if (!outbox->add({crashDecision(index)}))
            return 4;
    }
    QThread::sleep(60); // the parent kills it long before
    return 0;
}

} // namespace

char *toString(const Decision &decision)
{
    return QTest::toString(QStringLiteral("Decision(%1, %2, %3/%4, attempts %5, created %6, message \"%7\")")
                               .arg(decision.id, decision.itemId, Decision::statusName(decision.status),
                                    Decision::stageName(decision.stage))
                               .arg(decision.attempts)
                               .arg(decision.createdAt.toString(Qt::ISODateWithMs), decision.message));
}

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("o%1/cache.sqlite").arg(++m_fileCounter)); }

    std::unique_ptr<Outbox> openNew(QString *path = nullptr)
    {
        const QString filePath = newPath();
        if (path)
            *path = filePath;
        QString error;
        auto outbox = Outbox::open(filePath, &error);
        if (!outbox)
            qWarning() << error;
        return outbox;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openCreatesTables()
    {
        const QString path = m_dir.filePath(QStringLiteral("deep/folder/cache.sqlite"));
        QString error;
        auto outbox = Outbox::open(path, &error);
        QVERIFY2(outbox, qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(CacheMigrations::latestVersion(), 4);
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 4);
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(RawSqlite::scalar(
                     path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                          "name IN ('outbox_status', 'outbox_item_id', 'outbox_bulk_id')"))
                     .toInt(),
                 3);
        QVERIFY(outbox->pending().isEmpty());
        QVERIFY(outbox->recent(10).isEmpty());
        QVERIFY(outbox->audit(10).isEmpty());
        QVERIFY(!outbox->decision(QStringLiteral("nope")));
        QVERIFY(!outbox->pendingFor(QStringLiteral("purchase.order:1")));
        QVERIFY(outbox->lastError().isEmpty());
    }

    void writesAreSynchronousFull()
    {
        QString path;
        auto outbox = openNew(&path);
        QVERIFY(outbox);
        auto cache = Cache::open(path);
        QVERIFY(cache);
        QCOMPARE(synchronousOf(QStringLiteral("hqtower-outbox-")), 2); // FULL
        QCOMPARE(synchronousOf(QStringLiteral("hqtower-cache-")), 1);  // NORMAL, as before
    }

    void roundTripEveryField()
    {
        auto outbox = openNew();
        QVERIFY(outbox);
        const Decision full = fullDecision();
        Decision bare; // empty texts, empty JSON, null dates
        bare.id = QStringLiteral("bare");
        QVERIFY(!bare.createdAt.isValid());
        QVERIFY2(outbox->add({full, bare}), qPrintable(outbox->lastError()));
        QVERIFY(outbox->lastError().isEmpty());

        const auto readFull = outbox->decision(full.id);
        QVERIFY(readFull);
        QCOMPARE(*readFull, full);
        QCOMPARE(readFull->seenRecord, full.seenRecord);
        QCOMPARE(readFull->seenWriteDate.timeSpec(), Qt::UTC); // same instant, read back as UTC
        QCOMPARE(readFull->seenWriteDate, utc(2024, 3, 2, 9, 0, 0, 5));

        const auto readBare = outbox->decision(bare.id);
        QVERIFY(readBare);
        QCOMPARE(*readBare, bare);
        QVERIFY(!readBare->createdAt.isValid());
        QVERIFY(!readBare->seenWriteDate.isValid());
        QVERIFY(!readBare->nextAttemptAt.isValid());
        QVERIFY(readBare->seenRecord.isEmpty());
    }

    void storedFormat()
    {
        QString path;
        auto outbox = openNew(&path);
        QVERIFY(outbox);
        Decision decision = fullDecision();
        decision.bulkId.clear();
        decision.nextAttemptAt = QDateTime();
        QVERIFY(outbox->add({decision}));
        const auto column = [&](const char *name) {
            return RawSqlite::scalar(path, QStringLiteral("SELECT %1 FROM outbox WHERE decision_id = '%2'")
                                               .arg(QLatin1String(name), decision.id));
        };
        QCOMPARE(column("created_at").toString(), QStringLiteral("2024-02-29T23:59:58.123Z"));
        QCOMPARE(column("seen_write_date").toString(), QStringLiteral("2024-03-02T09:00:00.005Z"));
        QCOMPARE(column("status").toString(), QStringLiteral("pending"));
        QCOMPARE(column("stage").toString(), QStringLiteral("sending"));
        QCOMPARE(column("res_id").toInt(), 42);
        QVERIFY(column("bulk_id").isNull());
        QVERIFY(column("next_attempt_at").isNull());
        const QJsonObject record =
            QJsonDocument::fromJson(column("seen_record").toString().toUtf8()).object();
        QCOMPARE(record, decision.seenRecord);
    }

    void addDuplicateFails()
    {
        QString path;
        auto outbox = openNew(&path);
        QVERIFY(outbox);
        const Decision original =
            makeDecision(QStringLiteral("d1"), QStringLiteral("m:1"), utc(2024, 1, 1, 8, 0));
        QVERIFY(outbox->add({original}));
        Decision again = original;
        again.action = Decision::Action::Reject;
        again.reason = QStringLiteral("changed my mind");
        QVERIFY(!outbox->add({again}));
        QVERIFY2(outbox->lastError().contains(QStringLiteral("\"d1\" is already in the outbox")),
                 qPrintable(outbox->lastError()));
        QCOMPARE(*outbox->decision(original.id), original);
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
        // A later success clears the reason.
        QVERIFY(
            outbox->add({makeDecision(QStringLiteral("d2"), QStringLiteral("m:2"), utc(2024, 1, 1, 8, 1))}));
        QVERIFY(outbox->lastError().isEmpty());
    }

    void addIsAllOrNone()
    {
        QString path;
        auto outbox = openNew(&path);
        QVERIFY(outbox);
        const QDateTime at = utc(2024, 1, 1, 8, 0);
        QVERIFY(outbox->add({makeDecision(QStringLiteral("a"), QStringLiteral("m:1"), at)}));

        // The third one is already stored: the two before it must not stay either.
        const QList<Decision> batch{
            makeDecision(QStringLiteral("b"), QStringLiteral("m:2"), at, QStringLiteral("B")),
            makeDecision(QStringLiteral("c"), QStringLiteral("m:3"), at, QStringLiteral("B")),
            makeDecision(QStringLiteral("a"), QStringLiteral("m:1"), at, QStringLiteral("B")),
            makeDecision(QStringLiteral("d"), QStringLiteral("m:4"), at, QStringLiteral("B"))};
        QVERIFY(!outbox->add(batch));
        QVERIFY2(outbox->lastError().contains(QStringLiteral("\"a\" is already in the outbox")),
                 qPrintable(outbox->lastError()));
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
        QVERIFY(outbox->bulk(QStringLiteral("B")).isEmpty());
        QCOMPARE(idsOf(outbox->pending()), QStringList{QStringLiteral("a")});

        // The same id twice in one batch, or no id at all: refused before writing.
        QVERIFY(!outbox->add({makeDecision(QStringLiteral("e"), QStringLiteral("m:5"), at),
                              makeDecision(QStringLiteral("e"), QStringLiteral("m:6"), at)}));
        QVERIFY2(outbox->lastError().contains(QStringLiteral("\"e\" is given twice")),
                 qPrintable(outbox->lastError()));
        QVERIFY(!outbox->add({makeDecision(QStringLiteral("f"), QStringLiteral("m:7"), at),
                              makeDecision(QString(), QStringLiteral("m:8"), at)}));
        QVERIFY2(outbox->lastError().contains(QStringLiteral("has no id")), qPrintable(outbox->lastError()));
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);

        QVERIFY(outbox->add({}));
        QVERIFY(outbox->lastError().isEmpty());
    }

    void updateSavesProgress()
    {
        auto outbox = openNew();
        QVERIFY(outbox);
        const Decision original = fullDecision();
        QVERIFY(outbox->add({original}));

        Decision progressed = original;
        progressed.stage = Decision::Stage::Queued;
        progressed.attempts = 4;
        progressed.updatedAt = utc(2024, 3, 1, 0, 10);
        progressed.nextAttemptAt = QDateTime(); // cleared
        progressed.message = QStringLiteral("Odoo could not be reached.");
        // What the user decided is not progress: it stays as it was added.
        Decision changedDecision = progressed;
        changedDecision.action = Decision::Action::Approve;
        changedDecision.reason.clear();
        changedDecision.seenRecord = QJsonObject();
        changedDecision.createdAt = utc(2030, 1, 1, 0, 0);
        QVERIFY2(outbox->update(changedDecision), qPrintable(outbox->lastError()));
        QCOMPARE(*outbox->decision(original.id), progressed);

        Decision unknown = progressed;
        unknown.id = QStringLiteral("unknown-id");
        QVERIFY(!outbox->update(unknown));
        QVERIFY2(outbox->lastError().contains(QStringLiteral("no decision \"unknown-id\"")),
                 qPrintable(outbox->lastError()));
        QVERIFY(!outbox->decision(unknown.id));
    }

    void settleWritesAudit()
    {
        auto outbox = openNew();
        QVERIFY(outbox);
        const Decision original = fullDecision();
        QVERIFY(outbox->add({original}));
        Decision settled = original;
        settled.status = Decision::Status::Refused;
        settled.stage = Decision::Stage::Settled;
        settled.updatedAt = utc(2024, 3, 1, 0, 20, 0, 250);
        settled.nextAttemptAt = QDateTime();
        settled.message = QStringLiteral("Odoo refused: you are not allowed to approve this order.");
        const AuditEntry entry = auditFor(settled);
        QVERIFY2(outbox->settle(settled, entry), qPrintable(outbox->lastError()));

        QCOMPARE(*outbox->decision(original.id), settled);
        QVERIFY(outbox->decision(original.id)->isSettled());
        QVERIFY(outbox->pending().isEmpty());
        QVERIFY(!outbox->pendingFor(original.itemId));
        const QList<AuditEntry> trail = outbox->audit(10);
        QCOMPARE(trail.size(), 1);
        QVERIFY(trail.first().id > 0);
        AuditEntry expected = entry;
        expected.id = trail.first().id;
        QCOMPARE(trail.first(), expected);
        QCOMPARE(trail.first().outcome, Decision::Status::Refused);
    }

    void settleIsAtomic()
    {
        QString path;
        auto outbox = openNew(&path);
        QVERIFY(outbox);
        const Decision original =
            makeDecision(QStringLiteral("d1"), QStringLiteral("m:1"), utc(2024, 1, 1, 8, 0));
        QVERIFY(outbox->add({original}));
        Decision settled = original;
        settled.status = Decision::Status::Applied;
        settled.stage = Decision::Stage::Settled;

        // The audit row cannot be written: the decision must stay pending.
        QVERIFY(RawSqlite::exec(path, {QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit "
                                                      "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")}));
        QVERIFY(!outbox->settle(settled, auditFor(settled)));
        QVERIFY2(outbox->lastError().contains(QStringLiteral("audit refused")),
                 qPrintable(outbox->lastError()));
        QCOMPARE(*outbox->decision(original.id), original);
        QCOMPARE(idsOf(outbox->pending()), QStringList{original.id});
        QVERIFY(RawSqlite::exec(path, {QStringLiteral("DROP TRIGGER refuse_audit")}));

        // An unknown decision writes no audit row.
        Decision unknown = settled;
        unknown.id = QStringLiteral("unknown-id");
        QVERIFY(!outbox->settle(unknown, auditFor(unknown)));
        QVERIFY(outbox->audit(10).isEmpty());

        QVERIFY2(outbox->settle(settled, auditFor(settled)), qPrintable(outbox->lastError()));
        QCOMPARE(outbox->audit(10).size(), 1);
        QVERIFY(outbox->pending().isEmpty());
    }

    void orders()
    {
        auto outbox = openNew();
        QVERIFY(outbox);
        const QDateTime t0 = utc(2024, 4, 1, 12, 0);
        // Added out of order; "b" and "a" share a timestamp (then the id decides).
        const Decision late = makeDecision(QStringLiteral("late"), QStringLiteral("m:5"), t0.addSecs(30));
        const Decision b =
            makeDecision(QStringLiteral("b"), QStringLiteral("m:2"), t0.addMSecs(1), QStringLiteral("B1"));
        const Decision a =
            makeDecision(QStringLiteral("a"), QStringLiteral("m:3"), t0.addMSecs(1), QStringLiteral("B1"));
        const Decision early =
            makeDecision(QStringLiteral("early"), QStringLiteral("m:1"), t0, QStringLiteral("B1"));
        const Decision other = makeDecision(QStringLiteral("other"), QStringLiteral("m:4"), t0.addSecs(10),
                                            QStringLiteral("B2"));
        QVERIFY(outbox->add({late, b}));
        QVERIFY(outbox->add({a, early, other}));
        // One item never has two pending decisions, even when two processes race to add them.
        QVERIFY(!outbox->add({makeDecision(QStringLiteral("again"), QStringLiteral("m:1"), t0.addSecs(40))}));
        QVERIFY(!outbox->decision(QStringLiteral("again")));

        QCOMPARE(idsOf(outbox->pending()),
                 (QStringList{QStringLiteral("early"), QStringLiteral("a"), QStringLiteral("b"),
                              QStringLiteral("other"), QStringLiteral("late")}));
        QCOMPARE(outbox->pendingFor(QStringLiteral("m:1"))->id, QStringLiteral("early"));
        QCOMPARE(outbox->pendingFor(QStringLiteral("m:3"))->id, QStringLiteral("a"));
        QVERIFY(!outbox->pendingFor(QStringLiteral("m:9")));
        QCOMPARE(idsOf(outbox->recent(3)),
                 (QStringList{QStringLiteral("late"), QStringLiteral("other"), QStringLiteral("b")}));
        QCOMPARE(outbox->recent(100).size(), 5);
        QVERIFY(outbox->recent(0).isEmpty());
        QCOMPARE(idsOf(outbox->bulk(QStringLiteral("B1"))),
                 (QStringList{QStringLiteral("early"), QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(idsOf(outbox->bulk(QStringLiteral("B2"))), QStringList{QStringLiteral("other")});
        QVERIFY(outbox->bulk(QString()).isEmpty());
        QVERIFY(outbox->bulk(QStringLiteral("none")).isEmpty());

        // Settling takes decisions out of pending() but not out of recent() or bulk().
        const QList<Decision> toSettle{early, b, other};
        for (Decision decision : toSettle) {
            decision.status = Decision::Status::Applied;
            decision.stage = Decision::Stage::Settled;
            decision.message = decision.id;
            QVERIFY(outbox->settle(decision, auditFor(decision)));
        }
        QCOMPARE(idsOf(outbox->pending()), (QStringList{QStringLiteral("a"), QStringLiteral("late")}));
        QVERIFY(!outbox->pendingFor(QStringLiteral("m:1")));
        QCOMPARE(outbox->pendingFor(QStringLiteral("m:5"))->id, QStringLiteral("late"));
        // Once settled, the item may take a new decision.
        QVERIFY(outbox->add({makeDecision(QStringLiteral("again"), QStringLiteral("m:1"), t0.addSecs(50))}));
        QCOMPARE(outbox->pendingFor(QStringLiteral("m:1"))->id, QStringLiteral("again"));
        QCOMPARE(outbox->recent(100).size(), 6);
        QCOMPARE(outbox->bulk(QStringLiteral("B1")).size(), 3);

        // The audit trail: newest (highest id) first, limited.
        const QList<AuditEntry> trail = outbox->audit(10);
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.at(0).decisionId, QStringLiteral("other"));
        QCOMPARE(trail.at(1).decisionId, QStringLiteral("b"));
        QCOMPARE(trail.at(2).decisionId, QStringLiteral("early"));
        QVERIFY(trail.at(0).id > trail.at(1).id && trail.at(1).id > trail.at(2).id);
        QCOMPARE(outbox->audit(2).size(), 2);
        QCOMPARE(outbox->audit(2).first().decisionId, QStringLiteral("other"));
        QVERIFY(outbox->audit(0).isEmpty());
    }

    void sharesFileWithCache()
    {
        const QString path = newPath();
        QString error;
        auto cache = Cache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QueueItem item;
        item.id = QStringLiteral("purchase.order:1");
        item.profileId = QStringLiteral("purchase_to_approve");
        item.model = QStringLiteral("purchase.order");
        item.resId = 1;
        item.title = QStringLiteral("P00001");
        QVERIFY(cache->upsertItems({item}));

        auto outbox = Outbox::open(path, &error);
        QVERIFY2(outbox, qPrintable(error));
        const Decision decision = makeDecision(QStringLiteral("d1"), item.id, utc(2024, 5, 1, 9, 0));
        QVERIFY(outbox->add({decision}));

        // Both connections keep writing and reading while the other is open.
        QueueItem second = item;
        second.id = QStringLiteral("purchase.order:2");
        second.resId = 2;
        QVERIFY2(cache->upsertItems({second}), qPrintable(cache->lastError()));
        QVERIFY(outbox->add({makeDecision(QStringLiteral("d2"), second.id, utc(2024, 5, 1, 9, 1))}));
        QCOMPARE(cache->items(), (QList<QueueItem>{item, second}));
        QCOMPARE(cache->schemaVersion(), CacheMigrations::latestVersion());
        QCOMPARE(*outbox->decision(decision.id), decision);
        QCOMPARE(idsOf(outbox->pending()), (QStringList{QStringLiteral("d1"), QStringLiteral("d2")}));

        // Replacing the items does not touch the outbox, and closing one leaves the other working.
        QVERIFY(cache->replaceProfileItems(item.profileId, {}));
        QCOMPARE(outbox->pending().size(), 2);
        cache.reset();
        QCOMPARE(outbox->pending().size(), 2);
        cache = Cache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        outbox.reset();
        QCOMPARE(cache->itemCount(), 0);
    }

    void reopenFindsPending()
    {
        const QString path = newPath();
        const Decision full = fullDecision();
        const Decision second =
            makeDecision(QStringLiteral("second"), QStringLiteral("m:2"), utc(2024, 3, 5, 0, 0));
        {
            auto outbox = Outbox::open(path);
            QVERIFY(outbox);
            QVERIFY(outbox->add({full, second}));
            Decision settled = second;
            settled.status = Decision::Status::Conflict;
            settled.stage = Decision::Stage::Settled;
            QVERIFY(outbox->settle(settled, auditFor(settled)));
        }
        QString error;
        auto outbox = Outbox::open(path, &error);
        QVERIFY2(outbox, qPrintable(error));
        QCOMPARE(outbox->pending(), QList<Decision>{full});
        QCOMPARE(outbox->recent(10).size(), 2);
        QCOMPARE(outbox->audit(10).size(), 1);
        QCOMPARE(outbox->audit(10).first().outcome, Decision::Status::Conflict);
    }

    void unknownActionIsNeverSent()
    {
        // A row with an action this build does not know (written by a later HQ Tower, or edited)
        // is read as failed and never offered for sending.
        const QString path = newPath();
        const Decision decision =
            makeDecision(QStringLiteral("later"), QStringLiteral("m:7"), utc(2024, 3, 5, 0, 0));
        {
            auto outbox = Outbox::open(path);
            QVERIFY(outbox);
            QVERIFY(outbox->add({decision}));
        }
        QVERIFY(RawSqlite::exec(
            path, {QStringLiteral("UPDATE outbox SET action = 'escalate' WHERE decision_id = 'later'")}));
        auto outbox = Outbox::open(path);
        QVERIFY(outbox);
        QVERIFY(outbox->pending().isEmpty());
        QVERIFY(!outbox->pendingFor(QStringLiteral("m:7")));
        const auto read = outbox->decision(QStringLiteral("later"));
        QVERIFY(read);
        QCOMPARE(read->status, Decision::Status::Failed);
        QVERIFY(read->message.contains(QLatin1String("escalate")));
    }

    void refusesNewerSchema()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const int newer = CacheMigrations::latestVersion() + 1;
        QVERIFY(RawSqlite::exec(path, {QStringLiteral("CREATE TABLE future (x)"),
                                       QStringLiteral("PRAGMA user_version = %1").arg(newer)}));
        QString error;
        QVERIFY(!Outbox::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("written by a newer HQ Tower")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("update HQ Tower")));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), newer);
        QCOMPARE(RawSqlite::scalar(path,
                                   QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'outbox'"))
                     .toInt(),
                 0);
    }

    void refusesUnusableFiles()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
        file.close();
        QString error;
        QVERIFY(!Outbox::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not an HQ Tower cache or it is damaged")), qPrintable(error));
        QVERIFY(!Outbox::open(m_dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        QVERIFY(!Outbox::open(QString(), &error));
        QVERIFY(!error.isEmpty());
    }

    void sqlFailuresAreReported()
    {
        QString path;
        auto outbox = openNew(&path);
        QVERIFY(outbox);
        const Decision decision =
            makeDecision(QStringLiteral("d1"), QStringLiteral("m:1"), utc(2024, 1, 1, 8, 0));
        QVERIFY(outbox->add({decision}));
        QVERIFY(
            RawSqlite::exec(path, {QStringLiteral("DROP TABLE outbox"), QStringLiteral("DROP TABLE audit")}));

        QVERIFY(
            !outbox->add({makeDecision(QStringLiteral("d2"), QStringLiteral("m:2"), utc(2024, 1, 1, 8, 1))}));
        QVERIFY2(outbox->lastError().startsWith(QStringLiteral("Could not save the decisions: ")),
                 qPrintable(outbox->lastError()));
        QVERIFY(!outbox->update(decision));
        QVERIFY(!outbox->lastError().isEmpty());
        QVERIFY(!outbox->settle(decision, auditFor(decision)));
        QVERIFY(!outbox->lastError().isEmpty());
        QVERIFY(outbox->pending().isEmpty());
        QVERIFY2(outbox->lastError().contains(QStringLiteral("no such table")),
                 qPrintable(outbox->lastError()));
        QVERIFY(!outbox->decision(decision.id));
        QVERIFY(!outbox->lastError().isEmpty());
        QVERIFY(!outbox->pendingFor(decision.itemId));
        QVERIFY(!outbox->lastError().isEmpty());
        QVERIFY(outbox->recent(5).isEmpty());
        QVERIFY(!outbox->lastError().isEmpty());
        QVERIFY(outbox->bulk(QStringLiteral("B")).isEmpty());
        QVERIFY(!outbox->lastError().isEmpty());
        QVERIFY(outbox->audit(5).isEmpty());
        QVERIFY2(outbox->lastError().startsWith(QStringLiteral("Could not read the audit trail: ")),
                 qPrintable(outbox->lastError()));
    }

    void crashAfterAddKeepsDecision()
    {
        const QString path = newPath();
        {
            auto outbox = Outbox::open(path); // created (and migrated) before the child starts
            QVERIFY(outbox);
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(CrashChildVariable), path);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray output;
        while (!output.contains("added\n") && child.waitForReadyRead(20000))
            output += child.readAllStandardOutput();
        QVERIFY2(output.contains("added\n"), child.readAllStandardError().constData());
        child.kill(); // SIGKILL: no destructor, no close, no flush
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QCOMPARE(RawSqlite::scalar(path, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QString error;
        auto outbox = Outbox::open(path, &error);
        QVERIFY2(outbox, qPrintable(error));
        const QList<Decision> pending = outbox->pending();
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.first(), crashDecision(0));
        // Whatever the child added before it died is complete, and nothing else is there.
        for (int index = 0; index < pending.size(); ++index)
            QCOMPARE(pending.at(index), crashDecision(index));
        qInfo("the child had added %lld decisions when it was killed", qint64(pending.size()));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString crashChildFile = qEnvironmentVariable(CrashChildVariable);
    if (!crashChildFile.isEmpty())
        return runCrashChild(crashChildFile);
    TestOutbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"
