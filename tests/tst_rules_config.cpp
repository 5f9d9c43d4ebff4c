#include "auditfixture.h"
#include "jsonreport.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestConfigRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fires_data();
    void fires();
    void doesNotFire_data();
    void doesNotFire();
    void sameSecretInSeveralPlaces();
    void severities_data();
    void severities();
    void gitleaksAllowSuppresses();
    void credits();
    void notApplicableWithoutConfig();
    void legacyShopExample();
};

namespace {

// Fake credentials, joined at run time so that secret scanners do not flag this file.
QByteArray fake(const char *prefix, const char *body)
{
    return QByteArray(prefix) + QByteArray(body);
}

QByteArray stripeLive()
{
    return fake("sk_"
                "live_",
                "pdp4K8ffUF0eWIXiiQE8JkqH");
}
QByteArray stripeTest()
{
    return fake("sk_"
                "test_",
                "3MB9n7IWUSmTtzQPxC5HChpo");
}
QByteArray slackToken()
{
    return fake("xo"
                "xb-",
                "395376724238-8496965328710-3hjOkYRBMeyyMDHqJ38aRUhR");
}

QByteArray deployment(const QByteArray &env, const QByteArray &extraContainers = {})
{
    return "apiVersion: apps/v1\n"                              // 1
           "kind: Deployment\n"                                 // 2
           "metadata:\n"                                        // 3
           "  name: shop-web\n"                                 // 4
           "spec:\n"                                            // 5
           "  replicas: 2\n"                                    // 6
           "  selector:\n"                                      // 7
           "    matchLabels:\n"                                 // 8
           "      app: shop-web\n"                              // 9
           "  template:\n"                                      // 10
           "    metadata:\n"                                    // 11
           "      labels:\n"                                    // 12
           "        app: shop-web\n"                            // 13
           "    spec:\n"                                        // 14
           "      containers:\n"                                // 15
           "        - name: web\n"                              // 16
           "          image: registry.example.com/shop:1.4.2\n" // 17
           "          env:\n"                                   // 18
           + env + extraContainers;                             // 19...
}

const QByteArray literalPassword = "            - name: DB_PASSWORD\n"         // 19
                                   "              value: s3cr3t-legacy-Pa55\n" // 20
                                   "            - name: LOG_LEVEL\n"
                                   "              value: info\n";

const QByteArray externalSecret = "apiVersion: external-secrets.io/v1beta1\n"
                                  "kind: ExternalSecret\n"
                                  "metadata:\n"
                                  "  name: shop-db\n"
                                  "spec:\n"
                                  "  secretStoreRef:\n"
                                  "    name: vault\n"
                                  "    kind: ClusterSecretStore\n"
                                  "  target:\n"
                                  "    name: shop-db-credentials\n"
                                  "  dataFrom:\n"
                                  "    - extract:\n"
                                  "        key: shop/db\n";

const QByteArray secretRefs = "            - name: DB_PASSWORD\n" // 19
                              "              valueFrom:\n"
                              "                secretKeyRef:\n"
                              "                  name: shop-db-credentials\n"
                              "                  key: password\n"
                              "            - name: DATABASE_URL\n"
                              "              value: postgres://shop@db.shop.svc:5432/shop\n"
                              "            - name: FEATURE_FLAGS_ENABLED\n"
                              "              value: \"false\"\n";

} // namespace

