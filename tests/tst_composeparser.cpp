#include "memoryfileindex.h"
#include "parsers/composeparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

// Declared ahead of the fixtures: moc in Qt 6.4 misreads some raw string literals and would
// then miss the class.
class TestComposeParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data();
    void fields();
    void projectFiles();
    void roles_data();
    void roles();
    void ports_data();
    void ports();
    void interpolation_data();
    void interpolation();
    void volumes_data();
    void volumes();
    void healthchecks_data();
    void healthchecks();
    void gracePeriods_data();
    void gracePeriods();
    void extendsProblems_data();
    void extendsProblems();
    void malformed_data();
    void malformed();
    void hostile_data();
    void hostile();
};

namespace {

// A web + worker + postgres + redis stack, the way a Django shop lays it out.
const QByteArray baseCompose = R"(x-default: &default
  restart: unless-stopped
  env_file: .env.app
  logging:
    driver: json-file
    options:
      max-size: "10m"

services:
  web:
    <<: *default
    image: "registry.example.com/shop/web:${TAG:-latest}"
    build:
      context: ./web
      dockerfile: docker/Dockerfile.prod
      target: runtime
      args:
        - PYTHON_VERSION=3.12
    command: gunicorn shop.wsgi:application --bind "0.0.0.0:8000"
    ports:
      - "${WEB_PORT:-8000}:8000"
    environment:
      DATABASE_URL: postgres://shop:${POSTGRES_PASSWORD}@db:5432/shop
      REDIS_URL: redis://redis:6379/0
      DJANGO_SETTINGS_MODULE: shop.settings.production
      SENTRY_DSN:
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8000/health/"]
      interval: 30s
    stop_grace_period: 1m30s
    deploy:
      replicas: 2
      resources:
        limits:
          cpus: "0.50"
          memory: 512M
        reservations:
          memory: 256M

  worker:
    <<: *default
    image: "registry.example.com/shop/web:${TAG:-latest}"
    entrypoint: ["celery", "-A", "shop"]
    command: worker --loglevel=info
    environment:
      - DATABASE_URL=postgres://shop:${POSTGRES_PASSWORD}@db:5432/shop
      - CELERY_CONCURRENCY=4
      - SENTRY_DSN
    restart: on-failure
    stop_signal: SIGTERM
    depends_on:
      - db
      - redis

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./db/init.sql:/docker-entrypoint-initdb.d/init.sql:ro
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U shop"]
    expose:
      - "5432"

  redis:
    image: redis:7-alpine
    volumes:
      - type: volume
        source: redisdata
        target: /data
    healthcheck:
      test: redis-cli ping

volumes:
  pgdata:
  redisdata:
)";

// Local development: bind mounts, debug settings, the debugger port, a mail catcher.
const QByteArray overrideCompose = R"(services:
  web:
    build:
      target: dev
    command: python manage.py runserver 0.0.0.0:8000
    ports:
      - "5678:5678"
      - "${WEB_PORT:-8000}:8000"
    volumes:
      - ./web:/app
    environment:
      DEBUG: "1"
      DJANGO_SETTINGS_MODULE: shop.settings.dev
  worker:
    volumes:
      - ./web:/app
  mailhog:
    image: mailhog/mailhog
    ports:
      - "8025:8025"
)";

const QByteArray prodCompose = R"(services:
  web:
    image: registry.example.com/shop/web:${TAG}
    deploy:
      replicas: 4
    logging:
      driver: json-file
      options:
        max-file: "5"
    environment:
      DJANGO_SETTINGS_MODULE: shop.settings.production
    env_file:
      - .env.app
      - path: .env.prod
        required: false
    restart: always
)";

const QByteArray projectDotenv = "# Copied from .env.example\nTAG=1.4.2\nPOSTGRES_PASSWORD=hunter2\n"
                                 "SENTRY_DSN=https://public@sentry.example.com/1\n";
const QByteArray appEnvFile =
    "DJANGO_SETTINGS_MODULE=shop.settings.base\nLOG_LEVEL=info\nGUNICORN_WORKERS=3\n";

const QByteArray anchorsCompose = R"(x-env: &common-env
  LOG_LEVEL: info
  TZ: UTC
x-a: &a
  image: a:1
  restart: always
x-b: &b
  image: b:1
  stop_signal: SIGINT
services:
  multi:
    <<: [*a, *b]
    environment:
      <<: *common-env
      TZ: Europe/Berlin
  explicit-first:
    image: explicit:1
    <<: *a
)";

const QByteArray extendsCompose = R"(services:
  base-app:
    image: shop/app:2
    restart: always
    environment:
      BASE_ONLY: "yes"
  api:
    extends:
      service: base-app
    environment:
      API_ONLY: "1"
  shared:
    extends:
      file: common/services.yml
      service: app
    environment:
      TZ: Europe/Paris
  short:
    extends: base-app
  missing:
    extends:
      service: nope
  loop-a:
    extends: loop-b
  loop-b:
    extends: loop-a
  missing-file:
    extends:
      file: nowhere.yml
      service: app
)";

const QByteArray extendsCommon = R"(services:
  app:
    image: shop/base:1
    env_file: app.env
    environment:
      LOG_LEVEL: info
      TZ: UTC
    ports:
      - "8000"
)";

const QByteArray envFileCompose = R"(services:
  web:
    image: nginx
    env_file:
      - ./config/web.env
      - path: ./config/local.env
        required: false
      - missing.env
    environment:
      SHARED: from-environment
)";

const QByteArray optionsCompose = R"(services:
  proxy:
    image: traefik:v3
    network_mode: host
    profiles: ["edge", "prod"]
    secrets:
      - tls_cert
      - source: tls_key
        target: /run/secrets/key
    links:
      - api
      - db:database
    scale: 3
    labels:
      - "traefik.enable=true"
      - com.example.team=platform
    logging:
      driver: syslog
      options:
        syslog-address: "udp://logs:514"
    stop_grace_period: 10s
    restart: unless-stopped
  api:
    image: api:1
    mem_limit: 1g
    cpus: 1.5
    labels:
      com.example.tier: backend
    deploy:
      replicas: 2
    scale: 5
secrets:
  tls_cert:
    file: ./certs/cert.pem
  tls_key:
    file: ./certs/key.pem
networks:
  frontend:
  backend:
)";

struct Project
{
    test::MemoryFileIndex index;
    DeploymentModel model;

    const ComposeFileInfo *file(const QString &path) const
    {
        for (const ComposeFileInfo &info : model.composeFiles) {
            if (info.path == path)
                return &info;
        }
        return nullptr;
    }
    void parse(const QString &path)
    {
        const SourceFile *source = index.find(path);
        QVERIFY(source);
        parseCompose(*source, ParseContext{index, {}}, model);
    }
};

void addShop(Project &project)
{
    project.index.add(u"shop/docker-compose.yml"_s, baseCompose);
    project.index.add(u"shop/docker-compose.override.yml"_s, overrideCompose);
    project.index.add(u"shop/docker-compose.prod.yml"_s, prodCompose);
    project.index.add(u"shop/.env"_s, projectDotenv);
    project.index.add(u"shop/.env.app"_s, appEnvFile);
    project.parse(u"shop/docker-compose.yml"_s);
    project.parse(u"shop/docker-compose.override.yml"_s);
    project.parse(u"shop/docker-compose.prod.yml"_s);
}

// The services a scenario produces: one file as written, or several merged.
QList<Workload> scenarioServices(const QString &scenario, Diagnostics &diagnostics)
{
    Project project;
    if (scenario == u"base" || scenario == u"dev" || scenario == u"prod") {
        addShop(project);
        const ComposeFileInfo *base = project.file(u"shop/docker-compose.yml"_s);
        const ComposeFileInfo *dev = project.file(u"shop/docker-compose.override.yml"_s);
        const ComposeFileInfo *prod = project.file(u"shop/docker-compose.prod.yml"_s);
        diagnostics = project.model.diagnostics;
        if (!base || !dev || !prod)
            return {};
        if (scenario == u"base")
            return base->services;
        if (scenario == u"dev")
            return mergeComposeFiles({*base, *dev}, u"dev"_s);
        return mergeComposeFiles({*base, *prod}, u"prod"_s);
    }
    QString path = u"compose.yaml"_s;
    if (scenario == u"anchors") {
        project.index.add(path, anchorsCompose);
    } else if (scenario == u"extends") {
        project.index.add(path, extendsCompose);
        project.index.add(u"common/services.yml"_s, extendsCommon);
        project.index.add(u"common/app.env"_s, "FROM_COMMON_ENV=1\n");
    } else if (scenario == u"envfile") {
        path = u"app/compose.yaml"_s;
        project.index.add(path, envFileCompose);
        project.index.add(u"app/config/web.env"_s, "SHARED=from-file\nWEB_ONLY=1\n");
        project.index.add(u"app/config/local.env"_s, "WEB_ONLY=2\nLOCAL=yes\n");
    } else if (scenario == u"options") {
        project.index.add(path, optionsCompose);
    }
    project.parse(path);
    diagnostics = project.model.diagnostics;
    return project.model.composeFiles.isEmpty() ? QList<Workload>()
                                                : project.model.composeFiles.first().services;
}

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Literal:
        return u"literal"_s;
    case ValueKind::Interpolated:
        return u"interpolated"_s;
    case ValueKind::Unset:
        return u"unset"_s;
    default:
        return u"other"_s;
    }
}

