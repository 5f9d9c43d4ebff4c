#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestBackingServicesRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void creditsSecretReferences();
    void neverShowsPasswords();
    void notApplicableWithoutServices();
};

namespace {

// A Deployment `web` whose container carries `containerLines`, plus `extraContainers`.
QByteArray deployment(const QByteArray &containerLines, const QByteArray &extraContainers = {},
                      const QByteArray &name = "web")
{
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + R"yaml(
spec:
  replicas: 2
  selector:
    matchLabels:
      app: )yaml" +
           name + R"yaml(
  template:
    metadata:
      labels:
        app: )yaml" +
           name + R"yaml(
    spec:
      containers:
        - name: app
          image: registry.example.com/shop/)yaml" +
           name + R"yaml(:5.0.0
)yaml" + containerLines +
           extraContainers;
}

QByteArray serviceFor(const QByteArray &name, int port)
{
    return "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name +
           "\nspec:\n  selector:\n    app: " + name + "\n  ports:\n    - port: " + QByteArray::number(port) +
           "\n";
}

} // namespace

void TestBackingServicesRules::catalogue()
{
    const QList<RuleInfo> &rules = backingServicesRules();
    QCOMPARE(rules.size(), 4);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("backing-services."));
        QCOMPARE(rule.factor, 4);
        QVERIFY(!rule.translatedRationale().isEmpty());
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
}

void TestBackingServicesRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");

    QTest::addRow("connect call with a literal host") << Files{{u"shop/db.py"_s, R"py(import psycopg2


def connect():
    return psycopg2.connect(host="db.internal", dbname="shop", user="shop")
)py"}} << u"backing-services.address-in-code"_s << u"shop/db.py"_s
                                                      << 5 << 35 << QString() << u"db.internal"_s;
    QTest::addRow("multi-line client construction") << Files{{u"worker/cache.py"_s, R"py(import redis

cache = redis.Redis(
    host="10.0.0.5",
    port=6379,
)
)py"}} << u"backing-services.address-in-code"_s << u"worker/cache.py"_s
                                                    << 4 << 11 << QString() << u"10.0.0.5"_s;
    QTest::addRow("connection URL literal")
        << Files{{u"src/queue.js"_s,
                  "const amqp = require(\"amqplib\");\n\n"
                  "const connection = amqp.connect(\"amqp://shop:hunter2@rabbit.prod.internal:5672/\");\n"}}
        << u"backing-services.address-in-code"_s << u"src/queue.js"_s << 3 << 34 << QString()
        << u"rabbit.prod.internal"_s;
    QTest::addRow("host constant in Go")
        << Files{{u"internal/store/db.go"_s, "package store\n\nconst DBHost = \"orders-db.prod.internal\"\n"}}
        << u"backing-services.address-in-code"_s << u"internal/store/db.go"_s << 3 << 0 << QString()
        << u"orders-db.prod.internal"_s;
    QTest::addRow("env var names a service nothing provides")
        << Files{{u"k8s/web.yaml"_s, deployment("          env:\n            - name: REDIS_URL\n"
                                                "              value: redis://cache:6379/0\n")}}
        << u"backing-services.dangling-reference"_s << u"k8s/web.yaml"_s << 19 << 0 << u"web"_s
        << u"REDIS_URL"_s;
    QTest::addRow("depends_on names an undefined service")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n    depends_on:\n      - db\n"}}
        << u"backing-services.dangling-reference"_s << u"compose.yaml"_s << 5 << 0 << u"web"_s << u"db"_s;
    QTest::addRow("Ingress routes to a missing Service")
        << Files{{u"k8s/ingress.yaml"_s, R"yaml(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: storefront
                port:
                  number: 80
)yaml"}} << u"backing-services.dangling-reference"_s
        << u"k8s/ingress.yaml"_s << 0 << 0 << u"shop"_s << u"storefront"_s;
    QTest::addRow("database on localhost in a deployed workload")
        << Files{{u"k8s/web.yaml"_s,
                  deployment("          env:\n            - name: DATABASE_URL\n"
                             "              value: postgres://shop@localhost:5432/shop\n")}}
        << u"backing-services.localhost"_s << u"k8s/web.yaml"_s << 19 << 0 << u"web"_s << u"DATABASE_URL"_s;
    QTest::addRow("database host as an IP address")
        << Files{{u"k8s/web.yaml"_s, deployment("          env:\n            - name: DB_HOST\n"
                                                "              value: 10.20.0.12\n")}}
        << u"backing-services.ip-address"_s << u"k8s/web.yaml"_s << 19 << 0 << u"web"_s << u"10.20.0.12"_s;
    QTest::addRow("production Compose file points at localhost")
        << Files{{u"compose.yaml"_s,
                  "services:\n  web:\n    build: .\n    environment:\n      LOG_LEVEL: info\n"},
                 {u"compose.prod.yaml"_s, "services:\n  web:\n    environment:\n"
                                          "      REDIS_URL: redis://localhost:6379/0\n"}}
        << u"backing-services.localhost"_s << u"compose.prod.yaml"_s << 4 << 0 << u"web"_s << u"REDIS_URL"_s;
    QTest::addRow("production dotenv points at localhost")
        << Files{{u".env.production"_s, "NODE_ENV=production\nREDIS_URL=redis://127.0.0.1:6379\n"}}
        << u"backing-services.localhost"_s << u".env.production"_s << 2 << 0 << QString() << u"REDIS_URL"_s;
}

void TestBackingServicesRules::fires()
{
    QFETCH(Files, files);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, workload);
    QFETCH(QString, mentions);

    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, rule);
    for (const Finding &finding : findings)
        qInfo("%s:%d:%d %s", qPrintable(finding.location.path), finding.location.line,
              finding.location.column, qPrintable(finding.message));
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.factor, 4);
    QCOMPARE(finding.location.path, path);
    if (line > 0)
        QCOMPARE(finding.location.line, line);
    else
        QVERIFY(finding.location.line > 0);
    if (column > 0)
        QCOMPARE(finding.location.column, column);
    QCOMPARE(finding.workload, workload);
    QVERIFY2(finding.message.contains(mentions), qPrintable(finding.message));
    if (!workload.isEmpty())
        QVERIFY2(finding.message.contains(workload), qPrintable(finding.message));
}

