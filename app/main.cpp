// hqtower entry point and composition root: creates the services and hands them to the UI.
#include "appcontroller.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HQ Tower"));
    QApplication::setApplicationVersion(QStringLiteral(HQ_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("HQ Tower"));
    QApplication::setDesktopFileName(QStringLiteral("org.hqtower.HQTower"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("hqtower"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
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
    parser.addOptions({demoOption, autoDemoOption, flavorOption});
    parser.process(app);
    const int flavor = parser.value(flavorOption).toInt();

    QSettings settings;
    MainWindow window;
    AppController controller(&window, &settings);
    window.show();
    QTimer::singleShot(0, &controller, [&] {
        const bool demo =
            parser.isSet(demoOption) || (parser.isSet(autoDemoOption) && !controller.hasSavedConnection());
        controller.start(demo, flavor >= 17 && flavor <= 19 ? flavor : 18);
    });
    return app.exec();
}
