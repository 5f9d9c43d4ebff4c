#include "memoryfileindex.h"
#include "parsers/dotenvparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

// Declared ahead of the fixtures: moc in Qt 6.4 misreads some raw string literals and would
// then miss the class.
class TestDotenvParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entries_data();
    void entries();
    void entryOrderAndCount();
    void malformed_data();
    void malformed();
    void templateNames_data();
    void templateNames();
    void dotenvFile_data();
    void dotenvFile();
    void hostileInput_data();
    void hostileInput();
};

namespace {

// The shape of a real project's .env: exports, quotes of every kind, a PEM block, comments.
const QByteArray projectDotenv = R"(# Local settings for docker compose
COMPOSE_PROJECT_NAME=shop

# Database
DATABASE_URL=postgres://shop:hunter2@db:5432/shop
export REDIS_URL = redis://redis:6379/0
SECRET_KEY='s3cr3t $NOT_EXPANDED \n'
GREETING="hello\nworld\t\"quoted\" \\ done"
PRIVATE_KEY="-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASC
-----END PRIVATE KEY-----"
BUILD_ID=`git rev-parse HEAD`
EMPTY=
QUOTED_EMPTY=""
DEBUG=true # turn off in production
COLOR=#ff0000
HASH=abc#def
API_URL=${BASE_URL}/api/v1
SENTRY_DSN
    INDENTED = yes
export   SPACED_EXPORT=1
TRAILING=value   
)";

const EnvVar *findEntry(const QList<EnvVar> &entries, const QString &name)
{
    for (const EnvVar &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace

void TestDotenvParser::entries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const int literal = int(ValueKind::Literal);
    QTest::addRow("plain") << u"COMPOSE_PROJECT_NAME"_s << literal << u"shop"_s << 2 << 1;
    QTest::addRow("url with password")
        << u"DATABASE_URL"_s << literal << u"postgres://shop:hunter2@db:5432/shop"_s << 5 << 1;
    QTest::addRow("export and spaces around =")
        << u"REDIS_URL"_s << literal << u"redis://redis:6379/0"_s << 6 << 8;
    QTest::addRow("single quotes are literal")
        << u"SECRET_KEY"_s << literal << u"s3cr3t $NOT_EXPANDED \\n"_s << 7 << 1;
    QTest::addRow("double quote escapes")
        << u"GREETING"_s << literal << u"hello\nworld\t\"quoted\" \\ done"_s << 8 << 1;
    QTest::addRow("multi-line double quotes")
        << u"PRIVATE_KEY"_s << literal
        << u"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"_s << 9
        << 1;
    QTest::addRow("backticks") << u"BUILD_ID"_s << literal << u"git rev-parse HEAD"_s << 12 << 1;
    QTest::addRow("empty value") << u"EMPTY"_s << literal << QString() << 13 << 1;
    QTest::addRow("empty quotes") << u"QUOTED_EMPTY"_s << literal << QString() << 14 << 1;
    QTest::addRow("trailing comment stripped") << u"DEBUG"_s << literal << u"true"_s << 15 << 1;
    QTest::addRow("hash at value start kept") << u"COLOR"_s << literal << u"#ff0000"_s << 16 << 1;
    QTest::addRow("hash inside value kept") << u"HASH"_s << literal << u"abc#def"_s << 17 << 1;
    QTest::addRow("no expansion") << u"API_URL"_s << literal << u"${BASE_URL}/api/v1"_s << 18 << 1;
    QTest::addRow("key alone is unset") << u"SENTRY_DSN"_s << int(ValueKind::Unset) << QString() << 19 << 1;
    QTest::addRow("indented key") << u"INDENTED"_s << literal << u"yes"_s << 20 << 5;
    QTest::addRow("export with several spaces") << u"SPACED_EXPORT"_s << literal << u"1"_s << 21 << 10;
    QTest::addRow("trailing spaces trimmed") << u"TRAILING"_s << literal << u"value"_s << 22 << 1;
}

void TestDotenvParser::entries()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(int, line);
    QFETCH(int, column);

    Diagnostics diagnostics;
    const QList<EnvVar> entries = parseDotenvEntries(u"app/.env"_s, projectDotenv, diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).message));
    const EnvVar *entry = findEntry(entries, name);
    QVERIFY2(entry, qPrintable(name));
    QCOMPARE(int(entry->kind), kind);
    QCOMPARE(entry->value, value);
    QCOMPARE(entry->location.path, u"app/.env"_s);
    QCOMPARE(entry->location.line, line);
    QCOMPARE(entry->location.column, column);
    QVERIFY(entry->envFile.isEmpty());
}