QString volumeKindName(Volume::Kind kind)
{
    switch (kind) {
    case Volume::Kind::Bind:
        return u"bind"_s;
    case Volume::Kind::Named:
        return u"named"_s;
    case Volume::Kind::Tmpfs:
        return u"tmpfs"_s;
    default:
        return u"other"_s;
    }
}

QString portText(const PortSpec &port)
{
    QString text = port.hostIp + u'|' + QString::number(port.publishedPort) + u'|' +
                   QString::number(port.containerPort) + u'|' + port.protocol;
    if (port.exposeOnly)
        text += u"|expose"_s;
    return text;
}

QString mapText(const QMap<QString, QString> &map)
{
    QStringList pairs;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        pairs.append(it.key() + u'=' + it.value());
    return pairs.join(u',');
}

const Workload *findService(const QList<Workload> &services, const QString &name)
{
    for (const Workload &service : services) {
        if (service.name == name)
            return &service;
    }
    return nullptr;
}

// One aspect of a service as text, and where it was set.
QString describe(const Workload &w, const QString &field, Location &location)
{
    const Container &c = w.containers.first();
    const QString key = field.section(u':', 0, 0);
    const QString argument = field.section(u':', 1);
    if (key == u"location") {
        location = w.location;
        return w.name;
    }
    if (key == u"environment")
        return w.environment;
    if (key == u"image") {
        location = c.imageLocation;
        return c.image;
    }
    if (key == u"command") {
        location = c.commandLocation;
        return c.command.join(u' ');
    }
    if (key == u"args") {
        location = c.argsLocation;
        return c.args.join(u' ');
    }
    if (key == u"build") {
        location = w.buildLocation;
        return QStringList{w.buildContext, w.buildDockerfile, w.buildTarget, w.dockerfilePath}.join(u'|');
    }
    if (key == u"buildArgs") {
        QStringList args;
        for (const EnvVar &arg : w.buildArgs)
            args.append(arg.name + u'=' + arg.value);
        location = w.buildArgs.value(0).location;
        return args.join(u',');
    }
    if (key == u"port") {
        const PortSpec port = c.ports.value(argument.toInt());
        location = port.location;
        return portText(port);
    }
    if (key == u"portCount")
        return QString::number(c.ports.size());
    if (key == u"envOrder") {
        QStringList names;
        for (const EnvVar &var : c.env)
            names.append(var.name);
        return names.join(u',');
    }
    if (key == u"env") {
        for (const EnvVar &var : c.env) {
            if (var.name == argument) {
                location = var.location;
                return kindName(var.kind) + u'|' + var.value + u'|' + var.refName;
            }
        }
        return u"<missing>"_s;
    }
    if (key == u"envFile") {
        for (const EnvVar &var : c.env) {
            if (var.name == argument)
                return var.envFile;
        }
        return u"<missing>"_s;
    }
    if (key == u"envFrom") {
        const EnvFromRef ref = c.envFrom.value(argument.toInt());
        location = ref.location;
        return ref.name + (ref.optional ? u"|optional"_s : u"|required"_s);
    }
    if (key == u"envFromCount")
        return QString::number(c.envFrom.size());
    if (key == u"volume") {
        for (const VolumeMount &mount : c.volumeMounts) {
            if (mount.mountPath == argument) {
                location = mount.location;
                return volumeKindName(mount.kind) + u'|' + mount.name +
                       (mount.readOnly ? u"|ro"_s : u"|rw"_s);
            }
        }
        return u"<missing>"_s;
    }
    if (key == u"volumesList") {
        QStringList volumes;
        for (const Volume &volume : w.volumes)
            volumes.append(volumeKindName(volume.kind) + u'|' + volume.name + u'|' + volume.source);
        return volumes.join(u' ');
    }
    if (key == u"probe") {
        if (c.probes.isEmpty())
            return u"<none>"_s;
        const Probe &probe = c.probes.first();
        location = probe.location;
        const QString action = probe.action == Probe::Action::Exec ? u"exec"_s : u"none"_s;
        return action + u'|' + probe.command.join(u' ') + (probe.disabled ? u"|disabled"_s : u"|enabled"_s);
    }
    if (key == u"grace") {
        location = w.gracePeriodLocation;
        return w.terminationGracePeriodSeconds ? QString::number(*w.terminationGracePeriodSeconds)
                                               : u"<none>"_s;
    }
    if (key == u"replicas") {
        location = w.replicasLocation;
        return w.replicas ? QString::number(*w.replicas) : u"<none>"_s;
    }
    if (key == u"resources") {
        location = c.resources.location;
        return mapText(c.resources.limits) + u';' + mapText(c.resources.requests);
    }
    if (key == u"restart")
        return w.restartPolicy;
    if (key == u"stopSignal") {
        location = w.stopSignalLocation;
        return w.stopSignal;
    }
    if (key == u"logging") {
        location = w.loggingLocation;
        return w.loggingDriver + u'|' + mapText(w.loggingOptions);
    }
    if (key == u"dependsOn") {
        const Dependency dependency = w.dependsOn.value(argument.toInt());
        location = dependency.location;
        return dependency.name + u'|' + dependency.condition;
    }
    if (key == u"links") {
        QStringList links;
        for (const Dependency &link : w.links)
            links.append(link.name + u'>' + link.alias);
        location = w.links.value(1).location;
        return links.join(u',');
    }
    if (key == u"hostNetwork") {
        location = w.hostNetworkLocation;
        return w.hostNetwork ? u"host"_s : u"default"_s;
    }
    if (key == u"profiles")
        return w.profiles.join(u',');
    if (key == u"secrets")
        return w.secrets.join(u',');
    if (key == u"labels")
        return mapText(w.labels);
    return u"<unknown field>"_s;
}

} // namespace

