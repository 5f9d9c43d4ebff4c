#include "scratchrepo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

// End-to-end: the real binary on a scratch repository, its JSON checked against
// shared/docs/report-format.md and its exit codes against the README.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportFollowsTheContract();
    void everyFormatIsRepresented();
    void secretsNeverAppearInClear();
    void revisionAudit();
    void exitCodes_data();
    void exitCodes();
    void outputFileAndTextFormat();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QJsonObject audit(const QStringList &extra = {});

    QString m_binary;
    std::unique_ptr<tfi::test::ScratchRepo> m_repo;
};

// Secrets planted in the fixture; none may appear in any output.
static const QList<QByteArray> plantedSecrets = {
    "s3cr3t-Pa55w0rd-planted",        "hunter2-planted-db-pass", "sk_live_51PlantedStripeKeyAbcdef12",
    "cGxhbnRlZC1iYXNlNjQtc2VjcmV0",   "planted-base64-secret",   "AKIAPLANTEDKEY000000",
    "fly-planted-secret-value-9f8e7d"};

void TestCli::initTestCase()
{
    m_binary = qEnvironmentVariable("TFI_BINARY");
    QVERIFY2(QFileInfo::exists(m_binary), "TFI_BINARY must name the built twelve-factor-inspector");
    m_repo = std::make_unique<tfi::test::ScratchRepo>();
    m_repo->write({
        {QStringLiteral("k8s/base/deployment.yaml"), R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
  labels: {app: frontend}
spec:
  replicas: 2
  selector:
    matchLabels: {app: frontend}
  template:
    metadata:
      labels: {app: frontend}
    spec:
      containers:
        - name: server
          image: ghcr.io/acme/frontend:1.4.2
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: PRODUCT_CATALOG_SERVICE_ADDR
              value: "productcatalog:3550"
            - name: CART_SERVICE_ADDR
              value: "cartservice:7070"
            - name: DB_PASSWORD
              value: "s3cr3t-Pa55w0rd-planted"
            - name: API_KEY
              valueFrom:
                secretKeyRef: {name: frontend-secrets, key: api-key}
          readinessProbe:
            httpGet: {path: /healthz, port: http}
---
apiVersion: v1
kind: Service
metadata:
  name: frontend
spec:
  type: NodePort
  selector: {app: frontend}
  ports:
    - name: http
      port: 80
      targetPort: http
      nodePort: 30080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: productcatalog
spec:
  selector:
    matchLabels: {app: productcatalog}
  template:
    metadata:
      labels: {app: productcatalog}
    spec:
      containers:
        - name: server
          image: ghcr.io/acme/productcatalog:1.4.2
          ports:
            - containerPort: 3550
---
apiVersion: v1
kind: Service
metadata:
  name: productcatalog
spec:
  selector: {app: productcatalog}
  ports:
    - port: 3550
---
apiVersion: v1
kind: Secret
metadata:
  name: frontend-secrets
data:
  api-key: cGxhbnRlZC1iYXNlNjQtc2VjcmV0
)"},
        {QStringLiteral("docker-compose.yml"), R"(services:
  web:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgres://app:hunter2-planted-db-pass@db:5432/app
      STRIPE_KEY: sk_live_51PlantedStripeKeyAbcdef12
    depends_on:
      - db
  db:
    image: postgres:15
)"},
        {QStringLiteral("docker-compose.override.yml"), R"(services:
  web:
    environment:
      DEBUG: "1"
)"},
        {QStringLiteral("Dockerfile"),
         "FROM python:3.12-slim\nEXPOSE 8000\nCMD [\"gunicorn\", \"app:app\"]\n"},
        {QStringLiteral("heroku/Procfile"),
         "web: gunicorn app:app --bind 0.0.0.0:$PORT\nrelease: python manage.py migrate\n"},
        {QStringLiteral("heroku/app.json"),
         R"({"name": "shop", "env": {"AWS_ACCESS_KEY": {"value": "AKIAPLANTEDKEY000000"}}, "formation": {"web": {"quantity": 2}}})"},
        {QStringLiteral("fly/fly.toml"),
         "app = \"shop\"\n[env]\n  SECRET_TOKEN = \"fly-planted-secret-value-9f8e7d\"\n[http_service]\n  "
         "internal_port = 8080\n"},
        {QStringLiteral("render.yaml"), "services:\n  - type: web\n    name: render-web\n    runtime: "
                                        "python\n    startCommand: gunicorn app:app\n"},
        {QStringLiteral("config/.env.example"), "DATABASE_URL=\nSECRET_KEY=changeme\n"},
        {QStringLiteral("k8s/broken.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: [unclosed\n"},
    });
    m_repo->commit(QStringLiteral("initial"));
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(m_binary, arguments);
    if (!process.waitForFinished(120000))
        qFatal("the CLI did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestCli::audit(const QStringList &extra)
{
    const Run result = run(QStringList{QStringLiteral("audit"), m_repo->root()} + extra);
    if (result.exitCode != 0)
        qWarning("stderr: %s", result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

static void requireKeys(const QJsonObject &object, const QStringList &keys, const char *where)
{
    for (const QString &key : keys)
        QVERIFY2(object.contains(key),
                 qPrintable(QStringLiteral("%1 lacks \"%2\"").arg(QLatin1String(where), key)));
}

static void checkLocation(const QJsonValue &value, bool nullable)
{
    if (value.isNull()) {
        QVERIFY(nullable);
        return;
    }
    QVERIFY(value.isObject());
    const QJsonObject location = value.toObject();
    requireKeys(location, {u"path"_qs, u"line"_qs, u"column"_qs}, "location");
    QVERIFY(!location.value(u"path").toString().isEmpty());
    QVERIFY(!location.value(u"path").toString().startsWith(u'/'));
    QVERIFY(location.value(u"line").isNull() || location.value(u"line").toInt() >= 1);
}

void TestCli::reportFollowsTheContract()
{
    const QJsonObject report = audit();
    requireKeys(report,
                {u"schemaVersion"_qs, u"tool"_qs, u"repository"_qs, u"summary"_qs, u"factors"_qs,
                 u"findings"_qs, u"environments"_qs, u"variables"_qs, u"processes"_qs, u"connections"_qs,
                 u"checklist"_qs, u"diagnostics"_qs},
                "report");
    QCOMPARE(report.value(u"schemaVersion").toInt(), 1);
    QCOMPARE(report.value(u"tool").toObject().value(u"name").toString(), u"twelve-factor-inspector"_qs);

    const QJsonObject repository = report.value(u"repository").toObject();
    requireKeys(repository, {u"root"_qs, u"revision"_qs, u"ref"_qs, u"source"_qs, u"dirty"_qs}, "repository");
    QVERIFY(
        QRegularExpression(u"^[0-9a-f]{40}$"_qs).match(repository.value(u"revision").toString()).hasMatch());
    QCOMPARE(repository.value(u"source").toString(), u"worktree"_qs);
    QCOMPARE(repository.value(u"ref").toString(), u"HEAD"_qs);
    QCOMPARE(repository.value(u"dirty").toBool(), false);

    const QJsonObject summary = report.value(u"summary").toObject();
    requireKeys(summary, {u"score"_qs, u"errors"_qs, u"warnings"_qs, u"infos"_qs, u"suppressed"_qs},
                "summary");

    const QJsonArray factors = report.value(u"factors").toArray();
    QCOMPARE(factors.size(), 12);
    const QStringList keys = {
        u"codebase"_qs,          u"dependencies"_qs,    u"config"_qs,       u"backing-services"_qs,
        u"build-release-run"_qs, u"processes"_qs,       u"port-binding"_qs, u"concurrency"_qs,
        u"disposability"_qs,     u"dev-prod-parity"_qs, u"logs"_qs,         u"admin-processes"_qs};
    const QStringList statuses = {u"pass"_qs, u"warn"_qs, u"fail"_qs, u"not-applicable"_qs, u"unknown"_qs};
    for (int i = 0; i < 12; ++i) {
        const QJsonObject factor = factors.at(i).toObject();
        requireKeys(factor, {u"number"_qs, u"key"_qs, u"title"_qs, u"status"_qs, u"score"_qs, u"findings"_qs},
                    "factor");
        QCOMPARE(factor.value(u"number").toInt(), i + 1);
        QCOMPARE(factor.value(u"key").toString(), keys.at(i));
        QVERIFY(statuses.contains(factor.value(u"status").toString()));
    }

    for (const QJsonValue &value : report.value(u"findings").toArray()) {
        const QJsonObject finding = value.toObject();
        requireKeys(finding,
                    {u"id"_qs, u"rule"_qs, u"factor"_qs, u"severity"_qs, u"title"_qs, u"message"_qs,
                     u"remediation"_qs, u"location"_qs, u"environment"_qs, u"workload"_qs, u"history"_qs,
                     u"suppressed"_qs},
                    "finding");
        checkLocation(finding.value(u"location"), true);
    }

    const QJsonArray variables = report.value(u"variables").toArray();
    QVERIFY(!variables.isEmpty());
    for (const QJsonValue &value : variables) {
        const QJsonObject variable = value.toObject();
        requireKeys(variable, {u"name"_qs, u"workload"_qs, u"status"_qs, u"values"_qs}, "variable");
        QVERIFY(QStringList({u"same"_qs, u"differs"_qs, u"missing"_qs})
                    .contains(variable.value(u"status").toString()));
        const QJsonObject values = variable.value(u"values").toObject();
        QVERIFY(!values.isEmpty());
        for (const QJsonValue &cellValue : values) {
            const QJsonObject cell = cellValue.toObject();
            requireKeys(cell, {u"kind"_qs, u"display"_qs, u"sensitive"_qs, u"digest"_qs, u"location"_qs},
                        "value");
            QVERIFY(QStringList({u"literal"_qs, u"secret-ref"_qs, u"configmap-ref"_qs, u"field-ref"_qs,
                                 u"interpolated"_qs, u"unset"_qs})
                        .contains(cell.value(u"kind").toString()));
            if (!cell.value(u"digest").isNull())
                QVERIFY(QRegularExpression(u"^[0-9a-f]{12}$"_qs)
                            .match(cell.value(u"digest").toString())
                            .hasMatch());
            checkLocation(cell.value(u"location"), true);
        }
    }

    const QStringList processKinds = {u"deployment"_qs,
                                      u"statefulset"_qs,
                                      u"daemonset"_qs,
                                      u"replicaset"_qs,
                                      u"job"_qs,
                                      u"cronjob"_qs,
                                      u"pod"_qs,
                                      u"compose-service"_qs,
                                      u"procfile"_qs,
                                      u"fly-process"_qs,
                                      u"render-service"_qs,
                                      u"heroku-formation"_qs,
                                      u"dockerfile"_qs};
    for (const QJsonValue &value : report.value(u"processes").toArray()) {
        const QJsonObject process = value.toObject();
        requireKeys(process,
                    {u"name"_qs, u"environment"_qs, u"kind"_qs, u"location"_qs, u"image"_qs, u"command"_qs,
                     u"replicas"_qs, u"ports"_qs},
                    "process");
        QVERIFY2(processKinds.contains(process.value(u"kind").toString()),
                 qPrintable(process.value(u"kind").toString()));
        checkLocation(process.value(u"location"), false);
        for (const QJsonValue &portValue : process.value(u"ports").toArray()) {
            requireKeys(portValue.toObject(),
                        {u"name"_qs, u"protocol"_qs, u"containerPort"_qs, u"servicePort"_qs,
                         u"publishedPort"_qs, u"location"_qs},
                        "port");
        }
    }
    for (const QJsonValue &value : report.value(u"connections").toArray()) {
        requireKeys(
            value.toObject(),
            {u"from"_qs, u"to"_qs, u"port"_qs, u"via"_qs, u"resolved"_qs, u"environment"_qs, u"location"_qs},
            "connection");
        checkLocation(value.toObject().value(u"location"), false);
    }
    for (const QJsonValue &value : report.value(u"diagnostics").toArray()) {
        requireKeys(value.toObject(), {u"path"_qs, u"line"_qs, u"severity"_qs, u"message"_qs}, "diagnostic");
    }
}

void TestCli::everyFormatIsRepresented()
{
    const QJsonObject report = audit();
    QMap<QString, QJsonObject> processes;
    for (const QJsonValue &value : report.value(u"processes").toArray())
        processes.insert(value.toObject().value(u"kind").toString() + u'/' +
                             value.toObject().value(u"name").toString(),
                         value.toObject());
    QVERIFY2(processes.contains(u"deployment/frontend"_qs),
             qPrintable(QStringList(processes.keys()).join(u',')));
    QVERIFY(processes.contains(u"compose-service/web"_qs));
    QVERIFY(processes.contains(u"compose-service/db"_qs));
    QVERIFY(processes.contains(u"procfile/web"_qs));
    QVERIFY(processes.contains(u"render-service/render-web"_qs));
    QVERIFY(!processes.contains(u"procfile/release"_qs)); // a phase, not a process

    // The port chain: containerPort 8080 (named http) <- Service port 80 <- nodePort 30080.
    const QJsonArray frontendPorts = processes.value(u"deployment/frontend"_qs).value(u"ports").toArray();
    QCOMPARE(frontendPorts.size(), 1);
    QCOMPARE(frontendPorts.at(0).toObject().value(u"containerPort").toInt(), 8080);
    QCOMPARE(frontendPorts.at(0).toObject().value(u"servicePort").toInt(), 80);
    QCOMPARE(frontendPorts.at(0).toObject().value(u"publishedPort").toInt(), 30080);
    QCOMPARE(processes.value(u"procfile/web"_qs).value(u"replicas").toInt(), 2); // app.json formation
    const QJsonArray webPorts = processes.value(u"compose-service/web"_qs).value(u"ports").toArray();
    QCOMPARE(webPorts.at(0).toObject().value(u"publishedPort").toInt(), 8000);

    // Connections: productcatalog resolves, cartservice dangles, compose depends_on resolves.
    QMap<QString, bool> connections;
    for (const QJsonValue &value : report.value(u"connections").toArray()) {
        const QJsonObject connection = value.toObject();
        connections.insert(connection.value(u"from").toString() + u"->" + connection.value(u"to").toString(),
                           connection.value(u"resolved").toBool());
    }
    QCOMPARE(connections.value(u"frontend->productcatalog"_qs, false), true);
    QVERIFY(connections.contains(u"frontend->cartservice"_qs));
    QCOMPARE(connections.value(u"frontend->cartservice"_qs), false);
    QCOMPARE(connections.value(u"web->db"_qs, false), true);

    // The override's DEBUG reaches the default Compose environment.
    bool debugFromOverride = false;
    for (const QJsonValue &value : report.value(u"variables").toArray()) {
        const QJsonObject variable = value.toObject();
        if (variable.value(u"name").toString() == u"DEBUG" &&
            variable.value(u"workload").toString() == u"web") {
            const QJsonObject cell = variable.value(u"values").toObject().begin()->toObject();
            debugFromOverride = cell.value(u"location").toObject().value(u"path").toString() ==
                                u"docker-compose.override.yml";
        }
    }
    QVERIFY(debugFromOverride);

    // The broken file is a diagnostic with its path and line; the rest of the audit went on.
    bool brokenReported = false;
    for (const QJsonValue &value : report.value(u"diagnostics").toArray()) {
        const QJsonObject diagnostic = value.toObject();
        brokenReported |= diagnostic.value(u"path").toString() == u"k8s/broken.yaml" &&
                          diagnostic.value(u"line").toInt() >= 3;
    }
    QVERIFY(brokenReported);
}

void TestCli::secretsNeverAppearInClear()
{
    for (const QString &format : {u"json"_qs, u"text"_qs, u"sarif"_qs}) {
        const Run result = run({u"audit"_qs, m_repo->root(), u"--format"_qs, format});
        QCOMPARE(result.exitCode, 0);
        for (const QByteArray &secret : plantedSecrets) {
            QVERIFY2(!result.out.contains(secret), secret.constData());
            QVERIFY2(!result.err.contains(secret), secret.constData());
        }
    }
    // The secret-ref resolves through the committed Secret: masked, with a digest.
    const QJsonObject report = audit();
    bool apiKeyMasked = false;
    for (const QJsonValue &value : report.value(u"variables").toArray()) {
        const QJsonObject variable = value.toObject();
        if (variable.value(u"name").toString() != u"API_KEY")
            continue;
        const QJsonObject cell = variable.value(u"values").toObject().begin()->toObject();
        apiKeyMasked = cell.value(u"sensitive").toBool() && cell.value(u"kind").toString() == u"secret-ref" &&
                       !cell.value(u"digest").isNull() && cell.value(u"display").toString().contains(u"****");
    }
    QVERIFY(apiKeyMasked);
}

void TestCli::revisionAudit()
{
    m_repo->write(QStringLiteral("render.yaml"),
                  "services:\n  - type: web\n    name: renamed-web\n    runtime: python\n");
    const QJsonObject worktree = audit();
    QCOMPARE(worktree.value(u"repository").toObject().value(u"dirty").toBool(), true);
    const QJsonObject atHead = audit({u"--rev"_qs, u"HEAD"_qs});
    const QJsonObject repository = atHead.value(u"repository").toObject();
    QCOMPARE(repository.value(u"source").toString(), u"commit"_qs);
    QCOMPARE(repository.value(u"ref").toString(), u"HEAD"_qs);
    QCOMPARE(repository.value(u"dirty").toBool(), false);
    bool committedName = false;
    for (const QJsonValue &value : atHead.value(u"processes").toArray())
        committedName |= value.toObject().value(u"name").toString() == u"render-web";
    QVERIFY(committedName);
    m_repo->write(QStringLiteral("render.yaml"), "services:\n  - type: web\n    name: render-web\n    "
                                                 "runtime: python\n    startCommand: gunicorn app:app\n");
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrMentions");
    QTest::addRow("missing path") << QStringList{u"audit"_qs, u"/nonexistent/tfi/cli"_qs} << 2
                                  << u"/nonexistent/tfi/cli"_qs;
    QTest::addRow("unknown revision")
        << QStringList{u"audit"_qs, u"@REPO@"_qs, u"--rev"_qs, u"nope-branch"_qs} << 2 << u"nope-branch"_qs;
    QTest::addRow("no path") << QStringList{u"audit"_qs} << 2 << u"path"_qs;
    QTest::addRow("unknown format") << QStringList{u"audit"_qs, u"@REPO@"_qs, u"--format"_qs, u"xml"_qs} << 2
                                    << u"xml"_qs;
    QTest::addRow("bad fail-on") << QStringList{u"audit"_qs, u"@REPO@"_qs, u"--fail-on"_qs, u"fatal"_qs} << 2
                                 << u"fatal"_qs;
    QTest::addRow("bad limit") << QStringList{u"audit"_qs, u"@REPO@"_qs, u"--max-file-size"_qs, u"-3"_qs} << 2
                               << u"-3"_qs;
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_qs} << 2 << QString();
    QTest::addRow("completes") << QStringList{u"audit"_qs, u"@REPO@"_qs} << 0 << QString();
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrMentions);
    arguments.replaceInStrings(u"@REPO@"_qs, m_repo->root());
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (!stderrMentions.isEmpty())
        QVERIFY2(QString::fromUtf8(result.err).contains(stderrMentions), result.err.constData());
}

void TestCli::outputFileAndTextFormat()
{
    QTemporaryDir output;
    const QString path = output.filePath(u"report.json"_qs);
    const Run result = run({u"audit"_qs, m_repo->root(), u"--output"_qs, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"schemaVersion").toInt(), 1);

    const Run text = run({u"audit"_qs, m_repo->root(), u"--format"_qs, u"text"_qs});
    QCOMPARE(text.exitCode, 0);
    const QString summary = QString::fromUtf8(text.out);
    QVERIFY(summary.contains(u"Backing services"));
    QVERIFY(summary.contains(u"k8s/broken.yaml:3"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
