// CredentialStore and SavedConnections: one keychain entry per server URL, database and login
// (two servers on one host get two), the move from HQ Tower 0.1's host-only key, callbacks that
// never outlive their context, and plain words for a missing keychain.
#include "memorykeychain.h"
#include "platform/credentialstore.h"
#include "platform/savedconnections.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

SavedConnections::Entry entry(const QString &name, const QString &url)
{
    SavedConnections::Entry saved;
    saved.name = name;
    saved.settings.serverUrl = QUrl(url);
    saved.settings.database = QStringLiteral("shop");
    saved.settings.login = QStringLiteral("manager@example.com");
    return saved;
}

struct ReadOutcome
{
    int calls = 0;
    bool ok = false;
    QString secret;
    QString message;
};

} // namespace

class CredentialStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyForNormalisesTheServerUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        const QString base = QStringLiteral("manager@example.com:%1/:shop");
        QTest::newRow("https default port") << QStringLiteral("https://odoo.example.com")
                                            << base.arg(QStringLiteral("https://odoo.example.com"));
        QTest::newRow("explicit 443 is the same server")
            << QStringLiteral("https://odoo.example.com:443/")
            << base.arg(QStringLiteral("https://odoo.example.com"));
        QTest::newRow("another port") << QStringLiteral("https://odoo.example.com:8443")
                                      << base.arg(QStringLiteral("https://odoo.example.com:8443"));
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8069")
                              << base.arg(QStringLiteral("http://127.0.0.1:8069"));
        QTest::newRow("http default port")
            << QStringLiteral("http://odoo.local:80") << base.arg(QStringLiteral("http://odoo.local"));
        QTest::newRow("case and trailing slashes")
            << QStringLiteral("HTTPS://Odoo.Example.com/erp//")
            << base.arg(QStringLiteral("https://odoo.example.com/erp"));
        QTest::newRow("a path") << QStringLiteral("https://example.com/odoo")
                                << base.arg(QStringLiteral("https://example.com/odoo"));
    }

    void keyForNormalisesTheServerUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QCOMPARE(
            CredentialStore::keyFor(QUrl(url), QStringLiteral("shop"), QStringLiteral("manager@example.com")),
            key);
    }

    void productionAndStagingOnOneHostGetTwoEntries()
    {
        const auto production =
            entry(QStringLiteral("Production"), QStringLiteral("https://odoo.example.com"));
        const auto staging =
            entry(QStringLiteral("Staging"), QStringLiteral("https://odoo.example.com:8443"));
        QVERIFY(production.keychainKey() != staging.keychainKey());
        // HQ Tower 0.1 gave both the same entry: the bug this key fixes.
        QCOMPARE(production.legacyKeychainKey(), QStringLiteral("manager@example.com@odoo.example.com/shop"));
        QCOMPARE(production.legacyKeychainKey(), staging.legacyKeychainKey());

        auto keychain = std::make_shared<MemoryKeychain::Shared>();
        CredentialStore store(std::make_unique<MemoryKeychain>(keychain));
        int written = 0;
        store.write(production.keychainKey(), QStringLiteral("prod-secret"), this,
                    [&](bool ok, const QString &) { written += ok ? 1 : 0; });
        store.write(staging.keychainKey(), QStringLiteral("staging-secret"), this,
                    [&](bool ok, const QString &) { written += ok ? 1 : 0; });
        QTRY_COMPARE(written, 2);
        ReadOutcome outcome;
        store.read(production.keychainKey(), this, [&](bool ok, const QString &secret, const QString &) {
            ++outcome.calls;
            outcome.ok = ok;
            outcome.secret = secret;
        });
        QTRY_COMPARE(outcome.calls, 1);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.secret, QStringLiteral("prod-secret"));
    }

    void legacyEntryIsMovedToTheNewKey()
    {
        const auto saved = entry(QStringLiteral("Shop"), QStringLiteral("https://odoo.example.com"));
        auto keychain = std::make_shared<MemoryKeychain::Shared>();
        keychain->entries.insert(saved.legacyKeychainKey(), QStringLiteral("old-secret"));
        CredentialStore store(std::make_unique<MemoryKeychain>(keychain));
        ReadOutcome outcome;
        store.readMigrating(saved.keychainKey(), saved.legacyKeychainKey(), false, this,
                            [&](bool ok, const QString &secret, const QString &message) {
                                outcome = {outcome.calls + 1, ok, secret, message};
                            });
        QTRY_COMPARE(outcome.calls, 1);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.secret, QStringLiteral("old-secret"));
        QTRY_VERIFY(!keychain->entries.contains(saved.legacyKeychainKey()));
        QCOMPARE(keychain->entries.value(saved.keychainKey()), QStringLiteral("old-secret"));
        QTest::qWait(20);
        QCOMPARE(outcome.calls, 1); // reported once
    }

    void legacyEntryStaysWhileAnotherConnectionNeedsIt()
    {
        const auto saved = entry(QStringLiteral("Shop"), QStringLiteral("https://odoo.example.com"));
        auto keychain = std::make_shared<MemoryKeychain::Shared>();
        keychain->entries.insert(saved.legacyKeychainKey(), QStringLiteral("old-secret"));
        CredentialStore store(std::make_unique<MemoryKeychain>(keychain));
        ReadOutcome outcome;
        store.readMigrating(saved.keychainKey(), saved.legacyKeychainKey(), true, this,
                            [&](bool ok, const QString &secret, const QString &) {
                                outcome = {outcome.calls + 1, ok, secret, {}};
                            });
        QTRY_COMPARE(outcome.calls, 1);
        QCOMPARE(outcome.secret, QStringLiteral("old-secret"));
        QTRY_COMPARE(keychain->entries.value(saved.keychainKey()), QStringLiteral("old-secret"));
        QTest::qWait(20);
        QCOMPARE(keychain->entries.value(saved.legacyKeychainKey()), QStringLiteral("old-secret"));
    }

    void newEntryWinsOverTheLegacyOne()
    {
        const auto saved = entry(QStringLiteral("Shop"), QStringLiteral("https://odoo.example.com"));
        auto keychain = std::make_shared<MemoryKeychain::Shared>();
        keychain->entries.insert(saved.legacyKeychainKey(), QStringLiteral("old-secret"));
        keychain->entries.insert(saved.keychainKey(), QStringLiteral("new-secret"));
        CredentialStore store(std::make_unique<MemoryKeychain>(keychain));
        ReadOutcome outcome;
        store.readMigrating(saved.keychainKey(), saved.legacyKeychainKey(), false, this,
                            [&](bool ok, const QString &secret, const QString &) {
                                outcome = {outcome.calls + 1, ok, secret, {}};
                            });
        QTRY_COMPARE(outcome.calls, 1);
        QCOMPARE(outcome.secret, QStringLiteral("new-secret"));
        QCOMPARE(keychain->entries.value(saved.legacyKeychainKey()), QStringLiteral("old-secret"));
    }

    void nothingStoredIsNotOkWithoutAMessage()
    {
        const auto saved = entry(QStringLiteral("Shop"), QStringLiteral("https://odoo.example.com"));
        CredentialStore store(std::make_unique<MemoryKeychain>());
        ReadOutcome outcome;
        store.readMigrating(saved.keychainKey(), saved.legacyKeychainKey(), false, this,
                            [&](bool ok, const QString &secret, const QString &message) {
                                outcome = {outcome.calls + 1, ok, secret, message};
                            });
        QTRY_COMPARE(outcome.calls, 1);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.secret.isEmpty());
        QVERIFY(outcome.message.isEmpty());
    }

    void noKeychainIsSaidInPlainWords()
    {
        auto keychain = std::make_shared<MemoryKeychain::Shared>();
        keychain->available = false;
        CredentialStore store(std::make_unique<MemoryKeychain>(keychain));
        ReadOutcome outcome;
        store.read(QStringLiteral("any"), this, [&](bool ok, const QString &secret, const QString &message) {
            outcome = {outcome.calls + 1, ok, secret, message};
        });
        QTRY_COMPARE(outcome.calls, 1);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QLatin1String("No keychain is available")),
                 qPrintable(outcome.message));
    }

    void aKeychainThatDoesNotAnswerIsExplained()
    {
        const QString unknown = CredentialStore::messageFor(
            {KeychainBackend::Error::Other, QString(), QStringLiteral("Unknown error")});
        QVERIFY2(unknown.contains(QLatin1String("Secret Service")), qPrintable(unknown));
        QVERIFY(!unknown.contains(QLatin1String("Unknown error")));
        const QString specific = CredentialStore::messageFor(
            {KeychainBackend::Error::Other, QString(), QStringLiteral("D-Bus timeout")});
        QCOMPARE(specific, QStringLiteral("The keychain failed: D-Bus timeout"));
    }

    void noCallbackAfterItsContextIsGone()
    {
        auto keychain = std::make_shared<MemoryKeychain::Shared>();
        keychain->entries.insert(QStringLiteral("key"), QStringLiteral("secret"));
        CredentialStore store(std::make_unique<MemoryKeychain>(keychain));
        int calls = 0;
        {
            QObject context;
            store.read(QStringLiteral("key"), &context,
                       [&](bool, const QString &, const QString &) { ++calls; });
            store.write(QStringLiteral("other"), QStringLiteral("x"), &context,
                        [&](bool, const QString &) { ++calls; });
        } // gone before the keychain answers
        QTRY_COMPARE(keychain->calls, 2);
        QTest::qWait(20);
        QCOMPARE(calls, 0);
        QCOMPARE(keychain->entries.value(QStringLiteral("other")), QStringLiteral("x"));
    }

    void savedConnectionsKnowWhenALegacyKeyIsShared()
    {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("hq.ini")), QSettings::IniFormat);
        SavedConnections saved(&settings);
        const auto production =
            entry(QStringLiteral("Production"), QStringLiteral("https://odoo.example.com"));
        const auto staging =
            entry(QStringLiteral("Staging"), QStringLiteral("https://odoo.example.com:8443"));
        const auto other = entry(QStringLiteral("Other"), QStringLiteral("https://erp.example.org"));
        saved.save(production);
        saved.save(other);
        QVERIFY(!saved.sharesLegacyKey(production));
        saved.save(staging);
        QVERIFY(saved.sharesLegacyKey(production));
        QVERIFY(saved.sharesLegacyKey(staging));
        QVERIFY(!saved.sharesLegacyKey(other));
    }
};

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "tst_credentialstore.moc"
