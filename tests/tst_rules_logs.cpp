#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestLogsRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void credits();
    void findingsPerFileAreCapped();
};

namespace {

constexpr int factor = 11;

// A Deployment `web`; `containerLines` go under its container, `podLines` after it.
QByteArray deployment(const QByteArray &containerLines, const QByteArray &podLines = {},
                      const QByteArray &kind = "Deployment",
                      const QByteArray &image = "registry.example.com/shop/web:1.4.2")
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
      containers:
        - name: web
          image: )yaml" +
           image + "\n" + containerLines + podLines;
}

const QByteArray rotatingHandler = R"py(import logging
from logging.handlers import RotatingFileHandler


def configure():
    handler = RotatingFileHandler("/var/log/shop/app.log", maxBytes=10_000_000, backupCount=5)
    logging.getLogger().addHandler(handler)
)py";

const QByteArray basicConfigToFile = R"py(import logging

logging.basicConfig(
    level=logging.INFO,
    filename="shop.log",
    format="%(asctime)s %(levelname)s %(message)s",
)
)py";

const QByteArray winstonFile = R"js(const winston = require("winston");

module.exports = winston.createLogger({
  level: "info",
  transports: [new winston.transports.File({ filename: "logs/app.log" })],
});
)js";

const QByteArray lumberjack = R"go(package logging

import (
	"log"

	"gopkg.in/natefinch/lumberjack.v2"
)

func Setup() {
	log.SetOutput(&lumberjack.Logger{
		Filename: "/var/log/shop/api.log",
		MaxSize:  100,
	})
}
)go";

const QByteArray logbackRolling = R"xml(<configuration>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d %level %msg%n</pattern></encoder>
  </appender>
  <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">
    <file>/var/log/shop/app.log</file>
  </appender>
  <root level="INFO">
    <appender-ref ref="FILE"/>
  </root>
</configuration>
)xml";

const QByteArray log4j2Rolling = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <RollingFile name="File" fileName="logs/app.log" filePattern="logs/app-%d{yyyy-MM-dd}.log">
      <PatternLayout pattern="%d %p %m%n"/>
    </RollingFile>
  </Appenders>
  <Loggers>
    <Root level="info"><AppenderRef ref="File"/></Root>
  </Loggers>
</Configuration>
)xml";

const QByteArray consoleOnlyLogback = R"xml(<configuration>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>
  </appender>
  <root level="INFO">
    <appender-ref ref="CONSOLE"/>
  </root>
</configuration>
)xml";

const QByteArray stdoutPython = R"py(import logging
import sys

handler = logging.StreamHandler(sys.stdout)
logging.getLogger().addHandler(handler)
logging.basicConfig(stream=sys.stdout, level=logging.INFO)
)py";

const QByteArray fluentBit = R"yaml(apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluent-bit
spec:
  selector:
    matchLabels:
      app: fluent-bit
  template:
    metadata:
      labels:
        app: fluent-bit
    spec:
      containers:
        - name: fluent-bit
          image: cr.fluentbit.io/fluent/fluent-bit:3.1
          volumeMounts:
            - name: varlog
              mountPath: /var/log
      volumes:
        - name: varlog
          hostPath:
            path: /var/log
)yaml";

} // namespace

void TestLogsRules::catalogue()
{
    const QList<RuleInfo> &rules = logsRules();
    QCOMPARE(rules.size(), 5);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("logs."));
        QCOMPARE(rule.factor, factor);
        QVERIFY(!rule.translatedTitle().isEmpty());
        QVERIFY(!rule.translatedRationale().isEmpty());
        QVERIFY(!rule.translatedRemediation().isEmpty());
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
}

void TestLogsRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("severity");

    QTest::addRow("Python RotatingFileHandler")
        << Files{{u"shop/logging_setup.py"_s, rotatingHandler}} << u"logs.file-logging-in-code"_s
        << u"shop/logging_setup.py"_s << 6 << QString() << u"RotatingFileHandler"_s << int(Severity::Warning);
    QTest::addRow("logging.basicConfig with filename over several lines")
        << Files{{u"shop/app.py"_s, basicConfigToFile}} << u"logs.file-logging-in-code"_s << u"shop/app.py"_s
        << 5 << QString() << u"basicConfig"_s << int(Severity::Warning);
    QTest::addRow("winston File transport")
        << Files{{u"src/logger.js"_s, winstonFile}} << u"logs.file-logging-in-code"_s << u"src/logger.js"_s
        << 5 << QString() << u"transports.File"_s << int(Severity::Warning);
    QTest::addRow("Go lumberjack logger")
        << Files{{u"internal/logging/logging.go"_s, lumberjack}} << u"logs.file-logging-in-code"_s
        << u"internal/logging/logging.go"_s << 10 << QString() << u"lumberjack.Logger"_s
        << int(Severity::Warning);
    QTest::addRow("Ruby Logger writing to a file")
        << Files{{u"config/initializers/logger.rb"_s, "Rails.logger = Logger.new(\"log/shop.log\")\n"}}
        << u"logs.file-logging-in-code"_s << u"config/initializers/logger.rb"_s << 1 << QString()
        << u"Logger.new"_s << int(Severity::Warning);

    QTest::addRow("logback rolling file appender")
        << Files{{u"src/main/resources/logback.xml"_s, logbackRolling}} << u"logs.file-appender"_s
        << u"src/main/resources/logback.xml"_s << 5 << QString() << u"RollingFileAppender"_s
        << int(Severity::Warning);
    QTest::addRow("log4j2 RollingFile") << Files{{u"src/main/resources/log4j2.xml"_s, log4j2Rolling}}
                                        << u"logs.file-appender"_s << u"src/main/resources/log4j2.xml"_s << 4
                                        << QString() << u"<RollingFile"_s << int(Severity::Warning);
    QTest::addRow("log4j properties file appender")
        << Files{{u"src/main/resources/log4j.properties"_s,
                  "log4j.rootLogger=INFO, "
                  "file\nlog4j.appender.file=org.apache.log4j.DailyRollingFileAppender\n"
                  "log4j.appender.file.File=/var/log/shop/app.log\n"}}
        << u"logs.file-appender"_s << u"src/main/resources/log4j.properties"_s << 2 << QString()
        << u"DailyRollingFileAppender"_s << int(Severity::Warning);
    QTest::addRow("Spring Boot logging.file.name")
        << Files{{u"src/main/resources/application.properties"_s,
                  "server.port=8080\nlogging.file.name=/var/log/shop/app.log\n"}}
        << u"logs.file-appender"_s << u"src/main/resources/application.properties"_s << 2 << QString()
        << u"logging.file"_s << int(Severity::Warning);
    QTest::addRow("Spring Boot YAML logging.file")
        << Files{{u"src/main/resources/application.yml"_s,
                  "server:\n  port: 8080\nlogging:\n  level:\n    root: INFO\n  file:\n    name: "
                  "/var/log/app.log\n"}}
        << u"logs.file-appender"_s << u"src/main/resources/application.yml"_s << 7 << QString()
        << u"logging.file"_s << int(Severity::Warning);

    QTest::addRow("Procfile appends output to a log file")
        << Files{{u"Procfile"_s, "web: gunicorn shop.wsgi >> /var/log/shop/web.log 2>&1\n"}}
        << u"logs.redirect-to-file"_s << u"Procfile"_s << 1 << u"web"_s << u">> /var/log/shop/web.log"_s
        << int(Severity::Warning);
    QTest::addRow("Dockerfile CMD redirects to a log file")
        << Files{{u"api/Dockerfile"_s, "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n"
                                       "CMD node server.js > /app/logs/server.log 2>&1\n"}}
        << u"logs.redirect-to-file"_s << u"api/Dockerfile"_s << 4 << u"api"_s << u"/app/logs/server.log"_s
        << int(Severity::Warning);
    QTest::addRow("entrypoint script redirects to a log file")
        << Files{{u"api/Dockerfile"_s, "FROM node:20-alpine\nCOPY . .\nCMD [\"./start.sh\"]\n"},
                 {u"api/start.sh"_s, "#!/bin/sh\nset -e\nexec node server.js >> /var/log/api.log 2>&1\n"}}
        << u"logs.redirect-to-file"_s << u"api/start.sh"_s << 3 << u"api"_s << u"/var/log/api.log"_s
        << int(Severity::Warning);

    QTest::addRow("Kubernetes volume mounted at /var/log")
        << Files{{u"k8s/web.yaml"_s,
                  deployment("          volumeMounts:\n            - name: logs\n"
                             "              mountPath: /var/log/shop\n",
                             "      volumes:\n        - name: logs\n          emptyDir: {}\n")}}
        << u"logs.log-volume"_s << u"k8s/web.yaml"_s << 18 << u"web"_s << u"/var/log/shop"_s
        << int(Severity::Info);
    QTest::addRow("Compose bind mount of a logs directory")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    image: registry.example.com/shop/web:1.4.2\n"
                                     "    volumes:\n      - ./logs:/app/logs\n"}}
        << u"logs.log-volume"_s << u"compose.yaml"_s << 5 << u"web"_s << u"/app/logs"_s
        << int(Severity::Info);
    QTest::addRow("log directory bind-mounted in the Compose base file")
        << Files{{u"docker-compose.yml"_s,
                  "services:\n  web:\n    build: .\n    volumes:\n"
                  "      - ./uploads:/srv/shop/uploads\n      - /var/log/shop:/var/log/shop\n"},
                 {u"docker-compose.override.yml"_s,
                  "services:\n  web:\n    environment:\n      DEBUG: \"true\"\n"},
                 {u"k8s/web.yaml"_s, deployment({})}}
        << u"logs.log-volume"_s << u"docker-compose.yml"_s << 6 << u"web"_s << u"/var/log/shop"_s
        << int(Severity::Info);
    QTest::addRow("Dockerfile VOLUME for logs")
        << Files{{u"api/Dockerfile"_s, "FROM node:20-alpine\nCOPY . .\nVOLUME /var/log/api\n"
                                       "CMD [\"node\", \"server.js\"]\n"}}
        << u"logs.log-volume"_s << u"api/Dockerfile"_s << 3 << u"api"_s << u"/var/log/api"_s
        << int(Severity::Info);

    QTest::addRow("logrotate installed in the image")
        << Files{{u"web/Dockerfile"_s,
                  "FROM python:3.12-slim\nRUN apt-get update \\\n"
                  "    && apt-get install -y --no-install-recommends cron logrotate \\\n"
                  "    && rm -rf /var/lib/apt/lists/*\nCMD [\"gunicorn\", \"app:app\"]\n"}}
        << u"logs.logrotate-in-image"_s << u"web/Dockerfile"_s << 2 << u"web"_s << u"logrotate"_s
        << int(Severity::Info);
    QTest::addRow("logrotate configuration copied into the image")
        << Files{{u"web/Dockerfile"_s,
                  "FROM python:3.12-slim\nCOPY deploy/logrotate.conf /etc/logrotate.d/shop\n"
                  "CMD [\"gunicorn\", \"app:app\"]\n"}}
        << u"logs.logrotate-in-image"_s << u"web/Dockerfile"_s << 2 << u"web"_s << u"logrotate"_s
        << int(Severity::Info);
}

