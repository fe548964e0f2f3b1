// Sync benchmark against a separate hqtower-sim process on loopback: first sync of every enabled
// profile (items/s, wall time, client peak RSS), an idle poll, a poll after 1,000 changes, and
// the time from a write to the item changing in the cache with push on. Prints figures only.
//   hqtower-bench-sync [--scale 100] [--flavor 17]
#include "benchsupport.h"
#include "odoo/buslistener.h"
#include "odoo/odooconnection.h"
#include "storage/cache.h"
#include "sync/capabilitydetector.h"
#include "sync/sourcecatalog.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

template<typename Predicate>
bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

struct Round
{
    qint64 ms = 0;
    int fetched = 0;
    int requests = 0;
    int changed = 0;
    int errors = 0;
};

Round syncRound(SyncEngine &engine)
{
    bool finished = false;
    QObject::connect(
        &engine, &SyncEngine::roundFinished, &engine, [&finished] { finished = true; },
        Qt::SingleShotConnection);
    QElapsedTimer timer;
    timer.start();
    engine.syncOnce();
    waitFor([&] { return finished; }, 600000);
    Round round;
    round.ms = timer.elapsed();
    for (const SyncLogEntry &entry : engine.lastResults()) {
        round.fetched += entry.fetched;
        round.requests += entry.requests;
        round.changed += entry.changed;
        round.errors += entry.error.isEmpty() ? 0 : 1;
    }
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchSupport::Options bench = BenchSupport::parseOptions(app);
    QTextStream out(stdout);

    QProcess simulator;
    simulator.start(QStringLiteral(HQ_SIM_PATH),
                    {QStringLiteral("--flavor"), QString::number(bench.flavor), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--scale"), QString::number(bench.scale)});
    QByteArray banner;
    QRegularExpressionMatch match;
    const QRegularExpression urlPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    if (!waitFor(
            [&] {
                banner += simulator.readAllStandardOutput();
                match = urlPattern.match(QString::fromUtf8(banner));
                return match.hasMatch() && banner.contains("records");
            },
            120000)) {
        out << "the simulator did not start" << Qt::endl;
        return 1;
    }
    out << "simulator: "
        << QString::fromUtf8(banner).trimmed().replace(QLatin1Char('\n'), QStringLiteral("; ")) << Qt::endl;

    ConnectionSettings settings;
    settings.serverUrl = QUrl(match.captured(1));
    settings.database = QStringLiteral("odoo") + QString::number(bench.flavor);
    settings.login = QStringLiteral("admin");
    settings.wantLivePush = true;
    OdooConnection connection(settings, QStringLiteral("admin"));
    connection.open();
    waitFor(
        [&] {
            return connection.state() == OdooConnection::State::Connected ||
                   connection.state() == OdooConnection::State::Failed;
        },
        30000);
    SourceCatalog catalog;
    catalog.loadBuiltIn();
    CapabilityDetector detector(&connection, catalog.profiles());
    detector.start();
    waitFor([&] { return detector.isFinished(); }, 60000);
    const QList<SourceProfile> profiles = detector.enabledProfiles();

    QTemporaryDir dir;
    auto cache = Cache::open(dir.filePath(QStringLiteral("bench.sqlite")));
    SyncEngine engine(&connection, cache.get(), profiles, SyncEngine::Options());
    const qint64 rssBefore = BenchSupport::memoryKilobytes("VmHWM");
    const Round first = syncRound(engine);
    out << QStringLiteral("first sync: %1 profiles, %2 items in %3 ms (%4 items/s), %5 requests, %6 errors, "
                          "client peak RSS %7 MiB (+%8 MiB)")
               .arg(profiles.size())
               .arg(cache->itemCount())
               .arg(first.ms)
               .arg(first.ms > 0 ? cache->itemCount() * 1000 / first.ms : 0)
               .arg(first.requests)
               .arg(first.errors)
               .arg(BenchSupport::memoryKilobytes("VmHWM") / 1024.0, 0, 'f', 1)
               .arg((BenchSupport::memoryKilobytes("VmHWM") - rssBefore) / 1024.0, 0, 'f', 1)
        << Qt::endl;

    waitFor([] { return false; }, 1200); // leave the cursor's second behind
    syncRound(engine);                   // the first incremental poll re-checks the overlap once
    const Round idle = syncRound(engine);
    out << QStringLiteral("idle poll: %1 requests for %2 profiles, %3 records fetched, %4 ms")
               .arg(idle.requests)
               .arg(profiles.size())
               .arg(idle.fetched)
               .arg(idle.ms)
        << Qt::endl;

    // 1,000 changes: write the origin of 1,000 orders waiting for approval.
    OdooCall *search =
        connection.call(QStringLiteral("purchase.order"), QStringLiteral("search"),
                        QJsonArray{QJsonArray{QJsonArray{QStringLiteral("state"), QStringLiteral("="),
                                                         QStringLiteral("to approve")}}},
                        {{QStringLiteral("limit"), 1000}});
    QJsonArray ids;
    QObject::connect(search, &OdooCall::succeeded, &app,
                     [&ids](const QJsonValue &result) { ids = result.toArray(); });
    waitFor([&] { return !ids.isEmpty(); }, 60000);
    bool written = false;
    OdooCall *write =
        connection.call(QStringLiteral("purchase.order"), QStringLiteral("write"),
                        QJsonArray{ids, QJsonObject{{QStringLiteral("origin"), QStringLiteral("bench")}}});
    QObject::connect(write, &OdooCall::finished, &app, [&written] { written = true; });
    waitFor([&] { return written; }, 60000);
    const Round afterChanges = syncRound(engine);
    out << QStringLiteral("poll after %1 changes: %2 requests, %3 records fetched, %4 items updated, %5 ms")
               .arg(ids.size())
               .arg(afterChanges.requests)
               .arg(afterChanges.fetched)
               .arg(afterChanges.changed)
               .arg(afterChanges.ms)
        << Qt::endl;

    // Push: a write reaches the cache through the bus hint, polling being far away.
    BusListener bus(&connection);
    QObject::connect(&bus, &BusListener::recordsChanged, &engine, &SyncEngine::onRecordsChanged);
    bus.start();
    waitFor([&] { return bus.state() == BusListener::State::Listening; }, 10000);
    waitFor([] { return false; }, 1200);
    const int target = ids.first().toInt();
    const QString itemId = QStringLiteral("purchase.order:%1").arg(target);
    bool arrived = false;
    QObject::connect(&engine, &SyncEngine::itemsChanged, &app,
                     [&](const QList<QueueItem> &changed, const QStringList &) {
                         for (const QueueItem &item : changed)
                             arrived = arrived || item.id == itemId;
                     });
    QElapsedTimer push;
    push.start();
    connection.call(
        QStringLiteral("purchase.order"), QStringLiteral("write"),
        QJsonArray{QJsonArray{target}, QJsonObject{{QStringLiteral("origin"), QStringLiteral("push")}}});
    const bool pushed = waitFor([&] { return arrived; }, 30000);
    out << QStringLiteral("push to cache: %1")
               .arg(pushed ? QStringLiteral("%1 ms (the simulator delays bus frames 700 ms, like real Odoo)")
                                 .arg(push.elapsed())
                           : QStringLiteral("not within 30 s"))
        << Qt::endl;
    simulator.kill();
    simulator.waitForFinished();
    return 0;
}
