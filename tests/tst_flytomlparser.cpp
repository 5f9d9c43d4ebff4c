#include "memoryfileindex.h"
#include "parsers/flytomlparser.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;
using StringMap = QMap<QString, QString>;

// Declared before the fixtures: moc stops reading at "//" inside raw string literals.
class TestFlyTomlParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanFixturesHaveNoDiagnostics();
    void processes_data();
    void processes();
    void env_data();
    void env();
    void ports_data();
    void ports();
    void probes_data();
    void probes();
    void resources_data();
    void resources();
    void mounts();
    void releaseCommandAndStop();
    void killTimeout_data();
    void killTimeout();
    void appSettings();
    void defaultDockerfile();
    void experimentalCommand();
    void malformed_data();
    void malformed();
    void hostileInput_data();
    void hostileInput();
};

namespace {

// A Rails app with a web and a Sidekiq worker process, as `fly launch` writes it today.
const QByteArray railsFlyToml =
    R"(# fly.toml app configuration file generated for acme-shop on 2024-03-02T10:12:44Z
#
# See https://fly.io/docs/reference/configuration/ for information about how to use this file.
#

app = "acme-shop"
primary_region = "ams"
kill_signal = "SIGINT"
kill_timeout = "30s"
console_command = "/rails/bin/rails console"

[build]
  dockerfile = "Dockerfile.production"

[deploy]
  release_command = "./bin/rails db:prepare"
  strategy = "bluegreen"

[env]
  RAILS_ENV = "production"
  PORT = 8080
  RAILS_LOG_TO_STDOUT = true

[processes]
  web = "bundle exec puma -C config/puma.rb"
  worker = "bundle exec sidekiq -q default -q 'mailers low'"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  min_machines_running = 1
  processes = ["web"]

  [[http_service.checks]]
    grace_period = "10s"
    interval = "30s"
    method = "GET"
    timeout = "5s"
    path = "/up"

[checks]
  [checks.sidekiq_alive]
    type = "http"
    port = 7433
    path = "/"
    interval = "20s"
    timeout = "5s"
    processes = ["worker"]

[[vm]]
  size = "shared-cpu-2x"
  memory = "1gb"
  processes = ["web"]

[[vm]]
  cpu_kind = "shared"
  cpus = 1
  memory_mb = 512
  processes = ["worker"]

[mounts]
  source = "acme_storage"
  destination = "/rails/storage"
  initial_size = "3gb"
  processes = ["web"]

[[statics]]
  guest_path = "/rails/public"
  url_prefix = "/"
)";

// A Phoenix app in the older [[services]] style, with no [processes] table.
const QByteArray phoenixFlyToml = R"(app = "chat-phoenix"
kill_signal = "SIGTERM"
kill_timeout = 5

[env]
  PHX_HOST = "chat-phoenix.fly.dev"
  PORT = "4000"

[experimental]
  auto_rollback = true

[[services]]
  internal_port = 4000
  processes = ["app"]
  protocol = "tcp"

  [services.concurrency]
    hard_limit = 1000
    soft_limit = 1000
    type = "connections"

  [[services.ports]]
    force_https = true
    handlers = ["http"]
    port = 80

  [[services.ports]]
    handlers = ["tls", "http"]
    port = 443

  [[services.tcp_checks]]
    grace_period = "30s"
    interval = "15s"
    restart_limit = 0
    timeout = "2s"

  [[services.http_checks]]
    interval = 10000
    grace_period = "5s"
    method = "get"
    path = "/health"
    protocol = "http"
    timeout = 2000

[[services]]
  internal_port = 4369
  protocol = "tcp"
)";

const QString railsPath = u"apps/shop/fly.toml"_s;
const QString phoenixPath = u"fly.toml"_s;

DeploymentModel parse(const QByteArray &text, const QString &path = u"fly.toml"_s,
                      const QStringList &otherFiles = {})
{
    test::MemoryFileIndex index;
    for (const QString &other : otherFiles)
        index.add(other, "FROM scratch\n");
    const SourceFile &file = index.add(path, text);
    DeploymentModel model;
    parseFlyToml(file, ParseContext{index, ParseLimits{}}, model);
    return model;
}

