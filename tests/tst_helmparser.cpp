#include "memoryfileindex.h"
#include "parsers/helmparser.h"

#include <QtTest>

#include <QElapsedTimer>

using namespace tfi;
using namespace Qt::StringLiterals;

namespace {

// A chart laid out the way `helm create` does, with a production values file and hook templates.
const QByteArray chartYaml = R"yaml(apiVersion: v2
name: shop
description: The shop web tier
type: application
version: 0.7.1
appVersion: "1.4.2"
dependencies:
  - name: redis
    version: 18.x.x
    repository: https://charts.bitnami.com/bitnami
)yaml";

const QByteArray valuesYaml = R"yaml(# Default values for shop.
replicaCount: 2

image:
  repository: registry.example.com/shop/web
  tag: ""  # defaults to the chart appVersion
  pullPolicy: IfNotPresent

env:
  - name: LOG_LEVEL
    value: info
  - name: DATABASE_URL
    valueFrom:
      secretKeyRef:
        name: shop-db
        key: url

resources:
  limits:
    cpu: 500m
    memory: 512Mi

podAnnotations: {}
tolerations: []
migrations:
  enabled: true
  command: ["python", "manage.py", "migrate"]
service:
  port: 80
  annotations:
    cloud.google.com/neg: '{"ingress": true}'
nodeSelector:
)yaml";

const QByteArray prodValuesYaml = R"yaml(replicaCount: 6
image:
  tag: 1.4.3
resources:
  limits:
    cpu: "2"
    memory: 2Gi
env:
  - name: LOG_LEVEL
    value: warning
sentry:
  dsn: https://abc123@o1.ingest.sentry.io/42
)yaml";

const QByteArray migrateJobTemplate = R"yaml({{- if .Values.migrations.enabled }}
apiVersion: batch/v1
kind: Job
metadata:
  name: shop-migrate
  labels:
    {{- include "shop.labels" . | nindent 4 }}
  annotations:
    "helm.sh/hook": pre-install,pre-upgrade
    "helm.sh/hook-weight": "-5"
    "helm.sh/hook-delete-policy": before-hook-creation,hook-succeeded
spec:
  backoffLimit: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          command:
            - python
            - manage.py
          args: ["migrate", "--noinput"]
{{- end }}
)yaml";

const QByteArray hooksTemplate = R"yaml({{/*
  helm.sh/hook: this comment must not count
*/}}
apiVersion: v1
kind: Pod
metadata:
  name: {{ include "shop.fullname" . }}-smoke-test
  annotations:
    helm.sh/hook: test  # run by `helm test`
spec:
  containers:
    - name: curl
      image: curlimages/curl:8.5.0
      command: ['curl', '--fail', 'http://{{ include "shop.fullname" . }}:{{ .Values.service.port }}/healthz']
---
apiVersion: batch/v1
kind: Job
metadata:
  annotations: {"helm.sh/hook": "post-install", "helm.sh/hook-weight": "1"}
  name: seed-data
spec:
  template:
    spec:
      containers:
        - name: seed
          image: shop/web
          args:
            - /bin/sh
            - -c
            - |
              python manage.py loaddata fixtures.json
              echo done
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: not-a-hook
  annotations:
    helm.sh/hook-weight: "3"
)yaml";
const QString chartDirectory = u"deploy/charts/shop"_s;

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(QStringLiteral("%1:%2: %3")
                         .arg(diagnostic.location.path)
                         .arg(diagnostic.location.line)
                         .arg(diagnostic.message));
    return lines.join(u'\n');
}

DeploymentModel parseValues(const QString &path, const QByteArray &text, const ParseLimits &limits = {})
{
    test::MemoryFileIndex index;
    DeploymentModel out;
    parseHelmValues(index.add(path, text), chartDirectory, ParseContext{index, limits}, out);
    return out;
}

DeploymentModel parseTemplate(const QString &path, const QByteArray &text)
{
    test::MemoryFileIndex index;
    DeploymentModel out;
    parseHelmTemplate(index.add(path, text), chartDirectory, ParseContext{index, ParseLimits{}}, out);
    return out;
}

DeploymentModel parseChart(const QString &path, const QByteArray &text)
{
    test::MemoryFileIndex index;
    DeploymentModel out;
    parseHelmChartFile(index.add(path, text), ParseContext{index, ParseLimits{}}, out);
    return out;
}

} // namespace

class TestHelmParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartFile();
    void brokenChartFiles_data();
    void brokenChartFiles();
    void flattenedValues_data();
    void flattenedValues();
    void valuesFileShape();
    void environmentHint_data();
    void environmentHint();
    void valuesNodeBudget();
    void unusualValuesFiles_data();
    void unusualValuesFiles();
    void hookTemplates_data();
    void hookTemplates();
    void templatesWithoutHooks_data();
    void templatesWithoutHooks();
};

