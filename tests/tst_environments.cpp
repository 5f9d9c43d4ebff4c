#include "auditfixture.h"
#include "envdiff.h"
#include "environments.h"

#include <QProcess>
#include <QtTest>

using namespace tfi;

class TestEnvironments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalNames_data();
    void canonicalNames();
    void composeOverrideAndProd();
    void procfileWithDotenvAndAppJson();
    void variableStatuses();
    void diffCommand();
};

static QMap<QString, QByteArray> composeProject();
static QMap<QString, QByteArray> herokuProject();

void TestEnvironments::canonicalNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("production") << u"production"_qs << u"prod"_qs;
    QTest::addRow("prd") << u"PRD"_qs << u"prod"_qs;
    QTest::addRow("stg") << u"stg"_qs << u"staging"_qs;
    QTest::addRow("stage") << u"stage"_qs << u"staging"_qs;
    QTest::addRow("development") << u"development"_qs << u"dev"_qs;
    QTest::addRow("local") << u"local"_qs << u"dev"_qs;
    QTest::addRow("ci") << u"ci"_qs << u"test"_qs;
    QTest::addRow("as named") << u"prod-us"_qs << u"prod-us"_qs;
}

void TestEnvironments::canonicalNames()
{
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    QCOMPARE(canonicalEnvironmentName(name), canonical);
}

void TestEnvironments::composeOverrideAndProd()
{
    const AuditResultPtr result = test::auditFiles(composeProject());
    QVERIFY(result);
    QStringList names;
    for (const EnvironmentInfo &environment : result->environments)
        names.append(environment.name);
    QVERIFY2(names.contains(u"dev"_qs) && names.contains(u"prod"_qs), qPrintable(names.join(u',')));
    for (const EnvironmentInfo &environment : result->environments) {
        if (environment.name == u"prod") {
            QVERIFY(environment.aliases.contains(u"production"_qs));
            bool fromProdFile = false;
            for (const EnvironmentSource &source : environment.sources)
                fromProdFile |= source.path == u"docker-compose.production.yml";
            QVERIFY(fromProdFile);
        }
    }
    QMap<QString, const Workload *> web;
    for (const Workload &workload : result->model.workloads) {
        if (workload.name == u"web")
            web.insert(workload.environment, &workload);
    }
    QCOMPARE(web.keys(), QStringList({u"dev"_qs, u"prod"_qs}));
    QVERIFY(!web.value(u"dev"_qs)->buildContext.isEmpty());
    QCOMPARE(web.value(u"prod"_qs)->containers.first().image, u"ghcr.io/acme/web:1.8.0"_qs);
    QCOMPARE(web.value(u"prod"_qs)->replicas.value_or(0), 3);
}

void TestEnvironments::procfileWithDotenvAndAppJson()
{
    const AuditResultPtr result = test::auditFiles(herokuProject());
    QVERIFY(result);
    QStringList names;
    for (const EnvironmentInfo &environment : result->environments)
        names.append(environment.name);
    names.sort();
    QCOMPARE(names, QStringList({u"prod"_qs, u"review"_qs, u"staging"_qs}));
    int webCopies = 0;
    for (const Workload &workload : result->model.workloads)
        webCopies += workload.name == u"web" && workload.kind == WorkloadKind::Procfile;
    QCOMPARE(webCopies, 3);
    // The template stands in for the git-ignored .env.staging.
    for (const EnvironmentInfo &environment : result->environments) {
        if (environment.name == u"staging")
            QCOMPARE(environment.sources.first().kind, u"dotenv-template"_qs);
    }
}

