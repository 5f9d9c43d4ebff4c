#include "sensitive.h"

#include <QtTest>

using namespace tfi;

class TestSensitive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data();
    void names();
    void values_data();
    void values();
    void maskingNeverShowsTheSecret_data();
    void maskingNeverShowsTheSecret();
    void digestsAreKeyed();
    void redactText_data();
    void redactText();
};

void TestSensitive::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sensitive");
    QTest::addRow("password") << u"DB_PASSWORD"_qs << true;
    QTest::addRow("secret key base") << u"SECRET_KEY_BASE"_qs << true;
    QTest::addRow("api key") << u"STRIPE_API_KEY"_qs << true;
    QTest::addRow("token") << u"GITHUB_TOKEN"_qs << true;
    QTest::addRow("plain key") << u"KEY"_qs << true;
    QTest::addRow("credentials") << u"GOOGLE_APPLICATION_CREDENTIALS_JSON"_qs << true;
    QTest::addRow("pointer to a file") << u"DB_PASSWORD_FILE"_qs << false;
    QTest::addRow("key id") << u"AWS_ACCESS_KEY_ID"_qs << false;
    QTest::addRow("log level") << u"LOG_LEVEL"_qs << false;
    QTest::addRow("monkey") << u"MONKEY_MODE"_qs << false;
    QTest::addRow("port") << u"PORT"_qs << false;
}

void TestSensitive::names()
{
    QFETCH(QString, name);
    QFETCH(bool, sensitive);
    QCOMPARE(isSensitiveName(name), sensitive);
}

void TestSensitive::values_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("sensitive");
    QTest::addRow("aws key id") << u"AKIAIOSFODNN7EXAMPLE"_qs << true;
    QTest::addRow("github token") << u"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"_qs << true;
    QTest::addRow("stripe live") << u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_qs << true;
    QTest::addRow("private key") << u"-----BEGIN RSA PRIVATE KEY-----\nMIIE..."_qs << true;
    QTest::addRow("url with password") << u"postgres://app:hunter2@db:5432/app"_qs << true;
    QTest::addRow("url without password") << u"postgres://app@db:5432/app"_qs << false;
    QTest::addRow("random") << u"q8Zr2vLx9TbW4mNc7PdK1sYh"_qs << true;
    QTest::addRow("sentence") << u"hello world from the app"_qs << false;
    QTest::addRow("path") << u"/var/lib/app/data/uploads/images"_qs << false;
    QTest::addRow("small number") << u"8080"_qs << false;
    QTest::addRow("host") << u"redis-cart:6379"_qs << false;
    QTest::addRow("service url") << u"http://payments:8080"_qs << false;
    QTest::addRow("service url with path") << u"https://payments-api.internal:8443/v2/charges"_qs << false;
}

void TestSensitive::values()
{
    QFETCH(QString, value);
    QFETCH(bool, sensitive);
    QCOMPARE(isSensitiveValue(value), sensitive);
}

void TestSensitive::maskingNeverShowsTheSecret_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("secretPart");
    QTest::addColumn<QString>("expected");
    QTest::addRow("url") << u"postgres://app:hunter2@db:5432/app"_qs << u"hunter2"_qs
                         << u"postgres://app:****@db:5432/app"_qs;
    QTest::addRow("short") << u"hunter2"_qs << u"hunter2"_qs << u"****"_qs;
    QTest::addRow("long") << u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_qs << u"4eC39HqLyjWDarjtT1zdp7dc"_qs
                          << u"sk_****"_qs;
    QTest::addRow("key block") << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA"_qs
                               << u"MIIEowIBAAKCAQEA"_qs << u"-----BEGIN … PRIVATE KEY----- ****"_qs;
}

void TestSensitive::maskingNeverShowsTheSecret()
{
    QFETCH(QString, value);
    QFETCH(QString, secretPart);
    QFETCH(QString, expected);
    const QString masked = maskedValue(value);
    QCOMPARE(masked, expected);
    QVERIFY(!masked.contains(secretPart));
    QCOMPARE(displayValue(u"X"_qs, value, true), expected);
    QCOMPARE(displayValue(u"X"_qs, u"plain"_qs, false), u"plain"_qs);
}

void TestSensitive::digestsAreKeyed()
{
    setDigestKey("key-one");
    const QString first = valueDigest(u"hunter2"_qs);
    QCOMPARE(first.size(), 12);
    QCOMPARE(valueDigest(u"hunter2"_qs), first);
    QVERIFY(valueDigest(u"hunter3"_qs) != first);
    setDigestKey("key-two");
    QVERIFY(valueDigest(u"hunter2"_qs) != first);
}

void TestSensitive::redactText_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::addRow("yaml value") << u"  DB_PASSWORD: s3cr3t-Pa55"_qs << u"s3cr3t-Pa55"_qs;
    QTest::addRow("env assignment") << u"export API_TOKEN=\"abc123def456\""_qs << u"abc123def456"_qs;
    QTest::addRow("url") << u"DATABASE_URL=postgres://u:pw1234@db/app"_qs << u"pw1234"_qs;
    QTest::addRow("token anywhere") << u"curl -H 'Authorization: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'"_qs
                                    << u"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"_qs;
    QTest::addRow("cli flag") << u"app --password=hunter22 --port 80"_qs << u"hunter22"_qs;
}

void TestSensitive::redactText()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString redacted = tfi::redactText(line);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(u"****"));
}

QTEST_GUILESS_MAIN(TestSensitive)
#include "tst_sensitive.moc"
