// CapabilityDetector against the simulator (Odoo 17, 18, 19, with and without the optional
// modules): which default profiles are enabled, why others are skipped, and that every enabled
// profile's domain runs on that version and finds the demo dataset's records. SourceDetection
// (what the desktop and the CLI sync): the user's SLA hours and switched-off sources applied.
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sync/capabilitydetector.h"
#include "sync/sourcecatalog.h"
#include "sync/sourcedetection.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

namespace {

const QStringList &optionalProfiles()
{
    static const QStringList ids = {QStringLiteral("approval_requests_pending"),
                                    QStringLiteral("tier_reviews_pending"),
                                    QStringLiteral("queue_jobs_failed")};
    return ids;
}

QString moduleOf(const QString &profileId)
{
    if (profileId == QLatin1String("approval_requests_pending"))
        return QStringLiteral("approvals");
    if (profileId == QLatin1String("tier_reviews_pending"))
        return QStringLiteral("base_tier_validation");
    return QStringLiteral("queue_job");
}

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooConnection> m_connection;

    bool startServer(int flavor, bool optional)
    {
        SimulatorOptions options;
        options.flavor = flavor;
        if (optional)
            options.optionalModules = {QStringLiteral("approvals"), QStringLiteral("base_tier_validation"),
                                       QStringLiteral("queue_job")};
        m_connection.reset();
        m_simulator = std::make_unique<OdooSimulator>(options);
        QString message;
        if (!m_simulator->start(QHostAddress::LocalHost, 0, &message)) {
            qWarning("%s", qPrintable(message));
            return false;
        }
        return true;
    }

    bool connectAs(const QString &login)
    {
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = QStringLiteral("odoo%1").arg(m_simulator->options().flavor);
        settings.login = login;
        m_connection = std::make_unique<OdooConnection>(settings, login);
        QSignalSpy opened(m_connection.get(), &OdooConnection::opened);
        QSignalSpy failed(m_connection.get(), &OdooConnection::openFailed);
        m_connection->open();
        if (!QTest::qWaitFor([&] { return opened.size() + failed.size() > 0; }, 20000))
            return false;
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(m_connection->lastError().userMessage()));
        return failed.isEmpty();
    }

    QList<ProfileStatus> detect()
    {
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        CapabilityDetector detector(m_connection.get(), catalog.profiles());
        QSignalSpy finished(&detector, &CapabilityDetector::finished);
        detector.start();
        if (!finished.wait(30000))
            return {};
        // Exactly once, and nothing later.
        QTest::qWait(50);
        if (finished.size() != 1)
            return {};
        return detector.statuses();
    }

    // search_count through the client, like the sync engine will; -1 on an error.
    int searchCount(const SourceProfile &profile, QString *error)
    {
        OdooCall *call = m_connection->call(
            profile.model, QStringLiteral("search_count"),
            QJsonArray{QJsonValue(profile.resolvedDomain(QDateTime::currentDateTimeUtc()))});
        QSignalSpy finished(call, &OdooCall::finished);
        int count = -1;
        connect(call, &OdooCall::succeeded, this,
                [&count](const QJsonValue &value) { count = value.toInt(-1); });
        connect(call, &OdooCall::failed, this,
                [error](const OdooError &failure) { *error = failure.userMessage(); });
        if (!finished.wait(20000))
            *error = QStringLiteral("no answer");
        return count;
    }