void TestComposeParser::fields_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path"); // where the value was set; empty when the field has no location
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // -1: not checked

    const QString base = u"shop/docker-compose.yml"_s;
    const QString dev = u"shop/docker-compose.override.yml"_s;
    const QString prod = u"shop/docker-compose.prod.yml"_s;
    const QString appEnv = u"shop/.env.app"_s;
    const QString none;
    const QString databaseUrl = u"interpolated|postgres://shop:hunter2@db:5432/shop|POSTGRES_PASSWORD"_s;
    const QString sentry = u"interpolated|https://public@sentry.example.com/1|SENTRY_DSN"_s;

    // The base file as written, with .env interpolation, anchors and env_file.
    QTest::addRow("base web location")
        << u"base"_s << u"web"_s << u"location"_s << u"web"_s << base << 10 << 3;
    QTest::addRow("base web image") << u"base"_s << u"web"_s << u"image"_s
                                    << u"registry.example.com/shop/web:1.4.2"_s << base << 12 << 5;
    QTest::addRow("base web build")
        << u"base"_s << u"web"_s << u"build"_s
        << u"./web|docker/Dockerfile.prod|runtime|shop/web/docker/Dockerfile.prod"_s << base << 13 << 5;
    QTest::addRow("base web build args")
        << u"base"_s << u"web"_s << u"buildArgs"_s << u"PYTHON_VERSION=3.12"_s << base << 18 << 11;
    QTest::addRow("base web command is args")
        << u"base"_s << u"web"_s << u"args"_s << u"gunicorn shop.wsgi:application --bind 0.0.0.0:8000"_s
        << base << 19 << 5;
    QTest::addRow("base web no entrypoint")
        << u"base"_s << u"web"_s << u"command"_s << QString() << base << 19 << 5;
    QTest::addRow("base web port default")
        << u"base"_s << u"web"_s << u"port:0"_s << u"|8000|8000|TCP"_s << base << 21 << 9;
    QTest::addRow("base web env order") << u"base"_s << u"web"_s << u"envOrder"_s
                                        << u"LOG_LEVEL,GUNICORN_WORKERS,DATABASE_URL,REDIS_URL,"
                                           "DJANGO_SETTINGS_MODULE,SENTRY_DSN"_s
                                        << none << 0 << -1;
    QTest::addRow("base web interpolated url")
        << u"base"_s << u"web"_s << u"env:DATABASE_URL"_s << databaseUrl << base << 23 << 7;
    QTest::addRow("base web literal") << u"base"_s << u"web"_s << u"env:REDIS_URL"_s
                                      << u"literal|redis://redis:6379/0|"_s << base << 24 << 7;
    QTest::addRow("base web environment beats env_file")
        << u"base"_s << u"web"_s << u"env:DJANGO_SETTINGS_MODULE"_s << u"literal|shop.settings.production|"_s
        << base << 25 << 7;
    QTest::addRow("base web null value is a bare key")
        << u"base"_s << u"web"_s << u"env:SENTRY_DSN"_s << sentry << base << 26 << 7;
    QTest::addRow("base web env_file entry")
        << u"base"_s << u"web"_s << u"env:LOG_LEVEL"_s << u"literal|info|"_s << appEnv << 2 << 1;
    QTest::addRow("base web env_file entry source")
        << u"base"_s << u"web"_s << u"envFile:LOG_LEVEL"_s << u".env.app"_s << none << 0 << -1;
    QTest::addRow("base web env_file from anchor")
        << u"base"_s << u"web"_s << u"envFrom:0"_s << u".env.app|required"_s << base << 3 << 13;
    QTest::addRow("base web restart from anchor")
        << u"base"_s << u"web"_s << u"restart"_s << u"unless-stopped"_s << none << 0 << -1;
    QTest::addRow("base web logging from anchor")
        << u"base"_s << u"web"_s << u"logging"_s << u"json-file|max-size=10m"_s << base << 4 << 3;
    QTest::addRow("base web depends_on map")
        << u"base"_s << u"web"_s << u"dependsOn:0"_s << u"db|service_healthy"_s << base << 28 << 7;
    QTest::addRow("base web depends_on second")
        << u"base"_s << u"web"_s << u"dependsOn:1"_s << u"redis|service_started"_s << base << 30 << 7;
    QTest::addRow("base web healthcheck")
        << u"base"_s << u"web"_s << u"probe"_s << u"exec|curl -f http://localhost:8000/health/|enabled"_s
        << base << 32 << 5;
    QTest::addRow("base web grace") << u"base"_s << u"web"_s << u"grace"_s << u"90"_s << base << 35 << 5;
    QTest::addRow("base web replicas") << u"base"_s << u"web"_s << u"replicas"_s << u"2"_s << base << 37 << 7;
    QTest::addRow("base web resources") << u"base"_s << u"web"_s << u"resources"_s
                                        << u"cpu=0.50,memory=512M;memory=256M"_s << base << 38 << 7;
    QTest::addRow("base worker entrypoint")
        << u"base"_s << u"worker"_s << u"command"_s << u"celery -A shop"_s << base << 48 << 5;
    QTest::addRow("base worker command")
        << u"base"_s << u"worker"_s << u"args"_s << u"worker --loglevel=info"_s << base << 49 << 5;
    QTest::addRow("base worker env order")
        << u"base"_s << u"worker"_s << u"envOrder"_s
        << u"DJANGO_SETTINGS_MODULE,LOG_LEVEL,GUNICORN_WORKERS,DATABASE_URL,"
           "CELERY_CONCURRENCY,SENTRY_DSN"_s
        << none << 0 << -1;
    QTest::addRow("base worker env_file value kept")
        << u"base"_s << u"worker"_s << u"env:DJANGO_SETTINGS_MODULE"_s << u"literal|shop.settings.base|"_s
        << appEnv << 1 << 1;
    QTest::addRow("base worker list entry")
        << u"base"_s << u"worker"_s << u"env:DATABASE_URL"_s << databaseUrl << base << 51 << 9;
    QTest::addRow("base worker list literal")
        << u"base"_s << u"worker"_s << u"env:CELERY_CONCURRENCY"_s << u"literal|4|"_s << base << 52 << 9;
    QTest::addRow("base worker bare key")
        << u"base"_s << u"worker"_s << u"env:SENTRY_DSN"_s << sentry << base << 53 << 9;
    QTest::addRow("base worker explicit beats anchor")
        << u"base"_s << u"worker"_s << u"restart"_s << u"on-failure"_s << none << 0 << -1;
    QTest::addRow("base worker stop signal")
        << u"base"_s << u"worker"_s << u"stopSignal"_s << u"SIGTERM"_s << base << 55 << 5;
    QTest::addRow("base worker depends_on list")
        << u"base"_s << u"worker"_s << u"dependsOn:1"_s << u"redis|"_s << base << 58 << 9;
    QTest::addRow("base db required var resolved")
        << u"base"_s << u"db"_s << u"env:POSTGRES_PASSWORD"_s << u"interpolated|hunter2|POSTGRES_PASSWORD"_s
        << base << 64 << 7;
    QTest::addRow("base db named volume") << u"base"_s << u"db"_s << u"volume:/var/lib/postgresql/data"_s
                                          << u"named|pgdata|rw"_s << base << 66 << 9;
    QTest::addRow("base db bind read-only")
        << u"base"_s << u"db"_s << u"volume:/docker-entrypoint-initdb.d/init.sql"_s
        << u"bind|./db/init.sql|ro"_s << base << 67 << 9;
    QTest::addRow("base db workload volumes")
        << u"base"_s << u"db"_s << u"volumesList"_s << u"named|pgdata|pgdata bind||./db/init.sql"_s << none
        << 0 << -1;
    QTest::addRow("base db cmd-shell") << u"base"_s << u"db"_s << u"probe"_s
                                       << u"exec|/bin/sh -c pg_isready -U shop|enabled"_s << base << 68 << 5;
    QTest::addRow("base db expose") << u"base"_s << u"db"_s << u"port:0"_s << u"|0|5432|TCP|expose"_s << base
                                    << 71 << 9;
    QTest::addRow("base redis long volume")
        << u"base"_s << u"redis"_s << u"volume:/data"_s << u"named|redisdata|rw"_s << base << 76 << 9;
    QTest::addRow("base redis string test") << u"base"_s << u"redis"_s << u"probe"_s
                                            << u"exec|/bin/sh -c redis-cli ping|enabled"_s << base << 79 << 5;

    // base + override: what `docker compose up` runs on a developer machine.
    QTest::addRow("dev environment") << u"dev"_s << u"web"_s << u"environment"_s << u"dev"_s << none << 0
                                     << -1;
    QTest::addRow("dev web keeps base location")
        << u"dev"_s << u"web"_s << u"location"_s << u"web"_s << base << 10 << 3;
    QTest::addRow("dev web image from base")
        << u"dev"_s << u"web"_s << u"image"_s << u"registry.example.com/shop/web:1.4.2"_s << base << 12 << 5;
    QTest::addRow("dev web command replaced")
        << u"dev"_s << u"web"_s << u"args"_s << u"python manage.py runserver 0.0.0.0:8000"_s << dev << 5 << 5;
    QTest::addRow("dev web command location")
        << u"dev"_s << u"web"_s << u"command"_s << QString() << dev << 5 << 5;
    QTest::addRow("dev web build target merged")
        << u"dev"_s << u"web"_s << u"build"_s
        << u"./web|docker/Dockerfile.prod|dev|shop/web/docker/Dockerfile.prod"_s << dev << 3 << 5;
    QTest::addRow("dev web ports appended")
        << u"dev"_s << u"web"_s << u"portCount"_s << u"2"_s << none << 0 << -1;
    QTest::addRow("dev web duplicate port takes override")
        << u"dev"_s << u"web"_s << u"port:0"_s << u"|8000|8000|TCP"_s << dev << 8 << 9;
    QTest::addRow("dev web extra port")
        << u"dev"_s << u"web"_s << u"port:1"_s << u"|5678|5678|TCP"_s << dev << 7 << 9;
    QTest::addRow("dev web debug env")
        << u"dev"_s << u"web"_s << u"env:DEBUG"_s << u"literal|1|"_s << dev << 12 << 7;
    QTest::addRow("dev web env replaced by key") << u"dev"_s << u"web"_s << u"env:DJANGO_SETTINGS_MODULE"_s
                                                 << u"literal|shop.settings.dev|"_s << dev << 13 << 7;
    QTest::addRow("dev web env kept from base")
        << u"dev"_s << u"web"_s << u"env:DATABASE_URL"_s << databaseUrl << base << 23 << 7;
    QTest::addRow("dev web env_file kept")
        << u"dev"_s << u"web"_s << u"env:LOG_LEVEL"_s << u"literal|info|"_s << appEnv << 2 << 1;
    QTest::addRow("dev web env order") << u"dev"_s << u"web"_s << u"envOrder"_s
                                       << u"LOG_LEVEL,GUNICORN_WORKERS,DATABASE_URL,REDIS_URL,"
                                          "DJANGO_SETTINGS_MODULE,SENTRY_DSN,DEBUG"_s
                                       << none << 0 << -1;
    QTest::addRow("dev web bind mount")
        << u"dev"_s << u"web"_s << u"volume:/app"_s << u"bind|./web|rw"_s << dev << 10 << 9;
    QTest::addRow("dev web replicas kept")
        << u"dev"_s << u"web"_s << u"replicas"_s << u"2"_s << base << 37 << 7;
    QTest::addRow("dev worker bind mount")
        << u"dev"_s << u"worker"_s << u"volume:/app"_s << u"bind|./web|rw"_s << dev << 16 << 9;
    QTest::addRow("dev worker entrypoint kept")
        << u"dev"_s << u"worker"_s << u"command"_s << u"celery -A shop"_s << base << 48 << 5;
    QTest::addRow("dev override-only service")
        << u"dev"_s << u"mailhog"_s << u"location"_s << u"mailhog"_s << dev << 17 << 3;
    QTest::addRow("dev override-only image")
        << u"dev"_s << u"mailhog"_s << u"image"_s << u"mailhog/mailhog"_s << dev << 18 << 5;
    QTest::addRow("dev override-only environment")
        << u"dev"_s << u"mailhog"_s << u"environment"_s << u"dev"_s << none << 0 << -1;

    // base + docker-compose.prod.yml
    QTest::addRow("prod image replaced")
        << u"prod"_s << u"web"_s << u"image"_s << u"registry.example.com/shop/web:1.4.2"_s << prod << 3 << 5;
    QTest::addRow("prod replicas") << u"prod"_s << u"web"_s << u"replicas"_s << u"4"_s << prod << 5 << 7;
    QTest::addRow("prod logging options merged")
        << u"prod"_s << u"web"_s << u"logging"_s << u"json-file|max-file=5,max-size=10m"_s << prod << 6 << 5;
    QTest::addRow("prod env replaced") << u"prod"_s << u"web"_s << u"env:DJANGO_SETTINGS_MODULE"_s
                                       << u"literal|shop.settings.production|"_s << prod << 11 << 7;
    QTest::addRow("prod env_file listed again")
        << u"prod"_s << u"web"_s << u"envFrom:0"_s << u".env.app|required"_s << prod << 13 << 9;
    QTest::addRow("prod absent env_file kept")
        << u"prod"_s << u"web"_s << u"envFrom:1"_s << u".env.prod|optional"_s << prod << 14 << 9;
    QTest::addRow("prod env_file count")
        << u"prod"_s << u"web"_s << u"envFromCount"_s << u"2"_s << none << 0 << -1;
    QTest::addRow("prod env_file entries recomputed")
        << u"prod"_s << u"web"_s << u"env:LOG_LEVEL"_s << u"literal|info|"_s << appEnv << 2 << 1;
    QTest::addRow("prod restart") << u"prod"_s << u"web"_s << u"restart"_s << u"always"_s << none << 0 << -1;
    QTest::addRow("prod command kept")
        << u"prod"_s << u"web"_s << u"args"_s << u"gunicorn shop.wsgi:application --bind 0.0.0.0:8000"_s
        << base << 19 << 5;
    QTest::addRow("prod grace kept") << u"prod"_s << u"web"_s << u"grace"_s << u"90"_s << base << 35 << 5;
    QTest::addRow("prod untouched service")
        << u"prod"_s << u"db"_s << u"environment"_s << u"prod"_s << none << 0 << -1;

    // YAML merge keys
    const QString anchors = u"compose.yaml"_s;
    QTest::addRow("merge list: first map wins")
        << u"anchors"_s << u"multi"_s << u"image"_s << u"a:1"_s << anchors << 5 << 3;
    QTest::addRow("merge list: second map fills")
        << u"anchors"_s << u"multi"_s << u"stopSignal"_s << u"SIGINT"_s << anchors << 9 << 3;
    QTest::addRow("merge in environment")
        << u"anchors"_s << u"multi"_s << u"env:LOG_LEVEL"_s << u"literal|info|"_s << anchors << 2 << 3;
    QTest::addRow("explicit key beats merged")
        << u"anchors"_s << u"multi"_s << u"env:TZ"_s << u"literal|Europe/Berlin|"_s << anchors << 15 << 7;
    QTest::addRow("explicit key before merge key")
        << u"anchors"_s << u"explicit-first"_s << u"image"_s << u"explicit:1"_s << anchors << 17 << 5;
    QTest::addRow("merged after explicit")
        << u"anchors"_s << u"explicit-first"_s << u"restart"_s << u"always"_s << none << 0 << -1;

    // extends
    const QString extendsFile = u"compose.yaml"_s;
    const QString common = u"common/services.yml"_s;
    QTest::addRow("extends keeps own name")
        << u"extends"_s << u"api"_s << u"location"_s << u"api"_s << extendsFile << 7 << 3;
    QTest::addRow("extends inherits image")
        << u"extends"_s << u"api"_s << u"image"_s << u"shop/app:2"_s << extendsFile << 3 << 5;
    QTest::addRow("extends inherits env")
        << u"extends"_s << u"api"_s << u"env:BASE_ONLY"_s << u"literal|yes|"_s << extendsFile << 6 << 7;
    QTest::addRow("extends adds env")
        << u"extends"_s << u"api"_s << u"env:API_ONLY"_s << u"literal|1|"_s << extendsFile << 11 << 7;
    QTest::addRow("extends short form")
        << u"extends"_s << u"short"_s << u"restart"_s << u"always"_s << none << 0 << -1;
    QTest::addRow("extends file image")
        << u"extends"_s << u"shared"_s << u"image"_s << u"shop/base:1"_s << common << 3 << 5;
    QTest::addRow("extends file env_file relative to it")
        << u"extends"_s << u"shared"_s << u"env:FROM_COMMON_ENV"_s << u"literal|1|"_s << u"common/app.env"_s
        << 1 << 1;
    QTest::addRow("extends file env")
        << u"extends"_s << u"shared"_s << u"env:LOG_LEVEL"_s << u"literal|info|"_s << common << 6 << 7;
    QTest::addRow("extends file env overridden")
        << u"extends"_s << u"shared"_s << u"env:TZ"_s << u"literal|Europe/Paris|"_s << extendsFile << 17 << 7;
    QTest::addRow("extends file port")
        << u"extends"_s << u"shared"_s << u"port:0"_s << u"|0|8000|TCP"_s << common << 9 << 9;

    // env_file present, optional and absent
    const QString envCompose = u"app/compose.yaml"_s;
    QTest::addRow("env_file later file wins") << u"envfile"_s << u"web"_s << u"env:WEB_ONLY"_s
                                              << u"literal|2|"_s << u"app/config/local.env"_s << 1 << 1;
    QTest::addRow("env_file entry") << u"envfile"_s << u"web"_s << u"env:LOCAL"_s << u"literal|yes|"_s
                                    << u"app/config/local.env"_s << 2 << 1;
    QTest::addRow("environment beats env_file") << u"envfile"_s << u"web"_s << u"env:SHARED"_s
                                                << u"literal|from-environment|"_s << envCompose << 10 << 7;
    QTest::addRow("env_file order") << u"envfile"_s << u"web"_s << u"envOrder"_s << u"WEB_ONLY,LOCAL,SHARED"_s
                                    << none << 0 << -1;
    QTest::addRow("env_file as written")
        << u"envfile"_s << u"web"_s << u"envFile:LOCAL"_s << u"./config/local.env"_s << none << 0 << -1;
    QTest::addRow("env_file ref") << u"envfile"_s << u"web"_s << u"envFrom:0"_s
                                  << u"./config/web.env|required"_s << envCompose << 5 << 9;
    QTest::addRow("env_file long syntax") << u"envfile"_s << u"web"_s << u"envFrom:1"_s
                                          << u"./config/local.env|optional"_s << envCompose << 6 << 9;
    QTest::addRow("env_file absent") << u"envfile"_s << u"web"_s << u"envFrom:2"_s
                                     << u"missing.env|required"_s << envCompose << 8 << 9;

    // other service options
    const QString options = u"compose.yaml"_s;
    QTest::addRow("network_mode host")
        << u"options"_s << u"proxy"_s << u"hostNetwork"_s << u"host"_s << options << 4 << 5;
    QTest::addRow("profiles") << u"options"_s << u"proxy"_s << u"profiles"_s << u"edge,prod"_s << none << 0
                              << -1;
    QTest::addRow("secrets short and long")
        << u"options"_s << u"proxy"_s << u"secrets"_s << u"tls_cert,tls_key"_s << none << 0 << -1;
    QTest::addRow("links with alias")
        << u"options"_s << u"proxy"_s << u"links"_s << u"api>,db>database"_s << options << 12 << 9;
    QTest::addRow("scale") << u"options"_s << u"proxy"_s << u"replicas"_s << u"3"_s << options << 13 << 5;
    QTest::addRow("labels list") << u"options"_s << u"proxy"_s << u"labels"_s
                                 << u"com.example.team=platform,traefik.enable=true"_s << none << 0 << -1;
    QTest::addRow("logging") << u"options"_s << u"proxy"_s << u"logging"_s
                             << u"syslog|syslog-address=udp://logs:514"_s << options << 17 << 5;
    QTest::addRow("grace seconds") << u"options"_s << u"proxy"_s << u"grace"_s << u"10"_s << options << 21
                                   << 5;
    QTest::addRow("no host network") << u"options"_s << u"api"_s << u"hostNetwork"_s << u"default"_s << none
                                     << 0 << -1;
    QTest::addRow("legacy resource keys")
        << u"options"_s << u"api"_s << u"resources"_s << u"cpu=1.5,memory=1g;"_s << options << 25 << 5;
    QTest::addRow("labels map") << u"options"_s << u"api"_s << u"labels"_s << u"com.example.tier=backend"_s
                                << none << 0 << -1;
    QTest::addRow("deploy replicas beat scale")
        << u"options"_s << u"api"_s << u"replicas"_s << u"2"_s << options << 30 << 7;
}

