#include "memoryfileindex.h"
#include "parsers/renderyamlparser.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

// Declared before the fixtures: moc stops reading at "//" inside raw string literals.
class TestRenderYamlParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanFixtureHasNoDiagnostics();
    void services_data();
    void services();
    void commands_data();
    void commands();
    void envVars_data();
    void envVars();
    void envGroup();
    void addons_data();
    void addons();
    void preDeployCommand();
    void buildAndRuntimeDetails();
    void scaling();
    void projectEnvironments();
    void dockerDefaults();
    void malformed_data();
    void malformed();
    void hostileInput_data();
    void hostileInput();
};

namespace {

// A Django shop: web, Celery worker (Docker), cron, a private search service, Key Value,
// two Postgres databases and a shared env group.
const QByteArray shopRenderYaml = R"(# Render Blueprint for the acme Django shop
services:
  - type: web
    name: acme-web
    runtime: python
    plan: standard
    region: frankfurt
    buildCommand: "./bin/build.sh"
    startCommand: "gunicorn acme.wsgi:application --bind 0.0.0.0:$PORT"
    preDeployCommand: python manage.py migrate --noinput
    healthCheckPath: /healthz
    numInstances: 2
    scaling:
      minInstances: 2
      maxInstances: 6
      targetCPUPercent: 70
    envVars:
      - key: DATABASE_URL
        fromDatabase:
          name: acme-db
          property: connectionString
      - key: REDIS_URL
        fromService:
          type: keyvalue
          name: acme-cache
          property: connectionString
      - key: SEARCH_HOST
        fromService:
          type: pserv
          name: acme-search
          property: hostport
      - key: SEARCH_API_KEY
        fromService:
          type: pserv
          name: acme-search
          envVarKey: MEILI_MASTER_KEY
      - key: DJANGO_SECRET_KEY
        generateValue: true
      - key: STRIPE_API_KEY
        sync: false
      - key: WEB_CONCURRENCY
        value: 4
      - fromGroup: acme-shared
  - type: worker
    name: acme-worker
    runtime: docker
    dockerfilePath: ./docker/worker.Dockerfile
    dockerContext: .
    dockerCommand: celery -A acme worker --loglevel info
    plan: starter
    disk:
      name: worker-scratch
      mountPath: /var/scratch
      sizeGB: 5
    envVars:
      - key: DATABASE_URL
        fromDatabase:
          name: acme-db
          property: connectionString
      - fromGroup: acme-shared
  - type: cron
    name: acme-nightly-report
    env: python
    schedule: "0 3 * * *"
    buildCommand: pip install -r requirements.txt
    startCommand: python manage.py send_reports
    envVars:
      - fromGroup: acme-shared
  - type: pserv
    name: acme-search
    runtime: image
    image:
      url: docker.io/getmeili/meilisearch:v1.7
    disk: {name: meili-data, mountPath: /meili_data, sizeGB: 10}
    envVars:
      - key: MEILI_MASTER_KEY
        generateValue: true
  - type: keyvalue
    name: acme-cache
    plan: starter
    ipAllowList: []
    maxmemoryPolicy: allkeys-lru

databases:
  - name: acme-db
    plan: basic-256mb
    databaseName: acme
    user: acme
    postgresMajorVersion: "16"
  - name: acme-analytics
    plan: basic-1gb

envVarGroups:
  - name: acme-shared
    envVars:
      - key: DJANGO_SETTINGS_MODULE
        value: acme.settings.production
      - key: SENTRY_DSN
        sync: false
      - key: SHARED_SIGNING_KEY
        generateValue: true
)";

DeploymentModel parse(const QByteArray &text, const QString &path = u"render.yaml"_s)
{
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(path, text);
    DeploymentModel model;
    parseRenderYaml(file, ParseContext{index, ParseLimits{}}, model);
    return model;
}

const Workload *findWorkload(const DeploymentModel &model, const QString &name)
{
    for (const Workload &workload : model.workloads) {
        if (workload.name == name)
            return &workload;
    }
    return nullptr;
}

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(u"%1:%2 %3"_s.arg(diagnostic.location.path)
                         .arg(diagnostic.location.line)
                         .arg(diagnostic.message));
    return lines.join(u'\n');
}

} // namespace