void TestLogsRules::fires()
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
    QVERIFY2(finding.message.contains(path), qPrintable(finding.message));
}

void TestLogsRules::quiet_data()
{
    QTest::addColumn<Files>("files");

    QTest::addRow("Python logging to stdout")
        << Files{{u"shop/logging_setup.py"_s, stdoutPython},
                 {u"Procfile"_s, "web: gunicorn shop.wsgi --access-logfile - --error-logfile -\n"}};
    QTest::addRow("logback with a console appender only") << Files{
        {u"src/main/resources/logback-spring.xml"_s, consoleOnlyLogback},
        {u"k8s/web.yaml"_s, deployment("          args: [\"java\", \"-jar\", \"/app/shop.jar\"]\n")}};
    QTest::addRow("log shipper DaemonSet reading node logs") << Files{{u"k8s/fluent-bit.yaml"_s, fluentBit}};
    QTest::addRow("nginx image linking its logs to stdout")
        << Files{{u"proxy/Dockerfile"_s, "FROM nginx:1.27-alpine\n"
                                         "RUN ln -sf /dev/stdout /var/log/nginx/access.log \\\n"
                                         "    && ln -sf /dev/stderr /var/log/nginx/error.log\n"
                                         "COPY nginx.conf /etc/nginx/nginx.conf\n"}};
    QTest::addRow("file logging in tests and vendored code")
        << Files{{u"tests/test_logging.py"_s, rotatingHandler},
                 {u"node_modules/winston/lib/example.js"_s, winstonFile},
                 {u"Procfile"_s, "web: node server.js 2>&1 | tee -a /tmp/debug.txt\n"}};
    QTest::addRow("development Compose override mounting logs")
        << Files{{u"k8s/web.yaml"_s, deployment({})},
                 {u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n"},
                 {u"docker-compose.override.yml"_s,
                  "services:\n  web:\n    command: npm run dev > /app/logs/dev.log\n    volumes:\n"
                  "      - ./logs:/app/logs\n"}};
    QTest::addRow("output redirected to /dev/null and stdout")
        << Files{{u"worker/Dockerfile"_s, "FROM alpine:3.20\nCOPY run.sh /run.sh\n"
                                          "CMD /usr/local/bin/worker 2>&1 > /dev/stdout\n"},
                 {u"Procfile"_s, "clock: ./bin/clock > /dev/null\n"}};
}

void TestLogsRules::quiet()
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

void TestLogsRules::credits()
{
    const AuditResultPtr result = test::auditFiles({
        {u"shop/logging_setup.py"_s, stdoutPython},
        {u"web/Dockerfile"_s, "FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCOPY . .\n"
                              "CMD [\"gunicorn\", \"shop.wsgi\"]\n"},
    });
    QVERIFY(result);
    QStringList texts;
    QList<Location> locations;
    for (const Credit &credit : result->credits) {
        if (credit.factor == factor) {
            texts.append(credit.text);
            locations.append(credit.location);
        }
    }
    QCOMPARE(texts.size(), 2);
    QVERIFY2(texts.at(0).contains(u"shop/logging_setup.py"), qPrintable(texts.at(0)));
    QCOMPARE(locations.at(0), (Location{u"shop/logging_setup.py"_s, 4, 19}));
    QVERIFY2(texts.at(1).contains(u"PYTHONUNBUFFERED"), qPrintable(texts.at(1)));
    QCOMPARE(locations.at(1).path, u"web/Dockerfile"_s);
    QCOMPARE(locations.at(1).line, 2);
    QCOMPARE(result->factors.at(factor - 1).status, FactorStatus::Pass);
}

void TestLogsRules::findingsPerFileAreCapped()
{
    QByteArray many = "import logging\n";
    for (int i = 0; i < 10; ++i)
        many += "handler" + QByteArray::number(i) + " = logging.FileHandler(\"app" + QByteArray::number(i) +
                ".log\")\n";
    const AuditResultPtr result = test::auditFiles({{u"shop/handlers.py"_s, many}});
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, u"logs.file-logging-in-code"_s);
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).location.line, 2);
    QCOMPARE(findings.at(2).location.line, 4);
    QVERIFY(findings.at(0).id != findings.at(1).id);
    QCOMPARE(result->factors.at(factor - 1).status, FactorStatus::Warn);
}

QTEST_GUILESS_MAIN(TestLogsRules)
#include "tst_rules_logs.moc"