private Q_SLOTS:
    void defaultProfiles_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<bool>("optional");
        for (const int flavor : {17, 18, 19}) {
            QTest::addRow("odoo%d", flavor) << flavor << false;
            QTest::addRow("odoo%d with optional modules", flavor) << flavor << true;
        }
    }

    void defaultProfiles()
    {
        QFETCH(int, flavor);
        QFETCH(bool, optional);
        QVERIFY(startServer(flavor, optional));
        QVERIFY(connectAs(QStringLiteral("admin")));
        const QList<ProfileStatus> statuses = detect();
        QCOMPARE(statuses.size(), 14);

        for (const ProfileStatus &status : statuses) {
            const QString id = status.profile.id;
            const bool needsOptional = optionalProfiles().contains(id);
            if (needsOptional && !optional) {
                QVERIFY2(!status.enabled, qPrintable(id));
                QCOMPARE(status.reason, QStringLiteral("module %1 is not installed").arg(moduleOf(id)));
                continue;
            }
            QVERIFY2(status.enabled, qPrintable(id + QStringLiteral(": ") + status.reason));
            QVERIFY(status.reason.isEmpty());
            QVERIFY2(status.count > 0, qPrintable(id));
            QString error;
            const int count = searchCount(status.profile, &error);
            QVERIFY2(error.isEmpty(), qPrintable(id + QStringLiteral(": ") + error));
            QVERIFY2(count > 0, qPrintable(id));
        }

        // The version variants were applied.
        for (const ProfileStatus &status : statuses) {
            if (status.profile.id == QLatin1String("expense_reports_submitted"))
                QCOMPARE(status.profile.model,
                         flavor >= 19 ? QStringLiteral("hr.expense") : QStringLiteral("hr.expense.sheet"));
            if (status.profile.id == QLatin1String("scheduled_actions_failing"))
                QCOMPARE(status.profile.requiredFields().contains(QStringLiteral("failure_count")),
                         flavor >= 18);
        }
        // The store paths' first steps carry the relation the server reported.
        for (const ProfileStatus &status : statuses) {
            if (status.profile.id == QLatin1String("late_pickings"))
                QCOMPARE(status.profile.fieldRelations.value(QStringLiteral("location_dest_id")),
                         QStringLiteral("stock.location"));
            if (status.profile.id == QLatin1String("time_off_to_approve"))
                QCOMPARE(status.profile.fieldRelations.value(QStringLiteral("employee_id")),
                         QStringLiteral("hr.employee"));
        }
        // The read fields carry the server's labels (what the detail panel shows).
        for (const ProfileStatus &status : statuses) {
            if (status.profile.id != QLatin1String("purchase_to_approve"))
                continue;
            QCOMPARE(status.profile.fieldLabels.value(QStringLiteral("partner_id")),
                     QStringLiteral("Vendor"));
            QCOMPARE(status.profile.fieldLabels.value(QStringLiteral("amount_total")),
                     QStringLiteral("Total"));
            for (const QString &field : status.profile.readFields())
                QVERIFY2(status.profile.fieldLabels.contains(field), qPrintable(field));
        }
    }

    void viewerMayNotReadPurchases()
    {
        QVERIFY(startServer(17, false));
        QVERIFY(connectAs(QStringLiteral("viewer1")));
        const QList<ProfileStatus> statuses = detect();
        QCOMPARE(statuses.size(), 14);
        QHash<QString, ProfileStatus> byId;
        for (const ProfileStatus &status : statuses) {
            byId.insert(status.profile.id, status);
            qInfo("%s: %s", qPrintable(status.profile.id),
                  status.enabled ? "enabled" : qPrintable(status.reason));
            QVERIFY(status.enabled == status.reason.isEmpty());
        }
        QVERIFY(!byId.value(QStringLiteral("purchase_to_approve")).enabled);
        QCOMPARE(byId.value(QStringLiteral("purchase_to_approve")).reason,
                 QStringLiteral("your user may not read Purchase Order (purchase.order)"));
        // Every internal user may read time off requests and activities.
        QVERIFY(byId.value(QStringLiteral("time_off_to_approve")).enabled);
        QVERIFY(byId.value(QStringLiteral("overdue_exception_activities")).enabled);
    }

    void sourceDetectionAppliesThePreferences()
    {
        QVERIFY(startServer(17, false));
        QVERIFY(connectAs(QStringLiteral("admin")));
        SourceDetection::Preferences preferences;
        preferences.slaHours.insert(ItemKind::Approval, 6.0);
        preferences.disabledProfiles.insert(QStringLiteral("late_pickings"));
        SourceDetection detection(m_connection.get(), preferences);
        QSignalSpy finished(&detection, &SourceDetection::finished);
        detection.start();
        QVERIFY(detection.problems().isEmpty());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);

        QHash<QString, ProfileStatus> byId;
        for (const ProfileStatus &status : detection.statuses())
            byId.insert(status.profile.id, status);
        // Switched off by the user: detected as working, listed, but not synced.
        QVERIFY(byId.value(QStringLiteral("late_pickings")).enabled);
        QStringList synced;
        for (const SourceProfile &profile : detection.syncedProfiles()) {
            synced.append(profile.id);
            QVERIFY(byId.value(profile.id).enabled);
            // The user's hours replace the approvals' own (48 h for purchases); others keep theirs.
            if (profile.kind == ItemKind::Approval)
                QCOMPARE(profile.slaHours, 6.0);
        }
        QVERIFY(synced.contains(QStringLiteral("purchase_to_approve")));
        QVERIFY(!synced.contains(QStringLiteral("late_pickings")));
        QCOMPARE(byId.value(QStringLiteral("mail_delivery_failed")).profile.slaHours,
                 SourceCatalog::installed().profile(QStringLiteral("mail_delivery_failed"))->slaHours);
        // Decisions go through every detected profile, synced or not.
        QCOMPARE(detection.allProfiles().size(), detection.statuses().size());
        QCOMPARE(synced.size() + 1,
                 std::count_if(byId.cbegin(), byId.cend(),
                               [](const ProfileStatus &status) { return status.enabled; }));
    }

    void notConnected()
    {
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        CapabilityDetector detector(nullptr, catalog.profiles());
        QSignalSpy finished(&detector, &CapabilityDetector::finished);
        detector.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        for (const ProfileStatus &status : detector.statuses()) {
            QVERIFY(!status.enabled);
            QCOMPARE(status.reason, QStringLiteral("not connected to Odoo"));
        }
        QVERIFY(detector.enabledProfiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
