#include "environments.h"
#include "helmrender.h"
#include "memoryfileindex.h"
#include "parsers/helmparser.h"

#include <QtTest>

#include <QElapsedTimer>

using namespace tfi;
using namespace Qt::StringLiterals;

// Declared before the fixtures: moc stops reading at "//" inside a raw string literal.
class TestHelmRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workloadsPerEnvironment_data();
    void workloadsPerEnvironment();
    void envPerEnvironment_data();
    void envPerEnvironment();
    void containerDetails();
    void helmCreateChart_data();
    void helmCreateChart();
    void environmentFileNames_data();
    void environmentFileNames();
    void mergeSemantics_data();
    void mergeSemantics();
    void expressions_data();
    void expressions();
    void workloadNames_data();
    void workloadNames();
    void malformedTemplates_data();
    void malformedTemplates();
    void hostileTemplates_data();
    void hostileTemplates();
    void otherChartsValuesIgnored();
    void normalizedImageNames_data();
    void normalizedImageNames();
};

namespace {

const QString chartDirectory = u"deploy/shop"_s;

QString chartPath(const QString &relative)
{
    return chartDirectory + u'/' + relative;
}

// A chart laid out the way `helm create` does: include-based names, an image tag that defaults to the
// appVersion, env from a list, from a map through range and from a list through toYaml, a secretKeyRef,
// a worker that dev disables, and a test hook.
const QByteArray chartYaml = R"yaml(apiVersion: v2
name: shop
description: The shop storefront
type: application
version: 1.4.0
appVersion: "2.3.1"
)yaml";

const QByteArray valuesYaml = R"yaml(# Default values for shop.
replicaCount: 1
image:
  repository: docker.io/acme/shop
  tag: ""
  pullPolicy: IfNotPresent
logLevel: debug
service:
  port: 8080
env:
  FEATURE_FLAGS: beta
  CACHE_TTL: "60"
extraEnv:
  - name: REGION
    value: eu-west-1
  - name: DEBUG_SQL
    value: "true"
  - name: LOCALE
    value: en_GB
database:
  secretName: shop-db
autoscaling:
  enabled: false
worker:
  enabled: true
  replicaCount: 2
  queue: default
)yaml";

const QByteArray prodValuesYaml = R"yaml(replicaCount: 3
image:
  tag: "2.4.0"
logLevel: warn
sentry:
  dsn: https://key@sentry.example.com/4
env:
  CACHE_TTL: "300"
extraEnv:
  - name: REGION
    value: us-east-1
  - name: TRACE_SAMPLING
    value: "0.1"
database:
  secretName: shop-db-prod
)yaml";

const QByteArray devValuesYaml = R"yaml(worker:
  enabled: false
logLevel: trace
)yaml";

const QByteArray helpersTpl = R"yaml({{/*
Expand the name of the chart.
*/}}
{{- define "shop.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "shop.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
)yaml";

const QByteArray deploymentYaml = R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
  labels:
    {{- include "shop.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ .Chart.Name }}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: {{ .Chart.Name }}
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
              protocol: TCP
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          env:
            - name: LOG_LEVEL
              value: {{ .Values.logLevel | quote }}
            - name: SENTRY_DSN
              value: {{ .Values.sentry.dsn | quote }}
            - name: PUBLIC_URL
              value: "https://{{ .Release.Name }}.shop.example.com"
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.database.secretName }}
                  key: password
            {{- range $key, $value := .Values.env }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
            {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
)yaml";

const QByteArray workerYaml = R"yaml({{- if .Values.worker.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-worker
spec:
  replicas: {{ .Values.worker.replicaCount }}
  template:
    spec:
      containers:
        - name: worker
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          args: ["worker", "--queue", {{ .Values.worker.queue | quote }}]
{{- end }}
)yaml";

const QByteArray serviceYaml = R"yaml(apiVersion: v1
kind: Service
metadata:
  name: {{ include "shop.fullname" . }}
spec:
  ports:
    - port: {{ .Values.service.port }}
      targetPort: http
)yaml";

const QByteArray testHookYaml = R"yaml(apiVersion: v1
kind: Pod
metadata:
  name: "{{ include "shop.fullname" . }}-test-connection"
  annotations:
    "helm.sh/hook": test
spec:
  containers:
    - name: wget
      image: busybox
      args: ['{{ include "shop.fullname" . }}:{{ .Values.service.port }}']
)yaml";

const QByteArray notesTxt = R"yaml(Visit {{ .Values.service.port }} to see the shop.
kind: Deployment
)yaml";

