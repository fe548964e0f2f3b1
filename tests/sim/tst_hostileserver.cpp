// hqtower-cli against servers that misbehave on purpose: the in-process simulator with answers
// rewritten (wrong types, bad ids, escape codes, odd versions, huge messages and bodies) and a raw
// socket that breaks HTTP itself (401 pages, cut-off and malformed chunked bodies, redirects, a
// server that never answers). Each scenario runs `check` and `sync --once` and asserts the exit
// code, the first line of the error, bounded memory, and that the password appears nowhere.
#include "cliprocess.h"
#include "odooreplies.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>
#include <sys/resource.h>

namespace {

// A password that no server answer or message would contain by chance.
const QString kSecret = QStringLiteral("hostile-S3cret-pw");
const QString kSecretVariable = QStringLiteral("HQ_TEST_SECRET");

// Answers every request on a raw socket with what `answer` writes, HTTP framing included.
class RawServer : public QObject
{
public:
    using Answer = std::function<void(QTcpSocket *socket)>;

    explicit RawServer(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_request += socket->readAll();
                    const qsizetype end = m_request.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = m_request.left(end).toLower();
                    const qsizetype lengthAt = head.indexOf("content-length:");
                    const int length =
                        lengthAt < 0 ? 0
                                     : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                                           .trimmed()
                                           .toInt();
                    if (m_request.size() < end + 4 + length)
                        return;
                    m_request.clear();
                    m_answer(socket);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    Answer m_answer;
    QByteArray m_request;
};

// TLS with the self-signed test certificate in front of a plain server: every connection is
// relayed byte for byte to `target` (the simulator), as a TLS-terminating proxy would.
class TlsRelay : public QObject
{
public:
    explicit TlsRelay(quint16 target)
    {
        QFile certificateFile(QStringLiteral(HQ_TEST_FIXTURES_DIR "/tls/server.crt"));
        QFile keyFile(QStringLiteral(HQ_TEST_FIXTURES_DIR "/tls/server.key"));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this, target] {
            while (QTcpSocket *front = m_server.nextPendingConnection()) {
                auto *back = new QTcpSocket(front);
                connect(front, &QTcpSocket::readyRead, back,
                        [front, back] { back->write(front->readAll()); });
                connect(back, &QTcpSocket::readyRead, front,
                        [front, back] { front->write(back->readAll()); });
                connect(back, &QTcpSocket::disconnected, front, &QTcpSocket::disconnectFromHost);
                connect(front, &QTcpSocket::disconnected, front, &QObject::deleteLater);
                back->connectToHost(QHostAddress::LocalHost, target);
                if (front->bytesAvailable() > 0)
                    back->write(front->readAll()); // written once connected
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

void writeAndClose(QTcpSocket *socket, const QByteArray &bytes)
{
    socket->write(bytes);
    socket->flush();
    socket->disconnectFromHost();
}

QByteArray httpAnswer(const QByteArray &status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Streams `total` bytes of a JSON array with no length given, as fast as the client reads.
void streamEndlessly(QTcpSocket *socket, qint64 total)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
    auto *left = new qint64(total);
    const auto more = [socket, left] {
        while (*left > 0 && socket->bytesToWrite() < (1 << 20)) {
            socket->write(QByteArray(1 << 16, '1').append(','));
            *left -= (1 << 16) + 1;
        }
        if (*left <= 0)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    QObject::connect(socket, &QObject::destroyed, [left] { delete left; });
    more();
}

QByteArray errorEnvelope(const QByteArray &exception, const QByteArray &message)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                   {QStringLiteral("id"), 1},
                   {QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), 200},
                                {QStringLiteral("message"), QStringLiteral("Odoo Server Error")},
                                {QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("name"), QString::fromUtf8(exception)},
                                             {QStringLiteral("message"), QString::fromUtf8(message)}}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray resultEnvelope(const QJsonValue &result)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), 1},
                                     {QStringLiteral("result"), result}})
        .toJson(QJsonDocument::Compact);
}

// `answer` as the answer to `request`: with its JSON-RPC id plus `offset` (0: the right id).
bool isCall(const QByteArray &request, const char *method)
{
    return request.contains(QByteArray("\"") + method + '"');
}

} // namespace

