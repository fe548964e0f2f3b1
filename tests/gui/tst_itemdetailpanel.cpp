// ItemDetailPanel with a hostile record: a title that is markup and fields with escape codes and
// bidi overrides are shown as visible text, never rendered, reordered or hidden.
#include "itemdetailpanel.h"

#include <QLabel>
#include <QTextBrowser>
#include <QtTest>

class TestItemDetailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverTextIsShownAsText()
    {
        QueueItem item;
        item.id = QStringLiteral("purchase.order:7");
        item.model = QStringLiteral("purchase.order");
        item.resId = 7;
        item.kind = ItemKind::Approval;
        item.title = QStringLiteral("<img src='http://example.invalid/x.png'>P007\u202Egnp.exe");
        item.summary = QStringLiteral("Vendor \x1b[2JCleared");
        item.fields.insert(QStringLiteral("partner_ref"),
                           QStringLiteral("ref\u2066hidden\u2069 <b>bold</b>"));
        ItemDetailPanel panel;
        panel.showItem(item, std::nullopt, {Decision::Action::Approve}, QUrl(), std::nullopt);

        const auto *title = panel.findChild<QLabel *>();
        QVERIFY(title);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), QStringLiteral("<img src='http://example.invalid/x.png'>P007\\u202Egnp.exe"));

        const auto *body = panel.findChild<QTextBrowser *>();
        QVERIFY(body);
        const QString shown = body->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Vendor \\u001B[2JCleared")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("ref\\u2066hidden\\u2069 <b>bold</b>")), qPrintable(shown));
        for (const QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
                         c.unicode() == 0x2029,
                     qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(!shown.contains(QChar(0x2066)));
        QVERIFY(!body->toHtml().contains(QStringLiteral("<b>bold")));
    }
};

QTEST_MAIN(TestItemDetailPanel)
#include "tst_itemdetailpanel.moc"
