#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestDevProdParityRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void noSecretInMessages();
};

namespace {

constexpr int factor = 10;

// A Deployment `web` of `image`; `containerLines` go under its container.
QByteArray deployment(const QByteArray &containerLines,
                      const QByteArray &image = "registry.example.com/shop/web:1.4.2")
{
    return R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: )yaml" +
           image + "\n" + containerLines;
}

// A StatefulSet `db` running `image`.
QByteArray database(const QByteArray &image)
{
    return R"yaml(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: )yaml" +
           image + "\n          ports:\n            - containerPort: 5432\n";
}

const QByteArray resources = R"yaml(          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              memory: 512Mi
)yaml";

const QByteArray postgresUrl = "          env:\n            - name: DATABASE_URL\n"
                               "              value: postgres://shop@db.shop.svc:5432/shop\n";

const QByteArray renderEnvironments = R"yaml(projects:
  - name: shop
    environments:
      - name: staging
        services:
          - type: web
            name: api
            runtime: node
            startCommand: node server.js
      - name: production
        services:
          - type: web
            name: api
            runtime: node
            startCommand: node server.js
            healthCheckPath: /healthz
)yaml";

} // namespace

void TestDevProdParityRules::catalogue()
{
    const QList<RuleInfo> &rules = devProdParityRules();
    QCOMPARE(rules.size(), 10);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("dev-prod-parity."));
        QCOMPARE(rule.factor, factor);
        QVERIFY(!rule.translatedTitle().isEmpty());
        QVERIFY(!rule.translatedRationale().isEmpty());
        QVERIFY(!rule.translatedRemediation().isEmpty());
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
}

void TestDevProdParityRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("severity");

    QTest::addRow("SQLite in the local .env, PostgreSQL in Kubernetes")
        << Files{{u".env"_s, "DATABASE_URL=sqlite:///db.sqlite3\nDEBUG=true\n"},
                 {u"k8s/web.yaml"_s, deployment(postgresUrl)}}
        << u"dev-prod-parity.backing-service-kind-differs"_s << u".env"_s << 1 << QString() << u"sqlite"_s
        << int(Severity::Warning);
    QTest::addRow("MySQL in Compose, PostgreSQL in Kubernetes")
        << Files{{u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n  db:\n    image: mysql:8.0\n"},
                 {u"k8s/web.yaml"_s, deployment(postgresUrl)},
                 {u"k8s/db.yaml"_s, database("postgres:16.4")}}
        << u"dev-prod-parity.backing-service-kind-differs"_s << u"docker-compose.yml"_s << 5 << u"db"_s
        << u"postgres"_s << int(Severity::Warning);
    QTest::addRow("PostgreSQL 13 in Compose, 16 in Kubernetes")
        << Files{{u"docker-compose.yml"_s,
                  "services:\n  web:\n    build: .\n  db:\n    image: postgres:13-alpine\n"},
                 {u"k8s/db.yaml"_s, database("postgres:16.4")}}
        << u"dev-prod-parity.backing-service-version-differs"_s << u"docker-compose.yml"_s << 5 << u"db"_s
        << u"postgres 13"_s << int(Severity::Warning);
    QTest::addRow("Redis 6 on staging, 7 in production")
        << Files{{u"k8s/staging/redis.yaml"_s, database("redis:6.2")},
                 {u"k8s/production/redis.yaml"_s, database("redis:7.2")}}
        << u"dev-prod-parity.backing-service-version-differs"_s << u"k8s/staging/redis.yaml"_s << 17
        << u"db"_s << u"redis 7"_s << int(Severity::Warning);

    QTest::addRow("three versions of the app image")
        << Files{{u"k8s/staging/web.yaml"_s, deployment({}, "registry.example.com/shop/web:1.4.0")},
                 {u"k8s/qa/web.yaml"_s, deployment({}, "registry.example.com/shop/web:1.3.1")},
                 {u"k8s/production/web.yaml"_s, deployment({}, "registry.example.com/shop/web:1.2.0")}}
        << u"dev-prod-parity.image-tag-drift"_s << u"k8s/production/web.yaml"_s << 16 << QString()
        << u"1.2.0 in k8s/production/web.yaml"_s << int(Severity::Info);

    QTest::addRow("health check in production only")
        << Files{{u"render.yaml"_s, renderEnvironments}} << u"dev-prod-parity.health-checks-differ"_s
        << u"render.yaml"_s << 7 << u"api"_s << u"staging"_s << int(Severity::Warning);
    QTest::addRow("resources in production only")
        << Files{{u"k8s/staging/web.yaml"_s, deployment({})},
                 {u"k8s/production/web.yaml"_s, deployment(resources)}}
        << u"dev-prod-parity.resources-differ"_s << u"k8s/staging/web.yaml"_s << 4 << u"web"_s
        << u"k8s/production/web.yaml"_s << int(Severity::Info);

    QTest::addRow("DEBUG on in a Deployment")
        << Files{{u"k8s/web.yaml"_s, deployment("          env:\n            - name: DEBUG\n"
                                                "              value: \"True\"\n")}}
        << u"dev-prod-parity.debug-in-production"_s << u"k8s/web.yaml"_s << 18 << u"web"_s << u"DEBUG=True"_s
        << int(Severity::Warning);
    QTest::addRow("NODE_ENV development in fly.toml")
        << Files{{u"fly.toml"_s,
                  "app = \"shop\"\n\n[env]\n  NODE_ENV = \"development\"\n  PORT = \"8080\"\n"}}
        << u"dev-prod-parity.debug-in-production"_s << u"fly.toml"_s << 4 << u"app"_s
        << u"NODE_ENV=development"_s << int(Severity::Warning);
    QTest::addRow("APP_DEBUG in the production dotenv")
        << Files{{u".env.production"_s, "APP_ENV=production\nAPP_DEBUG=true\n"},
                 {u"Procfile"_s, "web: vendor/bin/heroku-php-apache2 public/\n"}}
        << u"dev-prod-parity.debug-in-production"_s << u".env.production"_s << 2 << u"web"_s
        << u"APP_DEBUG=true"_s << int(Severity::Warning);
    QTest::addRow("FLASK_DEBUG in production Helm values")
        << Files{{u"chart/Chart.yaml"_s, "apiVersion: v2\nname: shop\nversion: 0.1.0\n"},
                 {u"chart/values.yaml"_s, "env:\n  FLASK_DEBUG: \"0\"\n"},
                 {u"chart/values-prod.yaml"_s, "replicaCount: 3\nenv:\n  FLASK_DEBUG: \"1\"\n"}}
        << u"dev-prod-parity.debug-in-production"_s << u"chart/values-prod.yaml"_s << 3 << QString()
        << u"FLASK_DEBUG=1"_s << int(Severity::Warning);
    QTest::addRow("LOG_LEVEL debug in a ConfigMap")
        << Files{{u"k8s/config.yaml"_s,
                  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-config\ndata:\n"
                  "  LOG_LEVEL: debug\n  CACHE_TTL: \"300\"\n"},
                 {u"k8s/web.yaml"_s, deployment("          envFrom:\n            - configMapRef:\n"
                                                "                name: shop-config\n")}}
        << u"dev-prod-parity.debug-log-level"_s << u"k8s/config.yaml"_s << 6 << u"web"_s
        << u"LOG_LEVEL=debug"_s << int(Severity::Info);

    QTest::addRow("the production secret in staging")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi\n"},
                 {u".env.staging"_s, "LOG_LEVEL=info\nSESSION_SECRET=Zq8vW2xR5tY7uI9oP1aS3dF6gH4jK0lM\n"},
                 {u".env.production"_s,
                  "LOG_LEVEL=warning\nSESSION_SECRET=Zq8vW2xR5tY7uI9oP1aS3dF6gH4jK0lM\n"}}
        << u"dev-prod-parity.secret-shared-with-production"_s << u".env.staging"_s << 2 << u"web"_s
        << u"SESSION_SECRET"_s << int(Severity::Warning);

    QTest::addRow("variable set for production only")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi\n"},
                 {u".env.staging"_s, "DATABASE_URL=postgres://shop@staging-db:5432/shop\n"},
                 {u".env.production"_s, "DATABASE_URL=postgres://shop@prod-db:5432/shop\nSENTRY_DSN=https://"
                                        "sentry.example.com/42\n"}}
        << u"dev-prod-parity.variable-missing-in-environment"_s << u"Procfile"_s << 1 << u"web"_s
        << u"SENTRY_DSN"_s << int(Severity::Info);
    QTest::addRow("template variable the Deployment never sets")
        << Files{{u".env.example"_s,
                  "DATABASE_URL=postgres://shop:shop@localhost:5432/shop\nSECRET_KEY=change-me\n"
                  "CACHE_TTL=300\n"},
                 {u"k8s/web.yaml"_s, deployment(postgresUrl + "            - name: SECRET_KEY\n"
                                                              "              valueFrom:\n"
                                                              "                secretKeyRef:\n"
                                                              "                  name: shop-secrets\n"
                                                              "                  key: secret-key\n")}}
        << u"dev-prod-parity.template-variable-not-deployed"_s << u".env.example"_s << 3 << QString()
        << u"CACHE_TTL"_s << int(Severity::Info);
}