DeploymentModel parseFixture(const QString &fixture)
{
    return fixture == u"rails" ? parse(railsFlyToml, railsPath) : parse(phoenixFlyToml, phoenixPath);
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
        lines.append(u"%1:%2:%3 %4"_s.arg(diagnostic.location.path)
                         .arg(diagnostic.location.line)
                         .arg(diagnostic.location.column)
                         .arg(diagnostic.message));
    return lines.join(u'\n');
}

} // namespace

void TestFlyTomlParser::cleanFixturesHaveNoDiagnostics()
{
    for (const QString &fixture : {u"rails"_s, u"phoenix"_s}) {
        const DeploymentModel model = parseFixture(fixture);
        QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
    }
}

void TestFlyTomlParser::processes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("rails web") << u"rails"_s << 0 << u"web"_s
                               << QStringList{u"bundle"_s, u"exec"_s, u"puma"_s, u"-C"_s, u"config/puma.rb"_s}
                               << 25 << 3;
    QTest::addRow("rails worker, quoted word")
        << u"rails"_s << 1 << u"worker"_s
        << QStringList{u"bundle"_s, u"exec"_s, u"sidekiq"_s, u"-q"_s, u"default"_s, u"-q"_s, u"mailers low"_s}
        << 26 << 3;
    QTest::addRow("phoenix default app process") << u"phoenix"_s << 0 << u"app"_s << QStringList{} << 1 << 1;
}

void TestFlyTomlParser::processes()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QStringList, args);
    QFETCH(int, line);
    QFETCH(int, column);

    const DeploymentModel model = parseFixture(fixture);
    QCOMPARE(model.workloads.size(), fixture == u"rails" ? 2 : 1);
    const Workload &workload = model.workloads.at(index);
    QCOMPARE(workload.name, name);
    QCOMPARE(workload.processType, name);
    QCOMPARE(workload.kind, WorkloadKind::FlyProcess);
    QCOMPARE(workload.format, SourceFormat::FlyToml);
    QCOMPARE(workload.location.line, line);
    QCOMPARE(workload.location.column, column);
    QCOMPARE(workload.containers.size(), 1);
    const Container &container = workload.containers.first();
    QCOMPARE(container.name, name);
    // A process command replaces the image's CMD and runs without a shell
    QVERIFY(container.command.isEmpty());
    QCOMPARE(container.args, args);
    QVERIFY(!container.commandIsShellForm);
    if (!args.isEmpty())
        QCOMPARE(container.commandLocation.line, line);
}

void TestFlyTomlParser::env_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");

    QTest::addRow("rails string") << u"rails"_s << 0 << u"RAILS_ENV"_s << u"production"_s << 20;
    QTest::addRow("rails integer") << u"rails"_s << 1 << u"PORT"_s << u"8080"_s << 21;
    QTest::addRow("rails boolean") << u"rails"_s << 2 << u"RAILS_LOG_TO_STDOUT"_s << u"true"_s << 22;
    QTest::addRow("phoenix host") << u"phoenix"_s << 0 << u"PHX_HOST"_s << u"chat-phoenix.fly.dev"_s << 6;
    QTest::addRow("phoenix port") << u"phoenix"_s << 1 << u"PORT"_s << u"4000"_s << 7;
}

void TestFlyTomlParser::env()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, line);

    const DeploymentModel model = parseFixture(fixture);
    QVERIFY(!model.workloads.isEmpty());
    // [env] applies to every process, in file order
    for (const Workload &workload : model.workloads) {
        const QList<EnvVar> &env = workload.containers.first().env;
        QCOMPARE(env.size(), fixture == u"rails" ? 3 : 2);
        const EnvVar &var = env.at(index);
        QCOMPARE(var.name, name);
        QCOMPARE(var.kind, ValueKind::Literal);
        QCOMPARE(var.value, value);
        QCOMPARE(var.location, (Location{fixture == u"rails" ? railsPath : phoenixPath, line, 3}));
    }
}

void TestFlyTomlParser::ports_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("process");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("containerPort");
    QTest::addColumn<int>("publishedPort");
    QTest::addColumn<QStringList>("handlers");
    QTest::addColumn<int>("line");

    QTest::addRow("http_service port 80")
        << u"rails"_s << u"web"_s << 0 << 8080 << 80 << QStringList{u"http"_s} << 29;
    QTest::addRow("http_service port 443")
        << u"rails"_s << u"web"_s << 1 << 8080 << 443 << QStringList{u"tls"_s, u"http"_s} << 29;
    QTest::addRow("services port 80")
        << u"phoenix"_s << u"app"_s << 0 << 4000 << 80 << QStringList{u"http"_s} << 25;
    QTest::addRow("services port 443")
        << u"phoenix"_s << u"app"_s << 1 << 4000 << 443 << QStringList{u"tls"_s, u"http"_s} << 29;
    QTest::addRow("private service without ports")
        << u"phoenix"_s << u"app"_s << 2 << 4369 << 0 << QStringList{} << 46;
}

