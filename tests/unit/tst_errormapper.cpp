// ErrorMapper and OdooError: exception names, HTTP shapes and network failures map to the right
// kind with a message a user can read, and never a traceback.
#include "odoo/errormapper.h"
#include "odoo/json2transport.h"
#include "odoo/jsonrpccodec.h"

#include <QJsonDocument>
#include <QtTest>

class TestErrorMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exceptionNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<OdooError::Kind>("kind");
        using Kind = OdooError::Kind;
        QTest::newRow("access denied") << QStringLiteral("odoo.exceptions.AccessDenied") << 200 << Kind::Auth;
        QTest::newRow("access error") << QStringLiteral("odoo.exceptions.AccessError") << 200 << Kind::Access;
        QTest::newRow("validation") << QStringLiteral("odoo.exceptions.ValidationError") << 200
                                    << Kind::Validation;
        QTest::newRow("user error") << QStringLiteral("odoo.exceptions.UserError") << 200 << Kind::UserError;
        QTest::newRow("missing") << QStringLiteral("odoo.exceptions.MissingError") << 200 << Kind::Missing;
        QTest::newRow("session") << QStringLiteral("odoo.http.SessionExpiredException") << 200
                                 << Kind::SessionExpired;
        QTest::newRow("unauthorized")
            << QStringLiteral("werkzeug.exceptions.Unauthorized") << 401 << Kind::Auth;
        QTest::newRow("not found") << QStringLiteral("werkzeug.exceptions.NotFound") << 404 << Kind::NotFound;
        QTest::newRow("attribute") << QStringLiteral("builtins.AttributeError") << 200 << Kind::NotFound;
        QTest::newRow("value error") << QStringLiteral("builtins.ValueError") << 200 << Kind::Server;
        QTest::newRow("unknown 422") << QStringLiteral("some.Other") << 422 << Kind::UserError;
        QTest::newRow("unknown 403") << QString() << 403 << Kind::Access;
    }

    void exceptionNames()
    {
        QFETCH(QString, name);
        QFETCH(int, httpStatus);
        QFETCH(OdooError::Kind, kind);
        QCOMPARE(ErrorMapper::kindForException(name, httpStatus), kind);
    }

    void keepsMessageDropsTraceback()
    {
        const QJsonObject payload{
            {QStringLiteral("name"), QStringLiteral("odoo.exceptions.UserError")},
            {QStringLiteral("message"), QStringLiteral("You must cancel it first.")},
            {QStringLiteral("debug"), QStringLiteral("Traceback (most recent call last): ...")}};
        const OdooError error = ErrorMapper::fromOdooPayload(payload, 200);
        QCOMPARE(error.kind(), OdooError::Kind::UserError);
        QCOMPARE(error.message(), QStringLiteral("You must cancel it first."));
        QCOMPARE(error.exceptionName(), QStringLiteral("odoo.exceptions.UserError"));
        QVERIFY(!error.userMessage().contains(QStringLiteral("Traceback")));
        QVERIFY(error.userMessage().endsWith(QStringLiteral("You must cancel it first.")));
    }

    void sessionExpiredByCode()
    {
        const OdooError error =
            ErrorMapper::fromOdooPayload({}, 200, 100, QStringLiteral("Odoo Session Expired"));
        QCOMPARE(error.kind(), OdooError::Kind::SessionExpired);
        QCOMPARE(error.message(), QStringLiteral("Odoo Session Expired"));
    }

    void unknownDatabaseIsPlain()
    {
        const QJsonObject payload{
            {QStringLiteral("name"), QStringLiteral("psycopg2.OperationalError")},
            {QStringLiteral("message"),
             QStringLiteral("connection to server at \"10.1.2.3\", port 5432 failed: FATAL:  "
                            "database \"shop\" does not exist\n")}};
        const OdooError error = ErrorMapper::fromOdooPayload(payload, 200);
        QCOMPARE(error.kind(), OdooError::Kind::Auth);
        QVERIFY(error.message().contains(QStringLiteral("\"shop\" does not exist")));
        QVERIFY(!error.message().contains(QStringLiteral("10.1.2.3")));
    }

    void httpShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<OdooError::Kind>("kind");
        QTest::addColumn<QString>("mentions");
        using Kind = OdooError::Kind;
        QTest::newRow("proxy 502 page")
            << 502 << QByteArray("text/html")
            << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>") << 0
            << false << Kind::Server << QStringLiteral("502 Bad Gateway");
        QTest::newRow("html 200 login page") << 200 << QByteArray("text/html; charset=utf-8")
                                             << QByteArray("<!DOCTYPE html><html><title>Odoo</title></html>")
                                             << 0 << false << Kind::Protocol << QStringLiteral("web page");
        QTest::newRow("html 404") << 404 << QByteArray("text/html")
                                  << QByteArray("<!DOCTYPE html><title>Odoo</title>") << 0 << false
                                  << Kind::NotFound << QStringLiteral("404");
        QTest::newRow("empty 200") << 200 << QByteArray("application/json") << QByteArray() << 0 << false
                                   << Kind::Protocol << QStringLiteral("empty");
        QTest::newRow("empty 503") << 503 << QByteArray() << QByteArray() << 0 << false << Kind::Server
                                   << QStringLiteral("503");
        QTest::newRow("invalid json 400")
            << 400 << QByteArray("text/html; charset=utf-8") << QByteArray("Invalid JSON data") << 0 << false
            << Kind::Protocol << QStringLiteral("Invalid JSON data");
        QTest::newRow("refused") << 0 << QByteArray() << QByteArray()
                                 << int(QNetworkReply::ConnectionRefusedError) << false << Kind::Network
                                 << QStringLiteral("refused");
        QTest::newRow("host not found")
            << 0 << QByteArray() << QByteArray() << int(QNetworkReply::HostNotFoundError) << false
            << Kind::Network << QStringLiteral("could not be found");
        QTest::newRow("timeout") << 0 << QByteArray() << QByteArray()
                                 << int(QNetworkReply::OperationCanceledError) << true << Kind::Timeout
                                 << QStringLiteral("in time");
        QTest::newRow("tls") << 0 << QByteArray() << QByteArray()
                             << int(QNetworkReply::SslHandshakeFailedError) << false << Kind::Tls
                             << QStringLiteral("certificate");
        QTest::newRow("cut off") << 200 << QByteArray("application/json")
                                 << QByteArray("{\"jsonrpc\": \"2.0\", \"res")
                                 << int(QNetworkReply::RemoteHostClosedError) << false << Kind::Network
                                 << QStringLiteral("closed the connection");
    }

    void httpShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, networkError);
        QFETCH(bool, timedOut);
        QFETCH(OdooError::Kind, kind);
        QFETCH(QString, mentions);
        HttpReply reply;
        reply.status = status;
        reply.contentType = contentType;
        reply.body = body;
        reply.networkError = QNetworkReply::NetworkError(networkError);
        reply.timedOut = timedOut;
        // Both decoders must agree on what is not an Odoo answer at all.
        for (const OdooResult &result :
             {JsonRpcCodec::decodeReply(reply), Json2Transport(QString(), QString()).decode(reply)}) {
            QCOMPARE(result.error.kind(), kind);
            QVERIFY2(result.error.userMessage().contains(mentions), qPrintable(result.error.userMessage()));
        }
    }

    void cutOffJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("cutOff");
        QTest::newRow("in a string") << QByteArray(
                                            "{\"jsonrpc\": \"2.0\", \"id\": 3, \"result\": [{\"id\": 1, \"na")
                                     << true;
        QTest::newRow("after a number")
            << QByteArray("{\"jsonrpc\": \"2.0\", \"id\": 3, \"result\": [{\"id\": 12") << true;
        QTest::newRow("in a literal")
            << QByteArray("{\"jsonrpc\": \"2.0\", \"id\": 3, \"result\": tr") << true;
        QTest::newRow("escaped quote") << QByteArray("{\"result\": \"say \\\"hi}") << true;
        QTest::newRow("brackets in strings") << QByteArray("{\"result\": \"]}]}\", \"x\": [") << true;
        QTest::newRow("garbage inside") << QByteArray("{\"jsonrpc\": \"2.0\", \"result\": nope}") << false;
        QTest::newRow("plain text") << QByteArray("Service temporarily unavailable") << false;
        QTest::newRow("closes too much") << QByteArray("{\"a\": 1}]}") << false;
    }

    void cutOffJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, cutOff);
        QCOMPARE(ErrorMapper::endsInsideJson(body), cutOff);
        HttpReply reply;
        reply.status = 200;
        reply.contentType = "application/json";
        reply.body = body;
        // A complete HTTP answer whose JSON stops short was cut on the way: transient, tried again
        // like a 502 (exit 4). Malformed JSON that is whole is the server's fault: not tried again.
        for (const OdooResult &result :
             {JsonRpcCodec::decodeReply(reply), Json2Transport(QString(), QString()).decode(reply)}) {
            QCOMPARE(result.error.kind(), cutOff ? OdooError::Kind::Incomplete : OdooError::Kind::Protocol);
            QCOMPARE(result.error.isTransient(), cutOff);
            if (cutOff)
                QVERIFY2(result.error.userMessage().contains(QStringLiteral("%1 bytes").arg(body.size())),
                         qPrintable(result.error.userMessage()));
        }
    }

    void unauthorizedIsAuthWhateverTheBody_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("plain text") << QByteArray("text/plain") << QByteArray("Unauthorized");
        QTest::newRow("proxy page") << QByteArray("text/html")
                                    << QByteArray("<html><title>401 Authorization Required</title></html>");
        QTest::newRow("not odoo json")
            << QByteArray("application/json") << QByteArray("{\"detail\": \"no\"}");
    }

    void unauthorizedIsAuthWhateverTheBody()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        HttpReply reply;
        reply.status = 401;
        reply.reasonPhrase = "Unauthorized";
        reply.contentType = contentType;
        reply.body = body;
        for (const OdooResult &result :
             {JsonRpcCodec::decodeReply(reply), Json2Transport(QString(), QString()).decode(reply)}) {
            QCOMPARE(result.error.kind(), OdooError::Kind::Auth);
            QVERIFY2(result.error.userMessage().contains(QStringLiteral("HTTP 401")),
                     qPrintable(result.error.userMessage()));
            QVERIFY(!result.error.userMessage().contains(QStringLiteral("JSON")));
        }
    }

    void envelopeWithoutResultIsNullSuccess()
    {
        HttpReply reply;
        reply.status = 200;
        reply.body = R"({"jsonrpc": "2.0", "id": 7})";
        const OdooResult result = JsonRpcCodec::decodeReply(reply);
        QVERIFY(result.ok());
        QVERIFY(result.value.isNull());
    }

    void foreignJsonIsProtocol()
    {
        HttpReply reply;
        reply.status = 200;
        reply.body = R"({"status": "ok"})";
        QCOMPARE(JsonRpcCodec::decodeReply(reply).error.kind(), OdooError::Kind::Protocol);
    }

    void transience()
    {
        QVERIFY(OdooError(OdooError::Kind::Network, {}).isTransient());
        QVERIFY(OdooError(OdooError::Kind::Timeout, {}).isTransient());
        QVERIFY(OdooError(OdooError::Kind::Incomplete, {}).isTransient());
        QVERIFY(OdooError(OdooError::Kind::Server, {}, {}, 502).isTransient());
        QVERIFY(OdooError(OdooError::Kind::Server, {}, {}, 503).isTransient());
        QVERIFY(!OdooError(OdooError::Kind::Server, {}, {}, 500).isTransient());
        QVERIFY(!OdooError(OdooError::Kind::Auth, {}).isTransient());
        QVERIFY(!OdooError(OdooError::Kind::Tls, {}).isTransient());
        QVERIFY(!OdooError(OdooError::Kind::Access, {}).isTransient());
    }

    void everyKindHasAPlainSummary()
    {
        const QMetaEnum kinds = QMetaEnum::fromType<OdooError::Kind>();
        QSet<QString> summaries;
        for (int i = 0; i < kinds.keyCount(); ++i) {
            const auto kind = OdooError::Kind(kinds.value(i));
            if (kind == OdooError::Kind::None)
                continue;
            const QString summary = OdooError(kind, QString()).userMessage();
            QVERIFY2(summary.endsWith(QLatin1Char('.')), qPrintable(summary));
            summaries.insert(summary);
        }
        QCOMPARE(summaries.size(), kinds.keyCount() - 1);
    }
};

QTEST_GUILESS_MAIN(TestErrorMapper)
#include "tst_errormapper.moc"