void TestRenderYamlParser::cleanFixtureHasNoDiagnostics()
{
    const DeploymentModel model = parse(shopRenderYaml);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
}

void TestRenderYamlParser::services_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<int>("replicas"); // -1: not stated
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("line");

    QTest::addRow("web") << 0 << u"acme-web"_s << u"web"_s << u"python"_s << 2 << u"standard"_s << 4;
    QTest::addRow("docker worker") << 1 << u"acme-worker"_s << u"worker"_s << u"docker"_s << -1
                                   << u"starter"_s << 45;
    QTest::addRow("cron with legacy env")
        << 2 << u"acme-nightly-report"_s << u"cron"_s << u"python"_s << -1 << QString() << 62;
    QTest::addRow("private service from an image")
        << 3 << u"acme-search"_s << u"pserv"_s << u"image"_s << -1 << QString() << 70;
}

void TestRenderYamlParser::services()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, runtime);
    QFETCH(int, replicas);
    QFETCH(QString, plan);
    QFETCH(int, line);

    const DeploymentModel model = parse(shopRenderYaml);
    // Key Value is a backing service, not a process
    QCOMPARE(model.workloads.size(), 4);
    const Workload &workload = model.workloads.at(index);
    QCOMPARE(workload.name, name);
    QCOMPARE(workload.kind, WorkloadKind::RenderService);
    QCOMPARE(workload.format, SourceFormat::RenderYaml);
    QCOMPARE(workload.processType, type);
    QCOMPARE(workload.runtime, runtime);
    QCOMPARE(workload.location, (Location{u"render.yaml"_s, line, 5}));
    QCOMPARE(workload.replicas, replicas < 0 ? std::nullopt : std::optional<int>(replicas));
    if (replicas >= 0)
        QCOMPARE(workload.replicasLocation.line, 12);
    QVERIFY(workload.environment.isEmpty());
    QCOMPARE(workload.containers.size(), 1);
    QCOMPARE(workload.containers.first().name, name);
    QCOMPARE(workload.containers.first().resources.limits.value(u"plan"_s), plan);
}

void TestRenderYamlParser::commands_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("shellForm");
    QTest::addColumn<int>("line");

    QTest::addRow("startCommand runs in a shell")
        << u"acme-web"_s << QStringList{u"gunicorn acme.wsgi:application --bind 0.0.0.0:$PORT"_s}
        << QStringList{} << true << 9;
    QTest::addRow("dockerCommand replaces CMD")
        << u"acme-worker"_s << QStringList{}
        << QStringList{u"celery"_s, u"-A"_s, u"acme"_s, u"worker"_s, u"--loglevel"_s, u"info"_s} << false
        << 49;
    QTest::addRow("cron startCommand")
        << u"acme-nightly-report"_s << QStringList{u"python manage.py send_reports"_s} << QStringList{}
        << true << 66;
    QTest::addRow("image default command")
        << u"acme-search"_s << QStringList{} << QStringList{} << false << 0;
}

void TestRenderYamlParser::commands()
{
    QFETCH(QString, service);
    QFETCH(QStringList, command);
    QFETCH(QStringList, args);
    QFETCH(bool, shellForm);
    QFETCH(int, line);

    const DeploymentModel model = parse(shopRenderYaml);
    const Workload *workload = findWorkload(model, service);
    QVERIFY(workload);
    const Container &container = workload->containers.first();
    QCOMPARE(container.command, command);
    QCOMPARE(container.args, args);
    QCOMPARE(container.commandIsShellForm, shellForm);
    QCOMPARE(container.commandLocation.line, line);
}