void TestFlyTomlParser::ports()
{
    QFETCH(QString, fixture);
    QFETCH(QString, process);
    QFETCH(int, index);
    QFETCH(int, containerPort);
    QFETCH(int, publishedPort);
    QFETCH(QStringList, handlers);
    QFETCH(int, line);

    const DeploymentModel model = parseFixture(fixture);
    const Workload *workload = findWorkload(model, process);
    QVERIFY(workload);
    const QList<PortSpec> &ports = workload->containers.first().ports;
    QCOMPARE(ports.size(), fixture == u"rails" ? 2 : 3);
    const PortSpec &port = ports.at(index);
    QCOMPARE(port.protocol, u"TCP"_s);
    QCOMPARE(port.containerPort, containerPort);
    QCOMPARE(port.publishedPort, publishedPort);
    QCOMPARE(port.handlers, handlers);
    QCOMPARE(port.location.line, line);
    QCOMPARE(port.location.path, fixture == u"rails" ? railsPath : phoenixPath);

    if (fixture == u"rails") {
        // The service lists only web
        const Workload *worker = findWorkload(model, u"worker"_s);
        QVERIFY(worker);
        QVERIFY(worker->containers.first().ports.isEmpty());
    }
}

void TestFlyTomlParser::probes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("process");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index");
    QTest::addColumn<Probe::Kind>("kind");
    QTest::addColumn<Probe::Action>("action");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");

    QTest::addRow("http_service check") << u"rails"_s << u"web"_s << 1 << 0 << Probe::Kind::Readiness
                                        << Probe::Action::Http << 8080 << u"/up"_s << 35;
    QTest::addRow("top-level check for the worker")
        << u"rails"_s << u"worker"_s << 1 << 0 << Probe::Kind::Healthcheck << Probe::Action::Http << 7433
        << u"/"_s << 43;
    QTest::addRow("services http check") << u"phoenix"_s << u"app"_s << 2 << 0 << Probe::Kind::Readiness
                                         << Probe::Action::Http << 4000 << u"/health"_s << 37;
    QTest::addRow("services tcp check") << u"phoenix"_s << u"app"_s << 2 << 1 << Probe::Kind::Readiness
                                        << Probe::Action::Tcp << 4000 << QString() << 31;
}

void TestFlyTomlParser::probes()
{
    QFETCH(QString, fixture);
    QFETCH(QString, process);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(Probe::Kind, kind);
    QFETCH(Probe::Action, action);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(int, line);

    const DeploymentModel model = parseFixture(fixture);
    const Workload *workload = findWorkload(model, process);
    QVERIFY(workload);
    const QList<Probe> &probes = workload->containers.first().probes;
    QCOMPARE(probes.size(), count);
    const Probe &probe = probes.at(index);
    QCOMPARE(probe.kind, kind);
    QCOMPARE(probe.action, action);
    QCOMPARE(probe.port, port);
    QCOMPARE(probe.path, path);
    QCOMPARE(probe.location.line, line);
}

void TestFlyTomlParser::resources_data()
{
    QTest::addColumn<QString>("process");
    QTest::addColumn<StringMap>("limits");
    QTest::addColumn<int>("line");

    QTest::addRow("web vm size") << u"web"_s
                                 << StringMap{{u"size"_s, u"shared-cpu-2x"_s}, {u"memory"_s, u"1gb"_s}} << 51;
    QTest::addRow("worker vm parts") << u"worker"_s
                                     << StringMap{{u"cpu_kind"_s, u"shared"_s},
                                                  {u"cpus"_s, u"1"_s},
                                                  {u"memory"_s, u"512mb"_s}}
                                     << 56;
}

void TestFlyTomlParser::resources()
{
    QFETCH(QString, process);
    QFETCH(StringMap, limits);
    QFETCH(int, line);

    const DeploymentModel model = parseFixture(u"rails"_s);
    const Workload *workload = findWorkload(model, process);
    QVERIFY(workload);
    const Resources &resources = workload->containers.first().resources;
    QCOMPARE(resources.limits, limits);
    QVERIFY(resources.requests.isEmpty());
    QCOMPARE(resources.location.line, line);
}

