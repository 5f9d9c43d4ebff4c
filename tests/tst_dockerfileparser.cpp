#include "memoryfileindex.h"
#include "parsers/dockerfileparser.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

namespace {

DeploymentModel parse(const QByteArray &text, const QString &path = QStringLiteral("Dockerfile"))
{
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(path, text);
    const ParseContext context{index, ParseLimits{}};
    DeploymentModel out;
    parseDockerfile(file, context, out);
    return out;
}

QString at(const Location &location)
{
    return QString::number(location.line) + u':' + QString::number(location.column);
}

QString kindSuffix(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Literal:
        return QString();
    case ValueKind::Interpolated:
        return QStringLiteral("[interpolated]");
    case ValueKind::Unset:
        return QStringLiteral("[unset]");
    default:
        return QStringLiteral("[other]");
    }
}

// "NAME=value[kind]@line:column; ..."
QString describe(const QList<EnvVar> &vars)
{
    QStringList parts;
    for (const EnvVar &var : vars)
        parts.append(var.name + u'=' + var.value + kindSuffix(var.kind) + u'@' + at(var.location));
    return parts.join(u"; ");
}

// "80/TCP@line:column, ..."
QString describe(const QList<PortSpec> &ports)
{
    QStringList parts;
    for (const PortSpec &port : ports) {
        parts.append(QString::number(port.containerPort) + u'/' + port.protocol + u'@' + at(port.location) +
                     (port.exposeOnly ? QString() : u" published"_s));
    }
    return parts.join(u", ");
}

// "exec:[a|b]@line" or "shell:[text]@line", "none" when empty.
QString describe(const QStringList &command, bool shellForm, const Location &location)
{
    if (command.isEmpty() && !location.isValid())
        return QStringLiteral("none");
    return (shellForm ? u"shell:["_s : u"exec:["_s) + command.join(u'|') + u"]@" +
           QString::number(location.line);
}

QString describeDiagnostics(const Diagnostics &diagnostics)
{
    QStringList parts;
    for (const Diagnostic &diagnostic : diagnostics) {
        parts.append(QString::number(diagnostic.location.line) +
                     (diagnostic.severity == DiagnosticSeverity::Error ? u":E"_s : u":W"_s));
    }
    return parts.join(u", ");
}

QString describeInstructions(const QList<DockerInstruction> &instructions)
{
    QStringList parts;
    for (const DockerInstruction &instruction : instructions)
        parts.append(instruction.keyword + u'@' + at(instruction.location) + u'#' +
                     QString::number(instruction.stage));
    return parts.join(u", ");
}

const QByteArray pythonMultiStage = R"DF(# syntax=docker/dockerfile:1.7
ARG PYTHON_VERSION=3.12
ARG APP_PORT

FROM python:${PYTHON_VERSION}-slim AS builder
WORKDIR /build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip \
    pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:${PYTHON_VERSION}-slim AS runtime
ARG APP_PORT=8000
ARG PYTHON_VERSION
ENV PYTHONUNBUFFERED=1 \
    PORT=${APP_PORT} \
    APP_HOME="/srv/app"