void TestConfigRules::fires_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // 0: not checked
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<QString>("secret"); // must appear nowhere in the report; empty: nothing secret

    QTest::addRow("k8s env literal") << u"config.hardcoded-secret"_s
                                     << Files{{u"k8s/deployment.yaml"_s, deployment(literalPassword)}}
                                     << u"k8s/deployment.yaml"_s << 20 << 22 << u"shop-web"_s
                                     << QStringList{u"DB_PASSWORD"_s, u"shop-web"_s, u"k8s/deployment.yaml"_s,
                                                    u"a password"_s}
                                     << u"s3cr3t-legacy-Pa55"_s;

    QTest::addRow("compose url password")
        << u"config.hardcoded-secret"_s
        << Files{{u"docker-compose.yml"_s,
                  "services:\n"
                  "  web:\n"
                  "    build: .\n"
                  "    environment:\n"
                  "      DATABASE_URL: postgres://shop:Hk4-shop-db-2024@db:5432/shop\n"
                  "  db:\n"
                  "    image: postgres:16\n"}}
        << u"docker-compose.yml"_s << 5 << 21 << u"web"_s << QStringList{u"DATABASE_URL"_s, u"web"_s}
        << u"Hk4-shop-db-2024"_s;

    QTest::addRow("compose named password")
        << u"config.hardcoded-secret"_s
        << Files{{u"compose.yaml"_s, "services:\n"
                                     "  db:\n"
                                     "    image: postgres:16\n"
                                     "    environment:\n"
                                     "      - POSTGRES_USER=shop\n"
                                     "      - POSTGRES_PASSWORD=hunter2-legacy\n"}}
        << u"compose.yaml"_s << 6 << 0 << u"db"_s << QStringList{u"POSTGRES_PASSWORD"_s, u"db"_s}
        << u"hunter2-legacy"_s;

    QTest::addRow("dockerfile env") << u"config.hardcoded-secret"_s
                                    << Files{{u"Dockerfile"_s, "FROM python:3.12-slim\n"
                                                               "WORKDIR /srv\n"
                                                               "ENV DB_PASSWORD=s3cr3t-legacy-Pa55\n"
                                                               "CMD [\"gunicorn\", \"shop.app:app\"]\n"}}
                                    << u"Dockerfile"_s << 3 << 17 << QString()
                                    << QStringList{u"DB_PASSWORD"_s, u"Dockerfile"_s}
                                    << u"s3cr3t-legacy-Pa55"_s;

    QTest::addRow("dockerfile arg default")
        << u"config.hardcoded-secret"_s
        << Files{{u"Dockerfile"_s, "FROM node:20-alpine\n"
                                   "ARG NPM_TOKEN=" +
                                       fake("np"
                                            "m_",
                                            "f7W2pkAFEn3z5dkyayq7YYDsBS9UYJQTFjms") +
                                       "\n"
                                       "RUN npm ci\n"}}
        << u"Dockerfile"_s << 2 << 15 << QString() << QStringList{u"NPM_TOKEN"_s, u"image"_s}
        << QString::fromLatin1(fake("np"
                                    "m_",
                                    "f7W2pkAFEn3z5dkyayq7YYDsBS9UYJQTFjms"));

    QTest::addRow("configmap token") << u"config.hardcoded-secret"_s
                                     << Files{{u"k8s/configmap.yaml"_s, "apiVersion: v1\n"
                                                                        "kind: ConfigMap\n"
                                                                        "metadata:\n"
                                                                        "  name: shop-config\n"
                                                                        "data:\n"
                                                                        "  log-level: info\n"
                                                                        "  payments-key: " +
                                                                            stripeLive() + "\n"}}
                                     << u"k8s/configmap.yaml"_s << 7 << 17 << QString()
                                     << QStringList{u"payments-key"_s, u"shop-config"_s, u"ConfigMap"_s}
                                     << QString::fromLatin1(stripeLive());

    QTest::addRow("fly env") << u"config.hardcoded-secret"_s
                             << Files{{u"fly.toml"_s, "app = \"shop-api\"\n"
                                                      "primary_region = \"fra\"\n"
                                                      "\n"
                                                      "[env]\n"
                                                      "  LOG_LEVEL = \"info\"\n"
                                                      "  STRIPE_SECRET_KEY = \"" +
                                                          stripeLive() + "\"\n"}}
                             << u"fly.toml"_s << 6 << 24 << u"shop-api"_s
                             << QStringList{u"STRIPE_SECRET_KEY"_s, u"shop-api"_s}
                             << QString::fromLatin1(stripeLive());

    QTest::addRow("render env var") << u"config.hardcoded-secret"_s
                                    << Files{{u"render.yaml"_s, "services:\n"
                                                                "  - type: web\n"
                                                                "    name: shop-api\n"
                                                                "    runtime: python\n"
                                                                "    startCommand: gunicorn shop.app:app\n"
                                                                "    envVars:\n"
                                                                "      - key: LOG_LEVEL\n"
                                                                "        value: info\n"
                                                                "      - key: JWT_SECRET\n"
                                                                "        value: Qm9v-x7Tz-render-2024\n"}}
                                    << u"render.yaml"_s << 10 << 16 << u"shop-api"_s
                                    << QStringList{u"JWT_SECRET"_s, u"shop-api"_s}
                                    << u"Qm9v-x7Tz-render-2024"_s;

    QTest::addRow("app.json value")
        << u"config.hardcoded-secret"_s
        << Files{{u"app.json"_s,
                  "{\n"
                  "  \"name\": \"shop\",\n"
                  "  \"env\": {\n"
                  "    \"SECRET_KEY\": {\"generator\": \"secret\"},\n"
                  "    \"MAILGUN_API_KEY\": {\"value\": \"key-3ax6xnjp29jd6fds4gc373sgvjxteol0\"}\n"
                  "  }\n"
                  "}\n"},
                 {u"Procfile"_s, "web: gunicorn shop.app:app\n"}}
        << u"app.json"_s << 5 << 0 << u"shop"_s << QStringList{u"MAILGUN_API_KEY"_s}
        << u"key-3ax6xnjp29jd6fds4gc373sgvjxteol0"_s;

    QTest::addRow("token in a procfile command")
        << u"config.hardcoded-secret"_s
        << Files{{u"Procfile"_s, "web: gunicorn shop.app:app\n"
                                 "notifier: python -m shop.notify --slack-token " +
                                     slackToken() + "\n"}}
        << u"Procfile"_s << 2 << 47 << u"notifier"_s << QStringList{u"Slack token"_s, u"Procfile"_s}
        << QString::fromLatin1(slackToken());

    QTest::addRow("helm value") << u"config.hardcoded-secret"_s
                                << Files{{u"chart/Chart.yaml"_s,
                                          "apiVersion: v2\nname: shop\nversion: 1.0.0\n"},
                                         {u"chart/values.yaml"_s, "image:\n"
                                                                  "  tag: 1.4.2\n"
                                                                  "postgresql:\n"
                                                                  "  auth:\n"
                                                                  "    username: shop\n"
                                                                  "    password: Kx7-chart-db-pw\n"}}
                                << u"chart/values.yaml"_s << 6 << 15 << QString()
                                << QStringList{u"postgresql.auth.password"_s} << u"Kx7-chart-db-pw"_s;

    QTest::addRow("committed dotenv") << u"config.committed-dotenv-secret"_s
                                      << Files{{u".env"_s, "# copied from the production box\n"
                                                           "SECRET_KEY=9fK2vQ7xLm3RtZ8wPb4NcY6hJd1sGe5u\n"
                                                           "STRIPE_SECRET_KEY=" +
                                                               stripeLive() +
                                                               "\n"
                                                               "DEBUG=false\n"},
                                               {u"Procfile"_s, "web: gunicorn shop.app:app\n"}}
                                      << u".env"_s << 2 << 12 << QString()
                                      << QStringList{u".env"_s, u"SECRET_KEY"_s, u"STRIPE_SECRET_KEY"_s}
                                      << QString::fromLatin1(stripeLive());

    QTest::addRow("kubernetes secret data")
        << u"config.committed-k8s-secret"_s
        << Files{{u"k8s/secret.yaml"_s, "apiVersion: v1\n"
                                        "kind: Secret\n"
                                        "metadata:\n"
                                        "  name: shop-db\n"
                                        "type: Opaque\n"
                                        "data:\n"
                                        "  username: c2hvcA==\n"
                                        "  password: aHVudGVyMi1wcm9kLWRi\n"}}
        << u"k8s/secret.yaml"_s << 8 << 0 << QString() << QStringList{u"shop-db"_s, u"password"_s}
        << u"hunter2-prod-db"_s;

    QTest::addRow("kubernetes secret stringData")
        << u"config.committed-k8s-secret"_s
        << Files{{u"deploy/secrets.yaml"_s, "apiVersion: v1\n"
                                            "kind: Secret\n"
                                            "metadata:\n"
                                            "  name: shop-api\n"
                                            "stringData:\n"
                                            "  STRIPE_SECRET_KEY: " +
                                                stripeLive() + "\n"}}
        << u"deploy/secrets.yaml"_s << 6 << 0 << QString()
        << QStringList{u"shop-api"_s, u"STRIPE_SECRET_KEY"_s} << QString::fromLatin1(stripeLive());

    QTest::addRow("kustomize secret literals")
        << u"config.committed-k8s-secret"_s
        << Files{{u"k8s/kustomization.yaml"_s, "resources:\n"
                                               "  - deployment.yaml\n"
                                               "secretGenerator:\n"
                                               "  - name: shop-db-credentials\n"
                                               "    literals:\n"
                                               "      - password=Zq8-kustomize-db\n"},
                 {u"k8s/deployment.yaml"_s, deployment(secretRefs)}}
        << u"k8s/kustomization.yaml"_s << 6 << 0 << QString()
        << QStringList{u"shop-db-credentials"_s, u"password"_s} << u"Zq8-kustomize-db"_s;

    QTest::addRow("undefined secret")
        << u"config.undefined-reference"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment("            - name: MAIL_PASSWORD\n"
                                                       "              valueFrom:\n"
                                                       "                secretKeyRef:\n"
                                                       "                  name: shop-mail\n"
                                                       "                  key: password\n")},
                 {u"k8s/external-secret.yaml"_s, externalSecret}}
        << u"k8s/deployment.yaml"_s << 19 << 0 << u"shop-web"_s
        << QStringList{u"MAIL_PASSWORD"_s, u"shop-web"_s, u"Secret"_s, u"shop-mail"_s} << QString();

    QTest::addRow("missing configmap key")
        << u"config.undefined-reference"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment("            - name: SESSION_BACKEND\n"
                                                       "              valueFrom:\n"
                                                       "                configMapKeyRef:\n"
                                                       "                  name: shop-config\n"
                                                       "                  key: session-backend\n")},
                 {u"k8s/configmap.yaml"_s, "apiVersion: v1\n"
                                           "kind: ConfigMap\n"
                                           "metadata:\n"
                                           "  name: shop-config\n"
                                           "data:\n"
                                           "  cache-url: redis://shop-cache:6379/0\n"}}
        << u"k8s/deployment.yaml"_s << 19 << 0 << u"shop-web"_s
        << QStringList{u"session-backend"_s, u"shop-config"_s, u"k8s/configmap.yaml"_s} << QString();

    QTest::addRow("undefined envFrom configmap")
        << u"config.undefined-reference"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment("            - name: LOG_LEVEL\n"
                                                       "              value: info\n"
                                                       "          envFrom:\n"
                                                       "            - configMapRef:\n"
                                                       "                name: shop-settings\n")}}
        << u"k8s/deployment.yaml"_s << 0 << 0 << u"shop-web"_s
        << QStringList{u"shop-web"_s, u"ConfigMap"_s, u"shop-settings"_s} << QString();

    QTest::addRow("duplicate env") << u"config.duplicate-env"_s
                                   << Files{{u"k8s/deployment.yaml"_s,
                                             deployment("            - name: LOG_LEVEL\n"
                                                        "              value: info\n"
                                                        "            - name: WORKERS\n"
                                                        "              value: \"4\"\n"
                                                        "            - name: LOG_LEVEL\n"
                                                        "              value: debug\n")}}
                                   << u"k8s/deployment.yaml"_s << 23 << 0 << u"shop-web"_s
                                   << QStringList{u"LOG_LEVEL"_s, u"shop-web"_s, u"19"_s, u"23"_s}
                                   << QString();

    QTest::addRow("ip address in kubernetes")
        << u"config.hardcoded-host"_s
        << Files{{u"k8s/deployment.yaml"_s,
                  deployment("            - name: DATABASE_URL\n"
                             "              value: postgres://shop@10.0.3.17:5432/shop\n")}}
        << u"k8s/deployment.yaml"_s << 20 << 22 << u"shop-web"_s
        << QStringList{u"DATABASE_URL"_s, u"shop-web"_s, u"10.0.3.17"_s} << QString();

    QTest::addRow("localhost in compose base")
        << u"config.hardcoded-host"_s
        << Files{{u"docker-compose.yml"_s, "services:\n"
                                           "  worker:\n"
                                           "    build: .\n"
                                           "    environment:\n"
                                           "      REDIS_URL: redis://localhost:6379/0\n"}}
        << u"docker-compose.yml"_s << 5 << 18 << u"worker"_s << QStringList{u"REDIS_URL"_s, u"localhost"_s}
        << QString();

    QTest::addRow("bare host ip") << u"config.hardcoded-host"_s
                                  << Files{{u"fly.toml"_s, "app = \"shop-api\"\n"
                                                           "\n"
                                                           "[env]\n"
                                                           "  DB_HOST = \"10.8.0.12\"\n"}}
                                  << u"fly.toml"_s << 4 << 14 << u"shop-api"_s
                                  << QStringList{u"DB_HOST"_s, u"10.8.0.12"_s} << QString();

    QTest::addRow("django production settings")
        << u"config.per-environment-file"_s
        << Files{{u"shop/settings_prod.py"_s, "from .settings import *\n"
                                              "\n"
                                              "DEBUG = False\n"
                                              "DATABASE_HOST = \"db-prod.internal.shop.io\"\n"},
                 {u"Procfile"_s, "web: gunicorn shop.wsgi\n"}}
        << u"shop/settings_prod.py"_s << 4 << 18 << QString()
        << QStringList{u"shop/settings_prod.py"_s, u"prod"_s, u"db-prod.internal.shop.io"_s} << QString();

    QTest::addRow("node-config production")
        << u"config.per-environment-file"_s
        << Files{{u"config/production.json"_s,
                  "{\n"
                  "  \"port\": 8080,\n"
                  "  \"db\": { \"url\": \"postgres://db.prod.shop.io:5432/shop\" }\n"
                  "}\n"}}
        << u"config/production.json"_s << 3 << 19 << QString()
        << QStringList{u"config/production.json"_s, u"db.prod.shop.io"_s} << QString();

    QTest::addRow("flask secret key in source")
        << u"config.secret-in-source"_s
        << Files{{u"shop/app.py"_s, "import logging\n"
                                    "import os\n"
                                    "\n"
                                    "from flask import Flask\n"
                                    "\n"
                                    "app = Flask(__name__)\n"
                                    "app.secret_key = \"dev-secret-do-not-ship\"\n"}}
        << u"shop/app.py"_s << 7 << 19 << QString() << QStringList{u"shop/app.py"_s, u"app.secret_key"_s}
        << u"dev-secret-do-not-ship"_s;

    QTest::addRow("private key in the tree")
        << u"config.secret-in-source"_s
        << Files{{u"deploy/certs/server.key"_s,
                  fake("-----BEGIN RSA PRIV", "ATE KEY-----\n") +
                      "nHRyDGLMqI4jjrPMqQ47hVuHEzfesKDfO8VhghbfAGS63COpoD+ZntGnzpdBYtfC\n"
                      "WZrPAJuSa9yk7uLibfJWK5GrL3iec2VLDBd98yXp1GPE/cx8SwI22XBa7Rl/PulE\n" +
                      fake("-----END RSA PRIV", "ATE KEY-----\n")}}
        << u"deploy/certs/server.key"_s << 1 << 1 << QString() << QStringList{u"private key"_s}
        << u"nHRyDGLMqI4jjrPMqQ47hVuHEzfesKDf"_s;
}

