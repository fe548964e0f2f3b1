// hqtower-cli against servers that misbehave on purpose: the in-process simulator with answers
// rewritten (wrong types, bad ids, escape codes, odd versions, huge messages and bodies) and a raw
// socket that breaks HTTP itself (401 pages, cut-off and malformed chunked bodies, redirects, a
// server that never answers). Each scenario runs `check` and `sync --once` and asserts the exit
// code, the first line of the error, bounded memory, and that the password appears nowhere.
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
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

bool isCall(const QByteArray &request, const char *method)
{
    return request.contains(QByteArray("\"") + method + '"');
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

using Rewrite = SimFaults::Rewrite;
Q_DECLARE_METATYPE(Rewrite)
using RawAnswer = RawServer::Answer;
Q_DECLARE_METATYPE(RawAnswer)

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    static Run runCli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(kSecretVariable, kSecret);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HQ_CLI_PATH), arguments);
        Run run;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static QByteArray firstErrorLine(const Run &run)
    {
        for (const QByteArray &line : run.err.split('\n')) {
            if (line.startsWith("Error") || line.startsWith("Warning"))
                return line;
        }
        return run.err.left(run.err.indexOf('\n'));
    }

    // Nothing of the password, and no raw control byte, in anything the run printed or saved.
    static void verifyClean(const Run &run, const QString &folder)
    {
        const QByteArray secret = kSecret.toUtf8();
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(secret));
        for (const QByteArray *stream : {&run.out, &run.err}) {
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

    void runScenario(const QUrl &url, const QStringList &extra, int checkExit, int syncExit,
                     const QByteArray &expected)
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QStringList base = connection(url) + extra;
        const Run check = runCli(QStringList{QStringLiteral("check")} + base);
        QVERIFY2(check.exitCode == checkExit, qPrintable(QStringLiteral("check exited %1: %2")
                                                             .arg(check.exitCode)
                                                             .arg(QString::fromUtf8(check.err.left(600)))));
        const Run sync =
            runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--budget"),
                               QStringLiteral("0"), QStringLiteral("--cache"),
                               folder.filePath(QStringLiteral("cache.sqlite"))} +
                   base);
        QVERIFY2(sync.exitCode == syncExit, qPrintable(QStringLiteral("sync exited %1: %2")
                                                           .arg(sync.exitCode)
                                                           .arg(QString::fromUtf8(sync.err.left(600)))));
        const QByteArray seen = check.out + check.err + sync.out + sync.err;
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
                return isCall(request, method) ? replacement : answer;
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
        SimulatorOptions options;
        options.flavor = 17;
        options.populate = true;
        options.seed = 3;
        OdooSimulator simulator(options);
        QVERIFY(simulator.start());
        simulator.backend()->setPassword(QStringLiteral("admin"), kSecret);
        simulator.server()->faults().setRewrite(rewrite);
        runScenario(simulator.url(), {}, checkExit, syncExit, expected);
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
        }) << QStringList() << 5 << QByteArray("HTTP 502 Bad Gateway");
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
        }) << QStringList() << 4 << QByteArray("Error (");
        QTest::newRow("redirect to another host") << RawAnswer([](QTcpSocket *socket) {
            writeAndClose(
                socket,
                "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/web/login\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n");
        }) << QStringList() << 5 << QByteArray("127.0.0.2");
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
        if (qstrcmp(QTest::currentDataTag(), "malformed chunks") == 0) {
            const Run check = runCli(QStringList{QStringLiteral("check")} + connection(server.url()));
            QVERIFY(!check.err.contains(kSecret.toUtf8()));
            QEXPECT_FAIL("",
                         "Qt hands a broken chunked body over as an empty answer (exit 5); it should be a "
                         "transport problem (exit 4): #12 point 10, still open",
                         Abort);
            QCOMPARE(check.exitCode, exitCode);
        }
        // The first request (the version) already fails: check and sync end the same way.
        runScenario(server.url(), extra, exitCode, exitCode, expected);
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
