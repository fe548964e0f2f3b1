// Simulator benchmark: start time and memory of the demo dataset at a given scale, and the cost
// of the reads HQ Tower makes, served over loopback. Prints figures; asserts nothing.
//   hqtower-bench-sim [--scale 100] [--flavor 17]
#include "benchsupport.h"
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

namespace {

// Runs one call on the connection and returns its wall time in ms (-1 on failure).
qint64 timedCall(OdooConnection &connection, const QString &model, const QString &method,
                 const QJsonArray &args, const QJsonObject &kwargs, int *rows)
{
    QElapsedTimer timer;
    timer.start();
    OdooCall *call = connection.call(model, method, args, kwargs);
    bool done = false;
    bool ok = false;
    QObject::connect(call, &OdooCall::finished, call, [&] {
        done = true;
        ok = !call->error().isError();
        if (rows)
            *rows = call->result().isArray() ? int(call->result().toArray().size()) : call->result().toInt();
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ok ? timer.elapsed() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchSupport::Options bench = BenchSupport::parseOptions(app);
    QTextStream out(stdout);

    const qint64 rssBefore = BenchSupport::memoryKilobytes("VmRSS");
    SimulatorOptions options;
    options.flavor = bench.flavor;
    options.scale = bench.scale;
    options.optionalModules = {QStringLiteral("approvals"), QStringLiteral("base_tier_validation"),
                               QStringLiteral("queue_job")};
    QElapsedTimer startTimer;
    startTimer.start();
    OdooSimulator simulator(options);
    QString error;
    if (!simulator.start(QHostAddress::LocalHost, 0, &error)) {
        out << "cannot start: " << error << Qt::endl;
        return 1;
    }
    const qint64 startMs = startTimer.elapsed();
    const qint64 rssAfter = BenchSupport::memoryKilobytes("VmRSS");
    const SimDatasetSummary summary = simulator.summary();
    out << QStringLiteral("simulator flavor %1 scale %2: %3 records, start %4 ms (dataset %5 ms), memory +%6 "
                          "MiB (RSS %7 MiB)")
               .arg(options.flavor)
               .arg(options.scale)
               .arg(summary.totalRecords)
               .arg(startMs)
               .arg(simulator.populateMilliseconds())
               .arg((rssAfter - rssBefore) / 1024.0, 0, 'f', 1)
               .arg(rssAfter / 1024.0, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  pending approvals %1, open exceptions %2, integration failures %3, history %4")
               .arg(summary.pendingApprovals)
               .arg(summary.openExceptions)
               .arg(summary.integrationFailures)
               .arg(summary.history)
        << Qt::endl;

    ConnectionSettings settings;
    settings.serverUrl = simulator.url();
    settings.database = simulator.options().database;
    settings.login = QStringLiteral("admin");
    OdooConnection connection(settings, QStringLiteral("admin"));
    bool opened = false;
    QObject::connect(&connection, &OdooConnection::stateChanged, &app, [&](OdooConnection::State state) {
        opened = state == OdooConnection::State::Connected || state == OdooConnection::State::Failed;
    });
    connection.open();
    while (!opened)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (connection.state() != OdooConnection::State::Connected) {
        out << "cannot connect: " << connection.lastError().userMessage() << Qt::endl;
        return 1;
    }
    const QJsonArray late{QJsonArray{QJsonArray{
        QStringLiteral("state"), QStringLiteral("in"),
        QJsonArray{QStringLiteral("assigned"), QStringLiteral("confirmed"), QStringLiteral("waiting")}}}};
    int rows = 0;
    const qint64 countMs = timedCall(connection, QStringLiteral("stock.picking"),
                                     QStringLiteral("search_count"), late, {}, &rows);
    out << QStringLiteral("  search_count open pickings: %1 in %2 ms").arg(rows).arg(countMs) << Qt::endl;
    const QJsonObject page{
        {QStringLiteral("fields"),
         QJsonArray{QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("scheduled_date"),
                    QStringLiteral("partner_id"), QStringLiteral("write_date")}},
        {QStringLiteral("limit"), 500},
        {QStringLiteral("order"), QStringLiteral("write_date asc, id asc")}};
    const qint64 pageMs = timedCall(connection, QStringLiteral("stock.picking"),
                                    QStringLiteral("search_read"), late, page, &rows);
    out << QStringLiteral(
               "  search_read one page of 500 pickings ordered by (write_date, id): %1 rows in %2 ms")
               .arg(rows)
               .arg(pageMs)
        << Qt::endl;
    const qint64 idsMs =
        timedCall(connection, QStringLiteral("stock.picking"), QStringLiteral("search"), late, {}, &rows);
    out << QStringLiteral("  search all open picking ids (reconciliation): %1 ids in %2 ms")
               .arg(rows)
               .arg(idsMs)
        << Qt::endl;
    return 0;
}
