// hqtower entry point and composition root: creates the services and hands them to the UI.
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
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

    MainWindow window;
    window.show();
    return app.exec();
}