void TestEnvironments::variableStatuses()
{
    const AuditResultPtr result = test::auditFiles(herokuProject());
    QVERIFY(result);
    QMap<QString, VariableStatus> statuses;
    for (const VariableRow &row : result->variables) {
        if (row.workload == u"web")
            statuses.insert(row.name, row.status);
    }
    QCOMPARE(statuses.value(u"LOG_LEVEL"_qs), VariableStatus::Differs);
    QCOMPARE(statuses.value(u"FEATURE_FLAGS"_qs), VariableStatus::Missing);
    QCOMPARE(statuses.value(u"APP_NAME"_qs), VariableStatus::Same);
    // Secrets are masked in every cell and compared by digest.
    for (const VariableRow &row : result->variables) {
        if (row.name != u"SESSION_SECRET")
            continue;
        QCOMPARE(row.status, VariableStatus::Same);
        for (const VariableCell &cell : row.values) {
            QVERIFY(cell.sensitive);
            QVERIFY(!cell.display.contains(u"kq93Hd8Lx0Pz"));
        }
    }
}

void TestEnvironments::diffCommand()
{
    test::ScratchRepo repo;
    repo.write(herokuProject());
    repo.commit(u"fixture"_qs);
    QProcess process;
    process.start(qEnvironmentVariable("TFI_BINARY"),
                  {u"diff"_qs, repo.root(), u"--workload"_qs, u"web"_qs, u"--only-differences"_qs});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(output.contains(u"LOG_LEVEL"), qPrintable(output));
    QVERIFY2(!output.contains(u"APP_NAME"), qPrintable(output));
    QVERIFY(output.contains(u"missing"));
    QVERIFY(!output.contains(u"kq93Hd8Lx0Pz"));

    QProcess full;
    full.start(qEnvironmentVariable("TFI_BINARY"),
               {u"diff"_qs, repo.root(), u"--env"_qs, u"prod,staging"_qs});
    QVERIFY(full.waitForFinished(60000));
    const QString table = QString::fromUtf8(full.readAllStandardOutput());
    QVERIFY2(table.contains(u"SESSION_SECRET"), qPrintable(table));
    QVERIFY2(table.contains(u"(same as staging)"), qPrintable(table));
    QVERIFY(!table.contains(u"review"));
    QVERIFY(!table.contains(u"kq93Hd8Lx0Pz"));
}

static QMap<QString, QByteArray> composeProject()
{
    return {
        {QStringLiteral("docker-compose.yml"),
         "services:\n  web:\n    build: .\n    environment:\n      LOG_LEVEL: info\n"
         "  db:\n    image: postgres:16.2\n"},
        {QStringLiteral("docker-compose.override.yml"),
         "services:\n  web:\n    environment:\n      LOG_LEVEL: debug\n"},
        {QStringLiteral("docker-compose.production.yml"),
         "services:\n  web:\n    image: ghcr.io/acme/web:1.8.0\n    deploy:\n      replicas: 3\n"},
        {QStringLiteral("Dockerfile"), "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n"},
    };
}

static QMap<QString, QByteArray> herokuProject()
{
    return {
        {QStringLiteral("Procfile"), "web: gunicorn app:app --bind 0.0.0.0:$PORT\n"},
        {QStringLiteral(".gitignore"), ".env.staging\n"},
        {QStringLiteral(".env.production"), "APP_NAME=shop\nLOG_LEVEL=warning\nFEATURE_FLAGS=checkout-"
                                            "v2\nSESSION_SECRET=kq93Hd8Lx0PzRt5vWm2Ny7Bc\n"},
        {QStringLiteral(".env.staging.example"),
         "APP_NAME=shop\nLOG_LEVEL=info\nSESSION_SECRET=kq93Hd8Lx0PzRt5vWm2Ny7Bc\n"},
        {QStringLiteral("app.json"),
         R"({"name": "shop", "environments": {"review": {"env": {"APP_NAME": "shop", "LOG_LEVEL": "debug", "SESSION_SECRET": "kq93Hd8Lx0PzRt5vWm2Ny7Bc"}}}})"},
    };
}

QTEST_GUILESS_MAIN(TestEnvironments)
#include "tst_environments.moc"