void TestComposeParser::fields()
{
    QFETCH(QString, scenario);
    QFETCH(QString, service);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);

    Diagnostics diagnostics;
    const QList<Workload> services = scenarioServices(scenario, diagnostics);
    const Workload *workload = findService(services, service);
    QVERIFY2(workload, qPrintable(service));
    QCOMPARE(workload->kind, WorkloadKind::ComposeService);
    QCOMPARE(workload->format, SourceFormat::Compose);
    QCOMPARE(workload->containers.size(), 1);
    QCOMPARE(workload->containers.first().name, service);
    Location location;
    QCOMPARE(describe(*workload, field, location), value);
    QCOMPARE(location.path, path);
    QCOMPARE(location.line, line);
    if (column >= 0)
        QCOMPARE(location.column, column);
}

void TestComposeParser::projectFiles()
{
    Project project;
    addShop(project);
    QCOMPARE(project.model.diagnostics.size(), 0);
    QCOMPARE(project.model.composeFiles.size(), 3);
    QVERIFY(project.model.workloads.isEmpty());

    const ComposeFileInfo *base = project.file(u"shop/docker-compose.yml"_s);
    QVERIFY(base);
    QCOMPARE(base->role, u"base"_s);
    QCOMPARE(base->projectDirectory, u"shop"_s);
    QCOMPARE(base->namedVolumes, (QStringList{u"pgdata"_s, u"redisdata"_s}));
    QStringList names;
    for (const Workload &service : base->services)
        names.append(service.name);
    QCOMPARE(names, (QStringList{u"web"_s, u"worker"_s, u"db"_s, u"redis"_s}));

    const ComposeFileInfo *dev = project.file(u"shop/docker-compose.override.yml"_s);
    QVERIFY(dev);
    QCOMPARE(dev->role, u"override"_s);
    const QList<Workload> merged = mergeComposeFiles({*base, *dev}, u"dev"_s);
    names.clear();
    for (const Workload &service : merged)
        names.append(service.name);
    QCOMPARE(names, (QStringList{u"web"_s, u"worker"_s, u"db"_s, u"redis"_s, u"mailhog"_s}));

    const ComposeFileInfo *prod = project.file(u"shop/docker-compose.prod.yml"_s);
    QVERIFY(prod);
    QCOMPARE(prod->role, u"prod"_s);
    // The override file alone holds partial services: only what it sets.
    const Workload *partial = findService(dev->services, u"worker"_s);
    QVERIFY(partial);
    QVERIFY(partial->containers.first().image.isEmpty());
    QVERIFY(partial->containers.first().env.isEmpty());

    // Every file merged in order: dev then prod settings on top of the base.
    const QList<Workload> all = mergeComposeFiles({*base, *dev, *prod}, u"staging"_s);
    const Workload *web = findService(all, u"web"_s);
    QVERIFY(web);
    QCOMPARE(web->environment, u"staging"_s);
    QCOMPARE(web->replicas, std::optional<int>(4));
    QCOMPARE(web->containers.first().ports.size(), 2);
    QCOMPARE(web->containers.first().volumeMounts.size(), 1);

    // The options file declares top-level secrets and networks.
    Project options;
    options.index.add(u"compose.yaml"_s, optionsCompose);
    options.parse(u"compose.yaml"_s);
    QCOMPARE(options.model.diagnostics.size(), 0);
    QCOMPARE(options.model.composeFiles.first().secrets, (QStringList{u"tls_cert"_s, u"tls_key"_s}));
    QCOMPARE(options.model.composeFiles.first().networks, (QStringList{u"frontend"_s, u"backend"_s}));
    QCOMPARE(options.model.composeFiles.first().projectDirectory, QString());
}