using Rewrite = SimFaults::Rewrite;
Q_DECLARE_METATYPE(Rewrite)
using RawAnswer = RawServer::Answer;
Q_DECLARE_METATYPE(RawAnswer)

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    static CliRun runCli(const QStringList &arguments)
    {
        return CliProcess::run(arguments, CliProcess::environmentWith({{kSecretVariable, kSecret}}));
    }

    static QByteArray firstErrorLine(const CliRun &run)
    {
        const QByteArray err = run.err.toUtf8();
        for (const QByteArray &line : err.split('\n')) {
            if (line.startsWith("Error") || line.startsWith("Warning"))
                return line;
        }
        return err.left(err.indexOf('\n'));
    }

    // Nothing of the password, and no raw control byte, in anything the run printed or saved.
    static void verifyClean(const CliRun &run, const QString &folder)
    {
        const QByteArray secret = kSecret.toUtf8();
        const QByteArray err = run.err.toUtf8();
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!err.contains(secret));
        for (const QByteArray *stream : {&run.out, &err}) {
            for (char byte : *stream)
                QVERIFY2(byte == '\n' || byte == '\t' || uchar(byte) >= 0x20, stream->left(300).constData());
        }
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }

    static QStringList connection(const QUrl &url)
    {
        return {QStringLiteral("--url"),          url.toString(),
                QStringLiteral("--db"),           QStringLiteral("odoo17"),
                QStringLiteral("--login"),        QStringLiteral("admin"),
                QStringLiteral("--password-env"), kSecretVariable,
                QStringLiteral("--timeout"),      QStringLiteral("3")};
    }

    // A populated Odoo 17 simulator whose admin has the test's password; null if it did not start.
    static std::unique_ptr<OdooSimulator> populatedSimulator()
    {
        SimulatorOptions options;
        options.flavor = 17;
        options.populate = true;
        options.seed = 3;
        auto simulator = std::make_unique<OdooSimulator>(options);
        if (!simulator->start())
            return nullptr;
        simulator->backend()->setPassword(QStringLiteral("admin"), kSecret);
        return simulator;
    }

    void runScenario(const QUrl &url, const QStringList &extra, int checkExit, int syncExit,
                     const QByteArray &expected)
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QStringList base = connection(url) + extra;
        const CliRun check = runCli(QStringList{QStringLiteral("check")} + base);
        QVERIFY2(
            check.exitCode == checkExit,
            qPrintable(QStringLiteral("check exited %1: %2").arg(check.exitCode).arg(check.err.left(600))));
        const CliRun sync =
            runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--budget"),
                               QStringLiteral("0"), QStringLiteral("--cache"),
                               folder.filePath(QStringLiteral("cache.sqlite"))} +
                   base);
        QVERIFY2(sync.exitCode == syncExit,
                 qPrintable(QStringLiteral("sync exited %1: %2").arg(sync.exitCode).arg(sync.err.left(600))));
        const QByteArray seen = check.out + check.err.toUtf8() + sync.out + sync.err.toUtf8();
        QVERIFY2(seen.contains(expected),
                 qPrintable(QString::fromUtf8(firstErrorLine(check) + " | " + firstErrorLine(sync))));
        // A server message is cut to 2,000 characters: no line is ever huge.
        for (const QByteArray &line : seen.split('\n'))
            QVERIFY2(line.size() < 8000, line.left(200).constData());
        verifyClean(check, folder.path());
        verifyClean(sync, folder.path());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(HQ_CLI_PATH))); }

    void rewrittenAnswers_data()
    {
        QTest::addColumn<Rewrite>("rewrite");
        QTest::addColumn<int>("checkExit");
        QTest::addColumn<int>("syncExit");
        QTest::addColumn<QByteArray>("expected");
        const auto onCall = [](const char *method, QByteArray replacement) {
            return Rewrite([method, replacement](const QByteArray &path, const QByteArray &request,
                                                 const QByteArray &answer) {
                // The version comes from common.version once GET /web/version fails, as on 17.
                if (path == "/web/version" && qstrcmp(method, "version") == 0)
                    return QByteArray("<html>404</html>");
                return isCall(request, method) ? OdooReplies::answering(request, replacement) : answer;
            });
        };
        QTest::newRow("login uid is a string") << onCall("login", resultEnvelope(QStringLiteral("2"))) << 5
                                               << 5 << QByteArray("is not a user id");
        QTest::newRow("login uid is a list")
            << onCall("login", resultEnvelope(QJsonArray{2})) << 5 << 5 << QByteArray("is not a user id");
        QTest::newRow("login refused")
            << onCall("login", resultEnvelope(false)) << 3 << 3 << QByteArray("Odoo refused the login");
        QTest::newRow("records are a string")
            << onCall("search_read", resultEnvelope(QStringLiteral("no records today"))) << 5 << 5
            << QByteArray("not a list");
        QTest::newRow("every call a user error")
            << onCall("execute_kw", errorEnvelope("odoo.exceptions.UserError", "Closed for inventory")) << 5
            << 5 << QByteArray("Closed for inventory");
        QTest::newRow("every call crashes the worker")
            << onCall("execute_kw", errorEnvelope("builtins.MemoryError", "out of memory")) << 5 << 5
            << QByteArray("could not check");
        QTest::newRow("a megabyte of error message")
            << onCall("execute_kw", errorEnvelope("odoo.exceptions.UserError", QByteArray(1 << 20, 'x'))) << 5
            << 5 << QByteArray("xxx\xe2\x80\xa6"); // cut, with "…"
        QTest::newRow("escape codes in the version")
            << onCall("version",
                      resultEnvelope(QJsonObject{
                          {QStringLiteral("server_version"), QStringLiteral("17.0\x1b[2J\x1b]0;owned\x07")},
                          {QStringLiteral("server_version_info"),
                           QJsonArray{17, 0, 0, QStringLiteral("final"), 0, QString()}}}))
            << 0 << 0 << QByteArray("17.0\\u001B[2J\\u001B]0;owned\\u0007");
        QTest::newRow("escape codes in an error")
            << onCall("execute_kw", errorEnvelope("odoo.exceptions.UserError", "Stop\x1b[2J\r\xe2\x80\xae"
                                                                               "evil"))
            << 5 << 5 << QByteArray("Stop\\u001B[2J\\u000D\\u202Eevil");
        QTest::newRow("version 20")
            << onCall("version", resultEnvelope(QJsonObject{
                                     {QStringLiteral("server_version"), QStringLiteral("20.0")},
                                     {QStringLiteral("server_version_info"),
                                      QJsonArray{20, 0, 0, QStringLiteral("final"), 0, QString()}}}))
            << 0 << 0 << QByteArray("newer than the versions HQ Tower was verified with");
        QTest::newRow("no version at all")
            << onCall("version", resultEnvelope(QJsonObject{{QStringLiteral("hello"), 1}})) << 5 << 5
            << QByteArray("did not say which Odoo version");
        QTest::newRow("deep nesting")
            << onCall("search_read", QByteArray(100000, '[') + QByteArray(100000, ']')) << 0 << 5
            << QByteArray("not understood");
        QTest::newRow("answer to another request")
            << Rewrite([](const QByteArray &, const QByteArray &request, const QByteArray &answer) {
                   return isCall(request, "search_read") ? OdooReplies::answering(request, answer, 1000)
                                                         : answer;
               })
            << 0 << 5 << QByteArray("belongs to another request");
        QTest::newRow("invalid utf-8 in a title")
            << Rewrite([](const QByteArray &, const QByteArray &request, const QByteArray &answer) {
                   if (!isCall(request, "search_read") || !request.contains("purchase.order"))
                       return answer;
                   QByteArray changed = answer;
                   return changed.replace("\"P0", "\"\xff\xfe P0");
               })
            << 0 << 5 << QByteArray("not valid JSON");
    }

    void rewrittenAnswers()
    {
        QFETCH(Rewrite, rewrite);
        QFETCH(int, checkExit);
        QFETCH(int, syncExit);
        QFETCH(QByteArray, expected);
        const auto simulator = populatedSimulator();
        QVERIFY(simulator);
        simulator->server()->faults().setRewrite(rewrite);
        runScenario(simulator->url(), {}, checkExit, syncExit, expected);
    }

    void brokenHttp_data()
    {
        QTest::addColumn<RawAnswer>("answer");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("401 page") << RawAnswer([](QTcpSocket *socket) {
            writeAndClose(socket, httpAnswer("401 Unauthorized", "text/html", "<html>Sign in first</html>"));
        }) << QStringList() << 3 << QByteArray("Error (Auth)");
        QTest::newRow("502 from the proxy") << RawAnswer([](QTcpSocket *socket) {
            writeAndClose(socket, httpAnswer("502 Bad Gateway", "text/html", "<html>502 Bad Gateway</html>"));
        }) << QStringList() << 4 << QByteArray("HTTP 502 Bad Gateway");
        QTest::newRow("cut off mid-body") << RawAnswer([](QTcpSocket *socket) {
            writeAndClose(socket,
                          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                          "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {\"server_version\"");
        }) << QStringList() << 4 << QByteArray("Error (");
        QTest::newRow("malformed chunks") << RawAnswer([](QTcpSocket *socket) {
            writeAndClose(
                socket,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                "zz\r\n{\"jsonrpc\": \"2.0\"\r\n0\r\n\r\n");
        }) << QStringList() << 4 << QByteArray("broken chunked framing");
        QTest::newRow("redirect to another host") << RawAnswer([](QTcpSocket *socket) {
            writeAndClose(
                socket,
                "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/web/login\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n");
        }) << QStringList() << 5 << QByteArray("127.0.0.2");
        QTest::newRow("dribbles a byte every 50 ms") << RawAnswer([](QTcpSocket *socket) {
            const QByteArray answer = httpAnswer("200 OK", "application/json", QByteArray(4000, ' ') + "{}");
            auto *timer = new QTimer(socket);
            auto *sent = new qsizetype(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, answer, sent] {
                if (*sent < answer.size())
                    socket->write(answer.mid((*sent)++, 1));
            });
            QObject::connect(socket, &QObject::destroyed, [sent] { delete sent; });
            timer->start(50);
        }) << QStringList() << 4 << QByteArray("did not answer in time");
        QTest::newRow("never answers")
            << RawAnswer([](QTcpSocket *) {}) << QStringList() << 4 << QByteArray("did not answer in time");
        QTest::newRow("declares 200 MB") << RawAnswer([](QTcpSocket *socket) {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n[1,");
        }) << QStringList() << 5 << QByteArray("more than 64 MB");
        QTest::newRow("streams 80 MB past a 16 MB cap")
            << RawAnswer([](QTcpSocket *socket) { streamEndlessly(socket, qint64(80) << 20); })
            << QStringList{QStringLiteral("--max-answer-mb"), QStringLiteral("16")} << 5
            << QByteArray("more than 16 MB");
    }

    void brokenHttp()
    {
        QFETCH(RawAnswer, answer);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        RawServer server(answer);
        // The first request (the version) already fails: check and sync end the same way.
        runScenario(server.url(), extra, exitCode, exitCode, expected);
    }

    void tlsInFront_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("self-signed, not trusted") << QStringLiteral("https") << QStringList() << 4
                                                  << QByteArray("certificate could not be verified");
        QTest::newRow("self-signed, trusted with --ca-file")
            << QStringLiteral("https")
            << QStringList{QStringLiteral("--ca-file"),
                           QStringLiteral(HQ_TEST_FIXTURES_DIR "/tls/server.crt")}
            << 0 << QByteArray("Mitchell Admin (uid 2)");
        QTest::newRow("plain HTTP to the TLS port")
            << QStringLiteral("http") << QStringList() << 4 << QByteArray("Error (");
    }

    void tlsInFront()
    {
        QFETCH(QString, scheme);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        const auto simulator = populatedSimulator();
        QVERIFY(simulator);
        TlsRelay relay(simulator->url().port());
        QVERIFY(relay.port() != 0);
        runScenario(QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(relay.port())), extra, exitCode,
                    exitCode, expected);
    }

    void memoryStaysBounded()
    {
        // After every scenario above, the largest child (the CLI) stayed far below the bodies sent.
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        const long maxMegabytes = usage.ru_maxrss / 1024;
        qInfo("largest hqtower-cli run: %ld MB resident", maxMegabytes);
        QVERIFY2(maxMegabytes < 400, qPrintable(QString::number(maxMegabytes)));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
