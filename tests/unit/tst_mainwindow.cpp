// MainWindow before any connection: says it is not connected, in the window and the status bar;
// File > Switch connection lists the saved connections and asks for the one chosen.
#include "mainwindow.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
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

    void switchesBetweenSavedConnections()
    {
        MainWindow window;
        QMenu *switchMenu = nullptr;
        QAction *forget = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            if (menu->title() == QStringLiteral("S&witch connection"))
                switchMenu = menu;
            for (QAction *action : menu->actions()) {
                if (action->text().startsWith(QStringLiteral("&Forget")))
                    forget = action;
            }
        }
        QVERIFY(switchMenu);
        QVERIFY(forget);
        // Nothing saved yet: said, and nothing to forget.
        QCOMPARE(switchMenu->actions().size(), 1);
        QVERIFY(!switchMenu->actions().first()->isEnabled());
        QVERIFY(!forget->isEnabled());

        QSignalSpy switched(&window, &MainWindow::switchConnectionRequested);
        QSignalSpy forgotten(&window, &MainWindow::forgetConnectionRequested);
        window.setSavedConnections({QStringLiteral("Shop HQ"), QStringLiteral("Staging")},
                                   QStringLiteral("Shop HQ"));
        const QList<QAction *> actions = switchMenu->actions();
        QCOMPARE(actions.size(), 2);
        QVERIFY(actions.at(0)->isChecked());
        QVERIFY(!actions.at(1)->isChecked());
        actions.at(0)->trigger(); // already current: nothing to do
        QCOMPARE(switched.size(), 0);
        actions.at(1)->trigger();
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.first().first().toString(), QStringLiteral("Staging"));
        QVERIFY(forget->isEnabled());
        forget->trigger();
        QCOMPARE(forgotten.size(), 1);
        QCOMPARE(forgotten.first().first().toString(), QStringLiteral("Shop HQ"));

        // The demo (no saved connection current): every saved one can be switched to.
        window.setSavedConnections({QStringLiteral("Shop HQ")}, QString());
        QVERIFY(!switchMenu->actions().first()->isChecked());
        QVERIFY(!forget->isEnabled());
        switchMenu->actions().first()->trigger();
        QCOMPARE(switched.size(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
