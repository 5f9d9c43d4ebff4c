#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestAdminProcessesRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void credits();
    void notApplicableWithoutAdminWork();
};

namespace {

constexpr int factor = 12;

// A Deployment `web`; `podLines` go under the pod spec before the containers, `containerLines`
// under its container.
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
)yaml" + containerLines;
}

// A CronJob `cleanup`; `specLines` go under the CronJob spec, `jobLines` under the job template spec.
QByteArray cronJob(const QByteArray &specLines, const QByteArray &jobLines)
{
    return R"yaml(apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "*/30 * * * *"
)yaml" + specLines +
           "  jobTemplate:\n    spec:\n" + jobLines + R"yaml(      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: cleanup
              image: registry.example.com/shop/web:1.4.2
              command: ["python", "manage.py", "clearsessions"]
)yaml";
}

const QByteArray djangoDockerfile = R"docker(FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
)docker";

const QByteArray migratingEntrypoint = R"sh(#!/bin/sh
set -e

echo "Applying database migrations"
python manage.py migrate --noinput

exec "$@"
)sh";

const QByteArray dispatchingEntrypoint = R"sh(#!/bin/sh
set -e

case "$1" in
  migrate)
    exec python manage.py migrate --noinput
    ;;
esac

if [ "$RUN_MIGRATIONS" = "true" ]; then
  python manage.py migrate --noinput
fi

exec "$@"
)sh";

} // namespace

void TestAdminProcessesRules::catalogue()
{
    const QList<RuleInfo> &rules = adminProcessesRules();
    QCOMPARE(rules.size(), 4);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("admin-processes."));
        QCOMPARE(rule.factor, factor);
        QVERIFY(!rule.translatedTitle().isEmpty());
        QVERIFY(!rule.translatedRationale().isEmpty());
        QVERIFY(!rule.translatedRemediation().isEmpty());
        QVERIFY2(!rule.examples.isEmpty(), rule.id);
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
    const RuleInfo *deadline = ruleById(u"admin-processes.cronjob-no-starting-deadline"_s);
    QVERIFY(deadline);
    QCOMPARE(deadline->equivalents.size(), 1);
    QCOMPARE(QByteArray(deadline->equivalents.first()), QByteArray("kube-score:cronjob-has-deadline"));
}

void TestAdminProcessesRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("severity");

    QTest::addRow("Procfile web line chains migrate")
        << Files{{u"Procfile"_s,
                  "web: python manage.py migrate && gunicorn shop.wsgi\nworker: celery -A shop worker\n"}}
        << u"admin-processes.migration-at-startup"_s << u"Procfile"_s << 1 << u"web"_s
        << u"manage.py migrate"_s << int(Severity::Warning);
    QTest::addRow("Compose command chains migrate")
        << Files{{u"compose.yaml"_s, R"yaml(services:
  web:
    build: .
    command: sh -c "python manage.py migrate && exec gunicorn shop.wsgi --bind 0.0.0.0:8000"
    ports:
      - "8000:8000"
  db:
    image: postgres:16
)yaml"}} << u"admin-processes.migration-at-startup"_s
        << u"compose.yaml"_s << 4 << u"web"_s << u"manage.py migrate"_s << int(Severity::Warning);
    QTest::addRow("Kubernetes command runs alembic before the app")
        << Files{{u"k8s/web.yaml"_s, deployment("          command: [\"sh\", \"-c\", \"alembic upgrade head "
                                                "&& exec uvicorn app.main:app\"]\n")}}
        << u"admin-processes.migration-at-startup"_s << u"k8s/web.yaml"_s << 18 << u"web"_s
        << u"alembic upgrade"_s << int(Severity::Warning);
    QTest::addRow("Dockerfile CMD runs prisma migrate deploy")
        << Files{{u"api/Dockerfile"_s, "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n"
                                       "CMD npx prisma migrate deploy && node dist/server.js\n"}}
        << u"admin-processes.migration-at-startup"_s << u"api/Dockerfile"_s << 4 << u"api"_s
        << u"prisma migrate deploy"_s << int(Severity::Warning);
    QTest::addRow("entrypoint script runs migrations")
        << Files{{u"web/Dockerfile"_s, djangoDockerfile + "ENTRYPOINT [\"/app/docker-entrypoint.sh\"]\n"
                                                          "CMD [\"gunicorn\", \"shop.wsgi\"]\n"},
                 {u"web/docker-entrypoint.sh"_s, migratingEntrypoint}}
        << u"admin-processes.migration-at-startup"_s << u"web/docker-entrypoint.sh"_s << 5 << u"web"_s
        << u"manage.py migrate"_s << int(Severity::Warning);
    QTest::addRow("Rails server started after db:migrate in render")
        << Files{{u"render.yaml"_s, R"yaml(services:
  - type: web
    name: shop
    runtime: ruby
    buildCommand: bundle install
    startCommand: bundle exec rails db:migrate && bundle exec puma -C config/puma.rb
)yaml"}} << u"admin-processes.migration-at-startup"_s
        << u"render.yaml"_s << 6 << u"shop"_s << u"rails db:migrate"_s << int(Severity::Warning);

    QTest::addRow("init container migrates in every pod")
        << Files{{u"k8s/web.yaml"_s,
                  deployment("          ports:\n            - containerPort: 3000\n",
                             "      initContainers:\n        - name: migrate\n"
                             "          image: registry.example.com/shop/web:1.4.2\n"
                             "          command: [\"bundle\", \"exec\", \"rails\", \"db:migrate\"]\n")}}
        << u"admin-processes.migration-in-init-container"_s << u"k8s/web.yaml"_s << 18 << u"web"_s
        << u"\"migrate\""_s << int(Severity::Warning);

    QTest::addRow("CronJob without startingDeadlineSeconds")
        << Files{{u"k8s/cleanup.yaml"_s, cronJob({}, "      activeDeadlineSeconds: 600\n")}}
        << u"admin-processes.cronjob-no-starting-deadline"_s << u"k8s/cleanup.yaml"_s << 4 << u"cleanup"_s
        << u"startingDeadlineSeconds"_s << int(Severity::Info);
    QTest::addRow("Forbid CronJob without activeDeadlineSeconds")
        << Files{{u"k8s/cleanup.yaml"_s,
                  cronJob("  startingDeadlineSeconds: 300\n  concurrencyPolicy: Forbid\n", {})}}
        << u"admin-processes.cronjob-no-active-deadline"_s << u"k8s/cleanup.yaml"_s << 4 << u"cleanup"_s
        << u"Forbid"_s << int(Severity::Warning);
}

void TestAdminProcessesRules::fires()
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
    QVERIFY2(finding.message.contains(workload), qPrintable(finding.message));
}