void TestRenderYamlParser::envVars_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refName");
    QTest::addColumn<QString>("refKey");
    QTest::addColumn<int>("line");

    const QString web = u"acme-web"_s;
    QTest::addRow("fromDatabase") << web << 0 << u"DATABASE_URL"_s << ValueKind::Interpolated << QString()
                                  << u"acme-db"_s << u"connectionString"_s << 18;
    QTest::addRow("fromService keyvalue") << web << 1 << u"REDIS_URL"_s << ValueKind::Interpolated
                                          << QString() << u"acme-cache"_s << u"connectionString"_s << 22;
    QTest::addRow("fromService property") << web << 2 << u"SEARCH_HOST"_s << ValueKind::Interpolated
                                          << QString() << u"acme-search"_s << u"hostport"_s << 27;
    QTest::addRow("fromService envVarKey") << web << 3 << u"SEARCH_API_KEY"_s << ValueKind::Interpolated
                                           << QString() << u"acme-search"_s << u"MEILI_MASTER_KEY"_s << 32;
    QTest::addRow("generateValue") << web << 4 << u"DJANGO_SECRET_KEY"_s << ValueKind::SecretRef << QString()
                                   << u"generateValue"_s << QString() << 37;
    QTest::addRow("sync false") << web << 5 << u"STRIPE_API_KEY"_s << ValueKind::Unset << QString()
                                << QString() << QString() << 39;
    QTest::addRow("literal number") << web << 6 << u"WEB_CONCURRENCY"_s << ValueKind::Literal << u"4"_s
                                    << QString() << QString() << 41;
    QTest::addRow("worker fromDatabase")
        << u"acme-worker"_s << 0 << u"DATABASE_URL"_s << ValueKind::Interpolated << QString() << u"acme-db"_s
        << u"connectionString"_s << 56;
    QTest::addRow("pserv generateValue")
        << u"acme-search"_s << 0 << u"MEILI_MASTER_KEY"_s << ValueKind::SecretRef << QString()
        << u"generateValue"_s << QString() << 76;
}

void TestRenderYamlParser::envVars()
{
    QFETCH(QString, service);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(ValueKind, kind);
    QFETCH(QString, value);
    QFETCH(QString, refName);
    QFETCH(QString, refKey);
    QFETCH(int, line);

    const DeploymentModel model = parse(shopRenderYaml);
    const Workload *workload = findWorkload(model, service);
    QVERIFY(workload);
    const QList<EnvVar> &env = workload->containers.first().env;
    QVERIFY(index < env.size());
    const EnvVar &var = env.at(index);
    QCOMPARE(var.name, name);
    QCOMPARE(var.kind, kind);
    QCOMPARE(var.value, value);
    QCOMPARE(var.refName, refName);
    QCOMPARE(var.refKey, refKey);
    QCOMPARE(var.location, (Location{u"render.yaml"_s, line, 9}));
}

void TestRenderYamlParser::envGroup()
{
    const DeploymentModel model = parse(shopRenderYaml);
    // Each service that includes the group refers to it by name
    for (const auto &[service, line] : {std::pair(u"acme-web"_s, 43), std::pair(u"acme-worker"_s, 60),
                                        std::pair(u"acme-nightly-report"_s, 68)}) {
        const Workload *workload = findWorkload(model, service);
        QVERIFY(workload);
        const QList<EnvFromRef> &envFrom = workload->containers.first().envFrom;
        QCOMPARE(envFrom.size(), 1);
        QCOMPARE(envFrom.first().kind, EnvFromRef::Kind::EnvGroup);
        QCOMPARE(envFrom.first().name, u"acme-shared"_s);
        QCOMPARE(envFrom.first().location, (Location{u"render.yaml"_s, line, 9}));
    }
    QCOMPARE(findWorkload(model, u"acme-web"_s)->containers.first().env.size(), 7);

    QCOMPARE(model.envGroups.size(), 1);
    const EnvGroup &group = model.envGroups.first();
    QCOMPARE(group.name, u"acme-shared"_s);
    QCOMPARE(group.location, (Location{u"render.yaml"_s, 94, 5}));
    QCOMPARE(group.vars.size(), 3);
    QCOMPARE(group.vars.at(0).name, u"DJANGO_SETTINGS_MODULE"_s);
    QCOMPARE(group.vars.at(0).kind, ValueKind::Literal);
    QCOMPARE(group.vars.at(0).value, u"acme.settings.production"_s);
    QCOMPARE(group.vars.at(0).location.line, 96);
    QCOMPARE(group.vars.at(1).name, u"SENTRY_DSN"_s);
    QCOMPARE(group.vars.at(1).kind, ValueKind::Unset);
    QCOMPARE(group.vars.at(1).location.line, 98);
    QCOMPARE(group.vars.at(2).name, u"SHARED_SIGNING_KEY"_s);
    QCOMPARE(group.vars.at(2).kind, ValueKind::SecretRef);
    QCOMPARE(group.vars.at(2).location.line, 100);
}