// The deployment template and values `helm create` writes: most of the pod spec comes through toYaml.
const QByteArray helmCreateDeployment = R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "web.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      labels:
        {{- include "web.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      serviceAccountName: {{ include "web.serviceAccountName" . }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
              protocol: TCP
          livenessProbe:
            {{- toYaml .Values.livenessProbe | nindent 12 }}
          readinessProbe:
            {{- toYaml .Values.readinessProbe | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          {{- with .Values.volumeMounts }}
          volumeMounts:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
)yaml";

const QByteArray helmCreateValues = R"yaml(replicaCount: 1
image:
  repository: nginx
  pullPolicy: IfNotPresent
  tag: ""
imagePullSecrets: []
podAnnotations: {}
podLabels: {}
podSecurityContext: {}
securityContext: {}
service:
  type: ClusterIP
  port: 80
resources: {}
livenessProbe:
  httpGet:
    path: /
    port: http
readinessProbe:
  httpGet:
    path: /
    port: http
autoscaling:
  enabled: false
volumeMounts: []
nodeSelector: {}
)yaml";

const QByteArray helmCreateProdValues = R"yaml(image:
  repository: docker.io/library/nginx
  tag: "1.25"
podAnnotations:
  checksum/config: abc123
resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
autoscaling:
  enabled: true
)yaml";

// A chart in a memory index, read through the real Helm parsers (so values files get their
// environment hints the way the model builder gives them).
struct ChartFixture
{
    test::MemoryFileIndex index;
    HelmChartInfo chart;
    QList<HelmValuesFile> values;
    Diagnostics parseDiagnostics;

    // files: path relative to the chart -> content. Paths under templates/ are templates; other
    // .yaml files except Chart.yaml are values files.
    explicit ChartFixture(const QList<std::pair<QString, QByteArray>> &files)
    {
        ParseContext context{index, ParseLimits{}};
        DeploymentModel model;
        for (const auto &[relative, content] : files)
            index.add(chartPath(relative), content);
        for (const auto &[relative, content] : files) {
            const SourceFile &file = *index.find(chartPath(relative));
            if (relative == u"Chart.yaml")
                parseHelmChartFile(file, context, model);
            else if (!relative.startsWith(u"templates/"))
                parseHelmValues(file, chartDirectory, context, model);
        }
        if (!model.helmCharts.isEmpty())
            chart = model.helmCharts.first();
        chart.directory = chartDirectory;
        for (const auto &[relative, content] : files) {
            if (relative.startsWith(u"templates/"))
                chart.templateFiles.append(chartPath(relative));
            else if (relative != u"Chart.yaml")
                chart.valuesFiles.append(chartPath(relative));
        }
        values = model.helmValues;
        parseDiagnostics = model.diagnostics;
    }

    DeploymentModel render(const QString &environment) const
    {
        const ParseContext context{index, ParseLimits{}};
        return renderHelmEnvironment(chart, values, environment, context);
    }
};

QList<std::pair<QString, QByteArray>> shopChartFiles()
{
    return {
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, valuesYaml},
        {u"values-prod.yaml"_s, prodValuesYaml},
        {u"values-dev.yaml"_s, devValuesYaml},
        {u"templates/_helpers.tpl"_s, helpersTpl},
        {u"templates/deployment.yaml"_s, deploymentYaml},
        {u"templates/worker.yaml"_s, workerYaml},
        {u"templates/service.yaml"_s, serviceYaml},
        {u"templates/tests/test-connection.yaml"_s, testHookYaml},
        {u"templates/NOTES.txt"_s, notesTxt},
    };
}

const Workload *findWorkload(const DeploymentModel &model, const QString &name)
{
    for (const Workload &workload : model.workloads) {
        if (workload.name == name)
            return &workload;
    }
    return nullptr;
}

const EnvVar *findEnv(const Container &container, const QString &name)
{
    for (const EnvVar &var : container.env) {
        if (var.name == name)
            return &var;
    }
    return nullptr;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(u"%1:%2: %3"_s.arg(diagnostic.location.path)
                         .arg(diagnostic.location.line)
                         .arg(diagnostic.message));
    return lines.join(u'\n');
}

// A one-container deployment whose env var X is `value: <expression>`, for expression and merge rows.
QByteArray singleValueTemplate(const QByteArray &expression)
{
    return "apiVersion: apps/v1\n"
           "kind: Deployment\n"
           "metadata:\n"
           "  name: probe\n"
           "spec:\n"
           "  template:\n"
           "    spec:\n"
           "      containers:\n"
           "        - name: app\n"
           "          image: app:1\n"
           "          env:\n"
           "            - name: X\n"
           "              value: " +
           expression + "\n";
}

} // namespace

void TestHelmRender::workloadsPerEnvironment_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<QString>("replicasFile");
    QTest::addColumn<int>("replicasLine");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("imageFile");
    QTest::addColumn<int>("imageLine");

    // values.yaml alone: the tag is empty, so the image falls back to the chart's appVersion.
    QTest::addRow("default shop") << QString() << u"shop"_s << true << 1 << u"values.yaml"_s << 2
                                  << u"docker.io/acme/shop:2.3.1"_s << u"values.yaml"_s << 4;
    QTest::addRow("default worker") << QString() << u"shop-worker"_s << true << 2 << u"values.yaml"_s << 26
                                    << u"docker.io/acme/shop:2.3.1"_s << u"values.yaml"_s << 4;
    QTest::addRow("dev shop") << u"dev"_s << u"shop"_s << true << 1 << u"values.yaml"_s << 2
                              << u"docker.io/acme/shop:2.3.1"_s << u"values.yaml"_s << 4;
    QTest::addRow("dev worker disabled")
        << u"dev"_s << u"shop-worker"_s << false << 0 << QString() << 0 << QString() << QString() << 0;
    QTest::addRow("prod shop") << u"prod"_s << u"shop"_s << true << 3 << u"values-prod.yaml"_s << 1
                               << u"docker.io/acme/shop:2.4.0"_s << u"values-prod.yaml"_s << 3;
    QTest::addRow("prod worker") << u"prod"_s << u"shop-worker"_s << true << 2 << u"values.yaml"_s << 26
                                 << u"docker.io/acme/shop:2.4.0"_s << u"values-prod.yaml"_s << 3;
    // The caller passes canonical names, but a raw one maps the same way.
    QTest::addRow("production alias") << u"production"_s << u"shop"_s << true << 3 << u"values-prod.yaml"_s
                                      << 1 << u"docker.io/acme/shop:2.4.0"_s << u"values-prod.yaml"_s << 3;
}