void TestComposeParser::roles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("role");
    QTest::addRow("compose.yaml") << u"compose.yaml"_s << u"base"_s;
    QTest::addRow("compose.yml") << u"compose.yml"_s << u"base"_s;
    QTest::addRow("docker-compose.yml") << u"deploy/docker-compose.yml"_s << u"base"_s;
    QTest::addRow("docker-compose.yaml") << u"docker-compose.yaml"_s << u"base"_s;
    QTest::addRow("override") << u"docker-compose.override.yml"_s << u"override"_s;
    QTest::addRow("compose override") << u"compose.override.yaml"_s << u"override"_s;
    QTest::addRow("compose.prod.yaml") << u"compose.prod.yaml"_s << u"prod"_s;
    QTest::addRow("docker-compose.staging.yml") << u"docker-compose.staging.yml"_s << u"staging"_s;
}

void TestComposeParser::roles()
{
    QFETCH(QString, path);
    QFETCH(QString, role);
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(path, "services:\n  web:\n    image: nginx\n");
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    QCOMPARE(out.composeFiles.size(), 1);
    QCOMPARE(out.composeFiles.first().role, role);
    QCOMPARE(out.composeFiles.first().path, path);
    QCOMPARE(out.composeFiles.first().services.size(), 1);
}

void TestComposeParser::ports_data()
{
    QTest::addColumn<QByteArray>("entry"); // the list item under `ports:`, at line 5
    QTest::addColumn<QString>("expected"); // hostIp|published|target|protocol, space separated
    QTest::addColumn<int>("diagnostics");

    QTest::addRow("container only") << QByteArray("\"3000\"") << u"|0|3000|TCP"_s << 0;
    QTest::addRow("container range") << QByteArray("\"3000-3002\"")
                                     << u"|0|3000|TCP |0|3001|TCP |0|3002|TCP"_s << 0;
    QTest::addRow("published") << QByteArray("\"8000:8000\"") << u"|8000|8000|TCP"_s << 0;
    QTest::addRow("different ports") << QByteArray("\"49100:22\"") << u"|49100|22|TCP"_s << 0;
    QTest::addRow("ranges") << QByteArray("\"9090-9091:8080-8081\"") << u"|9090|8080|TCP |9091|8081|TCP"_s
                            << 0;
    QTest::addRow("host ip") << QByteArray("\"127.0.0.1:8001:8001\"") << u"127.0.0.1|8001|8001|TCP"_s << 0;
    QTest::addRow("host ip ranges")
        << QByteArray("\"127.0.0.1:5000-5002:5000-5002\"")
        << u"127.0.0.1|5000|5000|TCP 127.0.0.1|5001|5001|TCP 127.0.0.1|5002|5002|TCP"_s << 0;
    QTest::addRow("udp") << QByteArray("\"6060:6060/udp\"") << u"|6060|6060|UDP"_s << 0;
    QTest::addRow("ipv6") << QByteArray("\"[::1]:6001:6001\"") << u"::1|6001|6001|TCP"_s << 0;
    QTest::addRow("host ip random port") << QByteArray("\"127.0.0.1::80\"") << u"127.0.0.1|0|80|TCP"_s << 0;
    QTest::addRow("published range for one port") << QByteArray("\"8000-8005:80\"") << u"|8000|80|TCP"_s << 0;
    QTest::addRow("bare int") << QByteArray("7000") << u"|0|7000|TCP"_s << 0;
    QTest::addRow("interpolated default") << QByteArray("\"${WEB_PORT:-8080}:80\"") << u"|8080|80|TCP"_s << 0;
    QTest::addRow("interpolated from .env") << QByteArray("\"${API_PORT}:80\"") << u"|9000|80|TCP"_s << 0;
    QTest::addRow("unset variable") << QByteArray("\"${MISSING_PORT}:80\"") << u"|0|80|TCP"_s << 1;
    QTest::addRow("long syntax")
        << QByteArray("target: 80\n        host_ip: 127.0.0.1\n        published: \"8080\"\n"
                      "        protocol: tcp\n        mode: host")
        << u"127.0.0.1|8080|80|TCP"_s << 0;
    QTest::addRow("long int published")
        << QByteArray("target: 443\n        published: 8443") << u"|8443|443|TCP"_s << 0;
    QTest::addRow("long published range") << QByteArray("target: 53\n        published: 5353-5354\n"
                                                        "        protocol: udp")
                                          << u"|5353|53|UDP"_s << 0;
    QTest::addRow("long target only")
        << QByteArray("name: web\n        target: 8080\n        app_protocol: http") << u"|0|8080|TCP"_s << 0;
    QTest::addRow("words") << QByteArray("\"eighty\"") << QString() << 1;
    QTest::addRow("too many parts") << QByteArray("\"1:2:3:4:x\"") << QString() << 1;
    QTest::addRow("unknown protocol") << QByteArray("\"80/xyz\"") << QString() << 1;
    QTest::addRow("range length mismatch") << QByteArray("\"9000-9002:80-81\"") << QString() << 1;
    QTest::addRow("range needs published range") << QByteArray("\"8000:80-81\"") << QString() << 1;
    QTest::addRow("out of range") << QByteArray("\"70000\"") << QString() << 1;
    QTest::addRow("zero target") << QByteArray("\"8080:0\"") << QString() << 1;
    QTest::addRow("long without target") << QByteArray("published: 80") << QString() << 1;
    QTest::addRow("nested list") << QByteArray("[80, 81]") << QString() << 1;
}