void TestConfigRules::fires()
{
    QFETCH(QString, rule);
    QFETCH(Files, files);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, workload);
    QFETCH(QStringList, named);
    QFETCH(QString, secret);

    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, rule);
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.factor, 3);
    QCOMPARE(finding.location.path, path);
    if (line > 0)
        QCOMPARE(finding.location.line, line);
    if (column > 0)
        QCOMPARE(finding.location.column, column);
    QCOMPARE(finding.workload, workload);
    for (const QString &name : std::as_const(named))
        QVERIFY2(finding.message.contains(name), qPrintable(finding.message));
    QVERIFY(!finding.title.isEmpty());
    QVERIFY(!finding.remediation.isEmpty());

    if (!secret.isEmpty()) {
        for (const Finding &any : result->findings) {
            QVERIFY2(!any.message.contains(secret), qPrintable(any.rule));
            QVERIFY(!any.title.contains(secret));
            QVERIFY(!any.remediation.contains(secret));
        }
        QVERIFY(!QString::fromUtf8(reportToJsonText(*result)).contains(secret));
    }
}

void TestConfigRules::doesNotFire_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Files>("files");

    QTest::addRow("secret refs and plain values") << u"config.hardcoded-secret"_s
                                                  << Files{{u"k8s/deployment.yaml"_s, deployment(secretRefs)},
                                                           {u"k8s/external-secret.yaml"_s, externalSecret}};

    QTest::addRow("compose dev defaults and interpolation")
        << u"config.hardcoded-secret"_s
        << Files{{u"docker-compose.yml"_s, "services:\n"
                                           "  web:\n"
                                           "    build: .\n"
                                           "    environment:\n"
                                           "      SECRET_KEY: ${SECRET_KEY:?set SECRET_KEY}\n"
                                           "      DATABASE_URL: postgres://postgres:postgres@db:5432/shop\n"
                                           "  db:\n"
                                           "    image: postgres:16\n"
                                           "    environment:\n"
                                           "      POSTGRES_PASSWORD: postgres\n"},
                 {u"docker-compose.override.yml"_s, "services:\n"
                                                    "  web:\n"
                                                    "    environment:\n"
                                                    "      SECRET_KEY: dev-only-Kq8-local-key\n"
                                                    "      DEBUG: \"true\"\n"}};

    QTest::addRow("dockerfile without defaults")
        << u"config.hardcoded-secret"_s
        << Files{{u"Dockerfile"_s, "FROM node:20-alpine\n"
                                   "ARG NPM_TOKEN\n"
                                   "ENV PORT=8080 SECRET_KEY_FILE=/run/secrets/secret-key\n"
                                   "RUN --mount=type=secret,id=npm npm ci\n"
                                   "CMD [\"node\", \"server.js\"]\n"}};

    QTest::addRow("platform files with managed secrets")
        << u"config.hardcoded-secret"_s
        << Files{{u"fly.toml"_s, "app = \"shop-api\"\n\n[env]\n  LOG_LEVEL = \"info\"\n  PORT = \"8080\"\n"},
                 {u"render.yaml"_s, "services:\n"
                                    "  - type: web\n"
                                    "    name: shop-api\n"
                                    "    runtime: python\n"
                                    "    envVars:\n"
                                    "      - key: SECRET_KEY\n"
                                    "        generateValue: true\n"
                                    "      - key: STRIPE_SECRET_KEY\n"
                                    "        sync: false\n"}};

    QTest::addRow("helm values referencing a secret")
        << u"config.hardcoded-secret"_s
        << Files{{u"chart/Chart.yaml"_s, "apiVersion: v2\nname: shop\nversion: 1.0.0\n"},
                 {u"chart/values.yaml"_s, "postgresql:\n"
                                          "  auth:\n"
                                          "    existingSecret: shop-db-credentials\n"
                                          "    secretKeys:\n"
                                          "      userPasswordKey: password\n"
                                          "    password: \"\"\n"}};

    QTest::addRow("dotenv template and harmless dotenv")
        << u"config.committed-dotenv-secret"_s
        << Files{{u".env.example"_s,
                  "SECRET_KEY=change-me\nSTRIPE_SECRET_KEY=<your-stripe-key>\nDB_PASSWORD=\n"},
                 {u".env"_s, "DEBUG=true\nPORT=8000\nDATABASE_URL=postgres://localhost/shop\n"},
                 {u"Procfile"_s, "web: gunicorn shop.app:app\n"}};

    QTest::addRow("development dotenv")
        << u"config.committed-dotenv-secret"_s
        << Files{{u".env.development"_s, "SECRET_KEY=dev-only-Kq8-local-key\nDB_PASSWORD=devpass-2024\n"}};

    QTest::addRow("sealed, sops and external secrets")
        << u"config.committed-k8s-secret"_s
        << Files{{u"k8s/sealed.yaml"_s, "apiVersion: bitnami.com/v1alpha1\n"
                                        "kind: SealedSecret\n"
                                        "metadata:\n"
                                        "  name: shop-api\n"
                                        "spec:\n"
                                        "  encryptedData:\n"
                                        "    STRIPE_SECRET_KEY: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq\n"},
                 {u"k8s/db-secret.enc.yaml"_s,
                  "apiVersion: v1\n"
                  "kind: Secret\n"
                  "metadata:\n"
                  "  name: shop-db\n"
                  "stringData:\n"
                  "  password: ENC[AES256_GCM,data:8Xbq7w==,iv:abc=,tag:def==,type:str]\n"
                  "sops:\n"
                  "  version: 3.8.1\n"},
                 {u"k8s/external-secret.yaml"_s, externalSecret},
                 {u"k8s/token-secret.yaml"_s, "apiVersion: v1\n"
                                              "kind: Secret\n"
                                              "metadata:\n"
                                              "  name: ci-bot\n"
                                              "  annotations:\n"
                                              "    kubernetes.io/service-account.name: ci-bot\n"
                                              "type: kubernetes.io/service-account-token\n"}};

    QTest::addRow("references that are defined")
        << u"config.undefined-reference"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment(secretRefs + "            - name: SESSION_BACKEND\n"
                                                                    "              valueFrom:\n"
                                                                    "                configMapKeyRef:\n"
                                                                    "                  name: shop-config\n"
                                                                    "                  key: session-backend\n"
                                                                    "            - name: SENTRY_DSN\n"
                                                                    "              valueFrom:\n"
                                                                    "                secretKeyRef:\n"
                                                                    "                  name: shop-sentry\n"
                                                                    "                  key: dsn\n"
                                                                    "                  optional: true\n")},
                 {u"k8s/external-secret.yaml"_s, externalSecret},
                 {u"k8s/kustomization.yaml"_s, "resources:\n"
                                               "  - deployment.yaml\n"
                                               "  - external-secret.yaml\n"
                                               "configMapGenerator:\n"
                                               "  - name: shop-config\n"
                                               "    literals:\n"
                                               "      - session-backend=redis\n"}};

    QTest::addRow("distinct env names")
        << u"config.duplicate-env"_s << Files{{u"k8s/deployment.yaml"_s, deployment(literalPassword)}};

    QTest::addRow("hosts that are fine")
        << u"config.hardcoded-host"_s
        << Files{{u"k8s/deployment.yaml"_s,
                  deployment("            - name: DATABASE_URL\n"
                             "              value: postgres://shop@db.shop.svc:5432/shop\n"
                             "            - name: BIND_ADDRESS\n"
                             "              value: 0.0.0.0:8080\n"
                             "            - name: STATSD_HOST\n"
                             "              value: 127.0.0.1\n",
                             "        - name: cloud-sql-proxy\n"
                             "          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.8.0\n")},
                 {u"docker-compose.yml"_s, "services:\n"
                                           "  web:\n"
                                           "    build: .\n"
                                           "    environment:\n"
                                           "      REDIS_URL: redis://cache:6379/0\n"},
                 {u"docker-compose.override.yml"_s, "services:\n"
                                                    "  web:\n"
                                                    "    environment:\n"
                                                    "      API_URL: http://localhost:8080\n"}};

    QTest::addRow("settings read from the environment")
        << u"config.per-environment-file"_s
        << Files{{u"shop/settings_prod.py"_s, "import os\n"
                                              "DEBUG = False\n"
                                              "DATABASE_HOST = os.environ[\"DATABASE_HOST\"]\n"},
                 {u"config/environments/production.rb"_s, "Rails.application.configure do\n"
                                                          "  config.log_level = :info\n"
                                                          "end\n"},
                 {u"shop/settings.py"_s, "DATABASE_HOST = \"localhost\"\n"}};

    QTest::addRow("source that reads the environment")
        << u"config.secret-in-source"_s
        << Files{{u"shop/settings.py"_s, "import os\n"
                                         "SECRET_KEY = os.environ[\"SECRET_KEY\"]\n"
                                         "DB_PASSWORD = os.getenv(\"DB_PASSWORD\", \"\")\n"
                                         "PASSWORD_MIN_LENGTH = 12\n"},
                 {u"tests/test_login.py"_s, "def test_login(client):\n"
                                            "    password = \"correct-horse-42\"\n"},
                 {u"README.md"_s, "Set `SECRET_KEY=your-secret-key-here` in your environment.\n"}};

    QTest::addRow("identifiers, translations and generated dev keys")
        << u"config.secret-in-source"_s
        << Files{{u"web/src/auth.js"_s, "export const TOKEN_KEY = \"access_token\";\n"
                                        "export const REFRESH_TOKEN = 'refreshToken';\n"
                                        "const headers = { Authorization: `Bearer ${token}` };\n"},
                 {u"config/locales/de.yml"_s,
                  "de:\n  password: Kennwort\n  password_confirmation: Kennwort2x\n"},
                 {u"mysite/settings.py"_s,
                  "SECRET_KEY = \"django-insecure-7x!q2k@9#m$4z)w8(v^r1b&e5n\"\n"
                  "PASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]\n"
                  "AUTH_PASSWORD_VALIDATORS = []\n"}};
}