void TestHelmParser::chartFile()
{
    const DeploymentModel model = parseChart(chartDirectory + u"/Chart.yaml"_s, chartYaml);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.helmCharts.size(), 1);
    const HelmChartInfo &chart = model.helmCharts.first();
    QCOMPARE(chart.directory, chartDirectory);
    QCOMPARE(chart.name, u"shop"_s);
    QCOMPARE(chart.version, u"0.7.1"_s);
    QCOMPARE(chart.appVersion, u"1.4.2"_s);
    QCOMPARE(chart.location, (Location{chartDirectory + u"/Chart.yaml"_s, 2, 1}));
    // The model builder lists these from the file tree.
    QVERIFY(chart.valuesFiles.isEmpty());
    QVERIFY(chart.templateFiles.isEmpty());
}

void TestHelmParser::brokenChartFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("charts");
    QTest::addColumn<int>("line");
    QTest::addColumn<DiagnosticSeverity>("severity");

    QTest::addRow("no name") << QByteArray("apiVersion: v2\n# name missing\nversion: 1.0.0\n") << 1 << 1
                             << DiagnosticSeverity::Warning;
    QTest::addRow("name is a list") << QByteArray("apiVersion: v2\nversion: 1.0.0\nname: [a, b]\n") << 1 << 3
                                    << DiagnosticSeverity::Warning;
    QTest::addRow("not a mapping") << QByteArray("- shop\n- 1.0.0\n") << 0 << 1 << DiagnosticSeverity::Error;
    QTest::addRow("invalid yaml") << QByteArray("apiVersion: v2\nname: shop\nversion: [1.0\n") << 0 << 3
                                  << DiagnosticSeverity::Error;
}

void TestHelmParser::brokenChartFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(int, charts);
    QFETCH(int, line);
    QFETCH(DiagnosticSeverity, severity);

    const DeploymentModel model = parseChart(u"chart/Chart.yaml"_s, text);
    QCOMPARE(model.helmCharts.size(), charts);
    QVERIFY(!model.diagnostics.isEmpty());
    QCOMPARE(model.diagnostics.first().severity, severity);
    QCOMPARE(model.diagnostics.first().location.path, u"chart/Chart.yaml"_s);
    QCOMPARE(model.diagnostics.first().location.line, line);
    if (charts == 1) {
        QCOMPARE(model.helmCharts.first().version, u"1.0.0"_s);
        QVERIFY(model.helmCharts.first().name.isEmpty());
    }
}

void TestHelmParser::flattenedValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("top-level scalar") << valuesYaml << u"replicaCount"_s << u"2"_s << 2 << 1;
    QTest::addRow("nested") << valuesYaml << u"image.repository"_s << u"registry.example.com/shop/web"_s << 5
                            << 3;
    QTest::addRow("empty string") << valuesYaml << u"image.tag"_s << QString() << 6 << 3;
    QTest::addRow("list of maps") << valuesYaml << u"env[0].name"_s << u"LOG_LEVEL"_s << 10 << 5;
    QTest::addRow("list of maps value") << valuesYaml << u"env[0].value"_s << u"info"_s << 11 << 5;
    QTest::addRow("deep in a list") << valuesYaml << u"env[1].valueFrom.secretKeyRef.name"_s << u"shop-db"_s
                                    << 15 << 9;
    QTest::addRow("resources") << valuesYaml << u"resources.limits.cpu"_s << u"500m"_s << 20 << 5;
    QTest::addRow("boolean") << valuesYaml << u"migrations.enabled"_s << u"true"_s << 26 << 3;
    QTest::addRow("flow list item") << valuesYaml << u"migrations.command[2]"_s << u"migrate"_s << 27 << 36;
    QTest::addRow("key with dots") << valuesYaml << u"service.annotations.cloud.google.com/neg"_s
                                   << u"{\"ingress\": true}"_s << 31 << 5;
    QTest::addRow("null") << valuesYaml << u"nodeSelector"_s << QString() << 32 << 1;
    QTest::addRow("prod override") << prodValuesYaml << u"image.tag"_s << u"1.4.3"_s << 3 << 3;
    QTest::addRow("prod quoted") << prodValuesYaml << u"resources.limits.cpu"_s << u"2"_s << 6 << 5;
    QTest::addRow("prod list") << prodValuesYaml << u"env[0].value"_s << u"warning"_s << 10 << 5;
    QTest::addRow("prod only") << prodValuesYaml << u"sentry.dsn"_s
                               << u"https://abc123@o1.ingest.sentry.io/42"_s << 12 << 3;
}

