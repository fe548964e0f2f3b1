// ChartsPanel: a hand-made AggregationResult becomes the right series values, an empty result
// shows empty states, clicks on bars become regionClicked/kindClicked/storeClicked, the 30/90-day
// switch emits daysChanged; and a realistic result renders (set HQ_SCREENSHOT_DIR to keep a PNG).
#include "chartspanel.h"
#include "queueaggregations.h"

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QJsonObject>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QtTest>

namespace {

const QDateTime Now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);

template<typename Series>
Series *seriesOf(ChartsPanel &panel, int chart)
{
    for (QAbstractSeries *series : panel.chart(chart)->series()) {
        if (auto *typed = qobject_cast<Series *>(series))
            return typed;
    }
    return nullptr;
}

QBarSet *setNamed(QAbstractBarSeries *series, const QString &key)
{
    for (QBarSet *set : series->barSets()) {
        if (set->objectName() == key)
            return set;
    }
    return nullptr;
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QStringList barCategories(QAbstractSeries *series, Qt::Orientation orientation)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
            categories && axis->orientation() == orientation)
            return categories->categories();
    }
    return {};
}

RegionKindCounts region(const QString &name, int approvals, int exceptions, int failures)
{
    RegionKindCounts counts;
    counts.region = name;
    counts.byKind = {{ItemKind::Approval, approvals},
                     {ItemKind::Exception, exceptions},
                     {ItemKind::IntegrationFailure, failures}};
    counts.total = approvals + exceptions + failures;
    return counts;
}

QList<DailyApprovals> approvalDays(int days)
{
    QList<DailyApprovals> list;
    for (int i = 0; i < days; ++i) {
        DailyApprovals day;
        day.day = Now.date().addDays(i - days + 1);
        list.append(day);
    }
    return list;
}

QList<DailyFailures> failureDays(int days)
{
    QList<DailyFailures> list;
    for (int i = 0; i < days; ++i) {
        DailyFailures day;
        day.day = Now.date().addDays(i - days + 1);
        list.append(day);
    }
    return list;
}

// A small result with every chart filled, values easy to check.
AggregationResult handMadeResult()
{
    AggregationResult result;
    result.now = Now;
    result.openByRegion = {region(QStringLiteral("Antwerpen"), 3, 5, 0),
                           region(QStringLiteral("Brussels"), 1, 2, 0), region(QString(), 4, 0, 6)};

    result.aging.counts = {2, 3, 4, 5, 7};
    result.aging.byKind.insert(ItemKind::Approval, {1, 2, 1, 3, 1});
    result.aging.byKind.insert(ItemKind::Exception, {1, 1, 3, 2, 0});
    result.aging.byKind.insert(ItemKind::IntegrationFailure, {0, 0, 0, 0, 6});

    result.approvalsPerDay = approvalDays(30);
    result.approvalsPerDay[28].approved = 4;
    result.approvalsPerDay[28].rejected = 1;
    result.approvalsPerDay[28].cycleCount = 5;
    result.approvalsPerDay[28].medianCycleSeconds = 7200;
    result.approvalsPerDay[29].approved = 2;

    result.failuresPerDay = failureDays(30);
    result.failuresPerDay[27].byProfile = {{QStringLiteral("mail_delivery_failed"), 2},
                                           {QStringLiteral("queue_jobs_failed"), 1}};
    result.failuresPerDay[27].total = 3;
    result.failuresPerDay[29].byProfile = {{QStringLiteral("queue_jobs_failed"), 3}};
    result.failuresPerDay[29].total = 3;

    result.topStores = {{7, QStringLiteral("Gent Korenmarkt"), 9},
                        {3, QStringLiteral("Antwerpen Meir"), 4},
                        {12, QStringLiteral("Liège Centre"), 2}};
    return result;
}