void TestDotenvParser::entryOrderAndCount()
{
    Diagnostics diagnostics;
    const QList<EnvVar> entries = parseDotenvEntries(u".env"_s, projectDotenv, diagnostics);
    QStringList names;
    for (const EnvVar &entry : entries)
        names.append(entry.name);
    const QStringList expected = {u"COMPOSE_PROJECT_NAME"_s,
                                  u"DATABASE_URL"_s,
                                  u"REDIS_URL"_s,
                                  u"SECRET_KEY"_s,
                                  u"GREETING"_s,
                                  u"PRIVATE_KEY"_s,
                                  u"BUILD_ID"_s,
                                  u"EMPTY"_s,
                                  u"QUOTED_EMPTY"_s,
                                  u"DEBUG"_s,
                                  u"COLOR"_s,
                                  u"HASH"_s,
                                  u"API_URL"_s,
                                  u"SENTRY_DSN"_s,
                                  u"INDENTED"_s,
                                  u"SPACED_EXPORT"_s,
                                  u"TRAILING"_s};
    QCOMPARE(names, expected);
}

void TestDotenvParser::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<int>>("diagnosticLines");
    QTest::addColumn<QStringList>("names");       // the entries that survive, in order
    QTest::addColumn<QStringList>("mustNotLeak"); // values that never appear in a message

    QTest::addRow("value without a name") << QByteArray("A=1\n=orphan-value\nB=2\n") << QList<int>{2}
                                          << QStringList{u"A"_s, u"B"_s} << QStringList{u"orphan-value"_s};
    QTest::addRow("key with spaces") << QByteArray("A=1\nMY KEY=topsecret\nB=2\n") << QList<int>{2}
                                     << QStringList{u"A"_s, u"B"_s} << QStringList{u"topsecret"_s};
    QTest::addRow("unterminated quote at EOF")
        << QByteArray("A=1\nB=\"sk_live_51Hx\nC=3\nD='fine'\n") << QList<int>{2}
        << QStringList{u"A"_s, u"C"_s, u"D"_s} << QStringList{u"sk_live_51Hx"_s};
    QTest::addRow("digit first") << QByteArray("1PASSWORD=hunter2\nOK=yes\n") << QList<int>{1}
                                 << QStringList{u"OK"_s} << QStringList{u"hunter2"_s};
    QTest::addRow("text after closing quote") << QByteArray("TOKEN=\"abc\"def\nNEXT=1\n") << QList<int>{1}
                                              << QStringList{u"TOKEN"_s, u"NEXT"_s} << QStringList{u"def"_s};
    QTest::addRow("yaml style separator") << QByteArray("KEY: value\nOTHER=1\n") << QList<int>{1}
                                          << QStringList{u"OTHER"_s} << QStringList{u"value"_s};
    QTest::addRow("several problems")
        << QByteArray("=a\nGOOD=1\nBAD KEY=x\n\"quoted\"=1\nLAST=2\n") << QList<int>{1, 3, 4}
        << QStringList{u"GOOD"_s, u"LAST"_s} << QStringList{};
    QTest::addRow("crlf and bom are fine")
        << QByteArray("\xEF\xBB\xBF"
                      "A=1\r\nB=\"x\r\ny\"\r\nC=3\r\n")
        << QList<int>{} << QStringList{u"A"_s, u"B"_s, u"C"_s} << QStringList{};
}

void TestDotenvParser::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<int>, diagnosticLines);
    QFETCH(QStringList, names);
    QFETCH(QStringList, mustNotLeak);

    Diagnostics diagnostics;
    const QList<EnvVar> entries = parseDotenvEntries(u"config/.env"_s, text, diagnostics);
    QList<int> lines;
    for (const Diagnostic &diagnostic : std::as_const(diagnostics)) {
        lines.append(diagnostic.location.line);
        QCOMPARE(diagnostic.location.path, u"config/.env"_s);
        QCOMPARE(diagnostic.severity, DiagnosticSeverity::Warning);
        for (const QString &secret : std::as_const(mustNotLeak))
            QVERIFY2(!diagnostic.message.contains(secret), qPrintable(diagnostic.message));
    }
    QCOMPARE(lines, diagnosticLines);
    QStringList found;
    for (const EnvVar &entry : entries)
        found.append(entry.name);
    QCOMPARE(found, names);
}

