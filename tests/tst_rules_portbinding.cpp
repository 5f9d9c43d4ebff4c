#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestPortBindingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void creditsPortVariable();
    void onceAcrossEnvironments();
    void notApplicableWithoutPorts();
};

namespace {

// A Deployment `web` whose container carries `containerLines`, plus pod-level `podLines`.
QByteArray deployment(const QByteArray &containerLines, const QByteArray &podLines = {},
                      const QByteArray &kind = "Deployment")
{
    return "apiVersion: apps/v1\nkind: " + kind + R"yaml(
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
)yaml" + podLines +
           R"yaml(      containers:
        - name: web
          image: registry.example.com/shop/web:2.0.1
)yaml" + containerLines;
}

QByteArray service(const QByteArray &targetPort)
{
    return R"yaml(apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: )yaml" +
           targetPort + "\n";
}

const QByteArray namedPort = R"yaml(          ports:
            - name: http
              containerPort: 8080
)yaml";

QByteArray ingress(const QByteArray &port)
{
    return R"yaml(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  )yaml" +
           port + "\n";
}

QByteArray composeWithPort(const QByteArray &command, const QByteArray &port)
{
    return R"yaml(services:
  api:
    image: registry.example.com/shop/api:1.0.0
    command: )yaml" +
           command + "\n    environment:\n      PORT: \"" + port + "\"\n";
}

const QByteArray composeDatabase = R"yaml(services:
  web:
    image: registry.example.com/shop/web:2.0.1
    environment:
      DATABASE_URL: postgres://shop@db:DBPORT/shop
  db:
    image: postgres:16.3
    ports:
      - "5433:5432"
)yaml";

const QByteArray flyToml = R"toml(app = "shop"
primary_region = "ams"

[processes]
  app = "gunicorn shop.wsgi --bind 0.0.0.0:3000"

[http_service]
  internal_port = 8080
  processes = ["app"]
)toml";

const QByteArray expressServer = R"js(const express = require("express");
const app = express();

app.get("/", (req, res) => res.send("ok"));

app.listen(3000, () => console.log("listening"));
)js";

} // namespace

void TestPortBindingRules::catalogue()
{
    const QList<RuleInfo> &rules = portBindingRules();
    QCOMPARE(rules.size(), 12);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("port-binding."));
        QCOMPARE(rule.factor, 7);
        QVERIFY(!rule.translatedRationale().isEmpty());
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
}

void TestPortBindingRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("severity");

    QTest::addRow("Procfile web binds a literal port")
        << Files{{u"Procfile"_s,
                  "web: gunicorn shop.wsgi --bind 0.0.0.0:8000 --workers 3\nworker: celery -A shop worker\n"}}
        << u"port-binding.platform-port-ignored"_s << u"Procfile"_s << 1 << u"web"_s << u"port 8000"_s
        << int(Severity::Warning);
    QTest::addRow("Procfile web starts uvicorn without a port")
        << Files{{u"Procfile"_s, "release: alembic upgrade head\nweb: uvicorn app.main:app --host 0.0.0.0\n"}}
        << u"port-binding.platform-port-ignored"_s << u"Procfile"_s << 2 << u"web"_s << u"uvicorn"_s
        << int(Severity::Warning);
    QTest::addRow("Procfile web runs code with a fixed port")
        << Files{{u"Procfile"_s, "web: node server.js\n"}, {u"server.js"_s, expressServer}}
        << u"port-binding.platform-port-ignored"_s << u"server.js"_s << 6 << u"web"_s << u"fixed port 3000"_s
        << int(Severity::Warning);
    QTest::addRow("render web binds a literal port") << Files{{u"render.yaml"_s, R"yaml(services:
  - type: web
    name: shop
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: gunicorn shop.wsgi -b 0.0.0.0:8000
)yaml"}} << u"port-binding.platform-port-ignored"_s << u"render.yaml"_s
                                                     << 6 << u"shop"_s << u"Render"_s << int(Severity::Info);
    QTest::addRow("fly process listens away from internal_port")
        << Files{{u"fly.toml"_s, flyToml}} << u"port-binding.platform-port-ignored"_s << u"fly.toml"_s << 5
        << u"app"_s << u"internal_port 8080"_s << int(Severity::Warning);

    QTest::addRow("Service targets an undeclared number")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)}, {u"k8s/service.yaml"_s, service("3000")}}
        << u"port-binding.service-target-port"_s << u"k8s/service.yaml"_s << 10 << u"web"_s
        << u"container port 3000"_s << int(Severity::Warning);
    QTest::addRow("Service targets an undefined port name")
        << Files{{u"k8s/web.yaml"_s, deployment("          ports:\n            - containerPort: 8080\n")},
                 {u"k8s/service.yaml"_s, service("http")}}
        << u"port-binding.service-target-port"_s << u"k8s/service.yaml"_s << 10 << u"web"_s << u"named http"_s
        << int(Severity::Error);
    QTest::addRow("liveness probe on an undeclared port")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort + R"yaml(          livenessProbe:
            httpGet:
              path: /healthz
              port: 8081
)yaml")}}
        << u"port-binding.probe-port"_s << u"k8s/web.yaml"_s << 20 << u"web"_s << u"port 8081"_s
        << int(Severity::Warning);
    QTest::addRow("readiness probe on an undefined port name")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort + R"yaml(          readinessProbe:
            tcpSocket:
              port: metrics
)yaml")}}
        << u"port-binding.probe-port"_s << u"k8s/web.yaml"_s << 20 << u"web"_s << u"named metrics"_s
        << int(Severity::Error);
    QTest::addRow("Dockerfile EXPOSE disagrees with Compose")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n    ports:\n      - \"3000:3000\"\n"},
                 {u"Dockerfile"_s, "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 8080\nCMD [\"node\", "
                                   "\"server.js\"]\n"}}
        << u"port-binding.expose-mismatch"_s << u"compose.yaml"_s << 5 << u"web"_s << u"EXPOSEs only 8080"_s
        << int(Severity::Info);
    QTest::addRow("hostPort")
        << Files{{u"k8s/web.yaml"_s,
                  deployment(
                      "          ports:\n            - containerPort: 8080\n              hostPort: 80\n")}}
        << u"port-binding.host-port"_s << u"k8s/web.yaml"_s << 18 << u"web"_s << u"port 80"_s
        << int(Severity::Warning);
    QTest::addRow("hostNetwork") << Files{{u"k8s/web.yaml"_s,
                                           deployment(namedPort, "      hostNetwork: true\n")}}
                                 << u"port-binding.host-network"_s << u"k8s/web.yaml"_s << 14 << u"web"_s
                                 << u"hostNetwork"_s << int(Severity::Warning);
    QTest::addRow("WAR dropped into Tomcat")
        << Files{{u"Dockerfile"_s, R"docker(FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q package

FROM tomcat:10.1-jdk17
COPY --from=build /src/target/shop.war /usr/local/tomcat/webapps/ROOT.war
EXPOSE 8080
)docker"}}
        << u"port-binding.app-server"_s << u"Dockerfile"_s << 7 << QString() << u"tomcat"_s
        << int(Severity::Warning);
    QTest::addRow("two services publish one host port")
        << Files{{u"compose.yaml"_s, R"yaml(services:
  web:
    build: .
    ports:
      - "8080:8000"
  admin:
    build: ./admin
    ports:
      - "8080:9000"
)yaml"}} << u"port-binding.published-port-conflict"_s
        << u"compose.yaml"_s << 9 << u"admin"_s << u"host port 8080/tcp"_s << int(Severity::Warning);

    QTest::addRow("Service selects no workload")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)},
                 {u"k8s/service.yaml"_s, service("http").replace("app: web", "app: webapp")}}
        << u"port-binding.service-selects-nothing"_s << u"k8s/service.yaml"_s << 6 << u"web"_s
        << u"app=webapp"_s << int(Severity::Warning);
    QTest::addRow("Ingress routes to an undefined port name")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)},
                 {u"k8s/service.yaml"_s, service("http")},
                 {u"k8s/ingress.yaml"_s, ingress("name: https")}}
        << u"port-binding.undefined-port-name"_s << u"k8s/ingress.yaml"_s << 12 << u"shop"_s
        << u"named https"_s << int(Severity::Error);
    QTest::addRow("PORT set, command binds another port")
        << Files{{u"compose.yaml"_s, composeWithPort("gunicorn api.wsgi --bind 0.0.0.0:5000", "8080")}}
        << u"port-binding.port-variable-unused"_s << u"compose.yaml"_s << 6 << u"api"_s << u"PORT to 8080"_s
        << int(Severity::Warning);
    QTest::addRow("connection uses the published host port")
        << Files{{u"compose.yaml"_s, QByteArray(composeDatabase).replace("DBPORT", "5433")}}
        << u"port-binding.connection-port"_s << u"compose.yaml"_s << 5 << u"web"_s << u"container port 5432"_s
        << int(Severity::Warning);
    QTest::addRow("Ingress sends to a port the Service lacks")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)},
                 {u"k8s/service.yaml"_s, service("http")},
                 {u"k8s/ingress.yaml"_s, ingress("number: 8080")}}
        << u"port-binding.connection-port"_s << u"k8s/ingress.yaml"_s << 12 << u"shop"_s
        << u"serves only 80"_s << int(Severity::Warning);
}