void TestFlyTomlParser::mounts()
{
    const DeploymentModel model = parseFixture(u"rails"_s);
    const Workload *web = findWorkload(model, u"web"_s);
    const Workload *worker = findWorkload(model, u"worker"_s);
    QVERIFY(web && worker);
    QCOMPARE(web->containers.first().volumeMounts.size(), 1);
    const VolumeMount &mount = web->containers.first().volumeMounts.first();
    QCOMPARE(mount.name, u"acme_storage"_s);
    QCOMPARE(mount.mountPath, u"/rails/storage"_s);
    QCOMPARE(mount.kind, Volume::Kind::Named);
    QCOMPARE(mount.location, (Location{railsPath, 63, 3}));
    QCOMPARE(web->volumes.size(), 1);
    QCOMPARE(web->volumes.first().kind, Volume::Kind::Named);
    QCOMPARE(web->volumes.first().source, u"acme_storage"_s);
    QVERIFY(worker->containers.first().volumeMounts.isEmpty());
    QVERIFY(worker->volumes.isEmpty());

    QCOMPARE(model.addons.size(), 1);
    const PlatformAddon &volume = model.addons.first();
    QCOMPARE(volume.kind, u"fly-volume"_s);
    QCOMPARE(volume.name, u"acme_storage"_s);
    QCOMPARE(volume.plan, u"3gb"_s);
    QCOMPARE(volume.location.line, 63);
}

void TestFlyTomlParser::releaseCommandAndStop()
{
    const DeploymentModel rails = parseFixture(u"rails"_s);
    QCOMPARE(rails.adminTasks.size(), 1);
    const AdminTask &task = rails.adminTasks.first();
    QCOMPARE(task.kind, AdminTask::Kind::FlyReleaseCommand);
    QCOMPARE(task.name, u"release_command"_s);
    QCOMPARE(task.command, u"./bin/rails db:prepare"_s);
    QCOMPARE(task.location, (Location{railsPath, 16, 3}));
    for (const Workload &workload : rails.workloads) {
        QCOMPARE(workload.stopSignal, u"SIGINT"_s);
        QCOMPARE(workload.stopSignalLocation, (Location{railsPath, 8, 1}));
        QCOMPARE(workload.terminationGracePeriodSeconds, std::optional<int>(30));
        QCOMPARE(workload.gracePeriodLocation, (Location{railsPath, 9, 1}));
        QCOMPARE(workload.deployStrategy, u"bluegreen"_s);
    }

    const DeploymentModel phoenix = parseFixture(u"phoenix"_s);
    QVERIFY(phoenix.adminTasks.isEmpty());
    QCOMPARE(phoenix.workloads.first().stopSignal, u"SIGTERM"_s);
    QCOMPARE(phoenix.workloads.first().terminationGracePeriodSeconds, std::optional<int>(5));
    QCOMPARE(phoenix.workloads.first().gracePeriodLocation.line, 3);
}

void TestFlyTomlParser::killTimeout_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds"); // -1: rejected with a warning

    QTest::addRow("integer seconds") << QByteArray("120") << 120;
    QTest::addRow("seconds") << QByteArray("\"45s\"") << 45;
    QTest::addRow("minutes and seconds") << QByteArray("\"1m30s\"") << 90;
    QTest::addRow("milliseconds round") << QByteArray("\"1500ms\"") << 2;
    QTest::addRow("hours") << QByteArray("\"1h\"") << 3600;
    QTest::addRow("unknown unit") << QByteArray("\"5 days\"") << -1;
    QTest::addRow("negative") << QByteArray("-5") << -1;
    QTest::addRow("boolean") << QByteArray("true") << -1;
}

void TestFlyTomlParser::killTimeout()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);

    const DeploymentModel model = parse("app = \"shop\"\nkill_timeout = " + value + "\n");
    QCOMPARE(model.workloads.size(), 1);
    const Workload &workload = model.workloads.first();
    if (seconds < 0) {
        QCOMPARE(model.diagnostics.size(), 1);
        QCOMPARE(model.diagnostics.first().location.line, 2);
        QCOMPARE(model.diagnostics.first().severity, DiagnosticSeverity::Warning);
        QVERIFY(!workload.terminationGracePeriodSeconds);
    } else {
        QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
        QCOMPARE(workload.terminationGracePeriodSeconds, std::optional<int>(seconds));
        QCOMPARE(workload.gracePeriodLocation, (Location{u"fly.toml"_s, 2, 1}));
    }
}