WORKDIR $APP_HOME
COPY --from=builder /wheels /wheels
RUN pip install --no-index /wheels/* && rm -rf /wheels
COPY --chown=app:app . .
RUN useradd --create-home app
USER app
EXPOSE ${PORT}
HEALTHCHECK --interval=30s --timeout=3s \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/healthz')"]
ENTRYPOINT ["gunicorn", "--config", "gunicorn.conf.py"]
CMD ["app.wsgi:application"]
)DF";

const QByteArray nodeShellForm = R"DF(FROM node:20-alpine
ENV NODE_ENV production
ENV PORT=3000
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE $PORT 9229/tcp
USER node
STOPSIGNAL SIGTERM
HEALTHCHECK CMD wget -qO- http://localhost:3000/health || exit 1
CMD node server.js
)DF";

const QByteArray windowsEscape = R"DF(# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
ENV APP_HOME=C:\app `
    ASPNETCORE_URLS=http://+:5000
WORKDIR C:\app
RUN Invoke-WebRequest -Uri https://example.com/app.zip -OutFile app.zip ; `
    # unpack next
    Expand-Archive app.zip -DestinationPath C:\app
EXPOSE 5000
ENTRYPOINT ["C:\\app\\App.exe"]
)DF";

const QByteArray railsStages = R"DF(from ruby:3.3-slim as base
env RAILS_ENV=production BUNDLE_WITHOUT="development test"
expose 3000
user rails
cmd ["bin/rails", "server", "-b", "0.0.0.0"]
stopsignal SIGINT
healthcheck NONE
volume /rails/storage

)DF";

} // namespace

class TestDockerfileParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pythonMultiStageDetails();
    void effectiveValues_data();
    void effectiveValues();
    void environment_data();
    void environment();
    void expose_data();
    void expose();
    void exposeRangeIsCapped();
    void instructions_data();
    void instructions();
    void heredocs_data();
    void heredocs();
    void directives_data();
    void directives();
    void malformed_data();
    void malformed();
    void unusableFiles_data();
    void unusableFiles();
    void manyStagesStayBounded();
    void largeInputStaysLinear_data();
    void largeInputStaysLinear();
};

void TestDockerfileParser::pythonMultiStageDetails()
{
    const DeploymentModel out = parse(pythonMultiStage, QStringLiteral("services/api/Dockerfile"));
    QCOMPARE(describeDiagnostics(out.diagnostics), QString());
    QCOMPARE(out.dockerfiles.size(), 1);
    const DockerfileInfo &info = out.dockerfiles.first();
    QCOMPARE(info.path, QStringLiteral("services/api/Dockerfile"));
    QCOMPARE(info.directives.value(QStringLiteral("syntax")), QStringLiteral("docker/dockerfile:1.7"));
    QCOMPARE(describe(info.globalArgs), QStringLiteral("PYTHON_VERSION=3.12@2:5; APP_PORT=[unset]@3:5"));

    QCOMPARE(info.stages.size(), 2);
    QCOMPARE(info.stages.at(0).baseImage, QStringLiteral("python:3.12-slim"));
    QCOMPARE(info.stages.at(0).name, QStringLiteral("builder"));
    QCOMPARE(at(info.stages.at(0).location), QStringLiteral("5:1"));
    QCOMPARE(info.stages.at(0).baseStage, -1);
    QCOMPARE(info.stages.at(1).name, QStringLiteral("runtime"));
    QCOMPARE(at(info.stages.at(1).location), QStringLiteral("13:1"));

    QCOMPARE(describe(info.env), QStringLiteral("PYTHONUNBUFFERED=1@16:5; PORT=8000[interpolated]@17:5; "
                                                "APP_HOME=/srv/app@18:5"));
    QCOMPARE(describe(info.args), QStringLiteral("APP_PORT=8000@14:5; PYTHON_VERSION=3.12@15:5"));
    QCOMPARE(describe(info.expose), QStringLiteral("8000/TCP@25:8"));
    QCOMPARE(info.user, QStringLiteral("app"));
    QCOMPARE(at(info.userLocation), QStringLiteral("24:1"));
    QCOMPARE(describe(info.entrypoint, info.entrypointShellForm, info.entrypointLocation),
             QStringLiteral("exec:[gunicorn|--config|gunicorn.conf.py]@28"));
    QCOMPARE(describe(info.cmd, info.cmdShellForm, info.cmdLocation),
             QStringLiteral("exec:[app.wsgi:application]@29"));
    QVERIFY(info.healthcheck.has_value());
    QCOMPARE(info.healthcheck->kind, Probe::Kind::Healthcheck);
    QCOMPARE(info.healthcheck->action, Probe::Action::Exec);
    QCOMPARE(
        info.healthcheck->command,
        (QStringList{u"python"_s, u"-c"_s,
                     u"import urllib.request; urllib.request.urlopen('http://localhost:8000/healthz')"_s}));
    QCOMPARE(at(info.healthcheck->location), QStringLiteral("26:1"));
    QVERIFY(!info.healthcheck->disabled);

    QCOMPARE(info.instructions.size(), 21);
    const DockerInstruction &run = info.instructions.at(6);
    QCOMPARE(run.keyword, QStringLiteral("RUN"));
    QCOMPARE(run.flags, QStringList{u"--mount=type=cache,target=/root/.cache/pip"_s});
    QCOMPARE(run.arguments, QStringLiteral("pip wheel --wheel-dir /wheels -r requirements.txt"));
    QCOMPARE(run.stage, 0);
    QVERIFY(!run.execForm);
    const DockerInstruction &copy = info.instructions.at(12);
    QCOMPARE(copy.keyword, QStringLiteral("COPY"));
    QCOMPARE(copy.flags, QStringList{u"--from=builder"_s});
    QCOMPARE(copy.arguments, QStringLiteral("/wheels /wheels"));
    QCOMPARE(copy.stage, 1);
    QCOMPARE(at(copy.location), QStringLiteral("20:1"));
    const DockerInstruction &healthcheck = info.instructions.at(18);
    QCOMPARE(healthcheck.keyword, QStringLiteral("HEALTHCHECK"));
    QCOMPARE(healthcheck.flags, (QStringList{u"--interval=30s"_s, u"--timeout=3s"_s}));
    QVERIFY(healthcheck.execForm);
    QCOMPARE(healthcheck.execArgs.size(), 3);
    QCOMPARE(info.instructions.first().stage, -1); // global ARG
}

void TestDockerfileParser::effectiveValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("cmd");
    QTest::addColumn<QString>("entrypoint");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("expose");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("stopSignal");
    QTest::addColumn<QString>("healthcheck");
    QTest::addColumn<QStringList>("volumes");
    QTest::addColumn<QString>("diagnostics");

    QTest::addRow("python multi-stage, exec form")
        << pythonMultiStage << u"exec:[app.wsgi:application]@29"_s
        << u"exec:[gunicorn|--config|gunicorn.conf.py]@28"_s
        << u"PYTHONUNBUFFERED=1@16:5; PORT=8000[interpolated]@17:5; APP_HOME=/srv/app@18:5"_s
        << u"8000/TCP@25:8"_s << u"app@24"_s << u"@0"_s
        << u"exec:python|-c|import urllib.request; urllib.request.urlopen('http://localhost:8000/healthz')@26"_s
        << QStringList() << QString();

    QTest::addRow("node, shell form")
        << nodeShellForm << u"shell:[node server.js]@12"_s << u"none"_s
        << u"NODE_ENV=production@2:5; PORT=3000@3:5"_s << u"3000/TCP@8:8, 9229/TCP@8:14"_s << u"node@9"_s
        << u"SIGTERM@10"_s << u"exec:wget -qO- http://localhost:3000/health || exit 1@11"_s << QStringList()
        << QString();

    QTest::addRow("windows escape directive")
        << windowsEscape << u"none"_s << u"exec:[C:\\app\\App.exe]@12"_s
        << u"APP_HOME=C:\\app@5:5; ASPNETCORE_URLS=http://+:5000@6:5"_s << u"5000/TCP@11:8"_s << u"@0"_s
        << u"@0"_s << u"none"_s << QStringList() << QString();

    QTest::addRow("CMD inherited from a named stage")
        << railsStages + "FROM base AS web\nRUN bundle exec rails assets:precompile\n"
        << u"exec:[bin/rails|server|-b|0.0.0.0]@5"_s << u"none"_s
        << u"RAILS_ENV=production@2:5; BUNDLE_WITHOUT=development test@2:26"_s << u"3000/TCP@3:8"_s
        << u"rails@4"_s << u"SIGINT@6"_s << u"disabled@7"_s << QStringList{u"/rails/storage"_s} << QString();

    QTest::addRow("ENTRYPOINT drops the inherited CMD")
        << railsStages + "FROM base AS worker\nENTRYPOINT [\"bundle\", \"exec\"]\nENV RAILS_ENV=staging\n"
        << u"none"_s << u"exec:[bundle|exec]@11"_s
        << u"RAILS_ENV=staging@12:5; BUNDLE_WITHOUT=development test@2:26"_s << u"3000/TCP@3:8"_s
        << u"rails@4"_s << u"SIGINT@6"_s << u"disabled@7"_s << QStringList{u"/rails/storage"_s} << QString();

    QTest::addRow("ENTRYPOINT keeps a CMD of its own stage")
        << QByteArray("FROM alpine:3.19\nCMD [\"--help\"]\nENTRYPOINT [\"/usr/local/bin/tool\"]\n")
        << u"exec:[--help]@2"_s << u"exec:[/usr/local/bin/tool]@3"_s << QString() << QString() << u"@0"_s
        << u"@0"_s << u"none"_s << QStringList() << QString();

    QTest::addRow("later CMD replaces, shell ENTRYPOINT")
        << QByteArray("FROM alpine\nCMD [\"a\"]\nENTRYPOINT exec /app/run\nCMD b c\n") << u"shell:[b c]@4"_s
        << u"shell:[exec /app/run]@3"_s << QString() << QString() << u"@0"_s << u"@0"_s << u"none"_s
        << QStringList() << QString();

    QTest::addRow("final stage from an image does not inherit")
        << railsStages + "FROM ruby:3.3-slim\nCMD [\"rake\"]\n"
        << u"exec:[rake]@11"_s << u"none"_s << QString() << QString() << u"@0"_s << u"@0"_s << u"none"_s
        << QStringList() << QString();

    QTest::addRow("volumes JSON and shell form, deduplicated")
        << QByteArray("FROM postgres:16\nENV PGDATA=/var/lib/postgresql/data\nVOLUME [\"/data\", \"/logs\"]\n"
                      "VOLUME $PGDATA /data\n")
        << u"none"_s << u"none"_s << u"PGDATA=/var/lib/postgresql/data@2:5"_s << QString() << u"@0"_s
        << u"@0"_s << u"none"_s << QStringList{u"/data"_s, u"/logs"_s, u"/var/lib/postgresql/data"_s}
        << QString();

    QTest::addRow("USER and STOPSIGNAL expand variables")
        << QByteArray(
               "FROM alpine\nARG UID=10001\nUSER ${UID}:${GID:-10001}\nSTOPSIGNAL ${SIGNAL:-SIGQUIT}\n")
        << u"none"_s << u"none"_s << QString() << QString() << u"10001:10001@3"_s << u"SIGQUIT@4"_s
        << u"none"_s << QStringList() << QString();
}

void TestDockerfileParser::effectiveValues()
{
    QFETCH(QByteArray, text);
    const DeploymentModel out = parse(text);
    QFETCH(QString, diagnostics);
    QCOMPARE(describeDiagnostics(out.diagnostics), diagnostics);
    QCOMPARE(out.dockerfiles.size(), 1);
    const DockerfileInfo &info = out.dockerfiles.first();
    QTEST(describe(info.cmd, info.cmdShellForm, info.cmdLocation), "cmd");
    QTEST(describe(info.entrypoint, info.entrypointShellForm, info.entrypointLocation), "entrypoint");
    QTEST(describe(info.env), "env");
    QTEST(describe(info.expose), "expose");
    QTEST(QString(info.user + u'@' + QString::number(info.userLocation.line)), "user");
    QTEST(QString(info.stopSignal + u'@' + QString::number(info.stopSignalLocation.line)), "stopSignal");
    QString healthcheck = QStringLiteral("none");
    if (info.healthcheck) {
        QCOMPARE(info.healthcheck->kind, Probe::Kind::Healthcheck);
        healthcheck =
            (info.healthcheck->disabled ? u"disabled"_s : u"exec:"_s + info.healthcheck->command.join(u'|')) +
            u'@' + QString::number(info.healthcheck->location.line);
        QCOMPARE(info.healthcheck->action,
                 info.healthcheck->disabled ? Probe::Action::None : Probe::Action::Exec);
    }
    QTEST(healthcheck, "healthcheck");
    QTEST(info.volumes, "volumes");
}

void TestDockerfileParser::environment_data()
{
    QTest::addColumn<QByteArray>("lines"); // after "FROM alpine\n" (line 1)
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("args");

    QTest::addRow("pairs with quotes") << QByteArray("ENV A=1 B=\"two words\" C='single $X'\n")
                                       << u"A=1@2:5; B=two words@2:9; C=single $X@2:23"_s << QString();
    QTest::addRow("legacy form keeps spaces")
        << QByteArray("ENV GREETING hello   world  \n") << u"GREETING=hello   world@2:5"_s << QString();
    QTest::addRow("escaped space") << QByteArray("ENV DIR=/opt/my\\ app\n") << u"DIR=/opt/my app@2:5"_s
                                   << QString();
    QTest::addRow("expansion from earlier ENV")
        << QByteArray("ENV BASE=/srv\nENV APP=$BASE/app LOG=${BASE}/log\n")
        << u"BASE=/srv@2:5; APP=/srv/app[interpolated]@3:5; LOG=/srv/log[interpolated]@3:19"_s << QString();
    QTest::addRow("pairs see the values from before the instruction")
        << QByteArray("ENV abc=hello\nENV abc=bye def=$abc\nENV ghi=$abc\n")
        << u"abc=bye@3:5; def=hello[interpolated]@3:13; ghi=bye[interpolated]@4:5"_s << QString();
    QTest::addRow("unknown variable kept as written")
        << QByteArray("ENV PATH=/app/bin:$PATH\n") << u"PATH=/app/bin:$PATH[interpolated]@2:5"_s << QString();
    QTest::addRow("default does not replace an ENV of unknown value")
        << QByteArray("ENV PATH=/app/bin:$PATH\nENV SEARCH=${PATH:-/usr/bin}\n")
        << u"PATH=/app/bin:$PATH[interpolated]@2:5; SEARCH=${PATH:-/usr/bin}[interpolated]@3:5"_s
        << QString();
    QTest::addRow("default and alternative")
        << QByteArray("ENV MODE=${MODE:-production} FLAG=${MODE:+on}\n")
        << u"MODE=production[interpolated]@2:5; FLAG=${MODE:+on}[interpolated]@2:30"_s << QString();
    QTest::addRow("ARG feeds ENV") << QByteArray("ARG VERSION=1.2.3\nENV APP_VERSION=$VERSION\n")
                                   << u"APP_VERSION=1.2.3[interpolated]@3:5"_s << u"VERSION=1.2.3@2:5"_s;
    QTest::addRow("ARG without default stays a reference")
        << QByteArray("ARG TOKEN\nENV TOKEN=$TOKEN\n") << u"TOKEN=$TOKEN[interpolated]@3:5"_s
        << u"TOKEN=[unset]@2:5"_s;
    QTest::addRow("ENV wins over a later ARG")
        << QByteArray("ENV LEVEL=info\nARG LEVEL=debug\nENV LOG_LEVEL=$LEVEL\n")
        << u"LEVEL=info@2:5; LOG_LEVEL=info[interpolated]@4:5"_s << u"LEVEL=debug@3:5"_s;
    QTest::addRow("several ARGs on one line, quoted default")
        << QByteArray("ARG A=1 B=\"x y\" C\n") << QString() << u"A=1@2:5; B=x y@2:9; C=[unset]@2:17"_s;
    QTest::addRow("empty value") << QByteArray("ENV EMPTY=\n") << u"EMPTY=@2:5"_s << QString();
    QTest::addRow("redefinition keeps position, takes new line")
        << QByteArray("ENV A=1 B=2\nENV A=3\n") << u"A=3@3:5; B=2@2:9"_s << QString();
    QTest::addRow("continuation lines carry their own lines")
        << QByteArray("ENV \\\n  DATABASE_POOL=5 \\\n  # the web concurrency\n  WEB_CONCURRENCY=2\n")
        << u"DATABASE_POOL=5@3:3; WEB_CONCURRENCY=2@5:3"_s << QString();
}

void TestDockerfileParser::environment()
{
    QFETCH(QByteArray, lines);
    const DeploymentModel out = parse("FROM alpine\n" + lines);
    QCOMPARE(describeDiagnostics(out.diagnostics), QString());
    const DockerfileInfo &info = out.dockerfiles.first();
    QTEST(describe(info.env), "env");
    QTEST(describe(info.args), "args");
}

void TestDockerfileParser::expose_data()
{
    QTest::addColumn<QByteArray>("lines"); // after "FROM alpine\n" (line 1)
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("diagnostics");

    QTest::addRow("protocols") << QByteArray("EXPOSE 80 443/tcp 53/udp 9000/SCTP\n")
                               << u"80/TCP@2:8, 443/TCP@2:11, 53/UDP@2:19, 9000/SCTP@2:26"_s << QString();
    QTest::addRow("range") << QByteArray("EXPOSE 8000-8003\n")
                           << u"8000/TCP@2:8, 8001/TCP@2:8, 8002/TCP@2:8, 8003/TCP@2:8"_s << QString();
    QTest::addRow("ARG default") << QByteArray("ARG PORT=5000\nEXPOSE $PORT\n") << u"5000/TCP@3:8"_s
                                 << QString();
    QTest::addRow("ENV with protocol")
        << QByteArray("ENV PORT=8080\nEXPOSE ${PORT}/tcp\n") << u"8080/TCP@3:8"_s << QString();
    QTest::addRow("default in reference")
        << QByteArray("EXPOSE ${PORT:-3000}\n") << u"3000/TCP@2:8"_s << QString();
    QTest::addRow("unresolved variable") << QByteArray("EXPOSE $PORT 80\n") << u"80/TCP@2:14"_s << u"2:W"_s;
    QTest::addRow("ARG without default") << QByteArray("ARG PORT\nEXPOSE ${PORT}\n") << QString() << u"3:W"_s;
    QTest::addRow("duplicates") << QByteArray("EXPOSE 80\nEXPOSE 80/tcp 80/udp\n")
                                << u"80/TCP@2:8, 80/UDP@3:15"_s << QString();
    QTest::addRow("invalid ports") << QByteArray("EXPOSE 80/icmp 99999 http 9000-8000 443\n")
                                   << u"443/TCP@2:37"_s << u"2:E, 2:E, 2:E, 2:E"_s;
    QTest::addRow("continued over lines")
        << QByteArray("EXPOSE 80 \\\n    443\n") << u"80/TCP@2:8, 443/TCP@3:5"_s << QString();
}

void TestDockerfileParser::expose()
{
    QFETCH(QByteArray, lines);
    const DeploymentModel out = parse("FROM alpine\n" + lines);
    QTEST(describeDiagnostics(out.diagnostics), "diagnostics");
    QTEST(describe(out.dockerfiles.first().expose), "ports");
    for (const Diagnostic &diagnostic : out.diagnostics) {
        if (diagnostic.severity == DiagnosticSeverity::Warning)
            QVERIFY2(diagnostic.message.contains(u"PORT"), qPrintable(diagnostic.message));
    }
}

void TestDockerfileParser::exposeRangeIsCapped()
{
    const DeploymentModel out = parse("FROM alpine\nEXPOSE 1-65535\nEXPOSE 1/udp\n");
    const DockerfileInfo &info = out.dockerfiles.first();
    QCOMPARE(info.expose.size(), 1024);
    QCOMPARE(info.expose.first().containerPort, 1);
    QCOMPARE(info.expose.last().containerPort, 1024);
    QCOMPARE(describeDiagnostics(out.diagnostics), u"2:W, 3:W"_s);
    QVERIFY2(out.diagnostics.first().message.contains(u"1024"), qPrintable(out.diagnostics.first().message));
}

void TestDockerfileParser::instructions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("instructions");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("arguments");

    QTest::addRow("continuation with comment and empty line")
        << QByteArray(
               "FROM alpine:3.19\nRUN apk add --no-cache \\\n    # the TLS roots\n    ca-certificates \\\n\n"
               "    tzdata\nENV A=1\n")
        << u"FROM@1:1#0, RUN@2:1#0, ENV@7:1#0"_s << 1
        << u"apk add --no-cache     ca-certificates     tzdata"_s;
    QTest::addRow("keywords are case-insensitive, indentation kept")
        << QByteArray("from alpine AS Base\n  run echo hi\nCopy --link . /app\n")
        << u"FROM@1:1#0, RUN@2:3#0, COPY@3:1#0"_s << 2 << u". /app"_s;
    QTest::addRow("escape at the end of the file")
        << QByteArray("FROM alpine\nRUN echo a \\\n") << u"FROM@1:1#0, RUN@2:1#0"_s << 1 << u"echo a"_s;
    QTest::addRow("windows continuation with backtick")
        << windowsEscape
        << u"FROM@3:1#0, SHELL@4:1#0, ENV@5:1#0, WORKDIR@7:1#0, RUN@8:1#0, EXPOSE@11:1#0, "
           "ENTRYPOINT@12:1#0"_s
        << 4
        << u"Invoke-WebRequest -Uri https://example.com/app.zip -OutFile app.zip ;     Expand-Archive "
           u"app.zip "
           "-DestinationPath C:\\app"_s;
    QTest::addRow("ONBUILD kept as written")
        << QByteArray("FROM node:20\nONBUILD COPY . /app\nONBUILD RUN npm ci\n")
        << u"FROM@1:1#0, ONBUILD@2:1#0, ONBUILD@3:1#0"_s << 1 << u"COPY . /app"_s;
    QTest::addRow("flags with quotes, -- ends flags")
        << QByteArray("FROM alpine\nRUN --mount=type=secret,id=\"npm token\" -- --help\n")
        << u"FROM@1:1#0, RUN@2:1#0"_s << 1 << u"--help"_s;
    QTest::addRow("stages numbered")
        << QByteArray(
               "ARG BASE=alpine\nFROM $BASE AS one\nRUN true\nFROM one\nFROM scratch\nCOPY --from=0 /a /a\n")
        << u"ARG@1:1#-1, FROM@2:1#0, RUN@3:1#0, FROM@4:1#1, FROM@5:1#2, COPY@6:1#2"_s << 5 << u"/a /a"_s;
}

void TestDockerfileParser::instructions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    const DeploymentModel out = parse(text);
    QCOMPARE(describeDiagnostics(out.diagnostics), QString());
    const DockerfileInfo &info = out.dockerfiles.first();
    QTEST(describeInstructions(info.instructions), "instructions");
    QTEST(info.instructions.at(index).arguments, "arguments");
}

void TestDockerfileParser::heredocs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("instructions");
    QTest::addColumn<QStringList>("bodies"); // heredoc of each instruction
    QTest::addColumn<QString>("diagnostics");

    QTest::addRow("RUN heredoc")
        << QByteArray("# syntax=docker/dockerfile:1\nFROM debian:bookworm-slim\nRUN <<EOF\napt-get update\n"
                      "apt-get install -y curl\nEOF\nCMD [\"curl\", \"--version\"]\n")
        << u"FROM@2:1#0, RUN@3:1#0, CMD@7:1#0"_s
        << QStringList{QString(), u"apt-get update\napt-get install -y curl\n"_s, QString()} << QString();
    QTest::addRow("COPY with chomped quoted delimiter")
        << QByteArray("FROM nginx\nCOPY <<-\"CONF\" /etc/app/app.conf\n\tlisten = 8080\n\t  indented = yes\n"
                      "\tCONF\nEXPOSE 8080\n")
        << u"FROM@1:1#0, COPY@2:1#0, EXPOSE@6:1#0"_s
        << QStringList{QString(), u"listen = 8080\n  indented = yes\n"_s, QString()} << QString();
    QTest::addRow("two heredocs on one instruction")
        << QByteArray("FROM alpine\nRUN <<one cat >/tmp/a && <<two cat >/tmp/b\nfirst\none\nsecond\ntwo\n"
                      "CMD [\"cat\", \"/tmp/a\"]\n")
        << u"FROM@1:1#0, RUN@2:1#0, CMD@7:1#0"_s << QStringList{QString(), u"first\nsecond\n"_s, QString()}
        << QString();
    QTest::addRow("body lines that look like instructions")
        << QByteArray(
               "FROM python:3.12\nRUN <<'PY' python3\nFROM = 1\n# not a comment here\nprint(FROM)\nPY\n"
               "USER nobody\n")
        << u"FROM@1:1#0, RUN@2:1#0, USER@7:1#0"_s
        << QStringList{QString(), u"FROM = 1\n# not a comment here\nprint(FROM)\n"_s, QString()} << QString();
    QTest::addRow("exec form has no heredoc")
        << QByteArray("FROM alpine\nRUN [\"echo\", \"<<EOF\"]\nEOF\n")
        << u"FROM@1:1#0, RUN@2:1#0, EOF@3:1#0"_s << QStringList{QString(), QString(), QString()} << u"3:W"_s;
    QTest::addRow("quoted << is no heredoc")
        << QByteArray("FROM alpine\nRUN echo \"<<EOF\"\nUSER app\n") << u"FROM@1:1#0, RUN@2:1#0, USER@3:1#0"_s
        << QStringList{QString(), QString(), QString()} << QString();
    QTest::addRow("unterminated heredoc")
        << QByteArray("FROM alpine\nRUN <<EOF\necho hi\nCMD [\"sh\"]\n") << u"FROM@1:1#0, RUN@2:1#0"_s
        << QStringList{QString(), u"echo hi\nCMD [\"sh\"]\n"_s} << u"2:E"_s;
}

void TestDockerfileParser::heredocs()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, bodies);
    const DeploymentModel out = parse(text);
    QTEST(describeDiagnostics(out.diagnostics), "diagnostics");
    const DockerfileInfo &info = out.dockerfiles.first();
    QTEST(describeInstructions(info.instructions), "instructions");
    QCOMPARE(info.instructions.size(), bodies.size());
    for (qsizetype i = 0; i < bodies.size(); ++i)
        QCOMPARE(info.instructions.at(i).heredoc, bodies.at(i));
}

void TestDockerfileParser::directives_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("directives");
    QTest::addColumn<QString>("diagnostics");

    QTest::addRow("syntax and escape")
        << QByteArray("# syntax=docker/dockerfile:1\n#  escape = `\nFROM alpine\n")
        << u"escape=`; syntax=docker/dockerfile:1"_s << QString();
    QTest::addRow("check without space") << QByteArray("#check=skip=JSONArgsRecommended\nFROM alpine\n")
                                         << u"check=skip=JSONArgsRecommended"_s << QString();
    QTest::addRow("after an instruction it is a comment")
        << QByteArray("FROM alpine\n# escape=`\n") << QString() << QString();
    QTest::addRow("after a comment it is a comment")
        << QByteArray("# Build the API\n# escape=`\nFROM alpine\n") << QString() << QString();
    QTest::addRow("after an empty line it is a comment")
        << QByteArray("\n# syntax=docker/dockerfile:1\nFROM alpine\n") << QString() << QString();
    QTest::addRow("unknown directive ends directives")
        << QByteArray("# unknowndirective=value\n# syntax=docker/dockerfile:1\nFROM alpine\n") << QString()
        << QString();
    QTest::addRow("given twice") << QByteArray("# escape=`\n# escape=\\\nFROM alpine\n") << u"escape=`"_s
                                 << u"2:E"_s;
    QTest::addRow("invalid escape") << QByteArray("# escape=|\nFROM alpine\n") << QString() << u"1:E"_s;
}

void TestDockerfileParser::directives()
{
    QFETCH(QByteArray, text);
    const DeploymentModel out = parse(text);
    QTEST(describeDiagnostics(out.diagnostics), "diagnostics");
    const DockerfileInfo &info = out.dockerfiles.first();
    QStringList parts;
    for (auto it = info.directives.cbegin(); it != info.directives.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    QTEST(parts.join(u"; "), "directives");
    QCOMPARE(info.stages.size(), 1);
}

void TestDockerfileParser::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("diagnostics");
    QTest::addColumn<QString>("fragment"); // in the first diagnostic
    QTest::addColumn<QString>("cmd");      // what survives
    QTest::addColumn<QString>("env");

    QTest::addRow("unknown instruction") << QByteArray("FROM alpine\nRUNN echo hi\nCMD [\"sh\"]\n")
                                         << u"2:W"_s << u"RUNN"_s << u"exec:[sh]@3"_s << QString();
    QTest::addRow("unknown instruction that could be a value is not repeated")
        << QByteArray("FROM alpine\nENV A=1\nAPI_TOKEN=abc123\nCMD [\"sh\"]\n") << u"3:W"_s
        << u"known instruction"_s << u"exec:[sh]@4"_s << u"A=1@2:5"_s;
    QTest::addRow("single quotes are not JSON: shell form")
        << QByteArray("FROM node\nCMD ['node', 'server.js']\n") << u"2:W"_s << u"JSON"_s
        << u"shell:[['node', 'server.js']]@2"_s << QString();
    QTest::addRow("JSON array of non-strings")
        << QByteArray("FROM alpine\nENTRYPOINT [\"sleep\", 5]\nCMD [\"infinity\"]\n") << u"2:E"_s
        << u"strings"_s << u"exec:[infinity]@3"_s << QString();
    QTest::addRow("instruction before FROM") << QByteArray("ENV A=1\nFROM alpine\nENV B=2\n") << u"1:E"_s
                                             << u"FROM"_s << u"none"_s << u"B=2@3:5"_s;
    QTest::addRow("FROM with two words") << QByteArray("FROM alpine latest\nCMD [\"sh\"]\n") << u"1:E"_s
                                         << u"FROM"_s << u"exec:[sh]@2"_s << QString();
    QTest::addRow("invalid stage name") << QByteArray("FROM alpine AS 1st\nCMD [\"sh\"]\n") << u"1:E"_s
                                        << u"1st"_s << u"exec:[sh]@2"_s << QString();
    QTest::addRow("duplicate stage name")
        << QByteArray("FROM alpine AS app\nFROM alpine AS APP\nCMD [\"sh\"]\n") << u"2:E"_s << u"app"_s
        << u"exec:[sh]@3"_s << QString();
    QTest::addRow("legacy ENV without value") << QByteArray("FROM alpine\nENV DEBUG\nENV LEVEL=info\n")
                                              << u"2:E"_s << u"DEBUG"_s << u"none"_s << u"LEVEL=info@3:5"_s;
    QTest::addRow("ENV pair without '=' keeps the others")
        << QByteArray("FROM alpine\nENV A=1 hunter2 B=2\n") << u"2:E"_s << u"="_s << u"none"_s
        << u"A=1@2:5; B=2@2:17"_s;
    QTest::addRow("unknown flag") << QByteArray("FROM alpine\nCOPY --form=builder /a /b\nCMD [\"sh\"]\n")
                                  << u"2:W"_s << u"--form"_s << u"exec:[sh]@3"_s << QString();
    QTest::addRow("SHELL not JSON") << QByteArray("FROM alpine\nSHELL /bin/bash -c\nCMD [\"sh\"]\n")
                                    << u"2:E"_s << u"SHELL"_s << u"exec:[sh]@3"_s << QString();
    QTest::addRow("HEALTHCHECK without CMD")
        << QByteArray("FROM alpine\nHEALTHCHECK curl -f http://localhost/\nCMD [\"sh\"]\n") << u"2:E"_s
        << u"HEALTHCHECK"_s << u"exec:[sh]@3"_s << QString();
    QTest::addRow("HEALTHCHECK NONE with arguments")
        << QByteArray("FROM alpine\nHEALTHCHECK NONE now\nCMD [\"sh\"]\n") << u"2:E"_s << u"NONE"_s
        << u"exec:[sh]@3"_s << QString();
    QTest::addRow("instruction without arguments")
        << QByteArray("FROM alpine\nCMD\nENV A=1\n") << u"2:E"_s << u"CMD"_s << u"none"_s << u"A=1@3:5"_s;
    QTest::addRow("FROM variable without default")
        << QByteArray("ARG TAG\nFROM node:${TAG}\nCMD [\"node\"]\n") << u"2:W"_s << u"TAG"_s
        << u"exec:[node]@3"_s << QString();
}

void TestDockerfileParser::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);
    const DeploymentModel out = parse(text);
    QTEST(describeDiagnostics(out.diagnostics), "diagnostics");
    QVERIFY(!out.diagnostics.isEmpty());
    QVERIFY2(out.diagnostics.first().message.contains(fragment), qPrintable(out.diagnostics.first().message));
    QCOMPARE(out.diagnostics.first().location.path, QStringLiteral("Dockerfile"));
    for (const Diagnostic &diagnostic : out.diagnostics) {
        QVERIFY(!diagnostic.message.contains(u"abc123"));
        QVERIFY(!diagnostic.message.contains(u"hunter2"));
    }
    QCOMPARE(out.dockerfiles.size(), 1);
    const DockerfileInfo &info = out.dockerfiles.first();
    QTEST(describe(info.cmd, info.cmdShellForm, info.cmdLocation), "cmd");
    QTEST(describe(info.env), "env");
}

void TestDockerfileParser::unusableFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("dockerfiles");
    QTest::addColumn<QString>("diagnostics");

    QTest::addRow("empty") << QByteArray() << 1 << u"1:E"_s;
    QTest::addRow("only comments and blanks")
        << QByteArray("# nothing yet\n\n   \n# TODO\n") << 1 << u"1:E"_s;
    QTest::addRow("no FROM") << QByteArray("RUN make\nCMD [\"./app\"]\n") << 1 << u"1:E, 2:E, 1:E"_s;
    QTest::addRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                          16)
                            << 0 << u"0:E"_s;
    QTest::addRow("mostly invalid UTF-8") << QByteArray(200, '\xff') << 0 << u"0:E"_s;
    QTest::addRow("some invalid UTF-8 in a value")
        << QByteArray(
               "FROM alpine:3.19\nLABEL org.opencontainers.image.title=\"api\"\nENV GREETING=caf\xe9\n")
        << 1 << QString();
    QTest::addRow("BOM and CRLF")
        << QByteArray("\xEF\xBB\xBF# syntax=docker/dockerfile:1\r\nFROM alpine\r\nCMD [\"sh\"]\r\n") << 1
        << QString();
}

void TestDockerfileParser::unusableFiles()
{
    QFETCH(QByteArray, text);
    const DeploymentModel out = parse(text);
    QTEST(int(out.dockerfiles.size()), "dockerfiles");
    QTEST(describeDiagnostics(out.diagnostics), "diagnostics");
    if (!out.dockerfiles.isEmpty() && out.diagnostics.isEmpty()) {
        QCOMPARE(out.dockerfiles.first().stages.size(), 1);
        QVERIFY(out.dockerfiles.first().stages.first().baseImage.startsWith(u"alpine"));
    }
}

void TestDockerfileParser::manyStagesStayBounded()
{
    QByteArray stages;
    for (int i = 0; i < 1100; ++i)
        stages += "FROM alpine AS s" + QByteArray::number(i) + "\nENV K" + QByteArray::number(i) + "=" +
                  QByteArray::number(i) + "\n";
    const int finalLine = 1100 * 2 + 1;

    const DeploymentModel early = parse(stages + "FROM s5 AS final\n");
    QCOMPARE(describeDiagnostics(early.diagnostics), QString());
    QCOMPARE(describe(early.dockerfiles.first().env), u"K5=5@12:5"_s);
    QCOMPARE(early.dockerfiles.first().stages.last().baseStage, 5);

    // Settings of stages past the first thousand are released once the next stage starts.
    const DeploymentModel late = parse(stages + "FROM s1050 AS final\n");
    QCOMPARE(describeDiagnostics(late.diagnostics), QString::number(finalLine) + u":W"_s);
    QCOMPARE(describe(late.dockerfiles.first().env), QString());
    QCOMPARE(late.dockerfiles.first().stages.last().baseStage, 1050);
}

void TestDockerfileParser::largeInputStaysLinear_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("instructions");

    QByteArray manyLines = "FROM alpine\n";
    for (int i = 0; i < 25000; ++i) {
        manyLines += "ENV K" + QByteArray::number(i) + "=v$K" + QByteArray::number(i) + "\nRUN echo " +
                     QByteArray::number(i) + " \\\n  && true\nEXPOSE " + QByteArray::number(1 + i % 60000) +
                     "\n";
    }
    QTest::addRow("100k lines") << manyLines << 1 + 25000 * 3;

    QByteArray continued = "FROM alpine\nRUN echo start";
    for (int i = 0; i < 100000; ++i)
        continued += " \\\n  && echo " + QByteArray::number(i);
    continued += "\nCMD [\"sh\"]\n";
    QTest::addRow("one instruction over 100k lines") << continued << 3;

    QTest::addRow("a 4 MB line") << "FROM alpine\nENV BLOB=" + QByteArray(4 * 1024 * 1024, 'a') + "\n" << 2;
    QTest::addRow("a 4 MB quote") << "FROM alpine\nENV BLOB=\"" + QByteArray(4 * 1024 * 1024, 'a') + "\n"
                                  << 2;

    QByteArray nested = "FROM alpine\nENV X=";
    for (int i = 0; i < 50000; ++i)
        nested += "${A:-";
    nested += QByteArray(50000, '}') + "\n";
    QTest::addRow("deeply nested defaults") << nested << 2;

    QByteArray chain = "FROM alpine AS s0\n";
    for (int i = 1; i < 20000; ++i) {
        chain += "FROM s" + QByteArray::number(i - 1) + " AS s" + QByteArray::number(i) + "\nENV K" +
                 QByteArray::number(i) + "=" + QByteArray::number(i) + "\n";
    }
    QTest::addRow("20k stages built on each other") << chain << 1 + 19999 * 2;

    QByteArray heredocs = "FROM alpine\n";
    for (int i = 0; i < 30000; ++i)
        heredocs += "RUN <<EOF\necho " + QByteArray::number(i) + "\nEOF\n";
    QTest::addRow("30k heredocs") << heredocs << 30001;

    QTest::addRow("unknown instructions")
        << QByteArray("FROM alpine\n") + QByteArray("BOGUS x\n").repeated(100000) << 100001;
}

void TestDockerfileParser::largeInputStaysLinear()
{
    QFETCH(QByteArray, text);
    QElapsedTimer timer;
    timer.start();
    const DeploymentModel out = parse(text);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(out.dockerfiles.size(), 1);
    QTEST(int(out.dockerfiles.first().instructions.size()), "instructions");
    QVERIFY(out.diagnostics.size() <= 101);
}

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
