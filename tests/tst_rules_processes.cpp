#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestProcessesRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
};

namespace {

// A workload `web` of `kind` with `containerLines` under its container and `podLines` after it.
QByteArray workload(const QByteArray &containerLines, const QByteArray &podLines = {},
                    const QByteArray &kind = "Deployment",
                    const QByteArray &image = "registry.example.com/shop/web:3.2.0")
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

const QByteArray expressApp = R"js(const express = require("express");
const session = require("express-session");

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  })
);
module.exports = app;
)js";

const QByteArray expressWithRedis = R"js(const express = require("express");
const session = require("express-session");
const RedisStore = require("connect-redis").default;
const { createClient } = require("redis");

const client = createClient({ url: process.env.REDIS_URL });
const app = express();
app.use(session({ store: new RedisStore({ client }), secret: process.env.SESSION_SECRET }));
)js";

const QByteArray flaskApp = R"py(import uuid

from flask import Flask, request

app = Flask(__name__)

SESSIONS = {}


@app.post("/login")
def login():
    token = str(uuid.uuid4())
    SESSIONS[token] = request.json["user"]
    return {"token": token}
)py";

} // namespace

void TestProcessesRules::catalogue()
{
    const QList<RuleInfo> &rules = processesRules();
    QCOMPARE(rules.size(), 6);
    for (const RuleInfo &rule : rules) {
        QVERIFY(QByteArray(rule.id).startsWith("processes."));
        QCOMPARE(rule.factor, 6);
        QVERIFY(!rule.translatedRationale().isEmpty());
        QCOMPARE(ruleById(QString::fromLatin1(rule.id)), &rule);
    }
}

void TestProcessesRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("severity");

    QTest::addRow("hostPath volume")
        << Files{{u"k8s/web.yaml"_s, workload("          volumeMounts:\n            - name: shared\n         "
                                              "     mountPath: /srv/shared\n",
                                              "      volumes:\n        - name: shared\n          hostPath:\n"
                                              "            path: /mnt/shop\n")}}
        << u"processes.host-path"_s << u"k8s/web.yaml"_s << 21 << u"web"_s << u"/mnt/shop"_s
        << int(Severity::Warning);
    QTest::addRow("bind mount in the production Compose file")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n"},
                 {u"compose.prod.yaml"_s,
                  "services:\n  web:\n    volumes:\n      - /opt/shop/assets:/app/public\n"}}
        << u"processes.host-path"_s << u"compose.prod.yaml"_s << 4 << u"web"_s << u"/opt/shop/assets"_s
        << int(Severity::Warning);
    QTest::addRow("PVC in a Deployment")
        << Files{{u"k8s/web.yaml"_s,
                  workload("          volumeMounts:\n            - name: state\n              mountPath: "
                           "/app/data\n",
                           "      volumes:\n        - name: state\n          persistentVolumeClaim:\n"
                           "            claimName: web-state\n")}}
        << u"processes.stateful-volume"_s << u"k8s/web.yaml"_s << 18 << u"web"_s << u"web-state"_s
        << int(Severity::Warning);
    QTest::addRow("data directory bind-mounted into the app service")
        << Files{{u"compose.yaml"_s, R"yaml(services:
  web:
    build: .
    volumes:
      - ./data:/app/data
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
)yaml"}} << u"processes.stateful-volume"_s
        << u"compose.yaml"_s << 5 << u"web"_s << u"/app/data"_s << int(Severity::Info);
    QTest::addRow("data directory in the production Compose environment")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n"},
                 {u"compose.prod.yaml"_s, "services:\n  web:\n    volumes:\n      - web-data:/srv/app/data\n"
                                          "volumes:\n  web-data:\n"}}
        << u"processes.stateful-volume"_s << u"compose.prod.yaml"_s << 4 << u"web"_s << u"/srv/app/data"_s
        << int(Severity::Warning);
    QTest::addRow("SQLite database in a deployed process")
        << Files{{u"k8s/web.yaml"_s, workload("          env:\n            - name: DATABASE_URL\n"
                                              "              value: sqlite:////srv/shop/db.sqlite3\n")}}
        << u"processes.stateful-volume"_s << u"k8s/web.yaml"_s << 18 << u"web"_s << u"DATABASE_URL"_s
        << int(Severity::Warning);
    QTest::addRow("emptyDir as a data store")
        << Files{{u"k8s/web.yaml"_s,
                  workload("          volumeMounts:\n            - name: store\n              mountPath: "
                           "/var/lib/shop\n",
                           "      volumes:\n        - name: store\n          emptyDir: {}\n")}}
        << u"processes.emptydir-store"_s << u"k8s/web.yaml"_s << 18 << u"web"_s << u"/var/lib/shop"_s
        << int(Severity::Warning);
    QTest::addRow("Service with ClientIP affinity")
        << Files{{u"k8s/service.yaml"_s, R"yaml(apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  sessionAffinity: ClientIP
  ports:
    - port: 80
      targetPort: 8080
)yaml"}} << u"processes.session-affinity"_s
        << u"k8s/service.yaml"_s << 8 << u"web"_s << u"ClientIP"_s << int(Severity::Warning);
    QTest::addRow("Ingress with cookie affinity")
        << Files{{u"k8s/ingress.yaml"_s, R"yaml(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: 10m
    nginx.ingress.kubernetes.io/affinity: cookie
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
                  number: 80
)yaml"}} << u"processes.session-affinity"_s
        << u"k8s/ingress.yaml"_s << 7 << u"shop"_s << u"nginx.ingress.kubernetes.io/affinity"_s
        << int(Severity::Warning);
    QTest::addRow("uploads on a volume")
        << Files{{u"k8s/web.yaml"_s,
                  workload("          volumeMounts:\n            - name: media\n              mountPath: "
                           "/app/media\n",
                           "      volumes:\n        - name: media\n          persistentVolumeClaim:\n"
                           "            claimName: web-media\n")}}
        << u"processes.local-uploads"_s << u"k8s/web.yaml"_s << 18 << u"web"_s << u"/app/media"_s
        << int(Severity::Warning);
    QTest::addRow("UPLOAD_DIR on local disk") << Files{{u"render.yaml"_s, R"yaml(services:
  - type: web
    name: shop
    runtime: node
    startCommand: node server.js
    envVars:
      - key: NODE_ENV
        value: production
      - key: UPLOAD_DIR
        value: /var/shop/uploads
)yaml"}} << u"processes.local-uploads"_s << u"render.yaml"_s
                                              << 9 << u"shop"_s << u"UPLOAD_DIR"_s << int(Severity::Warning);
    QTest::addRow("express-session without a store")
        << Files{{u"src/app.js"_s, expressApp}} << u"processes.in-memory-sessions"_s << u"src/app.js"_s << 6
        << QString() << u"express-session"_s << int(Severity::Warning);
    QTest::addRow("module-level session dict in a Flask app")
        << Files{{u"app/auth.py"_s, flaskApp}} << u"processes.in-memory-sessions"_s << u"app/auth.py"_s << 7
        << QString() << u"SESSIONS"_s << int(Severity::Warning);
    QTest::addRow("Django sessions in the local-memory cache")
        << Files{{u"shop/settings.py"_s, R"py(INSTALLED_APPS = ["django.contrib.sessions"]
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
)py"}} << u"processes.in-memory-sessions"_s
        << u"shop/settings.py"_s << 2 << QString() << u"local memory"_s << int(Severity::Warning);
}

void TestProcessesRules::fires()
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
    QCOMPARE(finding.factor, 6);
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QCOMPARE(finding.workload, workload);
    QCOMPARE(int(finding.severity), severity);
    QVERIFY2(finding.message.contains(mentions), qPrintable(finding.message));
    if (!workload.isEmpty())
        QVERIFY2(finding.message.contains(workload), qPrintable(finding.message));
}

void TestProcessesRules::quiet_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");

    QTest::addRow("database in a StatefulSet")
        << Files{{u"k8s/db.yaml"_s,
                  workload("          volumeMounts:\n            - name: pgdata\n"
                           "              mountPath: /var/lib/postgresql/data\n",
                           "  volumeClaimTemplates:\n    - metadata:\n        name: pgdata\n      spec:\n"
                           "        accessModes: [\"ReadWriteOnce\"]\n",
                           "StatefulSet", "postgres:16.3")}}
        << u"processes.stateful-volume"_s;
    QTest::addRow("redis image in a Deployment with a PVC")
        << Files{{u"k8s/redis.yaml"_s,
                  workload(
                      "          volumeMounts:\n            - name: data\n              mountPath: /data\n",
                      "      volumes:\n        - name: data\n          persistentVolumeClaim:\n"
                      "            claimName: redis-data\n",
                      "Deployment", "redis:7.2-alpine")}}
        << u"processes.stateful-volume"_s;
    QTest::addRow("emptyDir for scratch and caches")
        << Files{{u"k8s/web.yaml"_s,
                  workload("          volumeMounts:\n            - name: tmp\n              mountPath: /tmp\n"
                           "            - name: cache\n              mountPath: /var/cache/nginx\n",
                           "      volumes:\n        - name: tmp\n          emptyDir: {}\n"
                           "        - name: cache\n          emptyDir: {}\n")}}
        << u"processes.emptydir-store"_s;
    QTest::addRow("a Job's scratch emptyDir") << Files{{u"k8s/export.yaml"_s, R"yaml(apiVersion: batch/v1
kind: Job
metadata:
  name: export
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: export
          image: registry.example.com/shop/web:3.2.0
          args: ["python", "manage.py", "export", "--out", "/data/export.csv"]
          volumeMounts:
            - name: work
              mountPath: /data
      volumes:
        - name: work
          emptyDir: {}
)yaml"}} << u"processes.emptydir-store"_s;
    QTest::addRow("emptyDir shared with a sidecar")
        << Files{{u"k8s/web.yaml"_s,
                  workload("          volumeMounts:\n            - name: exchange\n              mountPath: "
                           "/data\n"
                           "        - name: shipper\n          image: fluent/fluent-bit:3.0\n"
                           "          volumeMounts:\n            - name: exchange\n              mountPath: "
                           "/data\n",
                           "      volumes:\n        - name: exchange\n          emptyDir: {}\n")}}
        << u"processes.emptydir-store"_s;
    QTest::addRow("DaemonSet reads node logs")
        << Files{{u"k8s/agent.yaml"_s, workload("          volumeMounts:\n            - name: logs\n         "
                                                "     mountPath: /var/log\n",
                                                "      volumes:\n        - name: logs\n          hostPath:\n"
                                                "            path: /var/log\n",
                                                "DaemonSet", "fluent/fluent-bit:3.0")}}
        << u"processes.host-path"_s;
    QTest::addRow("override mounts the source and data for development")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    build: .\n    volumes:\n      - .:/app\n"},
                 {u"compose.override.yaml"_s, "services:\n  web:\n    volumes:\n      - ./data:/app/data\n"}}
        << u"processes.stateful-volume"_s;
    QTest::addRow("express-session with a Redis store")
        << Files{{u"src/app.js"_s, expressWithRedis}} << u"processes.in-memory-sessions"_s;
    QTest::addRow("session dict outside a web app and in tests")
        << Files{{u"tools/report.py"_s,
                  "sessions = {}\n\ndef add(name, value):\n    sessions[name] = value\n"},
                 {u"tests/test_auth.py"_s, flaskApp}}
        << u"processes.in-memory-sessions"_s;
    QTest::addRow("Django cached sessions on Redis")
        << Files{{u"shop/settings.py"_s, R"py(SESSION_ENGINE = "django.contrib.sessions.backends.cache"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://cache:6379"},
}
)py"}} << u"processes.in-memory-sessions"_s;
    QTest::addRow("Ingress without affinity")
        << Files{{u"k8s/ingress.yaml"_s, R"yaml(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
)yaml"}} << u"processes.session-affinity"_s;
    QTest::addRow("MEDIA_ROOT alongside object storage")
        << Files{{u"k8s/web.yaml"_s,
                  workload("          env:\n            - name: MEDIA_ROOT\n              value: /app/media\n"
                           "            - name: AWS_STORAGE_BUCKET_NAME\n              value: shop-media\n")}}
        << u"processes.local-uploads"_s;
    QTest::addRow("uploads setting in development Compose")
        << Files{{u"compose.yaml"_s,
                  "services:\n  web:\n    build: .\n    environment:\n      UPLOAD_DIR: /app/uploads\n"}}
        << u"processes.local-uploads"_s;
}

void TestProcessesRules::quiet()
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

QTEST_GUILESS_MAIN(TestProcessesRules)
#include "tst_rules_processes.moc"
