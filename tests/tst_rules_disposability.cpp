#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestDisposabilityRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void credits();
    void sharedPlaceReportedOnce();
    void notApplicableWithoutProcesses();
};

namespace {

constexpr int factor = 9;

bool hasEquivalent(const RuleInfo *rule, const char *check)
{
    return rule && std::any_of(rule->equivalents.cbegin(), rule->equivalents.cend(),
                               [&](const char *equivalent) { return qstrcmp(equivalent, check) == 0; });
}

// A Deployment `web` serving port 8000; `containerLines` go under its container, `podLines` after it.
QByteArray deployment(const QByteArray &containerLines, const QByteArray &podLines = {})
{
    return R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
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
          image: registry.example.com/shop/web:1.4.2
          ports:
            - containerPort: 8000
)yaml" + containerLines;
}

const QByteArray probes = R"yaml(          readinessProbe:
            httpGet:
              path: /healthz
              port: 8000
          livenessProbe:
            httpGet:
              path: /livez
              port: 8000
)yaml";

const QByteArray pythonDockerfile = R"docker(FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
)docker";

// Kubernetes manifests next to the Compose file make Compose the local development stack.
const QByteArray kubernetesApp = deployment(probes);

} // namespace

void TestDisposabilityRules::catalogue()
{
    const QList<RuleInfo> &rules = disposabilityRules();
    QCOMPARE(rules.size(), 10);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("disposability."));
        QCOMPARE(rule.factor, factor);
        QVERIFY(!rule.translatedTitle().isEmpty());
        QVERIFY(!rule.translatedRationale().isEmpty());
        QVERIFY(!rule.translatedRemediation().isEmpty());
        QVERIFY2(!rule.examples.isEmpty(), rule.id);
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
    const RuleInfo *readiness = ruleById(u"disposability.missing-readiness-probe"_s);
    QVERIFY(readiness);
    QVERIFY(hasEquivalent(readiness, "polaris:readinessProbeMissing"));
    QVERIFY(hasEquivalent(readiness, "kube-linter:no-readiness-probe"));
    QVERIFY(hasEquivalent(readiness, "kube-score:pod-probes"));
    const RuleInfo *liveness = ruleById(u"disposability.missing-liveness-probe"_s);
    QVERIFY(hasEquivalent(liveness, "polaris:livenessProbeMissing"));
    QVERIFY(hasEquivalent(liveness, "kube-linter:no-liveness-probe"));
    QVERIFY(hasEquivalent(ruleById(u"disposability.shell-form-command"_s), "hadolint:DL3025"));
}

void TestDisposabilityRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("severity");

    QTest::addRow("Deployment without readinessProbe")
        << Files{{u"k8s/web.yaml"_s, deployment("          livenessProbe:\n            tcpSocket:\n"
                                                "              port: 8000\n")}}
        << u"disposability.missing-readiness-probe"_s << u"k8s/web.yaml"_s << 16 << u"web"_s
        << u"readinessProbe"_s << int(Severity::Warning);
    QTest::addRow("Deployment without livenessProbe")
        << Files{{u"k8s/web.yaml"_s, deployment("          readinessProbe:\n            httpGet:\n"
                                                "              path: /healthz\n              port: 8000\n")}}
        << u"disposability.missing-liveness-probe"_s << u"k8s/web.yaml"_s << 16 << u"web"_s
        << u"livenessProbe"_s << int(Severity::Info);
    QTest::addRow("portless container selected by a Service")
        << Files{{u"k8s/api.yaml"_s, R"yaml(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: api
spec:
  serviceName: api
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:2.0.1
          livenessProbe:
            exec:
              command: ["/bin/grpc_health_probe", "-addr=:9090"]
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - port: 9090
)yaml"}} << u"disposability.missing-readiness-probe"_s
        << u"k8s/api.yaml"_s << 16 << u"api"_s << u"\"api\""_s << int(Severity::Warning);

    QTest::addRow("Dockerfile CMD in shell form")
        << Files{{u"web/Dockerfile"_s, pythonDockerfile + "CMD gunicorn app:app --bind 0.0.0.0:8000\n"}}
        << u"disposability.shell-form-command"_s << u"web/Dockerfile"_s << 7 << u"web"_s << u"CMD"_s
        << int(Severity::Warning);
    QTest::addRow("Dockerfile ENTRYPOINT in shell form")
        << Files{{u"worker/Dockerfile"_s, "FROM node:20-alpine\nWORKDIR /srv\nCOPY . .\n"
                                          "ENTRYPOINT node worker.js\n"}}
        << u"disposability.shell-form-command"_s << u"worker/Dockerfile"_s << 4 << u"worker"_s
        << u"ENTRYPOINT"_s << int(Severity::Warning);
    QTest::addRow("Kubernetes command through sh -c")
        << Files{{u"k8s/web.yaml"_s,
                  deployment(probes + "          command: [\"sh\", \"-c\", \"python manage.py collectstatic "
                                      "--noinput && gunicorn shop.wsgi\"]\n")}}
        << u"disposability.shell-form-command"_s << u"k8s/web.yaml"_s << 28 << u"web"_s << u"sh -c"_s
        << int(Severity::Warning);
    QTest::addRow("Compose command through bash -c")
        << Files{{u"docker-compose.yml"_s, R"yaml(services:
  worker:
    image: registry.example.com/shop/worker:1.4.2
    command: ["bash", "-c", "python -m shop.prepare && celery -A shop worker"]
)yaml"}} << u"disposability.shell-form-command"_s
        << u"docker-compose.yml"_s << 4 << u"worker"_s << u"bash -c"_s << int(Severity::Warning);

    QTest::addRow("terminationGracePeriodSeconds 0")
        << Files{{u"k8s/web.yaml"_s, deployment(probes, "      terminationGracePeriodSeconds: 0\n")}}
        << u"disposability.no-grace-period"_s << u"k8s/web.yaml"_s << 15 << u"web"_s << u"web"_s
        << int(Severity::Warning);
    QTest::addRow("Compose stop_grace_period 0s")
        << Files{{u"compose.yaml"_s, R"yaml(services:
  worker:
    image: registry.example.com/shop/worker:1.4.2
    stop_grace_period: 0s
)yaml"}} << u"disposability.no-grace-period"_s
        << u"compose.yaml"_s << 4 << u"worker"_s << u"worker"_s << int(Severity::Warning);
    QTest::addRow("Compose stop_grace_period of ten minutes")
        << Files{{u"compose.yaml"_s, R"yaml(services:
  worker:
    image: registry.example.com/shop/worker:1.4.2
    stop_grace_period: 10m
)yaml"}} << u"disposability.long-grace-period"_s
        << u"compose.yaml"_s << 4 << u"worker"_s << u"600"_s << int(Severity::Info);
    QTest::addRow("fly kill_timeout above five minutes") << Files{{u"fly.toml"_s, R"toml(app = "shop"
primary_region = "ams"
kill_timeout = 900

[build]
  image = "registry.example.com/shop/web:1.4.2"

[http_service]
  internal_port = 8000
)toml"}} << u"disposability.long-grace-period"_s << u"fly.toml"_s
                                                         << 3 << u"app"_s << u"900"_s << int(Severity::Info);

    QTest::addRow("Compose stop_signal SIGKILL")
        << Files{{u"compose.yaml"_s, R"yaml(services:
  worker:
    image: registry.example.com/shop/worker:1.4.2
    stop_signal: SIGKILL
)yaml"}} << u"disposability.kill-stop-signal"_s
        << u"compose.yaml"_s << 4 << u"worker"_s << u"SIGKILL"_s << int(Severity::Warning);
    QTest::addRow("STOPSIGNAL 9 in a Dockerfile")
        << Files{{u"worker/Dockerfile"_s, "FROM node:20-alpine\nCOPY . .\nSTOPSIGNAL 9\n"
                                          "CMD [\"node\", \"worker.js\"]\n"}}
        << u"disposability.kill-stop-signal"_s << u"worker/Dockerfile"_s << 3 << u"worker"_s << u"SIGKILL"_s
        << int(Severity::Warning);
    QTest::addRow("nginx image stopped with SIGTERM")
        << Files{{u"proxy/Dockerfile"_s, "FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\n"
                                         "STOPSIGNAL SIGTERM\n"}}
        << u"disposability.stop-signal-mismatch"_s << u"proxy/Dockerfile"_s << 3 << u"proxy"_s << u"SIGQUIT"_s
        << int(Severity::Warning);
    QTest::addRow("Compose stop_signal disagrees with STOPSIGNAL")
        << Files{{u"compose.yaml"_s, "services:\n  worker:\n    build: ./worker\n    stop_signal: SIGINT\n"},
                 {u"worker/Dockerfile"_s, "FROM python:3.12-slim\nCOPY . .\nSTOPSIGNAL SIGTERM\n"
                                          "CMD [\"python\", \"-m\", \"worker\"]\n"}}
        << u"disposability.stop-signal-mismatch"_s << u"compose.yaml"_s << 4 << u"worker"_s
        << u"worker/Dockerfile"_s << int(Severity::Warning);

    QTest::addRow("Compose service without any healthcheck")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n    ports:\n      - \"8000:8000\"\n"},
                 {u"Dockerfile"_s, pythonDockerfile + "CMD [\"gunicorn\", \"app:app\"]\n"}}
        << u"disposability.no-healthcheck"_s << u"compose.yaml"_s << 2 << u"web"_s << u"HEALTHCHECK"_s
        << int(Severity::Info);
    QTest::addRow("Dockerfile-only server without HEALTHCHECK")
        << Files{{u"api/Dockerfile"_s, pythonDockerfile + "CMD [\"gunicorn\", \"app:app\"]\n"}}
        << u"disposability.no-healthcheck"_s << u"api/Dockerfile"_s << 1 << u"api"_s << u"api/Dockerfile"_s
        << int(Severity::Info);

    QTest::addRow("sleep before the app in a Procfile")
        << Files{{u"Procfile"_s, "web: sleep 15 && gunicorn shop.wsgi\nworker: celery -A shop worker\n"}}
        << u"disposability.startup-sleep"_s << u"Procfile"_s << 1 << u"web"_s << u"15"_s
        << int(Severity::Warning);
    QTest::addRow("sleep before the app in Kubernetes")
        << Files{{u"k8s/web.yaml"_s,
                  deployment(probes +
                             "          command: [\"sh\", \"-c\", \"sleep 30; exec gunicorn shop.wsgi\"]\n")}}
        << u"disposability.startup-sleep"_s << u"k8s/web.yaml"_s << 28 << u"web"_s << u"30"_s
        << int(Severity::Warning);
    QTest::addRow("wait-for-it in the ENTRYPOINT")
        << Files{{u"web/Dockerfile"_s,
                  pythonDockerfile + "ENTRYPOINT [\"./wait-for-it.sh\", \"db:5432\", \"--\", \"gunicorn\", "
                                     "\"app:app\"]\n"},
                 {u"web/wait-for-it.sh"_s, "#!/usr/bin/env bash\n# waits for a TCP port\nexit 0\n"}}
        << u"disposability.startup-dependency-wait"_s << u"web/Dockerfile"_s << 7 << u"web"_s
        << u"wait-for-it"_s << int(Severity::Info);
    QTest::addRow("until pg_isready in the entrypoint script")
        << Files{{u"web/Dockerfile"_s, pythonDockerfile + "ENTRYPOINT [\"/app/docker-entrypoint.sh\"]\n"
                                                          "CMD [\"gunicorn\", \"app:app\"]\n"},
                 {u"web/docker-entrypoint.sh"_s, R"sh(#!/bin/sh
set -e

until pg_isready -h "$DB_HOST" -p 5432; do
  echo "waiting for postgres"
  sleep 1
done

exec "$@"
)sh"}} << u"disposability.startup-dependency-wait"_s
        << u"web/docker-entrypoint.sh"_s << 4 << u"web"_s << u"pg_isready"_s << int(Severity::Info);
}

void TestDisposabilityRules::fires()
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
    QVERIFY(!finding.remediation.isEmpty());
    QCOMPARE(result->factors.at(factor - 1).status == FactorStatus::NotApplicable, false);
}

void TestDisposabilityRules::quiet_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<bool>("applicable");

    QTest::addRow("probed Deployment with a portless sidecar")
        << Files{{u"k8s/web.yaml"_s, deployment(probes + R"yaml(        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
          args: ["--port=5432", "shop:europe-west1:db"]
)yaml",
                                                "      terminationGracePeriodSeconds: 45\n")}}
        << true;
    QTest::addRow("worker Deployment without ports or Service")
        << Files{{u"k8s/worker.yaml"_s, R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: registry.example.com/shop/worker:1.4.2
          args: ["celery", "-A", "shop", "worker"]
          livenessProbe:
            exec:
              command: ["celery", "-A", "shop", "inspect", "ping"]
)yaml"}} << true;
    QTest::addRow("CronJob and Job need no probes") << Files{{u"k8s/jobs.yaml"_s, R"yaml(apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 3 * * *"
  startingDeadlineSeconds: 600
  jobTemplate:
    spec:
      activeDeadlineSeconds: 1800
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/shop/web:1.4.2
              command: ["sh", "-c", "python manage.py report > /tmp/report.txt"]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: wait-for-db
          image: busybox:1.36
          command: ["sh", "-c", "until nc -z db 5432; do sleep 2; done"]
      containers:
        - name: migrate
          image: registry.example.com/shop/web:1.4.2
          command: ["python", "manage.py", "migrate"]
)yaml"}} << false;
    QTest::addRow("exec form and exec in shell scripts")
        << Files{{u"web/Dockerfile"_s, pythonDockerfile +
                                           "CMD [\"gunicorn\", \"app:app\"]\nHEALTHCHECK CMD "
                                           "curl -fsS http://localhost:8000/healthz || exit 1\n"},
                 {u"worker/Dockerfile"_s, "FROM node:20-alpine\nCOPY . .\nCMD exec node worker.js\n"},
                 {u"k8s/web.yaml"_s,
                  deployment(probes + "          command: [\"sh\", \"-c\", \"./prepare.sh && exec gunicorn "
                                      "shop.wsgi\"]\n")}}
        << true;
    QTest::addRow("Procfile lines run by the platform")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi --log-file -\nworker: celery -A shop worker\n"}}
        << true;
    QTest::addRow("development Compose override with shells and sleeps")
        << Files{{u"k8s/web.yaml"_s, kubernetesApp},
                 {u"docker-compose.yml"_s,
                  "services:\n  web:\n    build: .\n    ports:\n      - \"8000:8000\"\n"},
                 {u"docker-compose.override.yml"_s, R"yaml(services:
  web:
    command: sh -c "sleep 10 && npm run dev"
    stop_grace_period: 0s
    stop_signal: SIGKILL
)yaml"},
                 {u"Dockerfile"_s, pythonDockerfile + "CMD [\"gunicorn\", \"app:app\"]\n"}}
        << true;
    QTest::addRow("graceful nginx and sensible grace periods")
        << Files{{u"proxy/Dockerfile"_s, "FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\n"
                                         "STOPSIGNAL SIGQUIT\n"},
                 {u"compose.yaml"_s, R"yaml(services:
  proxy:
    build: ./proxy
    ports:
      - "80:80"
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost/healthz"]
    stop_grace_period: 30s
  worker:
    image: registry.example.com/shop/worker:1.4.2
    stop_signal: SIGTERM
)yaml"}} << true;
    QTest::addRow("database StatefulSet with a long grace period")
        << Files{{u"k8s/db.yaml"_s, R"yaml(apiVersion: apps/v1
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
      terminationGracePeriodSeconds: 600
      containers:
        - name: postgres
          image: postgres:16.4
          ports:
            - containerPort: 5432
          readinessProbe:
            exec:
              command: ["pg_isready", "-U", "postgres"]
          livenessProbe:
            exec:
              command: ["pg_isready", "-U", "postgres"]
)yaml"}} << true;
    QTest::addRow("sleep that keeps a debug container and a loop sidecar alive")
        << Files{{u"compose.yaml"_s, R"yaml(services:
  toolbox:
    image: registry.example.com/shop/toolbox:1.0.0
    command: ["sleep", "3600"]
  metrics:
    image: registry.example.com/shop/metrics:1.0.0
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do ./push-metrics; sleep 60; done"]
)yaml"}} << true;
}

void TestDisposabilityRules::quiet()
{
    QFETCH(Files, files);
    QFETCH(bool, applicable);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    QStringList found;
    for (const Finding &finding : result->findings) {
        if (finding.factor == factor)
            found.append(finding.rule + u' ' + finding.location.path + u':' +
                         QString::number(finding.location.line) + u' ' + finding.message);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QCOMPARE(result->factors.at(factor - 1).status,
             applicable ? FactorStatus::Pass : FactorStatus::NotApplicable);
}

void TestDisposabilityRules::credits()
{
    const AuditResultPtr result = test::auditFiles({
        {u"k8s/web.yaml"_s,
         deployment(probes + "          lifecycle:\n            preStop:\n              sleep:\n"
                             "                seconds: 5\n")},
        {u"web/Dockerfile"_s,
         pythonDockerfile + "ENTRYPOINT [\"tini\", \"--\"]\nCMD [\"python\", \"-m\", \"shop\"]\n"},
        {u"shop/__main__.py"_s, R"py(import signal
import sys


def shutdown(signum, frame):
    sys.exit(0)


signal.signal(signal.SIGTERM, shutdown)
)py"},
    });
    QVERIFY(result);
    QList<Credit> credits;
    for (const Credit &credit : result->credits) {
        if (credit.factor == factor)
            credits.append(credit);
    }
    QCOMPARE(credits.size(), 3);
    const auto creditAt = [&](const QString &path) -> std::optional<Credit> {
        for (const Credit &credit : credits) {
            if (credit.location.path == path)
                return credit;
        }
        return std::nullopt;
    };
    QVERIFY(creditAt(u"k8s/web.yaml"_s));
    QCOMPARE(creditAt(u"k8s/web.yaml"_s)->location.line, 29);
    QVERIFY(creditAt(u"k8s/web.yaml"_s)->text.contains(u"preStop"));
    QVERIFY(creditAt(u"web/Dockerfile"_s));
    QCOMPARE(creditAt(u"web/Dockerfile"_s)->location.line, 7);
    QVERIFY(creditAt(u"web/Dockerfile"_s)->text.contains(u"tini"));
    QVERIFY(creditAt(u"shop/__main__.py"_s));
    QCOMPARE(creditAt(u"shop/__main__.py"_s)->location.line, 9);
    QCOMPARE(result->factors.at(factor - 1).status, FactorStatus::Pass);
}

void TestDisposabilityRules::sharedPlaceReportedOnce()
{
    // One Procfile line runs in two environments: one finding, tied to neither.
    const AuditResultPtr result = test::auditFiles({
        {u"Procfile"_s, "web: sleep 20 && gunicorn shop.wsgi\n"},
        {u".env.staging"_s, "DATABASE_URL=postgres://shop@staging-db:5432/shop\n"},
        {u".env.production"_s, "DATABASE_URL=postgres://shop@prod-db:5432/shop\n"},
    });
    QVERIFY(result);
    int copies = 0;
    for (const Workload &workload : result->model.workloads)
        copies += workload.name == u"web" ? 1 : 0;
    QCOMPARE(copies, 2);
    const QList<Finding> findings = test::findingsOf(*result, u"disposability.startup-sleep"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().location, (Location{u"Procfile"_s, 1, 6}));
    QCOMPARE(findings.first().workload, u"web"_s);
    QVERIFY(findings.first().environment.isEmpty());
}

void TestDisposabilityRules::notApplicableWithoutProcesses()
{
    const AuditResultPtr result = test::auditFiles({{u"README.md"_s, "# shop\n"}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(factor - 1).status, FactorStatus::NotApplicable);
    QVERIFY(!result->factors.at(factor - 1).reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestDisposabilityRules)
#include "tst_rules_disposability.moc"