void TestConfigRules::doesNotFire()
{
    QFETCH(QString, rule);
    QFETCH(Files, files);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> findings = test::allFindingsOf(*result, rule);
    QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.first().message));
}

void TestConfigRules::sameSecretInSeveralPlaces()
{
    const AuditResultPtr result =
        test::auditFiles({{u"k8s/deployment.yaml"_s, deployment(literalPassword)},
                          {u"Dockerfile"_s, "FROM python:3.12-slim\nENV DB_PASSWORD=s3cr3t-legacy-Pa55\n"}});
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, u"config.hardcoded-secret"_s);
    QCOMPARE(findings.size(), 2);
    QStringList paths;
    for (const Finding &finding : findings) {
        paths.append(finding.location.path);
        QVERIFY2(finding.message.contains(u"1 other place"), qPrintable(finding.message));
        QVERIFY(!finding.message.contains(u"s3cr3t-legacy-Pa55"));
    }
    paths.sort();
    QCOMPARE(paths, (QStringList{u"Dockerfile"_s, u"k8s/deployment.yaml"_s}));
    QVERIFY(findings.at(0).id != findings.at(1).id);

    // A password in a URL and in a variable is one value too.
    const AuditResultPtr compose = test::auditFiles(
        {{u"docker-compose.yml"_s, "services:\n"
                                   "  web:\n"
                                   "    build: .\n"
                                   "    environment:\n"
                                   "      DATABASE_URL: postgres://shop:hunter2-legacy@db:5432/shop\n"
                                   "  db:\n"
                                   "    image: postgres:16\n"
                                   "    environment:\n"
                                   "      POSTGRES_PASSWORD: hunter2-legacy\n"}});
    QVERIFY(compose);
    const QList<Finding> composeFindings = test::findingsOf(*compose, u"config.hardcoded-secret"_s);
    QCOMPARE(composeFindings.size(), 2);
    for (const Finding &finding : composeFindings)
        QVERIFY2(finding.message.contains(u"1 other place"), qPrintable(finding.message));
}