void TestHelmRender::workloadsPerEnvironment()
{
    QFETCH(QString, environment);
    QFETCH(QString, workload);
    QFETCH(bool, present);
    QFETCH(int, replicas);
    QFETCH(QString, replicasFile);
    QFETCH(int, replicasLine);
    QFETCH(QString, image);
    QFETCH(QString, imageFile);
    QFETCH(int, imageLine);

    const ChartFixture fixture(shopChartFiles());
    QVERIFY2(fixture.parseDiagnostics.isEmpty(), qPrintable(describe(fixture.parseDiagnostics)));
    const DeploymentModel model = fixture.render(environment);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));

    // Only the two deployments: the Service, the test hook pod and NOTES.txt are not workloads.
    QCOMPARE(model.workloads.size(), environment == u"dev" ? 1 : 2);
    const Workload *found = findWorkload(model, workload);
    QCOMPARE(found != nullptr, present);
    if (!present)
        return;
    QCOMPARE(found->environment, canonicalEnvironmentName(environment));
    QCOMPARE(found->format, SourceFormat::Kubernetes);
    QCOMPARE(found->kind, WorkloadKind::Deployment);
    QVERIFY(found->replicas.has_value());
    QCOMPARE(*found->replicas, replicas);
    QCOMPARE(found->replicasLocation.path, chartPath(replicasFile));
    QCOMPARE(found->replicasLocation.line, replicasLine);
    QCOMPARE(found->containers.size(), 1);
    const Container &container = found->containers.first();
    QCOMPARE(container.image, image);
    QCOMPARE(container.imageLocation.path, chartPath(imageFile));
    QCOMPARE(container.imageLocation.line, imageLine);
    QCOMPARE(container.imageLocation.column, 3);
    QCOMPARE(normalizedImageName(container.image), image.mid(u"docker.io/"_s.size()));
}

void TestHelmRender::envPerEnvironment_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refName");
    QTest::addColumn<QString>("refKey");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QString base = u"values.yaml"_s;
    const QString prod = u"values-prod.yaml"_s;
    const QString dev = u"values-dev.yaml"_s;
    const QString deployment = u"templates/deployment.yaml"_s;

    // `value: {{ .Values.logLevel | quote }}`: the value, located at the values line that set it last.
    QTest::addRow("default LOG_LEVEL") << QString() << u"LOG_LEVEL"_s << u"literal"_s << u"debug"_s
                                       << QString() << QString() << base << 7 << 1;
    QTest::addRow("dev LOG_LEVEL") << u"dev"_s << u"LOG_LEVEL"_s << u"literal"_s << u"trace"_s << QString()
                                   << QString() << dev << 3 << 1;
    QTest::addRow("prod LOG_LEVEL") << u"prod"_s << u"LOG_LEVEL"_s << u"literal"_s << u"warn"_s << QString()
                                    << QString() << prod << 4 << 1;
    // Only prod defines sentry.dsn: elsewhere the variable is Unset, naming the expression.
    QTest::addRow("default SENTRY_DSN unset")
        << QString() << u"SENTRY_DSN"_s << u"unset"_s << QString() << u".Values.sentry.dsn | quote"_s
        << QString() << deployment << 34 << 15;
    QTest::addRow("prod SENTRY_DSN") << u"prod"_s << u"SENTRY_DSN"_s << u"literal"_s
                                     << u"https://key@sentry.example.com/4"_s << QString() << QString()
                                     << prod << 6 << 3;
    // The release name is unknowable: the value keeps the expression, never a guess.
    QTest::addRow("prod PUBLIC_URL interpolated")
        << u"prod"_s << u"PUBLIC_URL"_s << u"interpolated"_s
        << u"https://{{ .Release.Name }}.shop.example.com"_s << u".Release.Name"_s << QString() << deployment
        << 36 << 15;
    // secretKeyRef with a templated name: resolved, located at the values line of the name.
    QTest::addRow("default DATABASE_PASSWORD")
        << QString() << u"DATABASE_PASSWORD"_s << u"secret-ref"_s << QString() << u"shop-db"_s
        << u"password"_s << base << 21 << 3;
    QTest::addRow("prod DATABASE_PASSWORD")
        << u"prod"_s << u"DATABASE_PASSWORD"_s << u"secret-ref"_s << QString() << u"shop-db-prod"_s
        << u"password"_s << prod << 15 << 3;
    // The map through range: prod overrides one key, the other stays from values.yaml.
    QTest::addRow("default CACHE_TTL") << QString() << u"CACHE_TTL"_s << u"literal"_s << u"60"_s << QString()
                                       << QString() << base << 12 << 3;
    QTest::addRow("prod CACHE_TTL") << u"prod"_s << u"CACHE_TTL"_s << u"literal"_s << u"300"_s << QString()
                                    << QString() << prod << 8 << 3;
    QTest::addRow("prod FEATURE_FLAGS from base") << u"prod"_s << u"FEATURE_FLAGS"_s << u"literal"_s
                                                  << u"beta"_s << QString() << QString() << base << 11 << 3;
    // The list through toYaml: prod's list replaces the default one (DEBUG_SQL and LOCALE are gone,
    // see containerDetails).
    QTest::addRow("default REGION") << QString() << u"REGION"_s << u"literal"_s << u"eu-west-1"_s << QString()
                                    << QString() << base << 15 << 5;
    QTest::addRow("default LOCALE") << QString() << u"LOCALE"_s << u"literal"_s << u"en_GB"_s << QString()
                                    << QString() << base << 19 << 5;
    QTest::addRow("prod REGION") << u"prod"_s << u"REGION"_s << u"literal"_s << u"us-east-1"_s << QString()
                                 << QString() << prod << 11 << 5;
    QTest::addRow("prod TRACE_SAMPLING") << u"prod"_s << u"TRACE_SAMPLING"_s << u"literal"_s << u"0.1"_s
                                         << QString() << QString() << prod << 13 << 5;
}