void TestComposeParser::ports()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, expected);
    QFETCH(int, diagnostics);

    test::MemoryFileIndex index;
    index.add(u".env"_s, "API_PORT=9000\n");
    const SourceFile &file =
        index.add(u"compose.yaml"_s, "services:\n  app:\n    image: busybox\n    ports:\n      - " + entry +
                                         "\n      - \"1234\"\n");
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    QCOMPARE(out.diagnostics.size(), diagnostics);
    for (const Diagnostic &diagnostic : std::as_const(out.diagnostics)) {
        QCOMPARE(diagnostic.location.path, u"compose.yaml"_s);
        QCOMPARE(diagnostic.location.line, 5);
        QCOMPARE(diagnostic.severity, DiagnosticSeverity::Warning);
    }
    QCOMPARE(out.composeFiles.size(), 1);
    const Container &container = out.composeFiles.first().services.first().containers.first();
    QStringList found;
    for (const PortSpec &port : container.ports) {
        if (port.location.line == 5) {
            found.append(portText(port));
            QCOMPARE(port.location.column, 9);
            QVERIFY(!port.exposeOnly);
        }
    }
    QCOMPARE(found.join(u' '), expected);
    // The entry after a bad one is still read.
    QCOMPARE(portText(container.ports.last()), u"|0|1234|TCP"_s);
    QCOMPARE(container.ports.last().location.line, 6 + int(entry.count('\n')));
}

void TestComposeParser::interpolation_data()
{
    QTest::addColumn<QByteArray>("entry"); // `    environment:` item at line 5, .env has SET=value and EMPTY=
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refName");
    QTest::addColumn<int>("diagnostics");

    const int literal = int(ValueKind::Literal);
    const int interpolated = int(ValueKind::Interpolated);
    QTest::addRow("$VAR") << QByteArray("VALUE: $SET") << u"VALUE"_s << interpolated << u"value"_s << u"SET"_s
                          << 0;
    QTest::addRow("${VAR}") << QByteArray("VALUE: ${SET}/x") << u"VALUE"_s << interpolated << u"value/x"_s
                            << u"SET"_s << 0;
    QTest::addRow(":- unset") << QByteArray("VALUE: ${UNSET:-fallback}") << u"VALUE"_s << interpolated
                              << u"fallback"_s << u"UNSET"_s << 0;
    QTest::addRow(":- empty") << QByteArray("VALUE: ${EMPTY:-fallback}") << u"VALUE"_s << interpolated
                              << u"fallback"_s << u"EMPTY"_s << 0;
    QTest::addRow("- empty keeps empty") << QByteArray("VALUE: x${EMPTY-fallback}x") << u"VALUE"_s
                                         << interpolated << u"xx"_s << u"EMPTY"_s << 0;
    QTest::addRow("- unset") << QByteArray("VALUE: ${UNSET-fallback}") << u"VALUE"_s << interpolated
                             << u"fallback"_s << u"UNSET"_s << 0;
    QTest::addRow("nested default") << QByteArray("VALUE: ${UNSET:-${SET}}") << u"VALUE"_s << interpolated
                                    << u"value"_s << u"UNSET"_s << 0;
    QTest::addRow(":? set") << QByteArray("VALUE: ${SET:?needed}") << u"VALUE"_s << interpolated << u"value"_s
                            << u"SET"_s << 0;
    QTest::addRow(":? unset") << QByteArray("VALUE: '${UNSET:?must be set}'") << u"VALUE"_s << interpolated
                              << u"${UNSET:?must be set}"_s << u"UNSET"_s << 1;
    QTest::addRow(":? empty") << QByteArray("VALUE: '${EMPTY:?must not be empty}'") << u"VALUE"_s
                              << interpolated << u"${EMPTY:?must not be empty}"_s << u"EMPTY"_s << 1;
    QTest::addRow("? unset") << QByteArray("VALUE: ${UNSET?err}") << u"VALUE"_s << interpolated
                             << u"${UNSET?err}"_s << u"UNSET"_s << 1;
    QTest::addRow("? empty is set") << QByteArray("VALUE: a${EMPTY?err}b") << u"VALUE"_s << interpolated
                                    << u"ab"_s << u"EMPTY"_s << 0;
    QTest::addRow(":+ set") << QByteArray("VALUE: ${SET:+alternative}") << u"VALUE"_s << interpolated
                            << u"alternative"_s << u"SET"_s << 0;
    QTest::addRow(":+ unset") << QByteArray("VALUE: a${UNSET:+alternative}b") << u"VALUE"_s << interpolated
                              << u"ab"_s << u"UNSET"_s << 0;
    QTest::addRow("+ empty") << QByteArray("VALUE: ${EMPTY+alternative}") << u"VALUE"_s << interpolated
                             << u"alternative"_s << u"EMPTY"_s << 0;
    QTest::addRow("$$ escape") << QByteArray("VALUE: $$SET and $${SET}") << u"VALUE"_s << literal
                               << u"$SET and ${SET}"_s << QString() << 0;
    QTest::addRow("unresolved keeps raw") << QByteArray("VALUE: pre-${UNSET}-post") << u"VALUE"_s
                                          << interpolated << u"pre-${UNSET}-post"_s << u"UNSET"_s << 0;
    QTest::addRow("first unresolved named")
        << QByteArray("VALUE: ${SET}-${UNSET}-${OTHER}") << u"VALUE"_s << interpolated
        << u"${SET}-${UNSET}-${OTHER}"_s << u"UNSET"_s << 0;
    QTest::addRow("plain") << QByteArray("VALUE: plain text") << u"VALUE"_s << literal << u"plain text"_s
                           << QString() << 0;
    QTest::addRow("lone dollar") << QByteArray("VALUE: costs 5$") << u"VALUE"_s << literal << u"costs 5$"_s
                                 << QString() << 0;
    QTest::addRow("bare key from .env")
        << QByteArray("SET:") << u"SET"_s << interpolated << u"value"_s << u"SET"_s << 0;
    QTest::addRow("bare key not in .env")
        << QByteArray("NOPE:") << u"NOPE"_s << interpolated << QString() << u"NOPE"_s << 0;
    QTest::addRow("unterminated") << QByteArray("VALUE: ${SET") << u"VALUE"_s << literal << u"${SET"_s
                                  << QString() << 1;
    QTest::addRow("bad name") << QByteArray("VALUE: ${1BAD}") << u"VALUE"_s << literal << u"${1BAD}"_s
                              << QString() << 1;
}