void TestConfigRules::severities_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Files>("files");
    QTest::addColumn<int>("severity");

    QTest::addRow("stripe test key is info")
        << u"config.hardcoded-secret"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment("            - name: STRIPE_SECRET_KEY\n"
                                                       "              value: " +
                                                       stripeTest() + "\n")}}
        << int(Severity::Info);
    QTest::addRow("secret managed outside a repository without secrets is info")
        << u"config.undefined-reference"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment("            - name: MAIL_PASSWORD\n"
                                                       "              valueFrom:\n"
                                                       "                secretKeyRef:\n"
                                                       "                  name: shop-mail\n"
                                                       "                  key: password\n")}}
        << int(Severity::Info);
    QTest::addRow("missing configmap is a warning")
        << u"config.undefined-reference"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment("            - name: SESSION_BACKEND\n"
                                                       "              valueFrom:\n"
                                                       "                configMapKeyRef:\n"
                                                       "                  name: shop-config\n"
                                                       "                  key: session-backend\n")}}
        << int(Severity::Warning);
    QTest::addRow("live key is an error")
        << u"config.hardcoded-secret"_s
        << Files{{u"k8s/deployment.yaml"_s, deployment("            - name: STRIPE_SECRET_KEY\n"
                                                       "              value: " +
                                                       stripeLive() + "\n")}}
        << int(Severity::Error);
}