void TestDotenvParser::templateNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<QString>("hint");

    QTest::addRow(".env") << u".env"_s << false << QString();
    QTest::addRow(".env.prod") << u".env.prod"_s << false << u"prod"_s;
    QTest::addRow("prod.env") << u"prod.env"_s << false << u"prod"_s;
    QTest::addRow(".env.production.local") << u".env.production.local"_s << false << u"production"_s;
    QTest::addRow(".env.local") << u".env.local"_s << false << QString();
    QTest::addRow(".env.example") << u".env.example"_s << true << QString();
    QTest::addRow(".env.sample") << u".env.sample"_s << true << QString();
    QTest::addRow(".env.template") << u".env.template"_s << true << QString();
    QTest::addRow(".env.dist") << u".env.dist"_s << true << QString();
    QTest::addRow(".env.prod.example") << u".env.prod.example"_s << true << u"prod"_s;
    QTest::addRow(".env-sample") << u".env-sample"_s << true << QString();
    QTest::addRow("prod.env.sample") << u"prod.env.sample"_s << true << u"prod"_s;
    QTest::addRow("staging.env.example") << u"staging.env.example"_s << true << u"staging"_s;
    QTest::addRow("path prefix ignored") << u"deploy/.env.staging"_s << false << u"staging"_s;
}

void TestDotenvParser::templateNames()
{
    QFETCH(QString, fileName);
    QFETCH(bool, isTemplate);
    QFETCH(QString, hint);

    QCOMPARE(isDotenvTemplateName(fileName), isTemplate);
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(fileName, "PORT=8000\n");
    DeploymentModel out;
    parseDotenv(file, ParseContext{index, {}}, out);
    QCOMPARE(out.dotenvFiles.size(), 1);
    QCOMPARE(out.dotenvFiles.first().isTemplate, isTemplate);
    QCOMPARE(out.dotenvFiles.first().environmentHint, hint);
    QCOMPARE(out.dotenvFiles.first().path, fileName);
}

void TestDotenvParser::dotenvFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");

    const QString example = u".env.example"_s;
    const QString prod = u"deploy/.env.prod"_s;
    QTest::addRow("template: empty is unset")
        << example << u"STRIPE_SECRET_KEY"_s << int(ValueKind::Unset) << QString() << 3;
    QTest::addRow("template: default stays literal")
        << example << u"PORT"_s << int(ValueKind::Literal) << u"8000"_s << 2;
    QTest::addRow("template: bare key is unset")
        << example << u"SENTRY_DSN"_s << int(ValueKind::Unset) << QString() << 4;
    QTest::addRow("real file: empty stays literal")
        << prod << u"STRIPE_SECRET_KEY"_s << int(ValueKind::Literal) << QString() << 3;
}

void TestDotenvParser::dotenvFile()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(int, line);

    test::MemoryFileIndex index;
    const SourceFile &file =
        index.add(path, "# copy to .env and fill in\nPORT=8000\nSTRIPE_SECRET_KEY=\nSENTRY_DSN\n");
    DeploymentModel out;
    parseDotenv(file, ParseContext{index, {}}, out);
    QCOMPARE(out.diagnostics.size(), 0);
    QCOMPARE(out.dotenvFiles.size(), 1);
    const DotenvFile &dotenv = out.dotenvFiles.first();
    QCOMPARE(dotenv.entries.size(), 3);
    const EnvVar *entry = findEntry(dotenv.entries, name);
    QVERIFY(entry);
    QCOMPARE(int(entry->kind), kind);
    QCOMPARE(entry->value, value);
    QCOMPARE(entry->location, (Location{path, line, 1}));
}

void TestDotenvParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxDiagnostics");

    QByteArray binary(1 << 20, '\0');
    QRandomGenerator generator(42);
    for (char &byte : binary)
        byte = char(generator.bounded(256));
    QTest::addRow("random bytes") << binary << 101;

    QByteArray openQuotes;
    for (int i = 0; i < 50000; ++i)
        openQuotes += "K" + QByteArray::number(i) + "=\"unterminated\n";
    QTest::addRow("many unterminated quotes") << openQuotes << 101;

    QTest::addRow("invalid utf-8 value") << QByteArray("KEY=\xff\xfe\xfd\nNEXT=1\n") << 0;
    QTest::addRow("one huge line") << (QByteArray("HUGE=") + QByteArray(4 << 20, 'x')) << 0;
}

void TestDotenvParser::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxDiagnostics);

    QElapsedTimer timer;
    timer.start();
    Diagnostics diagnostics;
    const QList<EnvVar> entries = parseDotenvEntries(u".env"_s, text, diagnostics);
    QVERIFY2(timer.elapsed() < 10000, "parsing took too long");
    QVERIFY2(diagnostics.size() <= maxDiagnostics, qPrintable(QString::number(diagnostics.size())));
    if (maxDiagnostics == 0)
        QVERIFY(!entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestDotenvParser)
#include "tst_dotenvparser.moc"