void TestHelmRender::envPerEnvironment()
{
    QFETCH(QString, environment);
    QFETCH(QString, variable);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, refName);
    QFETCH(QString, refKey);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);

    const ChartFixture fixture(shopChartFiles());
    const DeploymentModel model = fixture.render(environment);
    const Workload *shop = findWorkload(model, u"shop"_s);
    QVERIFY(shop);
    QCOMPARE(shop->containers.size(), 1);
    const EnvVar *var = findEnv(shop->containers.first(), variable);
    QVERIFY2(var, qPrintable(variable));
    QCOMPARE(valueKindKey(var->kind), kind);
    QCOMPARE(var->value, value);
    QCOMPARE(var->refName, refName);
    QCOMPARE(var->refKey, refKey);
    QCOMPARE(var->location.path, chartPath(file));
    QCOMPARE(var->location.line, line);
    QCOMPARE(var->location.column, column);
}

void TestHelmRender::containerDetails()
{
    const ChartFixture fixture(shopChartFiles());
    const DeploymentModel prod = fixture.render(u"prod"_s);
    const Workload *shop = findWorkload(prod, u"shop"_s);
    QVERIFY(shop);
    QCOMPARE(shop->location, (Location{chartPath(u"templates/deployment.yaml"_s), 4, 3}));
    QCOMPARE(shop->selector.value(u"app.kubernetes.io/name"_s), u"shop"_s);
    QCOMPARE(shop->podLabels.value(u"app.kubernetes.io/name"_s), u"shop"_s);
    const Container &container = shop->containers.first();
    QCOMPARE(container.name, u"shop"_s);
    QCOMPARE(container.location, (Location{chartPath(u"templates/deployment.yaml"_s), 20, 11}));

    QStringList names;
    for (const EnvVar &var : container.env)
        names.append(var.name);
    QCOMPARE(names, (QStringList{u"LOG_LEVEL"_s, u"SENTRY_DSN"_s, u"PUBLIC_URL"_s, u"DATABASE_PASSWORD"_s,
                                 u"CACHE_TTL"_s, u"FEATURE_FLAGS"_s, u"REGION"_s, u"TRACE_SAMPLING"_s}));

    QCOMPARE(container.ports.size(), 1);
    QCOMPARE(container.ports.first().containerPort, 8080);
    QCOMPARE(container.ports.first().name, u"http"_s);
    QCOMPARE(container.ports.first().protocol, u"TCP"_s);
    QCOMPARE(container.ports.first().location, (Location{chartPath(u"values.yaml"_s), 9, 3}));

    QCOMPARE(container.probes.size(), 1);
    QCOMPARE(container.probes.first().kind, Probe::Kind::Readiness);
    QCOMPARE(container.probes.first().action, Probe::Action::Http);
    QCOMPARE(container.probes.first().path, u"/healthz"_s);
    QCOMPARE(container.probes.first().portName, u"http"_s);

    const Workload *worker = findWorkload(prod, u"shop-worker"_s);
    QVERIFY(worker);
    QCOMPARE(worker->location, (Location{chartPath(u"templates/worker.yaml"_s), 5, 3}));
    QCOMPARE(worker->containers.first().args, (QStringList{u"worker"_s, u"--queue"_s, u"default"_s}));
    QCOMPARE(worker->containers.first().argsLocation.line, 13);
}

void TestHelmRender::helmCreateChart_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("replicas"); // -1: none (the HPA owns them)
    QTest::addColumn<QString>("cpuLimit");
    QTest::addColumn<QString>("checksum");

    QTest::addRow("default") << QString() << u"nginx:2.3.1"_s << 1 << QString() << QString();
    QTest::addRow("prod") << u"prod"_s << u"docker.io/library/nginx:1.25"_s << -1 << u"500m"_s << u"abc123"_s;
}

void TestHelmRender::helmCreateChart()
{
    QFETCH(QString, environment);
    QFETCH(QString, image);
    QFETCH(int, replicas);
    QFETCH(QString, cpuLimit);
    QFETCH(QString, checksum);

    const ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, helmCreateValues},
        {u"values-prod.yaml"_s, helmCreateProdValues},
        {u"templates/deployment.yaml"_s, helmCreateDeployment},
    });
    const DeploymentModel model = fixture.render(environment);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 1);
    const Workload &workload = model.workloads.first();
    QCOMPARE(workload.name, u"shop"_s);
    QCOMPARE(workload.replicas.value_or(-1), replicas);
    QCOMPARE(workload.podAnnotations.value(u"checksum/config"_s), checksum);
    QCOMPARE(workload.serviceAccount, QString()); // from an include: unknown, not guessed
    QCOMPARE(workload.containers.size(), 1);
    const Container &container = workload.containers.first();
    QCOMPARE(container.image, image);
    QCOMPARE(normalizedImageName(container.image),
             image.startsWith(u"docker.io"_s) ? u"nginx:1.25"_s : image);
    QCOMPARE(container.ports.size(), 1);
    QCOMPARE(container.ports.first().containerPort, 80);
    QCOMPARE(container.ports.first().location, (Location{chartPath(u"values.yaml"_s), 13, 3}));

    QCOMPARE(container.probes.size(), 2);
    QCOMPARE(container.probes.at(0).kind, Probe::Kind::Liveness);
    QCOMPARE(container.probes.at(1).kind, Probe::Kind::Readiness);
    for (const Probe &probe : container.probes) {
        QCOMPARE(probe.action, Probe::Action::Http);
        QCOMPARE(probe.path, u"/"_s);
        QCOMPARE(probe.portName, u"http"_s);
    }
    QCOMPARE(container.probes.at(0).location, (Location{chartPath(u"templates/deployment.yaml"_s), 43, 11}));

    QCOMPARE(container.resources.limits.value(u"cpu"_s), cpuLimit);
    QCOMPARE(container.resources.limits.value(u"memory"_s), cpuLimit.isEmpty() ? QString() : u"512Mi"_s);
    QCOMPARE(container.resources.requests.value(u"cpu"_s), cpuLimit.isEmpty() ? QString() : u"100m"_s);
    QCOMPARE(container.resources.location, (Location{chartPath(u"templates/deployment.yaml"_s), 47, 11}));
}