void TestHelmParser::flattenedValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(int, line);
    QFETCH(int, column);

    const QString file = chartDirectory + u"/values.yaml"_s;
    const DeploymentModel model = parseValues(file, text);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.helmValues.size(), 1);
    const QList<HelmValue> &values = model.helmValues.first().values;
    const auto it =
        std::find_if(values.cbegin(), values.cend(), [&](const HelmValue &v) { return v.path == path; });
    QVERIFY2(it != values.cend(), qPrintable(path));
    QCOMPARE(it->value, value);
    QCOMPARE(it->location, (Location{file, line, column}));
    QCOMPARE(
        std::count_if(values.cbegin(), values.cend(), [&](const HelmValue &v) { return v.path == path; }), 1);
}

void TestHelmParser::valuesFileShape()
{
    const DeploymentModel model = parseValues(chartDirectory + u"/values.yaml"_s, valuesYaml);
    const HelmValuesFile &file = model.helmValues.first();
    QCOMPARE(file.path, chartDirectory + u"/values.yaml"_s);
    QCOMPARE(file.chartDirectory, chartDirectory);
    QStringList paths;
    for (const HelmValue &value : file.values)
        paths.append(value.path);
    // Empty maps and lists are not values; a null is (it removes a default when files merge).
    const QStringList expected{
        u"replicaCount"_s,
        u"image.repository"_s,
        u"image.tag"_s,
        u"image.pullPolicy"_s,
        u"env[0].name"_s,
        u"env[0].value"_s,
        u"env[1].name"_s,
        u"env[1].valueFrom.secretKeyRef.name"_s,
        u"env[1].valueFrom.secretKeyRef.key"_s,
        u"resources.limits.cpu"_s,
        u"resources.limits.memory"_s,
        u"migrations.enabled"_s,
        u"migrations.command[0]"_s,
        u"migrations.command[1]"_s,
        u"migrations.command[2]"_s,
        u"service.port"_s,
        u"service.annotations.cloud.google.com/neg"_s,
        u"nodeSelector"_s,
    };
    QCOMPARE(paths, expected);
}

void TestHelmParser::environmentHint_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("hint");

    QTest::addRow("default") << u"chart/values.yaml"_s << QString();
    QTest::addRow("yml default") << u"chart/values.yml"_s << QString();
    QTest::addRow("dash") << u"chart/values-prod.yaml"_s << u"prod"_s;
    QTest::addRow("dot") << u"chart/values.prod.yaml"_s << u"prod"_s;
    QTest::addRow("underscore") << u"chart/values_dev.yml"_s << u"dev"_s;
    QTest::addRow("directory") << u"chart/values/prod.yaml"_s << u"prod"_s;
    QTest::addRow("suffix") << u"chart/ci/staging-values.yaml"_s << u"staging"_s;
    QTest::addRow("compound") << u"chart/values-prod-eu.yaml"_s << u"prod-eu"_s;
    QTest::addRow("root chart") << u"values-qa.yaml"_s << u"qa"_s;
    QTest::addRow("unrelated name") << u"chart/overrides.yaml"_s << QString();
}

void TestHelmParser::environmentHint()
{
    QFETCH(QString, path);
    QFETCH(QString, hint);
    const DeploymentModel model = parseValues(path, prodValuesYaml);
    QCOMPARE(model.helmValues.size(), 1);
    QCOMPARE(model.helmValues.first().environmentHint, hint);
    QCOMPARE(model.helmValues.first().values.size(), 7);
}

void TestHelmParser::valuesNodeBudget()
{
    // Each level multiplies the tree by ten through aliases: a few lines, a million nodes.
    QByteArray text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level <= 6; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        QByteArrayList items(10, previous);
        text += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" +
                items.join(", ") + "]\n";
    }
    ParseLimits limits;
    limits.maxYamlNodes = 5000;
    QElapsedTimer timer;
    timer.start();
    const DeploymentModel model = parseValues(u"chart/values.yaml"_s, text, limits);
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(model.diagnostics.size(), 1);
    QCOMPARE(model.diagnostics.first().severity, DiagnosticSeverity::Warning);
    QVERIFY(model.diagnostics.first().message.contains(u"5000"));
    QCOMPARE(model.diagnostics.first().location.line, 1);
    QCOMPARE(model.helmValues.size(), 1);
    const QList<HelmValue> &values = model.helmValues.first().values;
    QVERIFY(values.size() > 100 && values.size() < 5000);
    QCOMPARE(values.first().path, u"l0[0]"_s);

    // The default budget stops the same tree too.
    const DeploymentModel defaults = parseValues(u"chart/values.yaml"_s, text);
    QCOMPARE(defaults.diagnostics.size(), 1);
    QVERIFY(defaults.helmValues.first().values.size() <= ParseLimits{}.maxYamlNodes);
}