// 60 stores in five regions, some hundreds of open items and three months of decisions, made
// into a result by the real aggregation.
AggregationResult realisticResult(int days)
{
    const QList<std::pair<QString, QStringList>> regions{
        {QStringLiteral("Antwerpen"),
         {QStringLiteral("Antwerpen Meir"), QStringLiteral("Antwerpen Zuid"), QStringLiteral("Mechelen"),
          QStringLiteral("Turnhout"), QStringLiteral("Lier"), QStringLiteral("Mol"), QStringLiteral("Geel"),
          QStringLiteral("Boom"), QStringLiteral("Herentals"), QStringLiteral("Kontich"),
          QStringLiteral("Schoten"), QStringLiteral("Brasschaat")}},
        {QStringLiteral("Brussels"),
         {QStringLiteral("Brussel Centrum"), QStringLiteral("Elsene"), QStringLiteral("Etterbeek"),
          QStringLiteral("Schaerbeek"), QStringLiteral("Anderlecht"), QStringLiteral("Uccle"),
          QStringLiteral("Jette"), QStringLiteral("Woluwe Shopping"), QStringLiteral("Forest"),
          QStringLiteral("Ixelles Flagey"), QStringLiteral("Laeken"), QStringLiteral("Evere")}},
        {QStringLiteral("Oost-Vlaanderen"),
         {QStringLiteral("Gent Korenmarkt"), QStringLiteral("Gent Dampoort"), QStringLiteral("Aalst"),
          QStringLiteral("Sint-Niklaas"), QStringLiteral("Dendermonde"), QStringLiteral("Oudenaarde"),
          QStringLiteral("Eeklo"), QStringLiteral("Lokeren"), QStringLiteral("Ninove"),
          QStringLiteral("Ronse"), QStringLiteral("Wetteren"), QStringLiteral("Zele")}},
        {QStringLiteral("Liège"),
         {QStringLiteral("Liège Centre"), QStringLiteral("Liège Guillemins"), QStringLiteral("Verviers"),
          QStringLiteral("Seraing"), QStringLiteral("Huy"), QStringLiteral("Herstal"), QStringLiteral("Spa"),
          QStringLiteral("Waremme"), QStringLiteral("Ans"), QStringLiteral("Visé"), QStringLiteral("Eupen"),
          QStringLiteral("Malmedy")}},
        {QStringLiteral("Noord-Brabant"),
         {QStringLiteral("Eindhoven Centrum"), QStringLiteral("Tilburg"), QStringLiteral("Breda"),
          QStringLiteral("'s-Hertogenbosch"), QStringLiteral("Helmond"), QStringLiteral("Oss"),
          QStringLiteral("Roosendaal"), QStringLiteral("Bergen op Zoom"), QStringLiteral("Waalwijk"),
          QStringLiteral("Veldhoven"), QStringLiteral("Uden"), QStringLiteral("Oosterhout")}}};
    QList<StoreInfo> stores;
    for (const auto &[regionName, names] : regions) {
        for (const QString &name : names) {
            StoreInfo store;
            store.id = int(stores.size()) + 1;
            store.name = name;
            store.region = regionName;
            stores.append(store);
        }
    }

    const QStringList approvalProfiles{QStringLiteral("purchase_to_approve"),
                                       QStringLiteral("expense_reports_submitted"),
                                       QStringLiteral("time_off_to_approve")};
    const QStringList exceptionProfiles{QStringLiteral("late_pickings"),
                                        QStringLiteral("inventory_discrepancies"),
                                        QStringLiteral("pos_cash_differences")};
    const QStringList failureProfiles{QStringLiteral("mail_delivery_failed"),
                                      QStringLiteral("queue_jobs_failed"),
                                      QStringLiteral("scheduled_actions_failing")};
    QRandomGenerator random(7);
    QList<QueueItem> items;
    for (int i = 0; i < 640; ++i) {
        QueueItem item;
        item.id = QStringLiteral("item:%1").arg(i);
        const int roll = random.bounded(100);
        if (roll < 45) {
            item.kind = ItemKind::Approval;
            item.profileId = approvalProfiles.at(random.bounded(3));
            item.storeId = random.bounded(5) == 0 ? 0 : 1 + random.bounded(60);
        } else if (roll < 85) {
            item.kind = ItemKind::Exception;
            item.profileId = exceptionProfiles.at(random.bounded(3));
            // A few stores have far more trouble than the others.
            item.storeId = random.bounded(3) == 0 ? 1 + 5 * random.bounded(12) : 1 + random.bounded(60);
        } else {
            item.kind = ItemKind::IntegrationFailure;
            item.profileId = failureProfiles.at(random.bounded(3));
            item.storeId = random.bounded(4) == 0 ? 1 + random.bounded(60) : 0;
        }
        const qint64 age = item.kind == ItemKind::IntegrationFailure ? qint64(random.bounded(days * 86400))
                                                                     : qint64(random.bounded(6 * 86400));
        item.created = Now.addSecs(-age);
        if (item.kind != ItemKind::IntegrationFailure && random.bounded(6) != 0)
            item.slaDue = item.created.addSecs(qint64(24 + random.bounded(72)) * 3600);
        items.append(item);
    }

    QList<Decision> decisions;
    for (int i = 0; i < 1400; ++i) {
        Decision decision;
        decision.id = QStringLiteral("d%1").arg(i);
        decision.itemId = QStringLiteral("purchase.order:%1").arg(i);
        decision.action = random.bounded(5) == 0 ? Decision::Action::Reject : Decision::Action::Approve;
        decision.status = Decision::Status::Applied;
        decision.createdAt = Now.addSecs(-qint64(random.bounded(90 * 86400)));
        const QDateTime requested = decision.createdAt.addSecs(-qint64(1800 + random.bounded(60 * 3600)));
        decision.seenRecord.insert(QStringLiteral("create_date"),
                                   requested.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        decisions.append(decision);
    }

    AggregationInput input;
    input.items = makeQueueSnapshot(items);
    input.stores = stores;
    input.decisions = decisions;
    input.now = Now;
    input.days = days;
    return QueueAggregations::aggregate(input);
}

} // namespace

class TestChartsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForDataBeforeTheFirstResult()
    {
        ChartsPanel panel;
        for (int index = 0; index < ChartsPanel::ChartCount; ++index) {
            QVERIFY(panel.chart(index));
            QVERIFY(!panel.chart(index)->title().isEmpty());
            QCOMPARE(panel.emptyText(index), QStringLiteral("Waiting for data…"));
        }
        QCOMPARE(panel.chart(ChartsPanel::ChartCount), nullptr);
    }

    void openItemsByRegionAreStackedPerKind()
    {
        ChartsPanel panel;
        panel.setResult(handMadeResult());
        QCOMPARE(panel.emptyText(ChartsPanel::OpenByRegionChart), QString());
        auto *series = seriesOf<QHorizontalStackedBarSeries>(panel, ChartsPanel::OpenByRegionChart);
        QVERIFY(series);
        // Horizontal categories run bottom-up: the first region is the last category.
        QCOMPARE(barCategories(series, Qt::Vertical),
                 QStringList({QStringLiteral("HQ / no store"), QStringLiteral("Brussels"),
                              QStringLiteral("Antwerpen")}));
        QCOMPARE(series->count(), 3);
        QCOMPARE(valuesOf(setNamed(series, QStringLiteral("approval"))), QList<qreal>({4, 1, 3}));
        QCOMPARE(valuesOf(setNamed(series, QStringLiteral("exception"))), QList<qreal>({0, 2, 5}));
        QCOMPARE(valuesOf(setNamed(series, QStringLiteral("integration_failure"))), QList<qreal>({6, 0, 0}));
        QCOMPARE(setNamed(series, QStringLiteral("approval"))->label(), QStringLiteral("Approvals"));
        QCOMPARE(setNamed(series, QStringLiteral("approval"))->color(), QColor(0x2f, 0x6f, 0xd1));
        // The tallest stack (Antwerpen, 8) fits under the axis top.
        auto *counts = qobject_cast<QValueAxis *>(series->attachedAxes().at(1));
        QVERIFY(counts);
        QVERIFY(counts->max() >= 8);
        QVERIFY(counts->max() <= 10);
    }

    void agingIsOneBarPerKindStackedByBucket()
    {
        ChartsPanel panel;
        panel.setResult(handMadeResult());
        auto *series = seriesOf<QHorizontalStackedBarSeries>(panel, ChartsPanel::AgingChart);
        QVERIFY(series);
        QCOMPARE(barCategories(series, Qt::Vertical),
                 QStringList({QStringLiteral("Integration failures"), QStringLiteral("Store exceptions"),
                              QStringLiteral("Approvals")}));
        // Per bucket: integration failures, exceptions, approvals (bottom-up).
        QCOMPARE(valuesOf(setNamed(series, QStringLiteral("under_quarter"))), QList<qreal>({0, 1, 1}));
        QCOMPARE(valuesOf(setNamed(series, QStringLiteral("half_to_due"))), QList<qreal>({0, 3, 1}));
        QCOMPARE(valuesOf(setNamed(series, QStringLiteral("overdue"))), QList<qreal>({0, 2, 3}));
        QCOMPARE(valuesOf(setNamed(series, QStringLiteral("no_sla"))), QList<qreal>({6, 0, 1}));
        QCOMPARE(setNamed(series, QStringLiteral("overdue"))->label(), QStringLiteral("Overdue"));
        QCOMPARE(setNamed(series, QStringLiteral("overdue"))->color(), QColor(0xd6, 0x45, 0x45));
    }

    void approvalsPerDayWithTheMedianInHours()
    {
        ChartsPanel panel;
        panel.setResult(handMadeResult());
        auto *bars = seriesOf<QStackedBarSeries>(panel, ChartsPanel::ApprovalsChart);
        auto *median = seriesOf<QLineSeries>(panel, ChartsPanel::ApprovalsChart);
        QVERIFY(bars);
        QVERIFY(median);
        const QList<qreal> approved = valuesOf(setNamed(bars, QStringLiteral("approved")));
        QCOMPARE(approved.size(), 30);
        QCOMPARE(approved.at(28), 4.0);
        QCOMPARE(approved.at(29), 2.0);
        QCOMPARE(valuesOf(setNamed(bars, QStringLiteral("rejected"))).at(28), 1.0);
        // Only days with a known cycle time have a median point, in hours, on the right axis.
        QCOMPARE(median->points(), QList<QPointF>({QPointF(28, 2.0)}));
        auto *hours = qobject_cast<QValueAxis *>(median->attachedAxes().at(1));
        QVERIFY(hours);
        QCOMPARE(panel.chart(ChartsPanel::ApprovalsChart)->axes(Qt::Vertical).size(), 2);
        QVERIFY(hours->max() >= 2.0);
        // The visible date axis spans the 30 bars and labels today.
        auto *dates = qobject_cast<QCategoryAxis *>(median->attachedAxes().at(0));
        QVERIFY(dates);
        QCOMPARE(dates->min(), -0.5);
        QCOMPARE(dates->max(), 29.5);
        QCOMPARE(dates->categoriesLabels().constLast(),
                 QLocale().toString(Now.date(), QStringLiteral("d MMM")));
    }

    void failuresPerDayHaveOneSetPerSource()
    {
        ChartsPanel panel;
        panel.setSourceTitles({{QStringLiteral("mail_delivery_failed"), QStringLiteral("Emails not sent")}});
        AggregationResult result = handMadeResult();
        panel.setResult(result);
        auto *series = seriesOf<QStackedBarSeries>(panel, ChartsPanel::FailuresChart);
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QBarSet *mail = setNamed(series, QStringLiteral("mail_delivery_failed"));
        QBarSet *jobs = setNamed(series, QStringLiteral("queue_jobs_failed"));
        QVERIFY(mail);
        QVERIFY(jobs);
        QCOMPARE(mail->label(), QStringLiteral("Emails not sent"));
        QCOMPARE(jobs->label(), QStringLiteral("queue_jobs_failed"));
        QCOMPARE(mail->count(), 30);
        QCOMPARE(mail->at(27), 2.0);
        QCOMPARE(jobs->at(27), 1.0);
        QCOMPARE(jobs->at(29), 3.0);

        // A source without failures any more leaves; the other set is reused.
        result.failuresPerDay[27].byProfile.remove(QStringLiteral("mail_delivery_failed"));
        result.failuresPerDay[27].total = 1;
        panel.setResult(result);
        QCOMPARE(series->count(), 1);
        QCOMPARE(series->barSets().constFirst(), jobs);
    }

    void topStoresAreHorizontalBarsWithTheFirstOnTop()
    {
        ChartsPanel panel;
        panel.setResult(handMadeResult());
        auto *series = seriesOf<QHorizontalBarSeries>(panel, ChartsPanel::TopStoresChart);
        QVERIFY(series);
        // Horizontal categories run bottom-up: the worst store is the last category.
        QCOMPARE(barCategories(series, Qt::Vertical),
                 QStringList({QStringLiteral("Liège Centre"), QStringLiteral("Antwerpen Meir"),
                              QStringLiteral("Gent Korenmarkt")}));
        QCOMPARE(valuesOf(series->barSets().constFirst()), QList<qreal>({2, 4, 9}));
    }

    void storeNamesStayApartAndPlain()
    {
        ChartsPanel panel;
        panel.resize(1280, 760);
        AggregationResult result = handMadeResult();
        result.topStores = {{5, QStringLiteral("Aalst"), 3},
                            {6, QStringLiteral("Aalst"), 2},
                            {8, QString(), 1},
                            {9, QStringLiteral("Smith & Sons <Outlet>"), 1}};
        panel.setResult(result);
        auto *series = seriesOf<QHorizontalBarSeries>(panel, ChartsPanel::TopStoresChart);
        // Labels are rich text: a name from Odoo is escaped, never read as markup.
        QCOMPARE(barCategories(series, Qt::Vertical),
                 QStringList({QStringLiteral("Smith &amp; Sons &lt;Outlet&gt;"), QStringLiteral("Store 8"),
                              QStringLiteral("Aalst (2)"), QStringLiteral("Aalst")}));
        QSignalSpy stores(&panel, &ChartsPanel::storeClicked);
        Q_EMIT series->barSets().constFirst()->clicked(0);
        QCOMPARE(stores.at(0).at(1).toString(), QStringLiteral("Smith & Sons <Outlet>"));
        if (const QString dir = qEnvironmentVariable("HQ_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(panel.grab().save(QStringLiteral("%1/charts-names.png").arg(dir)));
    }

    void anEmptyResultShowsEmptyStates()
    {
        ChartsPanel panel;
        panel.resize(1280, 760);
        panel.setResult(handMadeResult());
        panel.setResult(AggregationResult());
        QCOMPARE(panel.emptyText(ChartsPanel::OpenByRegionChart), QStringLiteral("No open items"));
        QCOMPARE(panel.emptyText(ChartsPanel::AgingChart), QStringLiteral("No open items"));
        QCOMPARE(panel.emptyText(ChartsPanel::ApprovalsChart),
                 QStringLiteral("No approvals decided in the last 30 days"));
        QCOMPARE(panel.emptyText(ChartsPanel::FailuresChart),
                 QStringLiteral("No integration failures in the last 30 days"));
        QCOMPARE(panel.emptyText(ChartsPanel::TopStoresChart),
                 QStringLiteral("No store has open exceptions"));
        for (int index = 0; index < ChartsPanel::ChartCount; ++index) {
            for (QAbstractSeries *series : panel.chart(index)->series())
                QVERIFY(!series->isVisible());
        }
        const QPixmap empty = panel.grab();
        QVERIFY(!empty.isNull());
        if (const QString dir = qEnvironmentVariable("HQ_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(empty.save(QStringLiteral("%1/charts-empty.png").arg(dir)));

        // Zero days are still empty; data brings the charts back.
        AggregationResult zeros;
        zeros.approvalsPerDay = approvalDays(90);
        zeros.failuresPerDay = failureDays(90);
        panel.setResult(zeros);
        QCOMPARE(panel.emptyText(ChartsPanel::ApprovalsChart),
                 QStringLiteral("No approvals decided in the last 90 days"));
        panel.setResult(handMadeResult());
        for (int index = 0; index < ChartsPanel::ChartCount; ++index) {
            QCOMPARE(panel.emptyText(index), QString());
            for (QAbstractSeries *series : panel.chart(index)->series())
                QVERIFY(series->isVisible());
        }
        QVERIFY(!panel.grab().isNull());
    }

    void aNewResultReusesTheSeries()
    {
        ChartsPanel panel;
        panel.setResult(handMadeResult());
        auto *series = seriesOf<QHorizontalStackedBarSeries>(panel, ChartsPanel::OpenByRegionChart);
        QBarSet *approvals = setNamed(series, QStringLiteral("approval"));
        AggregationResult result = handMadeResult();
        result.openByRegion.removeFirst();
        panel.setResult(result);
        QCOMPARE(seriesOf<QHorizontalStackedBarSeries>(panel, ChartsPanel::OpenByRegionChart), series);
        QCOMPARE(setNamed(series, QStringLiteral("approval")), approvals);
        QCOMPARE(valuesOf(approvals), QList<qreal>({4, 1}));
        QCOMPARE(barCategories(series, Qt::Vertical),
                 QStringList({QStringLiteral("HQ / no store"), QStringLiteral("Brussels")}));
    }

    void clickingARegionBarEmitsItsRegionAndKind()
    {
        ChartsPanel panel;
        panel.setResult(handMadeResult());
        QSignalSpy regions(&panel, &ChartsPanel::regionClicked);
        QSignalSpy kinds(&panel, &ChartsPanel::kindClicked);
        auto *series = seriesOf<QHorizontalStackedBarSeries>(panel, ChartsPanel::OpenByRegionChart);
        Q_EMIT setNamed(series, QStringLiteral("exception"))->clicked(1);
        QCOMPARE(regions.size(), 1);
        QCOMPARE(regions.at(0).at(0).toString(), QStringLiteral("Brussels"));
        QCOMPARE(kinds.size(), 1);
        QCOMPARE(kinds.at(0).at(0).value<ItemKind>(), ItemKind::Exception);

        // The HQ bar gives the empty region.
        Q_EMIT setNamed(series, QStringLiteral("integration_failure"))->clicked(0);
        QCOMPARE(regions.size(), 2);
        QCOMPARE(regions.at(1).at(0).toString(), QString());
        QCOMPARE(kinds.at(1).at(0).value<ItemKind>(), ItemKind::IntegrationFailure);

        // The aging chart filters by kind only.
        auto *aging = seriesOf<QHorizontalStackedBarSeries>(panel, ChartsPanel::AgingChart);
        Q_EMIT setNamed(aging, QStringLiteral("overdue"))->clicked(2);
        QCOMPARE(regions.size(), 2);
        QCOMPARE(kinds.size(), 3);
        QCOMPARE(kinds.at(2).at(0).value<ItemKind>(), ItemKind::Approval);
    }

    void clickingAStoreBarEmitsTheStore()
    {
        ChartsPanel panel;
        panel.setResult(handMadeResult());
        QSignalSpy stores(&panel, &ChartsPanel::storeClicked);
        auto *series = seriesOf<QHorizontalBarSeries>(panel, ChartsPanel::TopStoresChart);
        Q_EMIT series->barSets().constFirst()->clicked(2);
        QCOMPARE(stores.size(), 1);
        QCOMPARE(stores.at(0).at(0).toInt(), 7);
        QCOMPARE(stores.at(0).at(1).toString(), QStringLiteral("Gent Korenmarkt"));
    }

    void aMouseClickOnAStoreBarEmitsTheStore()
    {
        ChartsPanel panel;
        panel.resize(1280, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult(handMadeResult());
        QChartView *view = panel.chartView(ChartsPanel::TopStoresChart);
        auto *series = seriesOf<QHorizontalBarSeries>(panel, ChartsPanel::TopStoresChart);
        QSignalSpy stores(&panel, &ChartsPanel::storeClicked);
        // The middle of the second bar from the bottom (Antwerpen Meir, 4).
        QTRY_VERIFY(!view->chart()->plotArea().isEmpty());
        QApplication::processEvents();
        const QPointF inChart = view->chart()->mapToPosition(QPointF(2.0, 1.0), series);
        const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(stores.size(), 1);
        QCOMPARE(stores.at(0).at(0).toInt(), 3);
        QCOMPARE(stores.at(0).at(1).toString(), QStringLiteral("Antwerpen Meir"));
    }

    void theDaySwitchEmitsDaysChanged()
    {
        ChartsPanel panel;
        QSignalSpy days(&panel, &ChartsPanel::daysChanged);
        QCOMPARE(panel.days(), 30);
        auto *ninety = panel.findChild<QAbstractButton *>(QStringLiteral("days90"));
        auto *thirty = panel.findChild<QAbstractButton *>(QStringLiteral("days30"));
        QVERIFY(ninety);
        QVERIFY(thirty);
        QVERIFY(thirty->isChecked());
        QTest::mouseClick(ninety, Qt::LeftButton);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).at(0).toInt(), 90);
        QCOMPARE(panel.days(), 90);
        QVERIFY(ninety->isChecked());
        QTest::mouseClick(ninety, Qt::LeftButton);
        QCOMPARE(days.size(), 1);
        panel.setDays(30);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(1).at(0).toInt(), 30);
        QVERIFY(thirty->isChecked());
        panel.setDays(30);
        QCOMPARE(days.size(), 2);
    }

    void rendersARealisticResult_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("30 days") << 30;
        QTest::newRow("90 days") << 90;
    }

    void rendersARealisticResult()
    {
        QFETCH(int, days);
        ChartsPanel panel;
        panel.resize(1280, 760);
        panel.setSourceTitles(
            {{QStringLiteral("mail_delivery_failed"), QStringLiteral("Emails that could not be sent")},
             {QStringLiteral("queue_jobs_failed"), QStringLiteral("Failed queue jobs")},
             {QStringLiteral("scheduled_actions_failing"), QStringLiteral("Scheduled actions failing")}});
        panel.setDays(days);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const AggregationResult result = realisticResult(days);
        panel.setResult(result);
        QApplication::processEvents();
        for (int index = 0; index < ChartsPanel::ChartCount; ++index)
            QCOMPARE(panel.emptyText(index), QString());
        auto *regions = seriesOf<QHorizontalStackedBarSeries>(panel, ChartsPanel::OpenByRegionChart);
        QCOMPARE(barCategories(regions, Qt::Vertical).size(), 6);
        auto *top = seriesOf<QHorizontalBarSeries>(panel, ChartsPanel::TopStoresChart);
        QCOMPARE(top->barSets().constFirst()->count(), 10);
        const QPixmap shot = panel.grab();
        QCOMPARE(shot.size(), QSize(1280, 760));
        if (const QString dir = qEnvironmentVariable("HQ_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(QStringLiteral("%1/charts-%2.png").arg(dir).arg(days)));
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