void TestRenderYamlParser::addons_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("line");

    QTest::addRow("key value") << 0 << u"render-keyvalue"_s << u"acme-cache"_s << u"starter"_s << 79;
    QTest::addRow("postgres with version") << 1 << u"render-postgres"_s << u"acme-db"_s << u"16"_s << 85;
    QTest::addRow("postgres without version")
        << 2 << u"render-postgres"_s << u"acme-analytics"_s << u"basic-1gb"_s << 90;
}

void TestRenderYamlParser::addons()
{
    QFETCH(int, index);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, plan);
    QFETCH(int, line);

    const DeploymentModel model = parse(shopRenderYaml);
    QCOMPARE(model.addons.size(), 3);
    const PlatformAddon &addon = model.addons.at(index);
    QCOMPARE(addon.kind, kind);
    QCOMPARE(addon.name, name);
    QCOMPARE(addon.plan, plan);
    QVERIFY(addon.environment.isEmpty());
    QCOMPARE(addon.location.line, line);
}

void TestRenderYamlParser::preDeployCommand()
{
    const DeploymentModel model = parse(shopRenderYaml);
    QCOMPARE(model.adminTasks.size(), 1);
    const AdminTask &task = model.adminTasks.first();
    QCOMPARE(task.kind, AdminTask::Kind::RenderPreDeploy);
    QCOMPARE(task.name, u"acme-web"_s);
    QCOMPARE(task.command, u"python manage.py migrate --noinput"_s);
    QCOMPARE(task.location, (Location{u"render.yaml"_s, 10, 5}));
}

void TestRenderYamlParser::buildAndRuntimeDetails()
{
    const DeploymentModel model = parse(shopRenderYaml);
    const Workload *web = findWorkload(model, u"acme-web"_s);
    const Workload *worker = findWorkload(model, u"acme-worker"_s);
    const Workload *cron = findWorkload(model, u"acme-nightly-report"_s);
    const Workload *search = findWorkload(model, u"acme-search"_s);
    QVERIFY(web && worker && cron && search);

    QCOMPARE(web->buildCommand, u"./bin/build.sh"_s);
    QCOMPARE(web->buildCommandLocation.line, 8);
    QCOMPARE(web->healthCheckPath, u"/healthz"_s);
    QCOMPARE(web->healthCheckLocation, (Location{u"render.yaml"_s, 11, 5}));
    QCOMPARE(web->region, u"frankfurt"_s);
    QCOMPARE(web->containers.first().resources.location.line, 6);
    QVERIFY(web->dockerfilePath.isEmpty());
    QVERIFY(web->buildContext.isEmpty());

    QCOMPARE(worker->dockerfilePath, u"docker/worker.Dockerfile"_s);
    QCOMPARE(worker->buildContext, u"."_s);
    QCOMPARE(worker->buildLocation.line, 48);
    QCOMPARE(worker->containers.first().volumeMounts.size(), 1);
    const VolumeMount &scratch = worker->containers.first().volumeMounts.first();
    QCOMPARE(scratch.name, u"worker-scratch"_s);
    QCOMPARE(scratch.mountPath, u"/var/scratch"_s);
    QCOMPARE(scratch.kind, Volume::Kind::Named);
    QCOMPARE(scratch.location.line, 51);
    QCOMPARE(worker->volumes.size(), 1);
    QCOMPARE(worker->volumes.first().source, u"worker-scratch"_s);

    QCOMPARE(cron->schedule, u"0 3 * * *"_s);
    QCOMPARE(cron->buildCommand, u"pip install -r requirements.txt"_s);

    QCOMPARE(search->containers.first().image, u"docker.io/getmeili/meilisearch:v1.7"_s);
    QCOMPARE(search->containers.first().imageLocation, (Location{u"render.yaml"_s, 73, 7}));
    QCOMPARE(search->containers.first().volumeMounts.size(), 1);
    QCOMPARE(search->containers.first().volumeMounts.first().mountPath, u"/meili_data"_s);
    QCOMPARE(search->containers.first().volumeMounts.first().location.line, 74);
}