void TestHelmParser::unusualValuesFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("values");
    QTest::addColumn<QList<int>>("diagnosticLines");

    QTest::addRow("empty") << QByteArray("# all defaults live in the templates\n") << 0 << QList<int>{};
    QTest::addRow("not a mapping") << QByteArray("- a\n- b\n") << 0 << QList<int>{1};
    QTest::addRow("second document ignored") << QByteArray("a: 1\n---\nb: 2\n") << 1 << QList<int>{3};
    QTest::addRow("broken yaml") << QByteArray("a: 1\nb: [2\n") << 0 << QList<int>{2};
    QTest::addRow("complex key skipped") << QByteArray("? [a, b]\n: 1\nc: 2\n") << 1 << QList<int>{};
}

void TestHelmParser::unusualValuesFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(int, values);
    QFETCH(QList<int>, diagnosticLines);

    const DeploymentModel model = parseValues(u"chart/values.yaml"_s, text);
    // The file is still listed, so the chart knows it has one.
    QCOMPARE(model.helmValues.size(), 1);
    QCOMPARE(model.helmValues.first().values.size(), values);
    QList<int> lines;
    for (const Diagnostic &diagnostic : model.diagnostics)
        lines.append(diagnostic.location.line);
    QCOMPARE(lines, diagnosticLines);
}

void TestHelmParser::hookTemplates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("hookTypes");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("hooks");

    QTest::addRow("migration job") << migrateJobTemplate << u"templates/migrate-job.yaml"_s << 0
                                   << u"shop-migrate"_s << QStringList{u"pre-install"_s, u"pre-upgrade"_s}
                                   << u"python manage.py migrate --noinput"_s << 9 << 5 << 1;
    QTest::addRow("templated name falls back to the file")
        << hooksTemplate << u"templates/tests/hooks.yaml"_s << 0 << u"hooks"_s << QStringList{u"test"_s}
        << u"curl --fail http://{{ include \"shop.fullname\" . }}:{{ .Values.service.port }}/healthz"_s << 9
        << 5 << 2;
    QTest::addRow("flow annotations and block scalar")
        << hooksTemplate << u"templates/tests/hooks.yaml"_s << 1 << u"seed-data"_s
        << QStringList{u"post-install"_s} << u"/bin/sh -c python manage.py loaddata fixtures.json echo done"_s
        << 19 << 17 << 2;
}

void TestHelmParser::hookTemplates()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QStringList, hookTypes);
    QFETCH(QString, command);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, hooks);

    const QString path = chartDirectory + u'/' + file;
    const DeploymentModel model = parseTemplate(path, text);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.adminTasks.size(), hooks);
    const AdminTask &task = model.adminTasks.at(index);
    QCOMPARE(task.kind, AdminTask::Kind::HelmHook);
    QCOMPARE(task.name, name);
    QCOMPARE(task.hookTypes, hookTypes);
    QCOMPARE(task.command, command);
    QCOMPARE(task.location, (Location{path, line, column}));
    QVERIFY(task.environment.isEmpty());
    // Templates are never parsed as manifests.
    QVERIFY(model.workloads.isEmpty());
}

void TestHelmParser::templatesWithoutHooks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("deployment") << QByteArray(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
  annotations:
    checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
spec:
  replicas: {{ .Values.replicaCount }}
)");
    QTest::addRow("hook weight only")
        << QByteArray("metadata:\n  annotations:\n    helm.sh/hook-weight: \"3\"\n"
                      "    \"helm.sh/hook-delete-policy\": hook-succeeded\n");
    QTest::addRow("commented out") << QByteArray(
        "metadata:\n  annotations:\n    # helm.sh/hook: pre-install\n");
    QTest::addRow("template comment") << QByteArray("{{- /* helm.sh/hook: pre-install */}}\nkind: Job\n");
    QTest::addRow("helpers") << QByteArray(R"({{- define "shop.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
{{- end }}
)");
    QTest::addRow("binary") << QByteArray("\x00\x01{{\xff\xfe", 6);
    QTest::addRow("empty") << QByteArray();
}

void TestHelmParser::templatesWithoutHooks()
{
    QFETCH(QByteArray, text);
    const DeploymentModel model = parseTemplate(chartDirectory + u"/templates/other.yaml"_s, text);
    QVERIFY(model.adminTasks.isEmpty());
    QVERIFY(model.diagnostics.isEmpty());
}

QTEST_GUILESS_MAIN(TestHelmParser)
#include "tst_helmparser.moc"