void TestHelmRender::environmentFileNames_data()
{
    QTest::addColumn<QString>("valuesFile");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("replicas");

    QTest::addRow("values-prod.yaml") << u"values-prod.yaml"_s << u"prod"_s << 5;
    QTest::addRow("values.prod.yaml") << u"values.prod.yaml"_s << u"prod"_s << 5;
    QTest::addRow("values/prod.yaml") << u"values/prod.yaml"_s << u"prod"_s << 5;
    QTest::addRow("values-production.yaml") << u"values-production.yaml"_s << u"prod"_s << 5;
    QTest::addRow("values.staging.yml") << u"values.staging.yml"_s << u"staging"_s << 5;
    QTest::addRow("other environment ignored") << u"values-staging.yaml"_s << u"prod"_s << 1;
}

void TestHelmRender::environmentFileNames()
{
    QFETCH(QString, valuesFile);
    QFETCH(QString, environment);
    QFETCH(int, replicas);

    const ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, "replicaCount: 1\n"},
        {valuesFile, "# the environment\nreplicaCount: 5\n"},
        {u"templates/deployment.yaml"_s, "kind: Deployment\nmetadata:\n  name: web\nspec:\n"
                                         "  replicas: {{ .Values.replicaCount }}\n"},
    });
    const DeploymentModel model = fixture.render(environment);
    QCOMPARE(model.workloads.size(), 1);
    QCOMPARE(model.workloads.first().replicas.value_or(-1), replicas);
    QCOMPARE(model.workloads.first().replicasLocation.path,
             chartPath(replicas == 5 ? valuesFile : u"values.yaml"_s));
    QCOMPARE(model.workloads.first().replicasLocation.line, replicas == 5 ? 2 : 1);
}

void TestHelmRender::mergeSemantics_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("prod");
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");

    QTest::addRow("sibling key kept")
        << QByteArray("db:\n  host: db\n  port: 5432\n") << QByteArray("db:\n  host: db.prod\n")
        << QByteArray("{{ .Values.db.port | quote }}") << u"literal"_s << u"5432"_s << u"values.yaml"_s << 3;
    QTest::addRow("key overridden") << QByteArray("db:\n  host: db\n  port: 5432\n")
                                    << QByteArray("db:\n  host: db.prod\n")
                                    << QByteArray("{{ .Values.db.host }}") << u"literal"_s << u"db.prod"_s
                                    << u"values-prod.yaml"_s << 2;
    QTest::addRow("scalar replaced by map")
        << QByteArray("cache: off\n") << QByteArray("cache:\n  url: redis\n")
        << QByteArray("{{ .Values.cache.url }}") << u"literal"_s << u"redis"_s << u"values-prod.yaml"_s << 2;
    QTest::addRow("map replaced by scalar")
        << QByteArray("cache:\n  url: redis\n") << QByteArray("cache: off\n")
        << QByteArray("{{ .Values.cache.url }}") << u"unset"_s << QString() << u"templates/deployment.yaml"_s
        << 12;
    QTest::addRow("list replaced whole")
        << QByteArray("hosts:\n  - a\n  - b\n  - c\n") << QByteArray("hosts:\n  - z\n")
        << QByteArray("{{ index .Values.hosts 1 }}") << u"unset"_s << QString()
        << u"templates/deployment.yaml"_s << 12;
    QTest::addRow("list item from override")
        << QByteArray("hosts:\n  - a\n  - b\n") << QByteArray("hosts:\n  - z\n")
        << QByteArray("{{ index .Values.hosts 0 }}") << u"literal"_s << u"z"_s << u"values-prod.yaml"_s << 2;
    QTest::addRow("toYaml of merged map")
        << QByteArray("labels:\n  team: shop\n  tier: web\n") << QByteArray("labels:\n  tier: api\n")
        << QByteArray("{{ .Values.labels | toYaml | quote }}") << u"literal"_s
        << u"team: \"shop\"\ntier: \"api\""_s << u"values-prod.yaml"_s << 2;
}