void TestFlyTomlParser::appSettings()
{
    const DeploymentModel model = parseFixture(u"rails"_s);
    for (const Workload &workload : model.workloads) {
        QCOMPARE(workload.platformApp, u"acme-shop"_s);
        QCOMPARE(workload.region, u"ams"_s);
        // [build] dockerfile is relative to fly.toml
        QCOMPARE(workload.dockerfilePath, u"apps/shop/Dockerfile.production"_s);
        QVERIFY(workload.containers.first().image.isEmpty());
    }
}

void TestFlyTomlParser::defaultDockerfile()
{
    // Without [build], flyctl builds the Dockerfile next to fly.toml, when there is one
    const DeploymentModel withDockerfile = parse(phoenixFlyToml, u"chat/fly.toml"_s, {u"chat/Dockerfile"_s});
    QCOMPARE(withDockerfile.workloads.first().dockerfilePath, u"chat/Dockerfile"_s);
    const DeploymentModel without = parse(phoenixFlyToml, u"chat/fly.toml"_s, {u"Dockerfile"_s});
    QVERIFY(without.workloads.first().dockerfilePath.isEmpty());

    const DeploymentModel image = parse("app = \"static-site\"\n\n[build]\n  image = \"nginx:1.25-alpine\"\n",
                                        u"fly.toml"_s, {u"Dockerfile"_s});
    QVERIFY(image.diagnostics.isEmpty());
    QCOMPARE(image.workloads.size(), 1);
    QVERIFY(image.workloads.first().dockerfilePath.isEmpty());
    QCOMPARE(image.workloads.first().containers.first().image, u"nginx:1.25-alpine"_s);
    QCOMPARE(image.workloads.first().containers.first().imageLocation, (Location{u"fly.toml"_s, 4, 3}));
}

void TestFlyTomlParser::experimentalCommand()
{
    const DeploymentModel model = parse(R"(app = "legacy-api"

[experimental]
  entrypoint = ["/usr/bin/tini", "--"]
  cmd = ["node", "server.js"]
)");
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 1);
    const Container &container = model.workloads.first().containers.first();
    QCOMPARE(container.command, (QStringList{u"/usr/bin/tini"_s, u"--"_s}));
    QCOMPARE(container.args, (QStringList{u"node"_s, u"server.js"_s}));
    QCOMPARE(container.commandLocation.line, 4);
    QCOMPARE(container.argsLocation.line, 5);
}

void TestFlyTomlParser::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<DiagnosticSeverity>("severity");
    QTest::addColumn<int>("workloads");
    QTest::addColumn<int>("envVars");
    QTest::addColumn<int>("ports");

    QTest::addRow("unclosed table header") << QByteArray("app = \"shop\"\n\n[env\n  A = \"1\"\n") << 3
                                           << DiagnosticSeverity::Error << 0 << 0 << 0;
    QTest::addRow("duplicate key") << QByteArray("app = \"shop\"\n[env]\n  A = \"1\"\n  A = \"2\"\n") << 4
                                   << DiagnosticSeverity::Error << 0 << 0 << 0;
    QTest::addRow("unterminated string") << QByteArray("app = \"shop\nprimary_region = \"ams\"\n") << 1
                                         << DiagnosticSeverity::Error << 0 << 0 << 0;
    QTest::addRow("internal_port as a string")
        << QByteArray("app = \"shop\"\n\n[http_service]\n  internal_port = \"8080\"\n") << 4
        << DiagnosticSeverity::Warning << 1 << 0 << 2;
    QTest::addRow("kill_timeout not a duration")
        << QByteArray("kill_timeout = \"soon\"\n\n[processes]\n  web = \"gunicorn app:app\"\n") << 1
        << DiagnosticSeverity::Warning << 1 << 0 << 0;
    QTest::addRow("env value is an array") << QByteArray("[env]\n  A = [\"x\"]\n  B = \"ok\"\n") << 2
                                           << DiagnosticSeverity::Warning << 1 << 1 << 0;
    QTest::addRow("service names an unknown process")
        << QByteArray("[processes]\n  web = \"gunicorn app:app\"\n\n[http_service]\n  internal_port = 8000\n"
                      "  processes = [\"wbe\"]\n")
        << 6 << DiagnosticSeverity::Warning << 1 << 0 << 0;
    QTest::addRow("service without internal_port")
        << QByteArray("[env]\n  A = \"1\"\n\n[[services]]\n  protocol = \"tcp\"\n") << 4
        << DiagnosticSeverity::Warning << 1 << 1 << 0;
    QTest::addRow("mount without destination")
        << QByteArray("[env]\n  A = \"1\"\n[mounts]\n  source = \"data\"\n") << 3
        << DiagnosticSeverity::Warning << 1 << 1 << 0;
    QTest::addRow("processes is not a table") << QByteArray("processes = \"web\"\n[env]\n  A = \"1\"\n") << 1
                                              << DiagnosticSeverity::Warning << 1 << 1 << 0;
    QTest::addRow("invalid UTF-8") << QByteArray("app = \"sh\xff\xfeop\"\n") << 1 << DiagnosticSeverity::Error
                                   << 0 << 0 << 0;
}

