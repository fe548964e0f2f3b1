// The desktop app end to end on the demo (the built-in simulator, in process): the first sync
// fills the queue, keyboard triage (J/K, A approve, R reject with a required reason, X + bulk
// approve) reaches Odoo, and the status bar says what is happening.
#include "appcontroller.h"
#include "chartspanel.h"
#include "demo/demoserver.h"
#include "domain/decision.h"
#include "itemdetailpanel.h"
#include "mainwindow.h"
#include "queuefiltermodel.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "reasondialog.h"
#include "session/appsession.h"
#include "sim/odoosimulator.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"
#include "storemappanel.h"
#include "storemapview.h"

#include <QApplication>
#include <QChart>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

class TestDesktopApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;

    QTableView *view() const { return m_controller->queuePanel()->view(); }

    // Puts the first visible approval of the purchase source (below the confirmation amount) current.
    QString focusFirstPurchase()
    {
        QAbstractItemModel *proxy = view()->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, QueueModel::TitleColumn);
            const QString id = index.data(QueueModel::ItemIdRole).toString();
            const QueueItem item = index.data(QueueModel::ItemRole).value<QueueItem>();
            if (id.startsWith(QLatin1String("purchase.order:")) && item.amount < 5000 &&
                !index.data(QueueModel::DecisionStatusRole).isValid()) {
                view()->setFocus();
                view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
                return id;
            }
        }
        return {};
    }

    Decision::Status waitForOutcome(const QString &itemId)
    {
        Decision::Status outcome = Decision::Status::Pending;
        const bool settled = QTest::qWaitFor(
            [&] {
                for (const Decision &decision : m_controller->session()->recentDecisions(50)) {
                    if (decision.itemId == itemId && decision.isSettled()) {
                        outcome = decision.status;
                        return true;
                    }
                }
                return false;
            },
            30000);
        if (!settled)
            qWarning("no outcome for %s in time", qPrintable(itemId));
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<AppController>(m_window.get(), m_settings.get());
        m_window->show();
        QSignalSpy synced(m_controller.get(), &AppController::firstSyncFinished);
        m_controller->startDemo(18);
        QVERIFY(synced.wait(120000));
    }

    // Settings asks Odoo for the live-updates status; the user closes the dialog before Odoo
    // answers. The answer must go nowhere (it used to reach the destroyed dialog).
    void closingSettingsBeforeOdooAnswersIsSafe()
    {
        SimFaults &faults = m_controller->demo()->simulator()->server()->faults();
        faults.setLatency(std::chrono::milliseconds(700));
        QPointer<QDialog> closed;
        bool found = false;
        QTimer::singleShot(150, this, [&closed, &found] {
            closed = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            found = closed != nullptr;
            if (closed)
                closed->reject();
        });
        Q_EMIT m_window->settingsRequested(); // returns when the dialog is closed
        QVERIFY(found);                       // it was open…
        QVERIFY(closed.isNull());             // …and it is gone
        QTest::qWait(2000);                   // Odoo's answer arrives now
        faults.setLatency(std::chrono::milliseconds(0));
        QVERIFY(m_controller->session());
        QVERIFY(m_controller->queueModel()->rowCount() > 0);
        // A poll that ran into the latency ends before the next test reads the status bar (slow
        // under ASan).
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session()->syncStatus().state == SyncStatus::State::UpToDate,
                                 60000);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
    }

    void queueShowsTheDemo()
    {
        QVERIFY(m_controller->queueModel()->rowCount() > 500);
        QVERIFY(view()->model()->rowCount() > 500);
        QStringList texts;
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            texts << label->text();
        const QString status = texts.join(QLatin1Char('|'));
        QVERIFY2(status.contains(QStringLiteral("Up to date")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Live updates on")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Demo")), qPrintable(status));
    }

    void mapAndChartsShowData()
    {
        // The map knows every store (placed or listed beside it) and the charts have figures.
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->chartsPanel()->chart(0)->series().isEmpty(), 10000);
        QVERIFY(m_controller->chartsPanel()->emptyText(0).isEmpty());
        QVERIFY(m_controller->chartsPanel()->emptyText(4).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->mapPanel()->mapView()->markers().size() > 0, 10000);
        // Looking at it: HQ_SCREENSHOT_DIR=/tmp ./tst_desktopapp mapAndChartsShowData
        const QString folder = qEnvironmentVariable("HQ_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            auto *tabs = m_window->findChild<QTabWidget *>();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(300);
                m_window->grab().save(QStringLiteral("%1/hqtower-tab%2.png").arg(folder).arg(tab));
            }
            tabs->setCurrentIndex(0);
        }
    }

    void clickingAStoreOnTheMapFiltersTheQueue()
    {
        StoreMapView *map = m_controller->mapPanel()->mapView();
        QVERIFY(!map->markers().isEmpty());
        int storeId = -1;
        QString name;
        QSignalSpy clicked(map, &StoreMapView::storeClicked);
        // The panel forwards the map's clicks; emit one as a click on a marker would.
        // A placed store that has items in the queue (a round may still be linking some).
        QSet<int> withItems;
        const QueueModel *queue = m_controller->queueModel();
        for (int row = 0; row < queue->rowCount(); ++row)
            withItems.insert(queue->index(row, 0).data(QueueModel::StoreIdRole).toInt());
        const QList<StoreInfo> stores = queue->stores();
        for (const StoreInfo &store : stores) {
            if (store.hasCoordinates && withItems.contains(store.id)) {
                storeId = store.id;
                name = store.name;
                break;
            }
        }
        QVERIFY(storeId > 0);
        Q_EMIT map->storeClicked(storeId, name);
        QAbstractItemModel *proxy = view()->model();
        QVERIFY(proxy->rowCount() > 0);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(QueueModel::StoreIdRole).toInt(), storeId);
        m_controller->queuePanel()->setStoreFilter(-1, QString());
        QVERIFY(proxy->rowCount() > 500);
    }

    void detailShowsLinesAndHistoryFromOdoo()
    {
        const QString id = focusFirstPurchase();
        QVERIFY(!id.isEmpty());
        auto *body = m_window->findChild<ItemDetailPanel *>()->findChild<QTextBrowser *>();
        QVERIFY(body);
        QTRY_VERIFY_WITH_TIMEOUT(body->toPlainText().contains(QStringLiteral("History")), 10000);
        const QString text = body->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Lines")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Open in Odoo")));
        QVERIFY(text.contains(QStringLiteral("Why it is here")));
        // Fields under the labels the user knows from Odoo, not their technical names.
        QVERIFY2(text.contains(QStringLiteral("Vendor")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("partner_id")), qPrintable(text));
        // Odoo's UTC datetimes are shown in local time like the other dates, never raw.
        static const QRegularExpression rawDateTime(
            QStringLiteral("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        QVERIFY2(!rawDateTime.match(text).hasMatch(), qPrintable(text));
        // Looking at it: HQ_SCREENSHOT_DIR=/tmp ./tst_desktopapp detailShowsLinesAndHistoryFromOdoo
        const QString folder = qEnvironmentVariable("HQ_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            m_window->grab().save(QStringLiteral("%1/hqtower-detail.png").arg(folder));
    }

    void jAndKMove()
    {
        QVERIFY(!focusFirstPurchase().isEmpty());
        const int start = view()->currentIndex().row();
        QTest::keyClick(view(), Qt::Key_J);
        QCOMPARE(view()->currentIndex().row(), start + 1);
        QTest::keyClick(view(), Qt::Key_K);
        QCOMPARE(view()->currentIndex().row(), start);
    }

    void approveWithA()
    {
        const QString id = focusFirstPurchase();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(view(), Qt::Key_A);
        QCOMPARE(waitForOutcome(id), Decision::Status::Applied);
    }

    void rejectNeedsAReason()
    {
        const QString id = focusFirstPurchase();
        QVERIFY(!id.isEmpty());
        bool sawDisabledOk = false;
        QTimer::singleShot(300, this, [&] {
            auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            sawDisabledOk = !ok->isEnabled();
            dialog->findChild<QPlainTextEdit *>()->setPlainText(
                QStringLiteral("Prices above the framework contract"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QTest::keyClick(view(), Qt::Key_R);
        QVERIFY(sawDisabledOk);
        QCOMPARE(waitForOutcome(id), Decision::Status::Applied);
        bool found = false;
        for (const Decision &decision : m_controller->session()->recentDecisions(50)) {
            if (decision.itemId == id) {
                QCOMPARE(decision.action, Decision::Action::Reject);
                QCOMPARE(decision.reason, QStringLiteral("Prices above the framework contract"));
                found = true;
                break;
            }
        }
        QVERIFY(found);
    }

    void cancellingTheReasonSendsNothing()
    {
        const QString id = focusFirstPurchase();
        QVERIFY(!id.isEmpty());
        const int before = int(m_controller->session()->recentDecisions(1000).size());
        QTimer::singleShot(300, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                static_cast<QDialog *>(dialog)->reject();
        });
        QTest::keyClick(view(), Qt::Key_R);
        QCOMPARE(int(m_controller->session()->recentDecisions(1000).size()), before);
    }

    void bulkApproveReportsPerItem()
    {
        // Only purchase orders (their names start with P0), so J walks from one to the next.
        auto *filter = qobject_cast<QueueFilterModel *>(view()->model());
        QVERIFY(filter);
        filter->setKinds({ItemKind::Approval});
        filter->setSearchText(QStringLiteral("P0"));
        const auto restore = qScopeGuard([filter] {
            filter->setSearchText(QString());
            filter->setKinds({});
        });
        const QString first = focusFirstPurchase();
        QVERIFY(!first.isEmpty());
        QStringList chosen;
        // X selects, J moves on while keeping the bulk selection.
        for (int i = 0; i < 3; ++i) {
            const QModelIndex current = view()->currentIndex();
            if (current.data(QueueModel::ItemIdRole)
                    .toString()
                    .startsWith(QLatin1String("purchase.order:")) &&
                !current.data(QueueModel::DecisionStatusRole).isValid()) {
                QTest::keyClick(view(), Qt::Key_X);
                chosen.append(current.data(QueueModel::ItemIdRole).toString());
            }
            QTest::keyClick(view(), Qt::Key_J);
        }
        QVERIFY2(chosen.size() >= 2, qPrintable(QStringLiteral("%1 rows, chosen %2")
                                                    .arg(filter->rowCount())
                                                    .arg(chosen.join(QLatin1Char(',')))));
        QCOMPARE(m_controller->queuePanel()->targetIds().size(), chosen.size());
        m_controller->queuePanel()->decisionRequested(m_controller->queuePanel()->targetIds(),
                                                      Decision::Action::Approve);
        for (const QString &id : std::as_const(chosen)) {
            const Decision::Status outcome = waitForOutcome(id);
            QVERIFY2(outcome == Decision::Status::Applied || outcome == Decision::Status::Conflict,
                     qPrintable(id));
        }
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
