// hqtower entry point and composition root: creates the services and hands them to the UI.
#include "appcontroller.h"
#include "mainwindow.h"
#include "platform/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HQ Tower"));
    QApplication::setApplicationVersion(QStringLiteral(HQ_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("HQ Tower"));
    QApplication::setDesktopFileName(QStringLiteral("org.hqtower.HQTower"));

    QSettings settings;
    // The language chosen in Settings, else the system's.
    const QString language = AppSettings::load(settings).language;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("hqtower"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "HQ Tower: pending approvals, store exceptions and integration failures from Odoo."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the demo on the built-in Odoo simulator."));
    const QCommandLineOption flavorOption(QStringLiteral("demo-version"),
                                          QApplication::translate("main",
                                                                  "Odoo version the demo simulates: 17, "
                                                                  "18 or 19 (default 18)."),
                                          QStringLiteral("version"), QStringLiteral("18"));
    const QCommandLineOption autoDemoOption(
        QStringLiteral("auto-demo"),
        QApplication::translate("main", "Start the demo when no Odoo server is configured yet."));
    const QCommandLineOption selfCheckOption(
        QStringLiteral("self-check"),
        QApplication::translate("main",
                                "Wait for the first sync (at most N seconds), print what the queue, map "
                                "and charts show as JSON, and exit (0 when all show data)."),
        QStringLiteral("seconds"));
    parser.addOptions({demoOption, autoDemoOption, flavorOption, selfCheckOption});
    parser.process(app);
    const int flavor = parser.value(flavorOption).toInt();

    MainWindow window;
    AppController controller(&window, &settings);
    window.show();
    if (parser.isSet(selfCheckOption)) {
        const int seconds = qMax(1, parser.value(selfCheckOption).toInt());
        const auto report = [&controller] {
            const QJsonObject summary = controller.selfCheck();
            QTextStream(stdout) << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
            QApplication::exit(summary.value(QLatin1String("ok")).toBool() ? 0 : 1);
        };
        // The charts and the map are filled a moment after the first sync (off the GUI thread).
        QObject::connect(&controller, &AppController::firstSyncFinished, &app,
                         [report] { QTimer::singleShot(std::chrono::seconds(2), report); });
        QTimer::singleShot(std::chrono::seconds(seconds), &app, report);
    }
    QTimer::singleShot(0, &controller, [&] {
        const bool demo =
            parser.isSet(demoOption) || (parser.isSet(autoDemoOption) && !controller.hasSavedConnection());
        controller.start(demo, flavor >= 17 && flavor <= 19 ? flavor : 18);
    });
    return app.exec();
}