void TestPortBindingRules::fires()
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
    QCOMPARE(finding.factor, 7);
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QCOMPARE(finding.workload, workload);
    QCOMPARE(int(finding.severity), severity);
    QVERIFY2(finding.message.contains(mentions), qPrintable(finding.message));
    if (!workload.isEmpty())
        QVERIFY2(finding.message.contains(workload), qPrintable(finding.message));
}

void TestPortBindingRules::quiet_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");

    QTest::addRow("Procfile web binds $PORT")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi --bind 0.0.0.0:$PORT\n"}}
        << u"port-binding.platform-port-ignored"_s;
    QTest::addRow("gunicorn reads PORT itself")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi --workers 3\n"}}
        << u"port-binding.platform-port-ignored"_s;
    QTest::addRow("code reads process.env.PORT")
        << Files{{u"Procfile"_s, "web: node server.js\n"},
                 {u"server.js"_s,
                  "const app = require('express')();\nconst port = process.env.PORT || 3000;\n"
                  "app.listen(port);\n"}}
        << u"port-binding.platform-port-ignored"_s;
    QTest::addRow("a worker may use -p")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi\nflower: celery -A shop flower -p 5555\n"}}
        << u"port-binding.platform-port-ignored"_s;
    QTest::addRow("render PORT set to the bound port") << Files{{u"render.yaml"_s, R"yaml(services:
  - type: web
    name: shop
    runtime: python
    startCommand: gunicorn shop.wsgi -b 0.0.0.0:8000
    envVars:
      - key: PORT
        value: "8000"
)yaml"}} << u"port-binding.platform-port-ignored"_s;
    QTest::addRow("fly process listens on internal_port")
        << Files{{u"fly.toml"_s, QByteArray(flyToml).replace("0.0.0.0:3000", "0.0.0.0:8080")}}
        << u"port-binding.platform-port-ignored"_s;
    QTest::addRow("Service targets a named port")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)}, {u"k8s/service.yaml"_s, service("http")}}
        << u"port-binding.service-target-port"_s;
    QTest::addRow("container declares no ports")
        << Files{{u"k8s/web.yaml"_s, deployment({})}, {u"k8s/service.yaml"_s, service("8080")}}
        << u"port-binding.service-target-port"_s;
    QTest::addRow("probe on a declared named port")
        << Files{{u"k8s/web.yaml"_s,
                  deployment(namedPort +
                             "          livenessProbe:\n            httpGet:\n              path: /healthz\n"
                             "              port: http\n")}}
        << u"port-binding.probe-port"_s;
    QTest::addRow("exec probe has no port")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort + "          livenessProbe:\n            exec:\n   "
                                                            "           command: [\"pg_isready\"]\n")}}
        << u"port-binding.probe-port"_s;
    QTest::addRow("EXPOSE agrees with Compose")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n    ports:\n      - \"8080:8000\"\n"},
                 {u"Dockerfile"_s, "FROM python:3.12-slim\nEXPOSE 8000\nCMD [\"gunicorn\", \"shop.wsgi\"]\n"}}
        << u"port-binding.expose-mismatch"_s;
    QTest::addRow("container port without hostPort")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)}} << u"port-binding.host-port"_s;
    QTest::addRow("a DaemonSet node agent takes a node port")
        << Files{{u"k8s/agent.yaml"_s,
                  deployment(
                      "          ports:\n            - containerPort: 9100\n              hostPort: 9100\n",
                      {}, "DaemonSet")}}
        << u"port-binding.host-port"_s;
    QTest::addRow("a DaemonSet node agent on the host network")
        << Files{{u"k8s/agent.yaml"_s, deployment(namedPort, "      hostNetwork: true\n", "DaemonSet")}}
        << u"port-binding.host-network"_s;
    QTest::addRow("embedded server on a JRE")
        << Files{{u"Dockerfile"_s, "FROM eclipse-temurin:21-jre\nCOPY target/shop.war /app/shop.war\n"
                                   "CMD [\"java\", \"-jar\", \"/app/shop.war\"]\n"}}
        << u"port-binding.app-server"_s;
    QTest::addRow("Service selects its pods")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)}, {u"k8s/service.yaml"_s, service("http")}}
        << u"port-binding.service-selects-nothing"_s;
    QTest::addRow("Service without workloads in this repository")
        << Files{{u"k8s/service.yaml"_s, service("http")}} << u"port-binding.service-selects-nothing"_s;
    QTest::addRow("Ingress routes to a defined port name")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)},
                 {u"k8s/service.yaml"_s, service("http")},
                 {u"k8s/ingress.yaml"_s, ingress("name: http")}}
        << u"port-binding.undefined-port-name"_s;
    QTest::addRow("command binds $PORT")
        << Files{{u"compose.yaml"_s, composeWithPort("gunicorn api.wsgi --bind 0.0.0.0:$${PORT}", "8080")}}
        << u"port-binding.port-variable-unused"_s;
    QTest::addRow("command binds the PORT it is given")
        << Files{{u"compose.yaml"_s, composeWithPort("gunicorn api.wsgi --bind 0.0.0.0:8080", "8080")}}
        << u"port-binding.port-variable-unused"_s;
    QTest::addRow("connection uses the container port")
        << Files{{u"compose.yaml"_s, QByteArray(composeDatabase).replace("DBPORT", "5432")}}
        << u"port-binding.connection-port"_s;
    QTest::addRow("Ingress sends to the Service port")
        << Files{{u"k8s/web.yaml"_s, deployment(namedPort)},
                 {u"k8s/service.yaml"_s, service("http")},
                 {u"k8s/ingress.yaml"_s, ingress("number: 80")}}
        << u"port-binding.connection-port"_s;
    QTest::addRow("different host ports and disjoint profiles") << Files{{u"compose.yaml"_s, R"yaml(services:
  web:
    build: .
    ports:
      - "8080:8000"
  admin:
    build: ./admin
    ports:
      - "8081:8000"
  docs:
    image: nginx:1.27
    profiles: ["docs"]
    ports:
      - "9000:80"
  storybook:
    image: node:20
    profiles: ["ui"]
    ports:
      - "9000:6006"
  local:
    image: nginx:1.27
    ports:
      - "127.0.0.1:7000:80"
  other:
    image: nginx:1.27
    ports:
      - "127.0.0.2:7000:80"
)yaml"}} << u"port-binding.published-port-conflict"_s;
}