void TestHelmRender::mergeSemantics()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, prod);
    QFETCH(QByteArray, expression);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, file);
    QFETCH(int, line);

    const ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, base},
        {u"values-prod.yaml"_s, prod},
        {u"templates/deployment.yaml"_s, singleValueTemplate(expression)},
    });
    const DeploymentModel model = fixture.render(u"prod"_s);
    QCOMPARE(model.workloads.size(), 1);
    const EnvVar *var = findEnv(model.workloads.first().containers.first(), u"X"_s);
    QVERIFY(var);
    QCOMPARE(valueKindKey(var->kind), kind);
    QCOMPARE(var->value, value);
    QCOMPARE(var->location.path, chartPath(file));
    QCOMPARE(var->location.line, line);
    if (kind == u"unset")
        QCOMPARE(var->refName, QString::fromUtf8(expression).remove(u"{{ "_s).remove(u" }}"_s));
}

void TestHelmRender::expressions_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refName");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");

    const QString values = u"values.yaml"_s;
    const QString chart = u"Chart.yaml"_s;
    const QString deployment = u"templates/deployment.yaml"_s;
    QTest::addRow("upper") << QByteArray("{{ .Values.name | upper | quote }}") << u"literal"_s << u"SHOP"_s
                           << QString() << values << 1;
    QTest::addRow("root variable") << QByteArray("{{ $.Values.name }}") << u"literal"_s << u"shop"_s
                                   << QString() << values << 1;
    QTest::addRow("printf") << QByteArray("\"{{ printf \"%s:%d\" .Values.host .Values.port }}\"")
                            << u"literal"_s << u"db.internal:5432"_s << QString() << values << 4;
    QTest::addRow("default used") << QByteArray("{{ .Values.missing | default \"fallback\" | quote }}")
                                  << u"literal"_s << u"fallback"_s << QString() << deployment << 12;
    QTest::addRow("default skipped") << QByteArray("{{ default \"fallback\" .Values.name }}") << u"literal"_s
                                     << u"shop"_s << QString() << values << 1;
    QTest::addRow("default of false") << QByteArray("{{ .Values.enabled | default \"yes\" }}") << u"literal"_s
                                      << u"yes"_s << QString() << deployment << 12;
    QTest::addRow("chart appVersion") << QByteArray("{{ .Chart.AppVersion | quote }}") << u"literal"_s
                                      << u"2.3.1"_s << QString() << chart << 6;
    // Found while reviewing a fuzz finding: the lambda returned a QStringBuilder over a temporary.
    QTest::addRow("squote") << QByteArray("{{ .Values.name | squote }}") << u"literal"_s << u"shop"_s
                            << QString() << values << 1;
    QTest::addRow("toString int") << QByteArray("{{ .Values.port | int | toString | quote }}") << u"literal"_s
                                  << u"5432"_s << QString() << values << 4;
    QTest::addRow("index with dashes") << QByteArray("{{ index .Values.annotations \"team-name\" }}")
                                       << u"literal"_s << u"payments"_s << QString() << values << 7;
    QTest::addRow("ternary") << QByteArray("{{ ternary \"on\" \"off\" .Values.enabled }}") << u"literal"_s
                             << u"off"_s << QString() << deployment << 12;
    QTest::addRow("inline if else") << QByteArray("{{ if .Values.debug }}verbose{{ else }}quiet{{ end }}")
                                    << u"literal"_s << u"verbose"_s << QString() << deployment << 12;
    QTest::addRow("eq condition") << QByteArray("{{ if eq .Values.name \"shop\" }}match{{ end }}")
                                  << u"literal"_s << u"match"_s << QString() << deployment << 12;
    QTest::addRow("coalesce") << QByteArray("{{ coalesce .Values.missing .Values.host }}") << u"literal"_s
                              << u"db.internal"_s << QString() << values << 3;
    QTest::addRow("required") << QByteArray("{{ required \"host is required\" .Values.host }}")
                              << u"literal"_s << u"db.internal"_s << QString() << values << 3;
    QTest::addRow("undefined is unset") << QByteArray("{{ .Values.missing }}") << u"unset"_s << QString()
                                        << u".Values.missing"_s << deployment << 12;
    QTest::addRow("undefined nested is unset")
        << QByteArray("\"{{ .Values.no.such.key | quote }}\"") << u"unset"_s << QString()
        << u".Values.no.such.key | quote"_s << deployment << 12;
    QTest::addRow("include is interpolated")
        << QByteArray("{{ include \"shop.fullname\" . }}") << u"interpolated"_s
        << u"{{ include \"shop.fullname\" . }}"_s << u"include \"shop.fullname\" ."_s << deployment << 12;
    QTest::addRow("undefined inside text")
        << QByteArray("\"postgres://{{ .Values.missing }}:5432\"") << u"interpolated"_s
        << u"postgres://{{ .Values.missing }}:5432"_s << u".Values.missing"_s << deployment << 12;
    QTest::addRow("b64enc not modelled")
        << QByteArray("{{ .Values.name | b64enc }}") << u"interpolated"_s << u"{{ .Values.name | b64enc }}"_s
        << u".Values.name | b64enc"_s << deployment << 12;
}

void TestHelmRender::expressions()
{
    QFETCH(QByteArray, expression);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, refName);
    QFETCH(QString, file);
    QFETCH(int, line);

    const ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, "name: shop\ndebug: true\nhost: db.internal\nport: 5432\nenabled: false\n"
                           "annotations:\n  team-name: payments\n"},
        {u"templates/deployment.yaml"_s, singleValueTemplate(expression)},
    });
    const DeploymentModel model = fixture.render(QString());
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 1);
    const EnvVar *var = findEnv(model.workloads.first().containers.first(), u"X"_s);
    QVERIFY(var);
    QCOMPARE(valueKindKey(var->kind), kind);
    QCOMPARE(var->value, value);
    QCOMPARE(var->refName, refName);
    QCOMPARE(var->location.path, chartPath(file));
    QCOMPARE(var->location.line, line);
}

