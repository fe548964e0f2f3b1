// MainWindow before any connection: says it is not connected, in the window and the status bar.
#include "mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysNotConnected()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList texts;
        for (const QLabel *label : window.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("Not connected to an Odoo server")),
                 qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Not connected")));
        QCOMPARE(window.windowTitle(), QStringLiteral("HQ Tower"));
        QVERIFY(!window.windowIcon().isNull());
    }

    void quitHasAShortcut()
    {
        MainWindow window;
        bool found = false;
        for (const QAction *action : window.menuBar()->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Quit))
                found = true;
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