void TestBackingServicesRules::quiet_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");

    QTest::addRow("localhost in the development Compose setup")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n    environment:\n"
                                     "      DATABASE_URL: postgres://shop@localhost:5432/shop\n"}}
        << u"backing-services.localhost"_s;
    QTest::addRow("loopback to a Cloud SQL proxy sidecar")
        << Files{{u"k8s/web.yaml"_s,
                  deployment("          env:\n            - name: DB_HOST\n              value: 127.0.0.1\n",
                             "        - name: cloud-sql-proxy\n"
                             "          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0\n")}}
        << u"backing-services.localhost"_s;
    QTest::addRow("bind addresses and telemetry agents are not backing services")
        << Files{{u"k8s/web.yaml"_s,
                  deployment("          env:\n            - name: BIND\n              value: 0.0.0.0:8080\n"
                             "            - name: OTEL_EXPORTER_OTLP_ENDPOINT\n"
                             "              value: http://localhost:4317\n")}}
        << u"backing-services.localhost"_s;
    QTest::addRow("address read from config with a fallback")
        << Files{{u"shop/settings.py"_s, "import os\n\nDATABASE_URL = os.environ.get(\"DATABASE_URL\", "
                                         "\"postgres://shop@db.internal/shop\")\n"}}
        << u"backing-services.address-in-code"_s;
    QTest::addRow("literals in tests and local defaults")
        << Files{{u"tests/test_db.py"_s, "import psycopg2\nconn = psycopg2.connect(host=\"db.internal\")\n"},
                 {u"shop/cache.py"_s, "DEFAULT_REDIS = \"redis://localhost:6379/0\"\n"}}
        << u"backing-services.address-in-code"_s;
    QTest::addRow("placeholder in documentation strings")
        << Files{{u"shop/help.py"_s,
                  "USAGE = \"set DATABASE_URL, e.g. postgres://user:password@host:5432/db\"\n"}}
        << u"backing-services.address-in-code"_s;
    QTest::addRow("reference resolved by a Service")
        << Files{{u"k8s/web.yaml"_s, deployment("          env:\n            - name: REDIS_URL\n"
                                                "              value: redis://cache:6379/0\n")},
                 {u"k8s/cache.yaml"_s, serviceFor("cache", 6379)}}
        << u"backing-services.dangling-reference"_s;
    QTest::addRow("the Kubernetes API server")
        << Files{{u"k8s/web.yaml"_s, deployment("          env:\n            - name: KUBE_API\n"
                                                "              value: https://kubernetes.default.svc:443\n")}}
        << u"backing-services.dangling-reference"_s;
    QTest::addRow("service provided by a chart dependency")
        << Files{{u"chart/Chart.yaml"_s, "apiVersion: v2\nname: shop\nversion: 1.0.0\ndependencies:\n"
                                         "  - name: postgresql\n    version: 15.5.0\n"
                                         "    repository: oci://registry-1.docker.io/bitnamicharts\n"},
                 {u"k8s/web.yaml"_s, deployment("          env:\n            - name: DATABASE_HOST\n"
                                                "              value: postgresql:5432\n")}}
        << u"backing-services.dangling-reference"_s;
    QTest::addRow("database named by DNS")
        << Files{{u"k8s/web.yaml"_s,
                  deployment("          env:\n            - name: DB_HOST\n"
                             "              value: shop-db.cluster-abc.eu-west-1.rds.amazonaws.com\n")}}
        << u"backing-services.ip-address"_s;
}