void TestFlyTomlParser::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(DiagnosticSeverity, severity);
    QFETCH(int, workloads);
    QFETCH(int, envVars);
    QFETCH(int, ports);

    const DeploymentModel model = parse(text, u"deploy/fly.toml"_s);
    QVERIFY2(model.diagnostics.size() == 1, qPrintable(diagnosticsText(model.diagnostics)));
    const Diagnostic &diagnostic = model.diagnostics.first();
    QCOMPARE(diagnostic.location.path, u"deploy/fly.toml"_s);
    QCOMPARE(diagnostic.location.line, line);
    QCOMPARE(diagnostic.severity, severity);
    if (severity == DiagnosticSeverity::Error)
        QVERIFY(diagnostic.location.column > 0); // toml++ gives the column
    QCOMPARE(model.workloads.size(), workloads);
    if (workloads > 0) {
        QCOMPARE(model.workloads.first().containers.first().env.size(), envVars);
        QCOMPARE(model.workloads.first().containers.first().ports.size(), ports);
    }
}

void TestFlyTomlParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("diagnostics");

    QByteArray dottedKey = "a";
    for (int i = 0; i < 200000; ++i)
        dottedKey += ".a";
    QTest::addRow("deep dotted key") << dottedKey + " = 1\n" << 1;
    QTest::addRow("deep table header") << "[" + dottedKey + "]\nx = 1\n" << 1;
    QByteArray inlineTables = "x = ";
    for (int i = 0; i < 100000; ++i)
        inlineTables += "{a=";
    QTest::addRow("deep inline tables") << inlineTables + "1\n" << 1;
    QTest::addRow("binary") << QByteArray("\x00\x01\x02\x03\xff", 5) << 1;
    QByteArray floats = "[env]\n  A = \"1\"\n[metrics]\n  samples = [";
    for (int i = 0; i < 5000; ++i)
        floats += "1.5, ";
    QTest::addRow("many floats on one line are not keys") << floats + "2.5]\n" << 0;
    QByteArray multiline = "[env]\n  NOTES = \"\"\"\n";
    for (int i = 0; i < 300; ++i)
        multiline += "see a.b.c.d.e.f.g.h for details. ";
    QTest::addRow("dots inside a multi-line string") << multiline + "\n\"\"\"\n" << 0;
    QByteArray wide = "[processes]\n";
    for (int i = 0; i < 500; ++i)
        wide += "  p" + QByteArray::number(i) + " = \"run " + QByteArray::number(i) + "\"\n";
    for (int i = 0; i < 500; ++i)
        wide += "[[services]]\n  internal_port = " + QByteArray::number(1000 + i) + "\n";
    QTest::addRow("processes times services is bounded") << wide << 1;
}

void TestFlyTomlParser::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, diagnostics);

    QElapsedTimer timer;
    timer.start();
    const DeploymentModel model = parse(text);
    QVERIFY2(timer.elapsed() < 20000, "parsing took too long");
    QVERIFY2(model.diagnostics.size() == diagnostics, qPrintable(diagnosticsText(model.diagnostics)));
    qsizetype attached = 0;
    for (const Workload &workload : model.workloads)
        attached += workload.containers.first().ports.size();
    QVERIFY(attached <= 100000);
}

QTEST_GUILESS_MAIN(TestFlyTomlParser)
#include "tst_flytomlparser.moc"
