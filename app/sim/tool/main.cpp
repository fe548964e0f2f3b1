// hqtower-sim: a simulated Odoo 17, 18 or 19 server with a retail demo dataset, for demos,
// tests and benchmarks. It listens on 127.0.0.1 unless told otherwise.
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simbus.h"
#include "sim/simhttpserver.h"
#include "sim/simsessions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hqtower-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HQ_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "hqtower-sim",
        "A simulated Odoo server (17, 18 or 19) with a retail demo dataset.\n"
        "Users: admin/admin, manager1/manager1 (purchase manager), buyer1/buyer1 (purchase user),\n"
        "viewer1/viewer1 (no purchase rights), and one regional manager per region (password = login)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption flavorOption(
        QStringLiteral("flavor"),
        QCoreApplication::translate("hqtower-sim", "Odoo version to simulate: 17, 18 or 19."),
        QStringLiteral("version"), QStringLiteral("17"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QCoreApplication::translate("hqtower-sim", "TCP port (0 picks a free one)."),
        QStringLiteral("port"), QStringLiteral("8069"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QCoreApplication::translate("hqtower-sim", "Address to listen on."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("hqtower-sim", "Database name (default odoo<version>)."),
        QStringLiteral("name"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QCoreApplication::translate("hqtower-sim", "Seed of the demo dataset."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), QCoreApplication::translate("hqtower-sim", "Multiplies the demo documents."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty"),
        QCoreApplication::translate("hqtower-sim", "No demo dataset, only the base users."));
    const QCommandLineOption modulesOption(
        QStringLiteral("modules"),
        QCoreApplication::translate(
            "hqtower-sim", "Optional modules, comma separated: approvals, base_tier_validation, queue_job."),
        QStringLiteral("list"));
    const QCommandLineOption liveOption(
        QStringLiteral("live"),
        QCoreApplication::translate("hqtower-sim", "Keep creating and resolving items in the background."));
    const QCommandLineOption intervalOption(
        QStringLiteral("live-interval"),
        QCoreApplication::translate("hqtower-sim", "Seconds between live changes."),
        QStringLiteral("seconds"), QStringLiteral("4"));
    const QCommandLineOption sessionOption(
        QStringLiteral("session-timeout"),
        QCoreApplication::translate("hqtower-sim", "Seconds of inactivity before a web session expires."),
        QStringLiteral("seconds"));
    const QCommandLineOption conflictOption(
        QStringLiteral("conflict-share"),
        QCoreApplication::translate("hqtower-sim",
                                    "Share (0..1) of decisions another user makes first, from the browser."),
        QStringLiteral("share"));
    const QCommandLineOption expireOption(
        QStringLiteral("expire-sessions-every"),
        QCoreApplication::translate("hqtower-sim", "End every web session each N seconds."),
        QStringLiteral("seconds"));
    const QCommandLineOption dropSocketsOption(
        QStringLiteral("drop-websockets-every"),
        QCoreApplication::translate("hqtower-sim", "Drop every bus websocket each N seconds."),
        QStringLiteral("seconds"));
    const QCommandLineOption keysOption(
        QStringLiteral("print-api-keys"),
        QCoreApplication::translate("hqtower-sim", "Print each user's API key and exit."));
    parser.addOptions({flavorOption, portOption, bindOption, dbOption, seedOption, scaleOption, emptyOption,
                       modulesOption, liveOption, intervalOption, sessionOption, conflictOption, expireOption,
                       dropSocketsOption, keysOption});
    parser.addOptions(SimFaults::commandLineOptions());
    parser.process(app);

    SimulatorOptions options;
    bool ok = false;
    options.flavor = parser.value(flavorOption).toInt(&ok);
    if (!ok || options.flavor < 17 || options.flavor > 19) {
        err << QCoreApplication::translate("hqtower-sim", "hqtower-sim: --flavor must be 17, 18 or 19.")
            << Qt::endl;
        return 2;
    }
    options.database = parser.value(dbOption);
    options.seed = parser.value(seedOption).toUInt(&ok);
    const double scale = parser.value(scaleOption).toDouble(&ok);
    if (!ok || scale <= 0) {
        err << QCoreApplication::translate("hqtower-sim", "hqtower-sim: --scale must be a positive number.")
            << Qt::endl;
        return 2;
    }
    options.scale = scale;
    options.populate = !parser.isSet(emptyOption);
    if (parser.isSet(modulesOption))
        options.optionalModules = parser.value(modulesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const quint16 port = quint16(parser.value(portOption).toUInt(&ok));
    if (!ok) {
        err << QCoreApplication::translate("hqtower-sim", "hqtower-sim: --port must be a number.")
            << Qt::endl;
        return 2;
    }

    OdooSimulator simulator(options);
    if (parser.isSet(keysOption)) {
        simulator.populate(); // the regional managers come with the dataset
        const auto keys = simulator.backend()->apiKeys();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            if (it.key() != QLatin1String("__system__"))
                out << it.key() << QLatin1Char(' ') << it.value() << Qt::endl;
        }
        return 0;
    }
    QString faultError;
    if (!simulator.server()->faults().applyCommandLine(parser, &faultError)) {
        err << QStringLiteral("hqtower-sim: ") << faultError << Qt::endl;
        return 2;
    }
    if (parser.isSet(sessionOption))
        simulator.server()->sessions().setIdleTimeout(
            std::chrono::seconds(parser.value(sessionOption).toInt()));
    QString error;
    if (!simulator.start(QHostAddress(parser.value(bindOption)), port, &error)) {
        err << QCoreApplication::translate("hqtower-sim", "hqtower-sim: cannot listen on %1:%2: %3")
                   .arg(parser.value(bindOption), parser.value(portOption), error)
            << Qt::endl;
        return 4;
    }
    if (parser.isSet(conflictOption))
        simulator.backend()->setConflictShare(parser.value(conflictOption).toDouble(), options.seed);
    QTimer expireTimer;
    if (parser.isSet(expireOption)) {
        QObject::connect(&expireTimer, &QTimer::timeout, &simulator,
                         [&simulator] { simulator.server()->sessions().expireAll(); });
        expireTimer.start(std::chrono::milliseconds(qRound64(parser.value(expireOption).toDouble() * 1000)));
    }
    QTimer dropTimer;
    if (parser.isSet(dropSocketsOption)) {
        QObject::connect(&dropTimer, &QTimer::timeout, &simulator,
                         [&simulator] { simulator.server()->bus().dropAllConnections(); });
        dropTimer.start(
            std::chrono::milliseconds(qRound64(parser.value(dropSocketsOption).toDouble() * 1000)));
    }
    if (parser.isSet(liveOption))
        simulator.setLive(
            true, std::chrono::milliseconds(qRound64(parser.value(intervalOption).toDouble() * 1000)));
    const SimDatasetSummary summary = simulator.summary();
    out << QCoreApplication::translate("hqtower-sim", "Odoo %1 simulator, database %2, on %3")
               .arg(options.flavor)
               .arg(simulator.options().database, simulator.url().toString())
        << Qt::endl
        << QCoreApplication::translate("hqtower-sim", "%1 records (%2 stores, %3 pending approvals, %4 open "
                                                      "exceptions, %5 integration failures) built in %6 ms")
               .arg(summary.totalRecords)
               .arg(summary.stores)
               .arg(summary.pendingApprovals)
               .arg(summary.openExceptions)
               .arg(summary.integrationFailures)
               .arg(simulator.populateMilliseconds())
        << Qt::endl;
    return app.exec();
}
