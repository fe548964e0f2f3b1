// ApprovalHistoryReader against the simulator on Odoo 17, 18 and 19: per model, as many approved
// and refused decisions as the simulator's own records hold for the same conditions (counted
// here from its database), dates read as UTC whatever the local time zone; a model the user may
// not read, a model that is not installed and a server error on one model are left out with a
// reason while the others still come, and finished() comes exactly once.
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simdatabase.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"
#include "sync/approvalhistory.h"

#include <QtTest>

#include <ctime>
#include <memory>

namespace {

// What counts as decided, restated from the contract's schemas (17/18/19) and the simulator's
// optional modules, to count the expectation straight from the simulator's records.
struct Decided
{
    QString stateField;
    QStringList states;
    QStringList approvedStates;
    QString dateField;
};

Decided decidedOn(const QString &model, int flavor)
{
    if (model == QLatin1String("purchase.order")) {
        const QStringList states = flavor >= 19
                                       ? QStringList{QStringLiteral("purchase")}
                                       : QStringList{QStringLiteral("purchase"), QStringLiteral("done")};
        return {QStringLiteral("state"), states, states, QStringLiteral("date_approve")};
    }
    if (model == QLatin1String("hr.expense.sheet"))
        return {QStringLiteral("approval_state"),
                {QStringLiteral("approve"), QStringLiteral("cancel")},
                {QStringLiteral("approve")},
                QStringLiteral("approval_date")};
    if (model == QLatin1String("hr.expense"))
        return {QStringLiteral("approval_state"),
                {QStringLiteral("approved"), QStringLiteral("refused")},
                {QStringLiteral("approved")},
                QStringLiteral("approval_date")};
    if (model == QLatin1String("hr.leave"))
        return {QStringLiteral("state"),
                {QStringLiteral("validate"), QStringLiteral("refuse")},
                {QStringLiteral("validate")},
                QStringLiteral("write_date")};
    if (model == QLatin1String("approval.request"))
        return {QStringLiteral("request_status"),
                {QStringLiteral("approved"), QStringLiteral("refused")},
                {QStringLiteral("approved")},
                QStringLiteral("write_date")};
    return {QStringLiteral("status"),
            {QStringLiteral("approved"), QStringLiteral("rejected")},
            {QStringLiteral("approved")},
            QStringLiteral("reviewed_date")};
}

QStringList approvalModels(int flavor)
{
    return {QStringLiteral("purchase.order"),
            flavor >= 19 ? QStringLiteral("hr.expense") : QStringLiteral("hr.expense.sheet"),
            QStringLiteral("hr.leave"), QStringLiteral("approval.request"), QStringLiteral("tier.review")};
}

struct Counts
{
    int approved = 0;
    int refused = 0;

    bool operator==(const Counts &other) const = default;
};

char *toString(const Counts &counts)
{
    return qstrdup(QByteArray::number(counts.approved) + " approved, " + QByteArray::number(counts.refused) +
                   " refused");
}

} // namespace

class TestApprovalHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooConnection> m_connection;

    SimDatabase *database() const { return m_simulator->database(); }

    bool startServer(int flavor, bool optional)
    {
        SimulatorOptions options;
        options.flavor = flavor;
        if (optional)
            options.optionalModules = {QStringLiteral("approvals"), QStringLiteral("base_tier_validation")};
        m_connection.reset();
        m_simulator = std::make_unique<OdooSimulator>(options);
        QString message;
        if (!m_simulator->start(QHostAddress::LocalHost, 0, &message)) {
            qWarning("%s", qPrintable(message));
            return false;
        }
        return true;
    }

    // Odoo 19 through JSON-2 with an API key, as a real 19 client would; 17/18 with JSON-RPC.
    bool connectAs(const QString &login, bool retryReads = true)
    {
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = QStringLiteral("odoo%1").arg(m_simulator->options().flavor);
        settings.login = login;
        if (!retryReads)
            settings.readPolicy = RetryPolicy::singleAttempt(std::chrono::seconds(10));
        QString secret = login;
        if (m_simulator->options().flavor >= 19) {
            settings.secretKind = ConnectionSettings::SecretKind::ApiKey;
            secret = m_simulator->backend()->apiKeys().value(login);
        }
        m_connection = std::make_unique<OdooConnection>(settings, secret);
        QSignalSpy opened(m_connection.get(), &OdooConnection::opened);
        m_connection->open();
        return opened.wait(20000);
    }

    // Runs a reader to its end; false when finished() did not come exactly once.
    bool read(ApprovalHistoryReader &reader)
    {
        QSignalSpy finished(&reader, &ApprovalHistoryReader::finished);
        reader.start();
        if (!finished.wait(30000))
            return false;
        QTest::qWait(100);
        return finished.size() == 1 && reader.isFinished();
    }

    // The simulator's records of `model` decided since `since` (archived ones hidden, as Odoo's
    // search does by default).
    Counts expected(const QString &model, const QDateTime &since) const
    {
        const Decided decided = decidedOn(model, m_simulator->options().flavor);
        const bool archivable = database()->schema().model(model)->field(QStringLiteral("active"));
        const QString sinceText = SimDatabase::formatDateTime(since);
        Counts counts;
        for (const int id : database()->allIds(model)) {
            if (archivable && !database()->rawValue(model, id, QStringLiteral("active")).toBool())
                continue;
            const QString state = database()->rawValue(model, id, decided.stateField).toString();
            const QJsonValue date = database()->rawValue(model, id, decided.dateField);
            if (!decided.states.contains(state) || !date.isString() || date.toString() < sinceText)
                continue;
            ++(decided.approvedStates.contains(state) ? counts.approved : counts.refused);
        }
        return counts;
    }

    static Counts countsOf(const QList<DecidedApproval> &approvals, const QString &model)
    {
        Counts counts;
        for (const DecidedApproval &approval : approvals) {
            if (approval.model == model)
                ++(approval.approved ? counts.approved : counts.refused);
        }
        return counts;
    }

    // The demo dataset keeps approval requests and tier reviews pending: decide a few here, one
    // of them before the window.
    void decideOptionalDocuments()
    {
        const QString requests = QStringLiteral("approval.request");
        const QList<int> requestIds = database()->allIds(requests).mid(0, 3);
        QCOMPARE(requestIds.size(), 3);
        QVERIFY(database()->update(requests, requestIds.mid(0, 2),
                                   {{QStringLiteral("request_status"), QStringLiteral("approved")}}, 1));
        QVERIFY(database()->update(requests, requestIds.mid(2, 1),
                                   {{QStringLiteral("request_status"), QStringLiteral("refused")}}, 1));
        const QString reviews = QStringLiteral("tier.review");
        const QList<int> reviewIds = database()->allIds(reviews).mid(0, 4);
        QCOMPARE(reviewIds.size(), 4);
        const QDateTime now = database()->now();
        const auto review = [&](int id, const char *status, const QDateTime &when) {
            return database()->update(reviews, {id},
                                      {{QStringLiteral("status"), QString::fromLatin1(status)},
                                       {QStringLiteral("reviewed_date"), SimDatabase::formatDateTime(when)}},
                                      1);
        };
        QVERIFY(review(reviewIds.at(0), "approved", now.addSecs(-2 * 3600)));
        QVERIFY(review(reviewIds.at(1), "approved", now.addDays(-3)));
        QVERIFY(review(reviewIds.at(2), "rejected", now.addSecs(-600)));
        QVERIFY(review(reviewIds.at(3), "rejected", now.addDays(-40)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Five and a half hours east of UTC: a date read as local time would move.
        qputenv("TZ", "XST-5:30");
        tzset();
        qInfo("local offset %d s", QDateTime::currentDateTime().offsetFromUtc());
    }

    void cleanup()
    {
        m_connection.reset();
        m_simulator.reset();
    }

    void countsMatchTheServer_data()
    {
        QTest::addColumn<int>("flavor");
        for (const int flavor : {17, 18, 19})
            QTest::addRow("odoo%d", flavor) << flavor;
    }

    void countsMatchTheServer()
    {
        QFETCH(int, flavor);
        QVERIFY(startServer(flavor, true));
        decideOptionalDocuments();
        QVERIFY(connectAs(QStringLiteral("admin")));
        const QDateTime since = database()->now().addDays(-30);
        QStringList models = approvalModels(flavor);
        models.append(QStringLiteral("stock.quant")); // an approval source without decision dates
        ApprovalHistoryReader reader(m_connection.get(), flavor, models, since);
        QVERIFY(read(reader));

        QCOMPARE(reader.problems().keys(), QStringList{QStringLiteral("stock.quant")});
        QCOMPARE(reader.problems().value(QStringLiteral("stock.quant")),
                 QStringLiteral("Odoo %1 keeps no decision date for stock.quant").arg(flavor));
        const QList<DecidedApproval> approvals = reader.approvals();
        for (const QString &model : approvalModels(flavor)) {
            const Counts wanted = expected(model, since);
            qInfo("%s: %d approved, %d refused", qPrintable(model), wanted.approved, wanted.refused);
            QVERIFY2(wanted.approved > 0, qPrintable(model));
            QCOMPARE(countsOf(approvals, model), wanted);
        }
        // Refusals with a decision date are there too.
        for (const QString &model :
             {QStringLiteral("hr.leave"), QStringLiteral("approval.request"), QStringLiteral("tier.review")})
            QVERIFY2(countsOf(approvals, model).refused > 0, qPrintable(model));

        // Dates as the server stores them (UTC), newest first per model, item ids as the queue's.
        QHash<QString, QDateTime> previous;
        for (const DecidedApproval &approval : approvals) {
            QCOMPARE(approval.decidedAt.timeSpec(), Qt::UTC);
            QVERIFY(approval.decidedAt >= since);
            const auto last = previous.constFind(approval.model);
            QVERIFY(last == previous.constEnd() || approval.decidedAt <= *last);
            previous.insert(approval.model, approval.decidedAt);
            const int id = approval.itemId.section(QLatin1Char(':'), 1).toInt();
            QCOMPARE(approval.itemId, QStringLiteral("%1:%2").arg(approval.model).arg(id));
            const Decided decided = decidedOn(approval.model, flavor);
            QCOMPARE(SimDatabase::formatDateTime(approval.decidedAt),
                     database()->rawValue(approval.model, id, decided.dateField).toString());
            QVERIFY(approval.requestedAt.isValid());
            QCOMPARE(SimDatabase::formatDateTime(approval.requestedAt),
                     database()->rawValue(approval.model, id, QStringLiteral("create_date")).toString());
        }
    }

    void unreadableAndMissingModelsAreSkipped()
    {
        // viewer1 has no purchase rights; without the optional modules their models do not exist.
        QVERIFY(startServer(17, false));
        QVERIFY(connectAs(QStringLiteral("viewer1")));
        const QDateTime since = database()->now().addDays(-30);
        ApprovalHistoryReader reader(m_connection.get(), 17, approvalModels(17), since);
        QVERIFY(read(reader));

        const QMap<QString, QString> problems = reader.problems();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.value(QStringLiteral("purchase.order")),
                 QStringLiteral("your user may not read purchase.order"));
        QCOMPARE(problems.value(QStringLiteral("approval.request")),
                 QStringLiteral("approval.request is not installed on this server"));
        QCOMPARE(problems.value(QStringLiteral("tier.review")),
                 QStringLiteral("tier.review is not installed on this server"));
        const QList<DecidedApproval> approvals = reader.approvals();
        QCOMPARE(countsOf(approvals, QStringLiteral("purchase.order")), Counts{});
        for (const QString &model : {QStringLiteral("hr.expense.sheet"), QStringLiteral("hr.leave")}) {
            QVERIFY2(expected(model, since).approved > 0, qPrintable(model));
            QCOMPARE(countsOf(approvals, model), expected(model, since));
        }
    }

    void serverErrorOnOneModel()
    {
        QVERIFY(startServer(18, true));
        QVERIFY(connectAs(QStringLiteral("admin"), false));
        const QDateTime since = database()->now().addDays(-30);
        // One model at a time: the first request is time off's, and a proxy answers it with 502.
        const QStringList models{QStringLiteral("hr.leave"), QStringLiteral("purchase.order"),
                                 QStringLiteral("hr.expense.sheet")};
        ApprovalHistoryReader reader(m_connection.get(), 18, models, since);
        m_simulator->server()->faults().failNext(1, SimFaults::Kind::BadGateway);
        QVERIFY(read(reader));

        const QMap<QString, QString> problems = reader.problems();
        QCOMPARE(problems.keys(), QStringList{QStringLiteral("hr.leave")});
        QVERIFY2(problems.value(QStringLiteral("hr.leave"))
                     .startsWith(QLatin1String("hr.leave could not be read: ")),
                 qPrintable(problems.value(QStringLiteral("hr.leave"))));
        const QList<DecidedApproval> approvals = reader.approvals();
        QCOMPARE(countsOf(approvals, QStringLiteral("hr.leave")), Counts{});
        for (const QString &model : {QStringLiteral("purchase.order"), QStringLiteral("hr.expense.sheet")}) {
            QVERIFY2(expected(model, since).approved > 0, qPrintable(model));
            QCOMPARE(countsOf(approvals, model), expected(model, since));
        }
    }

    void notConnected()
    {
        ApprovalHistoryReader reader(nullptr, 18, {QStringLiteral("purchase.order")},
                                     QDateTime::currentDateTimeUtc().addDays(-30));
        QVERIFY(read(reader));
        QVERIFY(reader.approvals().isEmpty());
        QCOMPARE(reader.problems().value(QStringLiteral("purchase.order")),
                 QStringLiteral("not connected to Odoo"));
    }
};

QTEST_GUILESS_MAIN(TestApprovalHistory)
#include "tst_approvalhistory.moc"