void TestConfigRules::severities()
{
    QFETCH(QString, rule);
    QFETCH(Files, files);
    QFETCH(int, severity);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, rule);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(int(findings.first().severity), severity);
}

void TestConfigRules::gitleaksAllowSuppresses()
{
    const AuditResultPtr result =
        test::auditFiles({{u"k8s/deployment.yaml"_s, deployment("            - name: DEMO_TOKEN\n"
                                                                "              value: " +
                                                                stripeLive() + " # gitleaks:allow\n")}});
    QVERIFY(result);
    QVERIFY(test::findingsOf(*result, u"config.hardcoded-secret"_s).isEmpty());
    const QList<Finding> all = test::allFindingsOf(*result, u"config.hardcoded-secret"_s);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().suppressed);
    QCOMPARE(all.first().suppressed->source, u"gitleaks"_s);
}

void TestConfigRules::credits()
{
    const AuditResultPtr result =
        test::auditFiles({{u"k8s/deployment.yaml"_s, deployment(secretRefs)},
                          {u"k8s/external-secret.yaml"_s, externalSecret},
                          {u"k8s/sealed.yaml"_s, "apiVersion: bitnami.com/v1alpha1\n"
                                                 "kind: SealedSecret\n"
                                                 "metadata:\n"
                                                 "  name: shop-api\n"
                                                 "spec:\n"
                                                 "  encryptedData:\n"
                                                 "    STRIPE_SECRET_KEY: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq\n"},
                          {u".env.example"_s, "SECRET_KEY=change-me\n"}});
    QVERIFY(result);
    QStringList texts;
    for (const Credit &credit : result->credits) {
        if (credit.factor == 3)
            texts.append(credit.text);
    }
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"ExternalSecret shop-db"), qPrintable(all));
    QVERIFY2(all.contains(u"SealedSecret shop-api"), qPrintable(all));
    QVERIFY2(all.contains(u".env.example"), qPrintable(all));
    QVERIFY2(all.contains(u"from Secrets"), qPrintable(all));
    QCOMPARE(result->factors.at(2).status, FactorStatus::Pass);
}