void TestHelmRender::workloadNames_data()
{
    QTest::addColumn<QByteArray>("nameLine");
    QTest::addColumn<QString>("name");

    QTest::addRow("literal") << QByteArray("name: shop-api") << u"shop-api"_s;
    QTest::addRow("include fullname") << QByteArray("name: {{ include \"shop.fullname\" . }}") << u"shop"_s;
    QTest::addRow("include with suffix")
        << QByteArray("name: {{ include \"shop.fullname\" . }}-cron") << u"shop-cron"_s;
    QTest::addRow("template with suffix")
        << QByteArray("name: {{ template \"shop.fullname\" . }}-web") << u"shop-web"_s;
    QTest::addRow("release and chart")
        << QByteArray("name: \"{{ .Release.Name }}-{{ .Chart.Name }}-jobs\"") << u"shop-jobs"_s;
    QTest::addRow("from values") << QByteArray("name: {{ .Values.nameOverride | default .Chart.Name }}-api")
                                 << u"storefront-api"_s;
    QTest::addRow("chart name only") << QByteArray("name: {{ .Chart.Name }}") << u"shop"_s;
}

void TestHelmRender::workloadNames()
{
    QFETCH(QByteArray, nameLine);
    QFETCH(QString, name);

    const ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, "nameOverride: storefront\n"},
        {u"templates/cron.yaml"_s, "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  " + nameLine +
                                       "\nspec:\n  schedule: \"*/5 * * * *\"\n"},
    });
    const DeploymentModel model = fixture.render(u"prod"_s);
    QCOMPARE(model.workloads.size(), 1);
    QCOMPARE(model.workloads.first().name, name);
    QCOMPARE(model.workloads.first().kind, WorkloadKind::CronJob);
    QCOMPARE(model.workloads.first().schedule, u"*/5 * * * *"_s);
    QCOMPARE(model.workloads.first().location, (Location{chartPath(u"templates/cron.yaml"_s), 4, 3}));
}

void TestHelmRender::malformedTemplates_data()
{
    QTest::addColumn<QByteArray>("secondDocument");
    QTest::addColumn<int>("diagnosticLine");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("workloads");

    // The first document (web, 2 replicas) always renders; the second is broken in one way.
    QTest::addRow("unclosed action") << QByteArray("kind: Deployment\nmetadata:\n  name: api\nspec:\n"
                                                   "  replicas: {{ .Values.replicaCount\n")
                                     << 12 << u"not closed"_s << 2;
    QTest::addRow("stray end") << QByteArray("kind: Deployment\nmetadata:\n  name: api\n{{- end }}\n") << 11
                               << u"closes no block"_s << 2;
    QTest::addRow("unclosed if") << QByteArray("{{- if .Values.api.enabled }}\nkind: Deployment\nmetadata:\n"
                                               "  name: api\n")
                                 << 8 << u"not closed by"_s << 2;
    QTest::addRow("replicas unresolved") << QByteArray("kind: Deployment\nmetadata:\n  name: api\nspec:\n"
                                                       "  replicas: {{ .Values.api.replicas }}\n")
                                         << 12 << u".Values.api.replicas"_s << 2;
    QTest::addRow("replicas not a number") << QByteArray("kind: Deployment\nmetadata:\n  name: api\nspec:\n"
                                                         "  replicas: many\n")
                                           << 12 << u"not a number"_s << 2;
    QTest::addRow("port not a number")
        << QByteArray("kind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n"
                      "    spec:\n      containers:\n        - name: api\n"
                      "          ports:\n            - containerPort: http-port\n")
        << 17 << u"not a number"_s << 2;
    QTest::addRow("env without name")
        << QByteArray("kind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n"
                      "    spec:\n      containers:\n        - name: api\n"
                      "          env:\n            - value: \"1\"\n")
        << 17 << u"no name"_s << 2;
    QTest::addRow("range over unknown") << QByteArray("kind: Deployment\nmetadata:\n  name: api\nspec:\n"
                                                      "  {{- range $k, $v := include \"env\" . }}\n  x: 1\n"
                                                      "  {{- end }}\n")
                                        << 12 << u"range"_s << 2;
    QTest::addRow("nested too deeply") << (QByteArray("kind: Deployment\nmetadata:\n  name: api\n") +
                                           QByteArray("{{ if true }}").repeated(100))
                                       << 11 << u"nested too deeply"_s << 2;
}

void TestHelmRender::malformedTemplates()
{
    QFETCH(QByteArray, secondDocument);
    QFETCH(int, diagnosticLine);
    QFETCH(QString, messagePart);
    QFETCH(int, workloads);

    const QByteArray firstDocument = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                                     "  replicas: {{ .Values.replicaCount }}\n---\n";
    const ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, "replicaCount: 2\napi:\n  enabled: true\n"},
        {u"templates/all.yaml"_s, firstDocument + secondDocument},
    });
    const DeploymentModel model = fixture.render(QString());
    QCOMPARE(model.workloads.size(), workloads);
    const Workload *web = findWorkload(model, u"web"_s);
    QVERIFY(web);
    QCOMPARE(web->replicas.value_or(-1), 2);
    QVERIFY2(!model.diagnostics.isEmpty(), "a diagnostic was expected");
    const Diagnostic &diagnostic = model.diagnostics.first();
    QVERIFY2(diagnostic.message.contains(messagePart), qPrintable(describe(model.diagnostics)));
    QCOMPARE(diagnostic.location.path, chartPath(u"templates/all.yaml"_s));
    QCOMPARE(diagnostic.location.line, diagnosticLine);
}