void TestRenderYamlParser::scaling()
{
    const DeploymentModel model = parse(shopRenderYaml);
    QCOMPARE(model.hpas.size(), 1);
    const HpaDef &autoscaling = model.hpas.first();
    QCOMPARE(autoscaling.name, u"acme-web"_s);
    QCOMPARE(autoscaling.targetKind, u"RenderService"_s);
    QCOMPARE(autoscaling.targetName, u"acme-web"_s);
    QCOMPARE(autoscaling.minReplicas, std::optional<int>(2));
    QCOMPARE(autoscaling.maxReplicas, 6);
    QCOMPARE(autoscaling.location, (Location{u"render.yaml"_s, 13, 5}));
}

void TestRenderYamlParser::projectEnvironments()
{
    const DeploymentModel model = parse(R"(projects:
  - name: storefront
    environments:
      - name: production
        services:
          - type: web
            name: storefront-web
            runtime: node
            startCommand: npm start
            envVars:
              - key: API_URL
                value: https://api.example.com
        databases:
          - name: storefront-db
            postgresMajorVersion: "15"
      - name: staging
        services:
          - type: web
            name: storefront-web
            runtime: node
            startCommand: npm run start:staging
)");
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 2);
    QCOMPARE(model.workloads.at(0).environment, u"production"_s);
    QCOMPARE(model.workloads.at(0).location.line, 7);
    QCOMPARE(model.workloads.at(0).containers.first().env.first().value, u"https://api.example.com"_s);
    QCOMPARE(model.workloads.at(1).environment, u"staging"_s);
    QCOMPARE(model.workloads.at(1).containers.first().command, QStringList{u"npm run start:staging"_s});
    QCOMPARE(model.addons.size(), 1);
    QCOMPARE(model.addons.first().environment, u"production"_s);
    QCOMPARE(model.addons.first().plan, u"15"_s);
}

void TestRenderYamlParser::dockerDefaults()
{
    // The legacy `env: docker` with no paths builds ./Dockerfile from the repository root
    const DeploymentModel model =
        parse("services:\n  - type: worker\n    name: jobs\n    env: docker\n", u"deploy/render.yaml"_s);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 1);
    const Workload &jobs = model.workloads.first();
    QCOMPARE(jobs.runtime, u"docker"_s);
    QCOMPARE(jobs.dockerfilePath, u"Dockerfile"_s);
    QCOMPARE(jobs.buildContext, u"."_s);
    QCOMPARE(jobs.buildLocation, (Location{u"deploy/render.yaml"_s, 4, 5}));
    QVERIFY(jobs.containers.first().command.isEmpty());
    QVERIFY(jobs.containers.first().args.isEmpty());
}

void TestRenderYamlParser::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<DiagnosticSeverity>("severity");
    QTest::addColumn<int>("workloads");
    QTest::addColumn<int>("envVars");
    QTest::addColumn<int>("addons");

    QTest::addRow("YAML syntax error") << QByteArray("services:\n  - type: web\n    name: [unclosed\n") << 3
                                       << DiagnosticSeverity::Error << 0 << 0 << 0;
    QTest::addRow("services is a mapping")
        << QByteArray("services:\n  type: web\n  name: shop\ndatabases:\n  - name: shop-db\n") << 1
        << DiagnosticSeverity::Warning << 0 << 0 << 1;
    QTest::addRow("service without name")
        << QByteArray("services:\n  - type: web\n    startCommand: npm start\n"
                      "  - type: worker\n    name: jobs\n")
        << 2 << DiagnosticSeverity::Error << 1 << 0 << 0;
    QTest::addRow("service without type")
        << QByteArray("services:\n  - name: web\n    startCommand: npm start\ndatabases:\n  - name: db\n")
        << 2 << DiagnosticSeverity::Error << 0 << 0 << 1;
    QTest::addRow("envVars entry without key")
        << QByteArray("services:\n  - type: web\n    name: web\n    envVars:\n      - value: orphan\n"
                      "      - key: LOG_LEVEL\n        value: info\n")
        << 5 << DiagnosticSeverity::Warning << 1 << 1 << 0;
    QTest::addRow("fromDatabase is a string")
        << QByteArray("services:\n  - type: web\n    name: web\n    envVars:\n      - key: DATABASE_URL\n"
                      "        fromDatabase: shop-db\n")
        << 6 << DiagnosticSeverity::Warning << 1 << 1 << 0;
    QTest::addRow("env var value is a mapping")
        << QByteArray("services:\n  - type: web\n    name: web\n    envVars:\n      - key: API_TOKEN\n"
                      "        value: {token: abc}\n")
        << 6 << DiagnosticSeverity::Warning << 1 << 1 << 0;
    QTest::addRow("envVars is a mapping")
        << QByteArray("services:\n  - type: web\n    name: web\n    envVars:\n      LOG_LEVEL: info\n") << 4
        << DiagnosticSeverity::Warning << 1 << 0 << 0;
    QTest::addRow("numInstances is not a number")
        << QByteArray("services:\n  - type: web\n    name: web\n    numInstances: many\n") << 4
        << DiagnosticSeverity::Warning << 1 << 0 << 0;
    QTest::addRow("unknown service type") << QByteArray("services:\n  - type: lambda\n    name: fn\n") << 2
                                          << DiagnosticSeverity::Warning << 1 << 0 << 0;
    QTest::addRow("cron without schedule")
        << QByteArray("services:\n  - type: cron\n    name: nightly\n    startCommand: ./report\n") << 3
        << DiagnosticSeverity::Warning << 1 << 0 << 0;
    QTest::addRow("env group includes a group")
        << QByteArray("envVarGroups:\n  - name: shared\n    envVars:\n      - fromGroup: other\n"
                      "      - key: A\n        value: b\n")
        << 4 << DiagnosticSeverity::Warning << 0 << 0 << 0;
    QTest::addRow("database without name")
        << QByteArray("databases:\n  - plan: basic-256mb\n  - name: ok-db\n") << 2
        << DiagnosticSeverity::Warning << 0 << 0 << 1;
    QTest::addRow("top level is a list")
        << QByteArray("- type: web\n  name: web\n") << 1 << DiagnosticSeverity::Error << 0 << 0 << 0;
}