void TestDevProdParityRules::fires()
{
    QFETCH(Files, files);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, workload);
    QFETCH(QString, mentions);
    QFETCH(int, severity);

    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, rule);
    for (const Finding &finding : findings)
        qInfo("%s:%d %s", qPrintable(finding.location.path), finding.location.line,
              qPrintable(finding.message));
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.factor, factor);
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QCOMPARE(finding.workload, workload);
    QCOMPARE(int(finding.severity), severity);
    QVERIFY2(finding.message.contains(mentions), qPrintable(finding.message));
}

void TestDevProdParityRules::quiet_data()
{
    QTest::addColumn<Files>("files");

    QTest::addRow("same services and major versions everywhere") << Files{
        {u".env"_s, "DATABASE_URL=postgres://shop:shop@localhost:5432/shop\n"},
        {u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n  db:\n    image: postgres:16-alpine\n"
                                  "  cache:\n    image: redis:7\n"},
        {u"k8s/web.yaml"_s, deployment(postgresUrl)},
        {u"k8s/db.yaml"_s, database("postgres:16.4")}};
    QTest::addRow("each environment its own secret")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi\n"},
                 {u".env.staging"_s, "SESSION_SECRET=Zq8vW2xR5tY7uI9oP1aS3dF6gH4jK0lM\n"},
                 {u".env.production"_s, "SESSION_SECRET=Xc4bN7mQ1wE3rT5yU8iO0pA2sD6fG9hJ\n"}};
    QTest::addRow("one secret shared by staging and test, none in production")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi\n"},
                 {u".env.staging"_s, "SESSION_SECRET=Zq8vW2xR5tY7uI9oP1aS3dF6gH4jK0lM\n"},
                 {u".env.test"_s, "SESSION_SECRET=Zq8vW2xR5tY7uI9oP1aS3dF6gH4jK0lM\n"}};
    QTest::addRow("staging one release ahead of production")
        << Files{{u"k8s/staging/web.yaml"_s, deployment(resources, "registry.example.com/shop/web:1.5.0")},
                 {u"k8s/production/web.yaml"_s, deployment(QByteArray(resources).replace("512Mi", "2Gi"),
                                                           "registry.example.com/shop/web:1.4.2")}};
    QTest::addRow("debug switches in development places only") << Files{
        {u"k8s/web.yaml"_s, deployment("          env:\n            - name: NODE_ENV\n"
                                       "              value: production\n"
                                       "            - name: LOG_LEVEL\n              value: info\n")},
        {u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n"},
        {u"docker-compose.override.yml"_s,
         "services:\n  web:\n    environment:\n      DEBUG: \"1\"\n      NODE_ENV: development\n"},
        {u".env"_s, "DEBUG=true\nLOG_LEVEL=debug\n"},
        {u".env.development"_s, "NODE_ENV=development\n"},
        {u"k8s/overlays/dev/config.yaml"_s,
         "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-config\ndata:\n  DEBUG: \"true\"\n"}};
    QTest::addRow("template fully deployed or consumed elsewhere") << Files{
        {u".env.example"_s, "DATABASE_URL=postgres://shop:shop@localhost:5432/shop\nSECRET_KEY=change-me\n"
                            "POSTGRES_PASSWORD=shop\nWEB_PORT=8000\nDEBUG=false\n"},
        {u"docker-compose.yml"_s,
         "services:\n  web:\n    build: .\n    ports:\n      - \"${WEB_PORT}:8000\"\n"},
        {u"k8s/web.yaml"_s, deployment(postgresUrl + "            - name: SECRET_KEY\n"
                                                     "              valueFrom:\n"
                                                     "                secretKeyRef:\n"
                                                     "                  name: shop-secrets\n"
                                                     "                  key: secret-key\n")}};
    QTest::addRow("template next to a Deployment whose config comes from an external Secret") << Files{
        {u".env.example"_s, "DATABASE_URL=postgres://shop:shop@localhost:5432/shop\nSTRIPE_KEY=sk_test\n"},
        {u"k8s/web.yaml"_s, deployment(postgresUrl + "          envFrom:\n            - secretRef:\n"
                                                     "                name: shop-external\n")}};
    QTest::addRow("variables set in every deployed environment") << Files{
        {u"Procfile"_s, "web: gunicorn shop.wsgi\n"},
        {u".env.staging"_s,
         "DATABASE_URL=postgres://shop@staging-db:5432/shop\nSENTRY_DSN=https://sentry.example.com/41\n"},
        {u".env.production"_s,
         "DATABASE_URL=postgres://shop@prod-db:5432/shop\nSENTRY_DSN=https://sentry.example.com/42\n"},
        {u".env.test"_s, "DATABASE_URL=postgres://shop@localhost:5432/shop_test\n"}};
    QTest::addRow("health checks in every environment") << Files{{u"render.yaml"_s, R"yaml(projects:
  - name: shop
    environments:
      - name: staging
        services:
          - type: web
            name: api
            runtime: node
            startCommand: node server.js
            healthCheckPath: /healthz
      - name: production
        services:
          - type: web
            name: api
            runtime: node
            startCommand: node server.js
            healthCheckPath: /healthz
)yaml"}};
}

void TestDevProdParityRules::quiet()
{
    QFETCH(Files, files);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    QStringList found;
    for (const Finding &finding : result->findings) {
        if (finding.factor == factor)
            found.append(finding.rule + u' ' + finding.location.path + u':' +
                         QString::number(finding.location.line) + u' ' + finding.message);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QCOMPARE(result->factors.at(factor - 1).status, FactorStatus::Pass);
}

void TestDevProdParityRules::noSecretInMessages()
{
    const AuditResultPtr result = test::auditFiles({
        {u".env"_s, "DATABASE_URL=sqlite:///db.sqlite3\n"},
        {u"k8s/web.yaml"_s,
         deployment("          env:\n            - name: DATABASE_URL\n"
                    "              value: postgres://shop:Sup3rS3cretPassw0rd@db:5432/shop\n")},
    });
    QVERIFY(result);
    const QList<Finding> findings =
        test::findingsOf(*result, u"dev-prod-parity.backing-service-kind-differs"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().message.contains(u"DATABASE_URL"));
    QVERIFY(!findings.first().message.contains(u"Sup3rS3cret"));
    QVERIFY(!findings.first().message.contains(u"db.sqlite3"));
}

QTEST_GUILESS_MAIN(TestDevProdParityRules)
#include "tst_rules_devprodparity.moc"
