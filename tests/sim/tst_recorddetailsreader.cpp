// RecordDetailsReader against the simulator: a purchase order's chatter (newest first, typed),
// its lines and attachments in one answer; a record without lines has none; a refused part stays
// empty while the others arrive.
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simdatabase.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"
#include "sync/recorddetailsreader.h"

#include <QSignalSpy>
#include <QtTest>

class TestRecordDetailsReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooConnection> m_connection;
    int m_order = 0;

    RecordDetails read(const QString &model, int resId)
    {
        RecordDetailsReader reader(m_connection.get(), model, resId);
        QSignalSpy finished(&reader, &RecordDetailsReader::finished);
        reader.start();
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<RecordDetails>();
    }

private Q_SLOTS:
    void init()
    {
        SimulatorOptions options;
        options.flavor = 17;
        options.populate = false;
        m_simulator = std::make_unique<OdooSimulator>(options);
        QVERIFY(m_simulator->start());
        SimDatabase *db = m_simulator->database();
        const int vendor = db->insert(QStringLiteral("res.partner"),
                                      {{QStringLiteral("name"), QStringLiteral("Brouwerij Het Anker")}}, 1);
        m_order = db->insert(
            QStringLiteral("purchase.order"),
            {{QStringLiteral("partner_id"), vendor}, {QStringLiteral("state"), QStringLiteral("to approve")}},
            1);
        for (const auto &[name, qty, price] :
             {std::tuple{"Gouden Carolus 33 cl", 24.0, 1.25}, std::tuple{"Kasteelbier 75 cl", 6.0, 7.5}}) {
            db->insert(QStringLiteral("purchase.order.line"),
                       {{QStringLiteral("order_id"), m_order},
                        {QStringLiteral("name"), QString::fromUtf8(name)},
                        {QStringLiteral("product_qty"), qty},
                        {QStringLiteral("price_unit"), price},
                        {QStringLiteral("price_subtotal"), qty * price}},
                       1);
        }
        const int author = db->insert(QStringLiteral("res.partner"),
                                      {{QStringLiteral("name"), QStringLiteral("Ines Buyer")}}, 1);
        for (const QString &body :
             {QStringLiteral("<p>Price agreed by phone</p>"), QStringLiteral("<p>Please approve</p>")}) {
            db->insert(QStringLiteral("mail.message"),
                       {{QStringLiteral("model"), QStringLiteral("purchase.order")},
                        {QStringLiteral("res_id"), m_order},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("author_id"), author},
                        {QStringLiteral("date"), QStringLiteral("2026-11-30 08:15:00")}},
                       1);
        }
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = m_simulator->options().database;
        settings.login = QStringLiteral("admin");
        m_connection = std::make_unique<OdooConnection>(settings, QStringLiteral("admin"));
        QSignalSpy opened(m_connection.get(), &OdooConnection::opened);
        m_connection->open();
        QVERIFY(opened.wait(10000));
    }

    void cleanup()
    {
        m_connection.reset();
        m_simulator.reset();
    }

    void purchaseOrderDetailsAreTyped()
    {
        const RecordDetails details = read(QStringLiteral("purchase.order"), m_order);
        QCOMPARE(details.lines.size(), 2);
        QCOMPARE(details.lines.at(0).name, QStringLiteral("Gouden Carolus 33 cl"));
        QCOMPARE(details.lines.at(0).quantity, 24.0);
        QCOMPARE(details.lines.at(0).unitPrice, 1.25);
        QCOMPARE(details.lines.at(1).name, QStringLiteral("Kasteelbier 75 cl"));
        QCOMPARE(details.lines.at(1).quantity, 6.0);
        QCOMPARE(details.messages.size(), 2);
        QCOMPARE(details.messages.first().bodyHtml, QStringLiteral("<p>Please approve</p>")); // newest first
        QCOMPARE(details.messages.first().author, QStringLiteral("Ines Buyer"));
        QCOMPARE(details.messages.first().at, QDateTime(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC));
        // The simulator has no ir.attachment (its schema is what the contract captured): that read
        // is refused, and the other parts arrive all the same.
        QVERIFY(details.attachments.isEmpty());
    }

    void otherRecordsReadNoLines()
    {
        const int picking =
            m_simulator->database()->insert(QStringLiteral("stock.picking"),
                                            {{QStringLiteral("name"), QStringLiteral("GEN1/IN/00007")},
                                             {QStringLiteral("state"), QStringLiteral("assigned")}},
                                            1);
        const RecordDetails details = read(QStringLiteral("stock.picking"), picking);
        QVERIFY(details.lines.isEmpty());
        QVERIFY(details.messages.isEmpty());
        QVERIFY(details.attachments.isEmpty());
    }

    void aRefusedPartStaysEmpty()
    {
        // No retries here: the one 502 refuses one of the reads for good.
        ConnectionSettings settings = m_connection->settings();
        settings.readPolicy = RetryPolicy::singleAttempt(std::chrono::seconds(5));
        m_connection = std::make_unique<OdooConnection>(settings, QStringLiteral("admin"));
        QSignalSpy opened(m_connection.get(), &OdooConnection::opened);
        m_connection->open();
        QVERIFY(opened.wait(10000));
        m_simulator->server()->faults().failNext(1, SimFaults::Kind::BadGateway);
        const RecordDetails details = read(QStringLiteral("purchase.order"), m_order);
        // Whichever read the 502 hit, the answer still comes, once, with the parts that were read.
        QVERIFY(!details.lines.isEmpty() || !details.messages.isEmpty());
        QVERIFY(details.lines.isEmpty() || details.lines.size() == 2);
        QVERIFY(details.messages.isEmpty() || details.messages.size() == 2);
    }
};

QTEST_GUILESS_MAIN(TestRecordDetailsReader)
#include "tst_recorddetailsreader.moc"
