// NotificationPlanner (which new items and SLA breaches deserve a desktop notification, bursts
// summarised) and AppSettings (preferences round trip through QSettings, no secret in them).
#include "notificationplanner.h"
#include "platform/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QueueItem item(const QString &id, const QString &severity, const QDateTime &due = {})
{
    QueueItem result;
    result.id = id;
    result.title = id;
    result.severity = EnumNames::fromName<Severity>(severity).value_or(Severity::Unknown);
    result.reason = QStringLiteral("because");
    result.slaDue = due;
    return result;
}

} // namespace

class TestNotificationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newItemsAtOrAboveTheSeverity()
    {
        NotificationPlanner planner;
        planner.setMinimumSeverity(Severity::High);
        planner.markKnown({item(QStringLiteral("a"), QStringLiteral("critical"))});
        const QList<Notice> notices =
            planner.itemsArrived({item(QStringLiteral("a"), QStringLiteral("critical")),
                                  item(QStringLiteral("b"), QStringLiteral("medium")),
                                  item(QStringLiteral("c"), QStringLiteral("high"))});
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().itemId, QStringLiteral("c"));
        // Seen once, never again.
        QVERIFY(planner.itemsArrived({item(QStringLiteral("c"), QStringLiteral("high"))}).isEmpty());
    }

    void offMeansNothing()
    {
        NotificationPlanner planner;
        planner.setMinimumSeverity(Severity::Unknown);
        QVERIFY(planner.itemsArrived({item(QStringLiteral("x"), QStringLiteral("critical"))}).isEmpty());
    }

    void burstsAreSummarised()
    {
        NotificationPlanner planner;
        planner.setMinimumSeverity(Severity::Low);
        planner.setSummaryThreshold(3);
        QList<QueueItem> many;
        for (int i = 0; i < 40; ++i)
            many.append(item(QStringLiteral("i%1").arg(i), QStringLiteral("high")));
        const QList<Notice> notices = planner.itemsArrived(many);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().itemId.isEmpty());
        QVERIFY2(notices.first().title.contains(QStringLiteral("40")), qPrintable(notices.first().title));
    }

    void slaBreachesBetweenTwoTicks()
    {
        NotificationPlanner planner;
        const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        const QueueSnapshot items =
            makeQueueSnapshot({item(QStringLiteral("due-before"), QStringLiteral("low"), t0),
                               item(QStringLiteral("due-now"), QStringLiteral("low"), t0.addSecs(30)),
                               item(QStringLiteral("due-later"), QStringLiteral("low"), t0.addSecs(90)),
                               item(QStringLiteral("no-sla"), QStringLiteral("low"))});
        const QList<Notice> notices = planner.clockMoved(items, t0, t0.addSecs(30));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().itemId, QStringLiteral("due-now"));
        planner.setSlaBreaches(false);
        QVERIFY(planner.clockMoved(items, t0.addSecs(30), t0.addSecs(120)).isEmpty());
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(AppSettings::load(settings), AppSettings());
        AppSettings chosen;
        chosen.pollSeconds = 120;
        chosen.disabledProfiles = {QStringLiteral("late_pickings")};
        chosen.slaHours = {{ItemKind::Approval, 24.0}};
        chosen.notifyMinimumSeverity = QStringLiteral("critical");
        chosen.notifySlaBreaches = false;
        chosen.language = QStringLiteral("de");
        chosen.save(settings);
        QCOMPARE(AppSettings::load(settings), chosen);
        settings.setValue(QStringLiteral("sync/poll_seconds"), 1); // out of range: clamped
        QCOMPARE(AppSettings::load(settings).pollSeconds, 10);
    }
};

QTEST_GUILESS_MAIN(TestNotificationPlanner)
#include "tst_notificationplanner.moc"