void TestBackingServicesRules::quiet()
{
    QFETCH(Files, files);
    QFETCH(QString, rule);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, rule);
    for (const Finding &finding : findings)
        qWarning("unexpected: %s at %s:%d", qPrintable(finding.message), qPrintable(finding.location.path),
                 finding.location.line);
    QVERIFY(findings.isEmpty());
}

void TestBackingServicesRules::creditsSecretReferences()
{
    const AuditResultPtr result = test::auditFiles(
        {{u"k8s/web.yaml"_s,
          deployment("          env:\n            - name: DATABASE_URL\n              valueFrom:\n"
                     "                secretKeyRef:\n                  name: shop-db\n"
                     "                  key: url\n")}});
    QVERIFY(result);
    bool credited = false;
    for (const Credit &credit : result->credits) {
        if (credit.factor == 4 && credit.text.contains(u"DATABASE_URL") && credit.text.contains(u"shop-db")) {
            credited = true;
            QCOMPARE(credit.location.path, u"k8s/web.yaml"_s);
            QCOMPARE(credit.location.line, 19);
        }
    }
    QVERIFY(credited);
    QVERIFY(result->factors.at(3).status != FactorStatus::NotApplicable);
}

void TestBackingServicesRules::neverShowsPasswords()
{
    const AuditResultPtr result = test::auditFiles(
        {{u"k8s/web.yaml"_s,
          deployment("          env:\n            - name: DATABASE_URL\n"
                     "              value: postgres://shop:s3cr3t-Pa55@10.1.2.3:5432/shop\n")},
         {u"src/db.js"_s, "const { Pool } = require(\"pg\");\n"
                          "const pool = new Pool({ connectionString: "
                          "\"postgres://shop:s3cr3t-Pa55@db.prod.internal/shop\" });\n"}});
    QVERIFY(result);
    QCOMPARE(test::findingsOf(*result, u"backing-services.ip-address"_s).size(), 1);
    QCOMPARE(test::findingsOf(*result, u"backing-services.address-in-code"_s).size(), 1);
    for (const Finding &finding : result->findings)
        QVERIFY2(!finding.message.contains(u"s3cr3t"), qPrintable(finding.message));
}

void TestBackingServicesRules::notApplicableWithoutServices()
{
    const AuditResultPtr result = test::auditFiles(
        {{u"Procfile"_s, "worker: python -m shop.worker\n"}, {u"shop/worker.py"_s, "print(\"working\")\n"}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(3).status, FactorStatus::NotApplicable);
    QVERIFY(!result->factors.at(3).reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestBackingServicesRules)
#include "tst_rules_backingservices.moc"