void TestPortBindingRules::quiet()
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

void TestPortBindingRules::creditsPortVariable()
{
    const AuditResultPtr result = test::auditFiles(
        {{u"Procfile"_s, "web: bundle exec puma -p ${PORT:-3000}\nworker: bundle exec sidekiq\n"}});
    QVERIFY(result);
    QVERIFY(test::findingsOf(*result, u"port-binding.platform-port-ignored"_s).isEmpty());
    bool credited = false;
    for (const Credit &credit : result->credits)
        credited =
            credited || (credit.factor == 7 && credit.text.contains(u"$PORT") && credit.location.line == 1);
    QVERIFY(credited);
    QCOMPARE(result->factors.at(6).status, FactorStatus::Pass);
}

// A Procfile app configured per environment (dotenv files) is laid out once per environment;
// the command is the same line, so the finding is one.
void TestPortBindingRules::onceAcrossEnvironments()
{
    const AuditResultPtr result =
        test::auditFiles({{u"Procfile"_s, "web: gunicorn shop.wsgi -b 0.0.0.0:8000\n"},
                          {u".env.staging"_s, "LOG_LEVEL=debug\n"},
                          {u".env.production"_s, "LOG_LEVEL=info\n"}});
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, u"port-binding.platform-port-ignored"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().location.path, u"Procfile"_s);
    QCOMPARE(findings.first().location.line, 1);
    QVERIFY2(findings.first().message.contains(u"prod"), qPrintable(findings.first().message));
    QVERIFY2(findings.first().message.contains(u"staging"), qPrintable(findings.first().message));
}

void TestPortBindingRules::notApplicableWithoutPorts()
{
    const AuditResultPtr result = test::auditFiles({{u"Procfile"_s, "worker: python -m shop.worker\n"}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(6).status, FactorStatus::NotApplicable);
    QVERIFY(!result->factors.at(6).reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestPortBindingRules)
#include "tst_rules_portbinding.moc"
