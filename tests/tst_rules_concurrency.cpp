#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestConcurrencyRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void creditsProcessTypes();
    void notApplicableWithoutProcesses();
};

namespace {

// A Deployment `web` behind a Service, with `extra` lines under the container.
QByteArray webDeployment(const QByteArray &specLines, const QByteArray &containerLines)
{
    return R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
)yaml" + specLines +
           R"yaml(  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/shop/web:1.4.2
)yaml" + containerLines;
}

const QByteArray webService = R"yaml(apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
)yaml";

const QByteArray requests = R"yaml(          resources:
            requests:
              cpu: 100m
              memory: 128Mi
)yaml";

} // namespace

void TestConcurrencyRules::catalogue()
{
    const QList<RuleInfo> &rules = concurrencyRules();
    QCOMPARE(rules.size(), 4);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("concurrency."));
        QCOMPARE(rule.factor, 8);
        QVERIFY(!rule.translatedTitle().isEmpty());
        QVERIFY(!rule.translatedRationale().isEmpty());
        QVERIFY(!rule.translatedRemediation().isEmpty());
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
}

void TestConcurrencyRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("severity");

    QTest::addRow("single replica: replicas absent")
        << Files{{u"k8s/web.yaml"_s, webDeployment({}, requests)}, {u"k8s/service.yaml"_s, webService}}
        << u"concurrency.single-replica"_s << u"k8s/web.yaml"_s << 4 << u"web"_s << u"Service web"_s
        << int(Severity::Info);
    QTest::addRow("single replica: replicas 1")
        << Files{{u"k8s/web.yaml"_s, webDeployment("  replicas: 1\n", requests)},
                 {u"k8s/service.yaml"_s, webService}}
        << u"concurrency.single-replica"_s << u"k8s/web.yaml"_s << 6 << u"web"_s << u"single replica"_s
        << int(Severity::Info);

    const QByteArray hpa = R"yaml(apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web-hpa
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 2
  maxReplicas: 10
)yaml";
    QTest::addRow("hpa with fixed replicas")
        << Files{{u"k8s/web.yaml"_s, webDeployment("  replicas: 3\n", requests)}, {u"k8s/hpa.yaml"_s, hpa}}
        << u"concurrency.hpa-with-replicas"_s << u"k8s/web.yaml"_s << 6 << u"web"_s << u"web-hpa"_s
        << int(Severity::Info);

    QTest::addRow("daemons: Procfile backgrounds nginx")
        << Files{{u"Procfile"_s,
                  "release: python manage.py migrate\nweb: nginx -g 'daemon off;' & gunicorn shop.wsgi\n"}}
        << u"concurrency.multiple-daemons"_s << u"Procfile"_s << 2 << u"web"_s << u"background"_s
        << int(Severity::Warning);
    QTest::addRow("daemons: Dockerfile runs supervisord")
        << Files{{u"api/Dockerfile"_s,
                  "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
                  "CMD [\"/usr/bin/supervisord\", \"-c\", \"/etc/supervisor/conf.d/app.conf\"]\n"}}
        << u"concurrency.multiple-daemons"_s << u"api/Dockerfile"_s << 5 << u"api"_s << u"supervisord"_s
        << int(Severity::Warning);
    QTest::addRow("daemons: sh -c in a container")
        << Files{{u"k8s/web.yaml"_s,
                  webDeployment("  replicas: 2\n",
                                requests + "          command: [\"/bin/sh\", \"-c\"]\n"
                                           "          args: [\"php-fpm -D & nginx -g 'daemon off;'\"]\n")},
                 {u"k8s/service.yaml"_s, webService}}
        << u"concurrency.multiple-daemons"_s << u"k8s/web.yaml"_s << 22 << u"web"_s << u"background"_s
        << int(Severity::Warning);
    QTest::addRow("daemons: compose runs honcho")
        << Files{{u"compose.yaml"_s, "services:\n  app:\n    build: .\n    command: honcho start\n"}}
        << u"concurrency.multiple-daemons"_s << u"compose.yaml"_s << 4 << u"app"_s << u"honcho"_s
        << int(Severity::Warning);

    QTest::addRow("requests: none at all") << Files{{u"k8s/worker.yaml"_s, R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  replicas: 2
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
          image: registry.example.com/shop/web:1.4.2
          args: ["celery", "-A", "shop", "worker"]
)yaml"}} << u"concurrency.missing-resource-requests"_s
                                           << u"k8s/worker.yaml"_s << 16 << u"worker"_s
                                           << u"requests neither CPU nor memory"_s << int(Severity::Warning);
    QTest::addRow("requests: memory limit only")
        << Files{{u"k8s/web.yaml"_s,
                  webDeployment("  replicas: 2\n",
                                "          resources:\n            limits:\n              memory: 256Mi\n")}}
        << u"concurrency.missing-resource-requests"_s << u"k8s/web.yaml"_s << 18 << u"web"_s
        << u"requests no CPU"_s << int(Severity::Warning);
}

void TestConcurrencyRules::fires()
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
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.factor, 8);
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QCOMPARE(finding.workload, workload);
    QCOMPARE(int(finding.severity), severity);
    QVERIFY2(finding.message.contains(mentions), qPrintable(finding.message));
    if (!workload.isEmpty())
        QVERIFY2(finding.message.contains(workload), qPrintable(finding.message));
}