void TestRenderYamlParser::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(DiagnosticSeverity, severity);
    QFETCH(int, workloads);
    QFETCH(int, envVars);
    QFETCH(int, addons);

    const DeploymentModel model = parse(text, u"infra/render.yaml"_s);
    QVERIFY2(model.diagnostics.size() == 1, qPrintable(diagnosticsText(model.diagnostics)));
    const Diagnostic &diagnostic = model.diagnostics.first();
    QCOMPARE(diagnostic.location.path, u"infra/render.yaml"_s);
    QCOMPARE(diagnostic.location.line, line);
    QCOMPARE(diagnostic.severity, severity);
    QCOMPARE(model.workloads.size(), workloads);
    if (workloads > 0)
        QCOMPARE(model.workloads.first().containers.first().env.size(), envVars);
    QCOMPARE(model.addons.size(), addons);
    // Diagnostics name keys, never values
    QVERIFY(!diagnostic.message.contains(u"abc"));
}

void TestRenderYamlParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expectDiagnostic");

    QTest::addRow("deep flow nesting") << "services: " + QByteArray(100000, '[') << true;
    QByteArray deepBlock = "services:\n";
    for (int i = 0; i < 5000; ++i)
        deepBlock += QByteArray(2 * i + 2, ' ') + "- envVars:\n";
    QTest::addRow("deep block nesting") << deepBlock << true;
    QTest::addRow("binary") << QByteArray("\x00\x01\x02\x03\xff\xfe services", 15) << true;
    QByteArray aliases = "base: &a [x, x, x, x, x, x, x, x, x, x]\nservices:\n";
    for (int i = 0; i < 20000; ++i)
        aliases += "  - {type: web, name: s" + QByteArray::number(i) + ", envVars: *a}\n";
    QTest::addRow("alias flood") << aliases << true;
    QByteArray many = "services:\n";
    for (int i = 0; i < 5000; ++i)
        many += "  - type: worker\n    name: w" + QByteArray::number(i) + "\n    startCommand: run\n";
    QTest::addRow("many services") << many << false;
}

void TestRenderYamlParser::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expectDiagnostic);

    QElapsedTimer timer;
    timer.start();
    const DeploymentModel model = parse(text);
    QVERIFY2(timer.elapsed() < 20000, "parsing took too long");
    QCOMPARE(!model.diagnostics.isEmpty(), expectDiagnostic);
}

QTEST_GUILESS_MAIN(TestRenderYamlParser)
#include "tst_renderyamlparser.moc"