void TestComposeParser::interpolation()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, refName);
    QFETCH(int, diagnostics);

    test::MemoryFileIndex index;
    index.add(u"svc/.env"_s, "SET=value\nEMPTY=\n");
    const SourceFile &file =
        index.add(u"svc/compose.yaml"_s,
                  "services:\n  app:\n    image: busybox\n    environment:\n      " + entry + "\n");
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    QCOMPARE(out.diagnostics.size(), diagnostics);
    if (diagnostics > 0) {
        const Diagnostic &diagnostic = out.diagnostics.first();
        QCOMPARE(diagnostic.location.line, 5);
        QCOMPARE(diagnostic.severity, DiagnosticSeverity::Warning);
        if (kind == int(ValueKind::Interpolated))
            QVERIFY2(diagnostic.message.contains(refName), qPrintable(diagnostic.message));
    }
    const QList<EnvVar> &env = out.composeFiles.first().services.first().containers.first().env;
    QCOMPARE(env.size(), 1);
    const EnvVar &var = env.first();
    QCOMPARE(var.name, name);
    QCOMPARE(int(var.kind), kind);
    QCOMPARE(var.value, value);
    QCOMPARE(var.refName, refName);
    QCOMPARE(var.location, (Location{u"svc/compose.yaml"_s, 5, 7}));
}

void TestComposeParser::volumes_data()
{
    QTest::addColumn<QByteArray>("entry"); // the list item under `volumes:`, at line 5
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mountPath");
    QTest::addColumn<bool>("readOnly");

    QTest::addRow("relative bind ro")
        << QByteArray("./data:/data:ro") << u"bind"_s << u"./data"_s << u"/data"_s << true;
    QTest::addRow("named") << QByteArray("data:/var/lib/x") << u"named"_s << u"data"_s << u"/var/lib/x"_s
                           << false;
    QTest::addRow("absolute bind") << QByteArray("/var/log:/var/log") << u"bind"_s << u"/var/log"_s
                                   << u"/var/log"_s << false;
    QTest::addRow("home bind") << QByteArray("~/x:/x") << u"bind"_s << u"~/x"_s << u"/x"_s << false;
    QTest::addRow("anonymous") << QByteArray("/cache") << u"named"_s << QString() << u"/cache"_s << false;
    QTest::addRow("mode list") << QByteArray("data:/d:rw,z") << u"named"_s << u"data"_s << u"/d"_s << false;
    QTest::addRow("interpolated source")
        << QByteArray("${DATA_DIR:-./data}:/data") << u"bind"_s << u"./data"_s << u"/data"_s << false;
    QTest::addRow("long bind") << QByteArray("type: bind\n        source: ./conf\n        target: /etc/app\n"
                                             "        read_only: true")
                               << u"bind"_s << u"./conf"_s << u"/etc/app"_s << true;
    QTest::addRow("long tmpfs") << QByteArray("type: tmpfs\n        target: /tmp") << u"tmpfs"_s << QString()
                                << u"/tmp"_s << false;
    QTest::addRow("long volume") << QByteArray("type: volume\n        source: cache\n        target: /cache")
                                 << u"named"_s << u"cache"_s << u"/cache"_s << false;
}

void TestComposeParser::volumes()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, mountPath);
    QFETCH(bool, readOnly);

    test::MemoryFileIndex index;
    const SourceFile &file = index.add(
        u"compose.yaml"_s, "services:\n  app:\n    image: busybox\n    volumes:\n      - " + entry + "\n");
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    QCOMPARE(out.diagnostics.size(), 0);
    const Workload &workload = out.composeFiles.first().services.first();
    const Container &container = workload.containers.first();
    QCOMPARE(container.volumeMounts.size(), 1);
    const VolumeMount &mount = container.volumeMounts.first();
    QCOMPARE(volumeKindName(mount.kind), kind);
    QCOMPARE(mount.name, name);
    QCOMPARE(mount.mountPath, mountPath);
    QCOMPARE(mount.readOnly, readOnly);
    QCOMPARE(mount.location, (Location{u"compose.yaml"_s, 5, 9}));
    QCOMPARE(workload.volumes.size(), 1);
    QCOMPARE(workload.volumes.first().kind, mount.kind);
    QCOMPARE(workload.volumes.first().source, name);
    QCOMPARE(workload.volumes.first().name, kind == u"named" ? name : QString());
}

void TestComposeParser::healthchecks_data()
{
    QTest::addColumn<QByteArray>("body"); // under `healthcheck:` (line 4)
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("diagnosticLine"); // 0: none

    QTest::addRow("CMD") << QByteArray("test: [\"CMD\", \"curl\", \"-f\", \"http://localhost/\"]")
                         << u"exec|curl -f http://localhost/|enabled"_s << 0;
    QTest::addRow("CMD-SHELL") << QByteArray("test: [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]")
                               << u"exec|/bin/sh -c curl -f http://localhost/ || exit 1|enabled"_s << 0;
    QTest::addRow("string") << QByteArray("test: wget -qO- http://localhost:3000/healthz")
                            << u"exec|/bin/sh -c wget -qO- http://localhost:3000/healthz|enabled"_s << 0;
    QTest::addRow("block list") << QByteArray(
                                       "test:\n        - CMD\n        - pg_isready\n      interval: 10s")
                                << u"exec|pg_isready|enabled"_s << 0;
    QTest::addRow("NONE") << QByteArray("test: [\"NONE\"]") << u"none||disabled"_s << 0;
    QTest::addRow("disable") << QByteArray("disable: true") << u"none||disabled"_s << 0;
    QTest::addRow("timing only") << QByteArray("interval: 5s\n      retries: 3") << u"<none>"_s << 0;
    QTest::addRow("unknown form") << QByteArray("test: [\"RUN\", \"true\"]") << u"<none>"_s << 5;
    QTest::addRow("not a map") << QByteArray("") << u"<none>"_s << 0;
}

void TestComposeParser::healthchecks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(int, diagnosticLine);

    test::MemoryFileIndex index;
    const SourceFile &file = index.add(
        u"compose.yaml"_s, "services:\n  app:\n    image: busybox\n    healthcheck:\n      " + body + "\n");
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    QCOMPARE(out.diagnostics.size(), diagnosticLine > 0 ? 1 : 0);
    if (diagnosticLine > 0)
        QCOMPARE(out.diagnostics.first().location.line, diagnosticLine);
    const Workload &workload = out.composeFiles.first().services.first();
    Location location;
    QCOMPARE(describe(workload, u"probe"_s, location), expected);
    if (!workload.containers.first().probes.isEmpty()) {
        QCOMPARE(workload.containers.first().probes.first().kind, Probe::Kind::Healthcheck);
        QCOMPARE(location, (Location{u"compose.yaml"_s, 4, 5}));
    }
}

void TestComposeParser::gracePeriods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: not set, with a diagnostic
    QTest::addRow("minutes and seconds") << u"1m30s"_s << 90;
    QTest::addRow("seconds") << u"10s"_s << 10;
    QTest::addRow("milliseconds round") << u"500ms"_s << 1;
    QTest::addRow("hours") << u"2h"_s << 7200;
    QTest::addRow("fraction") << u"1.4s"_s << 1;
    QTest::addRow("bare number") << u"45"_s << 45;
    QTest::addRow("words") << u"soon"_s << -1;
    QTest::addRow("trailing junk") << u"10s later"_s << -1;
}

void TestComposeParser::gracePeriods()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    test::MemoryFileIndex index;
    const SourceFile &file =
        index.add(u"compose.yaml"_s,
                  "services:\n  app:\n    image: busybox\n    stop_grace_period: " + text.toUtf8() + "\n");
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    const Workload &workload = out.composeFiles.first().services.first();
    if (seconds < 0) {
        QVERIFY(!workload.terminationGracePeriodSeconds);
        QCOMPARE(out.diagnostics.size(), 1);
        QCOMPARE(out.diagnostics.first().location.line, 4);
        return;
    }
    QCOMPARE(out.diagnostics.size(), 0);
    QCOMPARE(workload.terminationGracePeriodSeconds, std::optional<int>(seconds));
    QCOMPARE(workload.gracePeriodLocation, (Location{u"compose.yaml"_s, 4, 5}));
}

void TestComposeParser::extendsProblems_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words"); // part of the message
    QTest::addRow("unknown service") << 21 << u"nope"_s;
    QTest::addRow("cycle through loop-b") << 24 << u"cycle"_s;
    QTest::addRow("cycle through loop-a") << 26 << u"cycle"_s;
    QTest::addRow("missing file") << 28 << u"nowhere.yml"_s;
}