void TestConfigRules::notApplicableWithoutConfig()
{
    const AuditResultPtr result =
        test::auditFiles({{u"README.md"_s, "# A library\n"}, {u"lib/util.py"_s, "X = 1\n"}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(2).status, FactorStatus::NotApplicable);
    QVERIFY(!result->factors.at(2).reason.isEmpty());
}

void TestConfigRules::legacyShopExample()
{
    const QString root = QFINDTESTDATA("../resources/examples/legacy-shop/Dockerfile").section(u'/', 0, -2);
    QVERIFY(!root.isEmpty());
    Files files;
    for (const QString &path :
         {u".env"_s, u"Dockerfile"_s, u"Procfile"_s, u"docker-compose.yml"_s,
          u"docker-compose.override.yml"_s, u"k8s/configmap.yaml"_s, u"k8s/deployment.yaml"_s,
          u"k8s/service.yaml"_s, u"requirements.txt"_s, u"shop/app.py"_s}) {
        QFile file(root + u'/' + path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        files.insert(path, file.readAll());
    }
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const auto places = [&](const QString &rule) {
        QStringList found;
        for (const Finding &finding : test::findingsOf(*result, rule))
            found.append(finding.location.path + u':' + QString::number(finding.location.line));
        found.sort();
        return found;
    };
    QCOMPARE(places(u"config.hardcoded-secret"_s),
             (QStringList{u"Dockerfile:7"_s, u"docker-compose.yml:19"_s, u"docker-compose.yml:7"_s,
                          u"k8s/deployment.yaml:26"_s, u"k8s/deployment.yaml:28"_s}));
    QCOMPARE(places(u"config.committed-dotenv-secret"_s), QStringList{u".env:2"_s});
    QCOMPARE(places(u"config.secret-in-source"_s), QStringList{u"shop/app.py:7"_s});
    QCOMPARE(places(u"config.hardcoded-host"_s), QStringList{u"k8s/deployment.yaml:26"_s});
    QCOMPARE(places(u"config.undefined-reference"_s), QStringList{u"k8s/deployment.yaml:34"_s});
    const QByteArray json = reportToJsonText(*result);
    for (const char *secret : {"s3cr3t-legacy-Pa55", "hunter2-legacy", "9fK2vQ7xLm3RtZ8wPb4NcY6hJd1sGe5u",
                               "dev-secret-do-not-ship"})
        QVERIFY2(!json.contains(secret), secret);
}

QTEST_GUILESS_MAIN(TestConfigRules)
#include "tst_rules_config.moc"