void TestHelmRender::hostileTemplates_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QByteArray>("templateText");
    QTest::addColumn<QString>("messagePart"); // a diagnostic that must be there, or empty

    QByteArray manyValues = "items:\n";
    for (int i = 0; i < 3000; ++i)
        manyValues += "  k" + QByteArray::number(i) + ": v\n";
    QTest::addRow("quadratic range")
        << manyValues
        << QByteArray("kind: Deployment\nmetadata:\n  name: x\nspec:\n"
                      "{{- range .Values.items }}{{- range $.Values.items }}\n  a: {{ . }}\n"
                      "{{- end }}{{- end }}\n")
        << u"the rest was not rendered"_s;
    QTest::addRow("toYaml in a loop")
        << manyValues
        << QByteArray("kind: Deployment\nmetadata:\n  name: x\n"
                      "{{- range .Values.items }}\n{{ toYaml $.Values | nindent 2 }}\n"
                      "{{- end }}\n")
        << u"the rest was not rendered"_s;
    static const char binary[] = "\x00\xff\xfe{{ \x01 }}\n---\n\xc3\x28{{-";
    QTest::addRow("binary") << QByteArray("a: 1\n") << QByteArray(binary, sizeof(binary) - 1)
                            << u"not closed"_s;
    QTest::addRow("deep parentheses")
        << QByteArray("a: 1\n")
        << ("name: {{ " + QByteArray(5000, '(') + ".Values.a" + QByteArray(5000, ')') + " }}\n") << QString();
    QTest::addRow("unterminated strings")
        << QByteArray("a: 1\n") << QByteArray("value: {{ \"abc }}\nkind: Deployment\n{{ `raw\n")
        << u"not closed"_s;
    QTest::addRow("deep yaml") << QByteArray("a: 1\n")
                               << (QByteArray("kind: Pod\n") + QByteArray(20000, ' ') + "x: 1\n")
                               << QString();
    // Fuzzer reproducer (fuzz_helm): a key literally named "-" right under containers read a frame
    // past the end of the indentation stack.
    QTest::addRow("fuzz: key named dash under containers")
        << QByteArray("a: 1\n")
        << QByteArray("kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        -: x\n")
        << QString();
}

void TestHelmRender::hostileTemplates()
{
    QFETCH(QByteArray, values);
    QFETCH(QByteArray, templateText);
    QFETCH(QString, messagePart);

    const ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, values},
        {u"templates/x.yaml"_s, templateText},
    });
    QElapsedTimer timer;
    timer.start();
    const DeploymentModel model = fixture.render(u"prod"_s);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    for (const Diagnostic &diagnostic : model.diagnostics)
        QCOMPARE(diagnostic.location.path, chartPath(u"templates/x.yaml"_s));
    if (!messagePart.isEmpty()) {
        const bool found = std::any_of(
            model.diagnostics.cbegin(), model.diagnostics.cend(),
            [&](const Diagnostic &diagnostic) { return diagnostic.message.contains(messagePart); });
        QVERIFY2(found, qPrintable(describe(model.diagnostics)));
    }
}

void TestHelmRender::otherChartsValuesIgnored()
{
    ChartFixture fixture({
        {u"Chart.yaml"_s, chartYaml},
        {u"values.yaml"_s, "replicaCount: 2\n"},
        {u"templates/deployment.yaml"_s, "kind: Deployment\nmetadata:\n  name: web\nspec:\n"
                                         "  replicas: {{ .Values.replicaCount }}\n"},
    });
    HelmValuesFile foreign;
    foreign.path = u"deploy/other/values-prod.yaml"_s;
    foreign.chartDirectory = u"deploy/other"_s;
    foreign.environmentHint = u"prod"_s;
    foreign.values.append({u"replicaCount"_s, u"9"_s, {foreign.path, 1, 1}});
    fixture.values.append(foreign);
    const DeploymentModel model = fixture.render(u"prod"_s);
    QCOMPARE(model.workloads.size(), 1);
    QCOMPARE(model.workloads.first().replicas.value_or(-1), 2);
}

void TestHelmRender::normalizedImageNames_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("normalized");

    QTest::addRow("official with registry") << u"docker.io/library/redis:7"_s << u"redis:7"_s;
    QTest::addRow("official with library") << u"library/redis"_s << u"redis"_s;
    QTest::addRow("index host") << u"index.docker.io/library/redis:7.2"_s << u"redis:7.2"_s;
    QTest::addRow("hub namespace") << u"docker.io/bitnami/redis:7"_s << u"bitnami/redis:7"_s;
    QTest::addRow("plain") << u"redis"_s << u"redis"_s;
    QTest::addRow("other registry kept") << u"ghcr.io/acme/library/x:1"_s << u"ghcr.io/acme/library/x:1"_s;
    QTest::addRow("registry host lower case") << u"GHCR.io/acme/App:1"_s << u"ghcr.io/acme/App:1"_s;
    QTest::addRow("registry with port") << u"localhost:5000/shop:dev"_s << u"localhost:5000/shop:dev"_s;
    QTest::addRow("digest kept") << u"docker.io/library/nginx@sha256:abc"_s << u"nginx@sha256:abc"_s;
}

void TestHelmRender::normalizedImageNames()
{
    QFETCH(QString, image);
    QFETCH(QString, normalized);
    QCOMPARE(normalizedImageName(image), normalized);
}

QTEST_GUILESS_MAIN(TestHelmRender)
#include "tst_helmrender.moc"