void TestComposeParser::extendsProblems()
{
    QFETCH(int, line);
    QFETCH(QString, words);
    Diagnostics diagnostics;
    const QList<Workload> services = scenarioServices(u"extends"_s, diagnostics);
    QCOMPARE(services.size(), 8);
    bool found = false;
    for (const Diagnostic &diagnostic : std::as_const(diagnostics)) {
        QCOMPARE(diagnostic.location.path, u"compose.yaml"_s);
        if (diagnostic.location.line == line && diagnostic.message.contains(words))
            found = true;
    }
    QVERIFY2(found, qPrintable(QString::number(diagnostics.size())));
    QCOMPARE(diagnostics.size(), 4);
    // the service with a broken extends keeps what it sets itself
    QVERIFY(findService(services, u"missing"_s));
}

void TestComposeParser::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<int>>("diagnosticLines");
    QTest::addColumn<QStringList>("images"); // service=image for every service that survives
    QTest::addColumn<QStringList>("namedVolumes");

    QTest::addRow("ports as a map") << QByteArray(
                                           "services:\n  web:\n    image: nginx\n    ports:\n      http: 80\n"
                                           "  db:\n    image: postgres\n")
                                    << QList<int>{4} << QStringList{u"web=nginx"_s, u"db=postgres"_s}
                                    << QStringList{};
    QTest::addRow("services as a list") << QByteArray("services:\n  - web\n  - db\nvolumes:\n  data:\n")
                                        << QList<int>{1} << QStringList{} << QStringList{u"data"_s};
    QTest::addRow("service as a string")
        << QByteArray("services:\n  web: nginx\n  db:\n    image: postgres\n") << QList<int>{2}
        << QStringList{u"db=postgres"_s} << QStringList{};
    QTest::addRow("environment entry without name")
        << QByteArray(
               "services:\n  web:\n    image: nginx\n    environment:\n      - =orphan\n      - GOOD=1\n")
        << QList<int>{5} << QStringList{u"web=nginx"_s} << QStringList{};
    QTest::addRow("environment as a string")
        << QByteArray("services:\n  web:\n    image: nginx\n    environment: DEBUG=1\n") << QList<int>{4}
        << QStringList{u"web=nginx"_s} << QStringList{};
    QTest::addRow("required variable without .env")
        << QByteArray("services:\n  db:\n    image: postgres\n    environment:\n"
                      "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?required}\n")
        << QList<int>{5} << QStringList{u"db=postgres"_s} << QStringList{};
    QTest::addRow("merge key to a scalar")
        << QByteArray("services:\n  web:\n    <<: not-a-map\n    image: nginx\n") << QList<int>{3}
        << QStringList{u"web=nginx"_s} << QStringList{};
    QTest::addRow("top level is a list")
        << QByteArray("- services\n- web\n") << QList<int>{1} << QStringList{} << QStringList{};
    QTest::addRow("image as a map")
        << QByteArray("services:\n  web:\n    image:\n      name: nginx\n    restart: always\n")
        << QList<int>{3} << QStringList{u"web="_s} << QStringList{};
    QTest::addRow("depends_on as a string")
        << QByteArray("services:\n  web:\n    image: nginx\n    depends_on: db\n") << QList<int>{4}
        << QStringList{u"web=nginx"_s} << QStringList{};
    QTest::addRow("volume without target")
        << QByteArray(
               "services:\n  web:\n    image: nginx\n    volumes:\n      - type: bind\n        source: ./x\n")
        << QList<int>{5} << QStringList{u"web=nginx"_s} << QStringList{};
    QTest::addRow("replicas not a number")
        << QByteArray("services:\n  web:\n    image: nginx\n    deploy:\n      replicas: many\n")
        << QList<int>{5} << QStringList{u"web=nginx"_s} << QStringList{};
    QTest::addRow("huge port range")
        << QByteArray("services:\n  web:\n    image: nginx\n    ports:\n      - \"1-65535\"\n")
        << QList<int>{5} << QStringList{u"web=nginx"_s} << QStringList{};
    QTest::addRow("yaml syntax error") << QByteArray("services:\n  web:\n    image: nginx\n    ports: [80\n")
                                       << QList<int>{4} << QStringList{} << QStringList{};
    QTest::addRow("volumes not a map") << QByteArray("services:\n  web:\n    image: nginx\nvolumes: [data]\n")
                                       << QList<int>{4} << QStringList{u"web=nginx"_s} << QStringList{};
}

void TestComposeParser::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<int>, diagnosticLines);
    QFETCH(QStringList, images);
    QFETCH(QStringList, namedVolumes);

    test::MemoryFileIndex index;
    const SourceFile &file = index.add(u"deploy/compose.yaml"_s, text);
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    QList<int> lines;
    for (const Diagnostic &diagnostic : std::as_const(out.diagnostics)) {
        lines.append(diagnostic.location.line);
        QCOMPARE(diagnostic.location.path, u"deploy/compose.yaml"_s);
        QVERIFY(!diagnostic.message.isEmpty());
    }
    QCOMPARE(lines, diagnosticLines);
    QCOMPARE(out.composeFiles.size(), 1);
    QStringList found;
    for (const Workload &service : out.composeFiles.first().services)
        found.append(service.name + u'=' + service.containers.first().image);
    QCOMPARE(found, images);
    QCOMPARE(out.composeFiles.first().namedVolumes, namedVolumes);
    if (QByteArray(QTest::currentDataTag()) == "huge port range")
        QCOMPARE(out.composeFiles.first().services.first().containers.first().ports.size(), 1000);
    if (QByteArray(QTest::currentDataTag()) == "required variable without .env") {
        QVERIFY(out.diagnostics.first().message.contains(u"POSTGRES_PASSWORD"));
        const EnvVar &var = out.composeFiles.first().services.first().containers.first().env.first();
        QCOMPARE(var.kind, ValueKind::Interpolated);
        QVERIFY(var.required);
        QCOMPARE(var.refName, u"POSTGRES_PASSWORD"_s);
    }
}

void TestComposeParser::hostile_data()
{
    QTest::addColumn<QByteArray>("text");

    QByteArray binary(1 << 20, '\0');
    QRandomGenerator generator(7);
    for (char &byte : binary)
        byte = char(generator.bounded(256));
    QTest::addRow("random bytes") << binary;
    QTest::addRow("self-merging anchor")
        << QByteArray("x: &loop\n  image: a\n  <<: *loop\nservices:\n  web:\n"
                      "    <<: *loop\n");
    QByteArray manyRanges = "services:\n  web:\n    image: nginx\n    ports:\n";
    for (int i = 0; i < 200; ++i)
        manyRanges += "      - \"1-2000\"\n";
    QTest::addRow("many huge ranges") << manyRanges;
    QByteArray anchored = "x-big: &big\n  image: a\n  ports:\n    - \"1000-1999\"\n  environment:\n";
    for (int i = 0; i < 200; ++i)
        anchored += "    VAR" + QByteArray::number(i) + ": \"${X:-${Y:-${Z:-v}}}\"\n";
    anchored += "services:\n";
    for (int i = 0; i < 300; ++i)
        anchored += "  s" + QByteArray::number(i) + ":\n    <<: *big\n";
    QTest::addRow("anchor reused by many services") << anchored;
    QByteArray nestedDefaults = "services:\n  web:\n    image: \"";
    for (int i = 0; i < 5000; ++i)
        nestedDefaults += "${A:-";
    nestedDefaults += QByteArray(5000, '}') + "\"\n";
    QTest::addRow("deeply nested defaults") << nestedDefaults;
    QTest::addRow("invalid utf-8") << QByteArray("services:\n  w\xff\xfe:\n    image: \"\xc3\x28\"\n");
    QByteArray extendsChain = "services:\n";
    for (int i = 0; i < 100; ++i)
        extendsChain +=
            "  s" + QByteArray::number(i) + ":\n    extends: s" + QByteArray::number(i + 1) + "\n";
    extendsChain += "  s100:\n    image: end\n";
    QTest::addRow("long extends chain") << extendsChain;
    // Fuzzer reproducer (fuzz_compose): merging links through extends built each key from a
    // QStringBuilder over a temporary (ASan: stack-use-after-scope).
    QTest::addRow("fuzz: links merged through extends")
        << QByteArray("services:\n  base:\n    image: a\n    links: [\"db:database\"]\n  web:\n"
                      "    extends: base\n    links: [\"db:database\"]\n  db:\n    image: postgres\n");
}

void TestComposeParser::hostile()
{
    QFETCH(QByteArray, text);
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(u"compose.yaml"_s, text);
    QElapsedTimer timer;
    timer.start();
    DeploymentModel out;
    parseCompose(file, ParseContext{index, {}}, out);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(out.composeFiles.size(), 1);
    int ports = 0;
    for (const Workload &service : out.composeFiles.first().services)
        ports += int(service.containers.first().ports.size());
    QVERIFY(ports <= 65536);
}

QTEST_GUILESS_MAIN(TestComposeParser)
#include "tst_composeparser.moc"
