// CliExit::forError: which exit code each kind of failure gives hqtower-cli's callers (scripts
// tell "the server could not be reached" (4) from "it answered wrongly" (5)).
#include "cli/cliexitcode.h"
#include "odoo/odooerror.h"

#include <QtTest>

class TestCliExitCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<OdooError>("error");
        QTest::addColumn<int>("code");
        using Kind = OdooError::Kind;
        QTest::newRow("none") << OdooError() << 0;
        QTest::newRow("refused login") << OdooError(Kind::Auth, {}) << 3;
        QTest::newRow("session expired") << OdooError(Kind::SessionExpired, {}) << 3;
        QTest::newRow("connection refused") << OdooError(Kind::Network, {}) << 4;
        QTest::newRow("timeout") << OdooError(Kind::Timeout, {}) << 4;
        QTest::newRow("cut off") << OdooError(Kind::Incomplete, {}) << 4;
        QTest::newRow("certificate") << OdooError(Kind::Tls, {}) << 4;
        QTest::newRow("proxy 502") << OdooError(Kind::Server, {}, {}, 502) << 4;
        QTest::newRow("503 unavailable") << OdooError(Kind::Server, {}, {}, 503) << 4;
        QTest::newRow("gateway timeout 504") << OdooError(Kind::Server, {}, {}, 504) << 4;
        QTest::newRow("Odoo's own 500") << OdooError(Kind::Server, {}, {}, 500) << 5;
        QTest::newRow("server error in a 200") << OdooError(Kind::Server, {}, {}, 200) << 5;
        QTest::newRow("protocol") << OdooError(Kind::Protocol, {}, {}, 502) << 5;
        QTest::newRow("access") << OdooError(Kind::Access, {}) << 5;
    }

    void codes()
    {
        QFETCH(OdooError, error);
        QFETCH(int, code);
        QCOMPARE(static_cast<int>(CliExit::forError(error)), code);
    }
};

QTEST_GUILESS_MAIN(TestCliExitCode)
#include "tst_cliexitcode.moc"