void TestConcurrencyRules::quiet_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");

    QTest::addRow("three replicas behind a Service")
        << Files{{u"k8s/web.yaml"_s, webDeployment("  replicas: 3\n", requests)},
                 {u"k8s/service.yaml"_s, webService}}
        << u"concurrency.single-replica"_s;
    QTest::addRow("an HPA owns the replica count")
        << Files{{u"k8s/web.yaml"_s, webDeployment({}, requests)},
                 {u"k8s/service.yaml"_s, webService},
                 {u"k8s/hpa.yaml"_s,
                  "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n"
                  "spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n"
                  "  minReplicas: 2\n  maxReplicas: 5\n"}}
        << u"concurrency.single-replica"_s;
    QTest::addRow("hpa without replicas field")
        << Files{{u"k8s/web.yaml"_s, webDeployment({}, requests)},
                 {u"k8s/hpa.yaml"_s,
                  "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n"
                  "spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n"
                  "  minReplicas: 2\n  maxReplicas: 5\n"}}
        << u"concurrency.hpa-with-replicas"_s;
    QTest::addRow("a worker without a Service")
        << Files{{u"k8s/web.yaml"_s, webDeployment({}, requests)}} << u"concurrency.single-replica"_s;
    QTest::addRow("a single replica in a dev overlay")
        << Files{{u"deploy/dev/web.yaml"_s, webDeployment({}, requests)},
                 {u"deploy/dev/service.yaml"_s, webService}}
        << u"concurrency.single-replica"_s;
    QTest::addRow("&& chains and redirections")
        << Files{{u"Procfile"_s, "web: bin/prepare && exec gunicorn shop.wsgi --bind 0.0.0.0:$PORT 2>&1\n"
                                 "worker: celery -A shop worker >/dev/stdout 2>&1\n"}}
        << u"concurrency.multiple-daemons"_s;
    QTest::addRow("sleep & wait idiom")
        << Files{{u"k8s/web.yaml"_s,
                  webDeployment("  replicas: 2\n",
                                requests + "          command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep "
                                           "infinity & wait\"]\n")}}
        << u"concurrency.multiple-daemons"_s;
    QTest::addRow("an ampersand inside quotes")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi --access-logformat '%(h)s & %(r)s'\n"}}
        << u"concurrency.multiple-daemons"_s;
    QTest::addRow("exec-form command with an & argument")
        << Files{{u"Dockerfile"_s, "FROM node:20-alpine\nCOPY . .\nCMD [\"node\", \"server.js\", \"&\"]\n"}}
        << u"concurrency.multiple-daemons"_s;
    QTest::addRow("requests declared")
        << Files{{u"k8s/web.yaml"_s, webDeployment("  replicas: 2\n", requests)}}
        << u"concurrency.missing-resource-requests"_s;
    QTest::addRow("limits stand in for requests")
        << Files{{u"k8s/web.yaml"_s,
                  webDeployment("  replicas: 2\n", "          resources:\n            limits:\n"
                                                   "              cpu: 500m\n              memory: 256Mi\n")}}
        << u"concurrency.missing-resource-requests"_s;
    QTest::addRow("a LimitRange gives defaults")
        << Files{{u"k8s/web.yaml"_s, webDeployment("  replicas: 2\n", {})},
                 {u"k8s/limits.yaml"_s,
                  "apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\nspec:\n  limits:\n"
                  "    - type: Container\n      defaultRequest:\n        cpu: 100m\n        memory: 128Mi\n"}}
        << u"concurrency.missing-resource-requests"_s;
    QTest::addRow("init containers are not judged") << Files{{u"k8s/web.yaml"_s, R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      initContainers:
        - name: migrate
          image: registry.example.com/shop/web:1.4.2
          args: ["python", "manage.py", "migrate"]
      containers:
        - name: web
          image: registry.example.com/shop/web:1.4.2
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
)yaml"}} << u"concurrency.missing-resource-requests"_s;
}

void TestConcurrencyRules::quiet()
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

void TestConcurrencyRules::creditsProcessTypes()
{
    const AuditResultPtr result = test::auditFiles(
        {{u"Procfile"_s,
          "web: gunicorn shop.wsgi\nworker: celery -A shop worker\nclock: celery -A shop beat\n"}});
    QVERIFY(result);
    bool credited = false;
    for (const Credit &credit : result->credits) {
        if (credit.factor == 8 && credit.text.contains(u"web, worker, clock")) {
            credited = true;
            QCOMPARE(credit.location.path, u"Procfile"_s);
            QCOMPARE(credit.location.line, 1);
        }
    }
    QVERIFY(credited);
    QCOMPARE(result->factors.at(7).status, FactorStatus::Pass);
}

void TestConcurrencyRules::notApplicableWithoutProcesses()
{
    const AuditResultPtr result = test::auditFiles({{u"README.md"_s, "# shop\n"}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(7).status, FactorStatus::NotApplicable);
    QVERIFY(!result->factors.at(7).reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestConcurrencyRules)
#include "tst_rules_concurrency.moc"