void TestAdminProcessesRules::quiet_data()
{
    QTest::addColumn<Files>("files");

    QTest::addRow("Heroku release phase")
        << Files{{u"Procfile"_s, "release: python manage.py migrate --noinput\nweb: gunicorn shop.wsgi\n"},
                 {u"manage.py"_s, "#!/usr/bin/env python\n"}};
    QTest::addRow("Compose one-off migrate service") << Files{{u"compose.yaml"_s, R"yaml(services:
  migrate:
    build: .
    command: ["python", "manage.py", "migrate", "--noinput"]
    restart: "no"
  web:
    build: .
    command: ["gunicorn", "shop.wsgi"]
    depends_on:
      migrate:
        condition: service_completed_successfully
)yaml"}};
    QTest::addRow("Kubernetes Job and Helm hook for migrations")
        << Files{{u"k8s/web.yaml"_s, deployment("          args: [\"gunicorn\", \"shop.wsgi\"]\n")},
                 {u"k8s/migrate.yaml"_s, R"yaml(apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  activeDeadlineSeconds: 600
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: registry.example.com/shop/web:1.4.2
          command: ["sh", "-c", "python manage.py migrate --noinput && python manage.py createcachetable"]
)yaml"}};
    QTest::addRow("init containers that wait and collect static files") << Files{
        {u"k8s/web.yaml"_s,
         deployment("          args: [\"gunicorn\", \"shop.wsgi\"]\n",
                    "      initContainers:\n        - name: wait-for-db\n          image: busybox:1.36\n"
                    "          command: [\"sh\", \"-c\", \"until nc -z db 5432; do sleep 2; done\"]\n"
                    "        - name: collectstatic\n          image: registry.example.com/shop/web:1.4.2\n"
                    "          command: [\"python\", \"manage.py\", \"collectstatic\", \"--noinput\"]\n")},
        {u"k8s/migrate.yaml"_s,
         "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n"
         "  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
         "        - name: migrate\n          image: registry.example.com/shop/web:1.4.2\n"
         "          command: [\"python\", \"manage.py\", \"migrate\"]\n"}};
    QTest::addRow("entrypoint that dispatches and gates migrations")
        << Files{{u"web/Dockerfile"_s, djangoDockerfile + "ENTRYPOINT [\"/app/docker-entrypoint.sh\"]\n"
                                                          "CMD [\"gunicorn\", \"shop.wsgi\"]\n"},
                 {u"web/docker-entrypoint.sh"_s, dispatchingEntrypoint}};
    QTest::addRow("CronJobs whose schedule goes on past a hung run") << Files{
        {u"k8s/cleanup.yaml"_s, cronJob("  startingDeadlineSeconds: 300\n", {})},
        {u"k8s/report.yaml"_s, cronJob("  startingDeadlineSeconds: 300\n  concurrencyPolicy: Allow\n", {})
                                   .replace("name: cleanup\n", "name: report\n")}};
    QTest::addRow("Replace CronJob with a starting deadline")
        << Files{{u"k8s/cleanup.yaml"_s,
                  cronJob("  startingDeadlineSeconds: 300\n  concurrencyPolicy: Replace\n", {})}};
    QTest::addRow("development Compose override migrating at start") << Files{
        {u"k8s/web.yaml"_s, deployment("          args: [\"gunicorn\", \"shop.wsgi\"]\n")},
        {u"k8s/migrate.yaml"_s,
         "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n"
         "  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
         "        - name: migrate\n          image: registry.example.com/shop/web:1.4.2\n"
         "          command: [\"python\", \"manage.py\", \"migrate\"]\n"},
        {u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n"},
        {u"docker-compose.override.yml"_s,
         "services:\n  web:\n    command: sh -c \"python manage.py migrate && python manage.py runserver "
         "0.0.0.0:8000\"\n"}};
    QTest::addRow("platform release commands") << Files{{u"fly.toml"_s, R"toml(app = "shop"

[deploy]
  release_command = "bin/rails db:migrate"

[processes]
  web = "bin/rails server -b 0.0.0.0"
)toml"},
                                                        {u"render/render.yaml"_s, R"yaml(services:
  - type: web
    name: api
    runtime: node
    buildCommand: npm ci && npm run build
    preDeployCommand: npx prisma migrate deploy
    startCommand: node dist/server.js
)yaml"}};
}

void TestAdminProcessesRules::quiet()
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

void TestAdminProcessesRules::credits()
{
    const AuditResultPtr result = test::auditFiles({
        {u"Procfile"_s, "release: python manage.py migrate\nweb: gunicorn shop.wsgi\n"},
        {u"app.json"_s, R"json({
  "name": "shop",
  "scripts": {
    "postdeploy": "python manage.py loaddata demo"
  }
}
)json"},
        {u"deploy/fly.toml"_s,
         "app = \"shop\"\n\n[deploy]\n  release_command = \"python manage.py migrate\"\n"},
        {u"k8s/migrate.yaml"_s,
         "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n"
         "  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
         "        - name: migrate\n          image: registry.example.com/shop/web:1.4.2\n"
         "          command: [\"python\", \"manage.py\", \"migrate\"]\n"},
    });
    QVERIFY(result);
    QMap<QString, Credit> byPath;
    for (const Credit &credit : result->credits) {
        if (credit.factor == factor)
            byPath.insert(credit.location.path, credit);
    }
    QCOMPARE(byPath.size(), 4);
    QCOMPARE(byPath.value(u"Procfile"_s).location.line, 1);
    QVERIFY(byPath.value(u"Procfile"_s).text.contains(u"release phase"));
    QCOMPARE(byPath.value(u"app.json"_s).location.line, 4);
    QVERIFY(byPath.value(u"app.json"_s).text.contains(u"postdeploy"));
    QCOMPARE(byPath.value(u"deploy/fly.toml"_s).location.line, 4);
    QVERIFY(byPath.value(u"deploy/fly.toml"_s).text.contains(u"release_command"));
    QCOMPARE(byPath.value(u"k8s/migrate.yaml"_s).location.line, 4);
    QVERIFY(byPath.value(u"k8s/migrate.yaml"_s).text.contains(u"migrate"));
    QCOMPARE(result->factors.at(factor - 1).status, FactorStatus::Pass);
}

void TestAdminProcessesRules::notApplicableWithoutAdminWork()
{
    const AuditResultPtr result =
        test::auditFiles({{u"k8s/web.yaml"_s, deployment("          args: [\"./server\"]\n")}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(factor - 1).status, FactorStatus::NotApplicable);
    QVERIFY(!result->factors.at(factor - 1).reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestAdminProcessesRules)
#include "tst_rules_adminprocesses.moc"
