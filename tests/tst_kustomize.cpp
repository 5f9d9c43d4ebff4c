#include "kustomize.h"
#include "memoryfileindex.h"
#include "yamlutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

class TestKustomize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workloads_data();
    void workloads();
    void env_data();
    void env();
    void ports_data();
    void ports();
    void configObjects_data();
    void configObjects();
    void services();
    void portMergeFollowsKyaml_data();
    void portMergeFollowsKyaml();
    void emptyOverlayFieldsStayAbsent();
    void referencesFollowRenames();
    void generatorHashMatchesKustomize();
    void generatorBehaviorKeepsHashOnlyWhenBothWantIt();
    void emittedYamlRoundTrips_data();
    void emittedYamlRoundTrips();
    void everyLineHasAnOrigin();
    void featureProvenance_data();
    void featureProvenance();
    void kustomizationFileAsArgument();
    void badInput_data();
    void badInput();
    void hostileInputIsBounded();
    void compareWithKubectl_data();
    void compareWithKubectl();
    void compareDocumentsWithKubectl();
};

namespace {

// The fixture: a shop with a base and dev/staging/prod overlays sharing a monitoring component.
QMap<QString, QByteArray> shopRepository()
{
    QMap<QString, QByteArray> files;
    files[u"app/base/kustomization.yaml"_s] = R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
labels:
- pairs:
    app.kubernetes.io/name: shop
  includeSelectors: true
resources:
- deployment.yaml
- service.yaml
- configmap.yaml
configMapGenerator:
- name: shop-settings
  literals:
  - LOG_LEVEL=info
  - CACHE_TTL=60
)";
    files[u"app/base/deployment.yaml"_s] = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-web
spec:
  replicas: 1
  selector:
    matchLabels:
      component: web
  template:
    metadata:
      labels:
        component: web
    spec:
      containers:
      - name: web
        image: ghcr.io/acme/shop-web:1.4.0
        args: ["--port", "8080"]
        envFrom:
        - configMapRef:
            name: shop-settings
        env:
        - name: DATABASE_HOST
          value: postgres.default.svc
        - name: LOG_FORMAT
          value: json
        - name: FEATURE_FLAGS
          valueFrom:
            configMapKeyRef:
              name: shop-static
              key: flags
        ports:
        - name: http
          containerPort: 8080
        - name: metrics
          containerPort: 9090
        readinessProbe:
          httpGet:
            path: /healthz
            port: http
        livenessProbe:
          httpGet:
            path: /livez
            port: http
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
          limits:
            memory: 256Mi
        volumeMounts:
        - name: static
          mountPath: /etc/shop
      - name: log-shipper
        image: fluent/fluent-bit:2.2
        env:
        - name: FLUENT_LEVEL
          value: info
      volumes:
      - name: static
        configMap:
          name: shop-static
)";
    files[u"app/base/service.yaml"_s] = R"(apiVersion: v1
kind: Service
metadata:
  name: shop-web
spec:
  selector:
    component: web
  ports:
  - name: http
    port: 80
    targetPort: http
)";
    files[u"app/base/configmap.yaml"_s] = R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-static
data:
  flags: "checkout-v2,search"
)";
    files[u"app/overlays/dev/kustomization.yaml"_s] = R"(resources:
- ../../base
namespace: shop-dev
namePrefix: dev-
images:
- name: ghcr.io/acme/shop-web
  newTag: dev-20240501
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: shop-web
    spec:
      template:
        spec:
          containers:
          - name: web
            env:
            - name: LOG_FORMAT
              value: text
            - name: DEBUG
              value: "true"
configMapGenerator:
- name: shop-settings
  behavior: merge
  literals:
  - LOG_LEVEL=debug
)";
    files[u"app/overlays/staging/kustomization.yaml"_s] = R"(resources:
- ../../base
components:
- ../../components/monitoring
namespace: shop-staging
replicas:
- name: shop-web
  count: 2
images:
- name: ghcr.io/acme/shop-web
  newName: registry.acme.internal/shop-web
  newTag: 1.5.0-rc1
configMapGenerator:
- name: shop-settings
  behavior: merge
  envs:
  - staging.env
patchesJson6902:
- target:
    group: apps
    version: v1
    kind: Deployment
    name: shop-.*
  path: probe-patch.yaml
)";
    files[u"app/overlays/staging/staging.env"_s] = R"(# staging tuning
CACHE_TTL=300
PAYMENT_MODE=sandbox
)";
    files[u"app/overlays/staging/probe-patch.yaml"_s] = R"(- op: replace
  path: /spec/template/spec/containers/0/readinessProbe/httpGet/path
  value: /ready
- op: add
  path: /spec/template/spec/containers/0/env/-
  value:
    name: RELEASE_CHANNEL
    value: staging
)";
    files[u"app/overlays/prod/kustomization.yaml"_s] = R"(resources:
- ../../base
- pdb.yaml
components:
- ../../components/monitoring
namespace: shop-prod
namePrefix: prod-
replicas:
- name: shop-web
  count: 5
images:
- name: ghcr.io/acme/shop-web
  digest: sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b
- name: fluent/fluent-bit
  newTag: "2.2.2"
secretGenerator:
- name: shop-db
  literals:
  - DATABASE_PASSWORD=s3cr3t-prod
  type: Opaque
patchesStrategicMerge:
- web-resources.yaml
patches:
- target:
    kind: Deployment
    labelSelector: app.kubernetes.io/name=shop
  patch: |-
    - op: test
      path: /spec/template/spec/containers/0/env/2/name
      value: DATABASE_HOST
    - op: replace
      path: /spec/template/spec/containers/0/env/2/value
      value: postgres.prod.svc
    - op: remove
      path: /spec/template/spec/containers/1/env
)";
    files[u"app/overlays/prod/pdb.yaml"_s] = R"(apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: shop-web
spec:
  minAvailable: 2
  selector:
    matchLabels:
      component: web
)";
    files[u"app/overlays/prod/web-resources.yaml"_s] = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-web
spec:
  template:
    spec:
      containers:
      - name: web
        resources:
          requests:
            cpu: 500m
          limits:
            memory: 1Gi
        env:
        - name: DATABASE_PASSWORD
          valueFrom:
            secretKeyRef:
              name: shop-db
              key: DATABASE_PASSWORD
        - name: LOG_FORMAT
          $patch: delete
)";
    files[u"app/components/monitoring/kustomization.yaml"_s] = R"(apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
- path: metrics-env.yaml
- target:
    kind: Service
    name: shop-web
  patch: |-
    - op: add
      path: /spec/ports/-
      value:
        name: metrics
        port: 9090
        targetPort: metrics
commonAnnotations:
  prometheus.io/scrape: "true"
)";
    files[u"app/components/monitoring/metrics-env.yaml"_s] = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-web
spec:
  template:
    spec:
      containers:
      - name: web
        env:
        - name: METRICS_ENABLED
          value: "true"
        ports:
        - containerPort: 9090
          name: prometheus
)";
    return files;
}

// A second overlay exercising the less common features, compared with kubectl as a whole.
QMap<QString, QByteArray> featureRepository()
{
    QMap<QString, QByteArray> files;
    files[u"features/base/kustomization.yaml"_s] = R"(resources:
- workloads.yaml
- rbac.yaml
- list.yaml
configMapGenerator:
- name: app-config
  literals:
  - MODE=base
  - "GREETING='hello world'"
- name: static-files
  options:
    disableNameSuffixHash: true
    labels:
      kind: static
  literals:
  - INDEX=index.html
secretGenerator:
- name: api-keys
  literals:
  - KEY=abc
)";
    files[u"features/base/list.yaml"_s] = R"(apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: from-list
  data:
    a: "1"
- apiVersion: v1
  kind: Namespace
  metadata:
    name: tools
)";
    files[u"features/base/rbac.yaml"_s] = R"(apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: api-reader
rules:
- apiGroups: [""]
  resources: [pods]
  verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: api-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: api-reader
subjects:
- kind: ServiceAccount
  name: api
  namespace: default
- kind: ServiceAccount
  name: default
)";
    files[u"features/base/workloads.yaml"_s] = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    tier: backend
  annotations:
    example.com/team: payments
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      serviceAccountName: api
      containers:
      - name: api
        image: acme/api:1.0
        env:
        - name: MODE
          valueFrom:
            configMapKeyRef:
              name: app-config
              key: MODE
        - name: KEY
          valueFrom:
            secretKeyRef:
              name: api-keys
              key: KEY
        resources:
          requests:
            cpu: 100m
          limits:
            cpu: "1"
        livenessProbe:
          tcpSocket:
            port: 8080
        volumeMounts:
        - name: static
          mountPath: /srv
      - name: cache
        image: redis
        args: ["--maxmemory", "64mb"]
      volumes:
      - name: static
        configMap:
          name: static-files
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: postgres
        image: postgres:15.4
        envFrom:
        - secretRef:
            name: api-keys
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: report
            image: acme/report:2.0
            envFrom:
            - configMapRef:
                name: app-config
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: db
  ports:
  - port: 5432
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
  - name: http
    port: 80
    targetPort: 8080
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
spec:
  rules:
  - host: api.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: api
            port:
              name: http
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api
  minReplicas: 2
  maxReplicas: 10
)";
    files[u"features/overlay/config/app.properties"_s] = R"(server.port=8080
feature.x=true
)";
    files[u"features/overlay/config/other.txt"_s] = R"(custom text
)";
    files[u"features/overlay/kustomization.yaml"_s] = R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- ../base
namespace: payments
namePrefix: pay-
nameSuffix: -eu
labels:
- pairs:
    owner: team-pay
- pairs:
    release: stable
  includeTemplates: true
commonAnnotations:
  contact: "pay@example.com"
images:
- name: redis
  newTag: "7.2"
- name: acme/report
  newName: registry.example.com/report
- name: postgres
  newTag: "16.1"
replicas:
- name: db
  count: 3
configMapGenerator:
- name: app-config
  behavior: replace
  literals:
  - MODE=prod
  files:
  - config/app.properties
  - custom.txt=config/other.txt
generatorOptions:
  labels:
    generated: "yes"
  annotations:
    note: generated
secretGenerator:
- name: api-keys
  behavior: merge
  envs:
  - secrets.env
patchesStrategicMerge:
- |-
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: api
  spec:
    template:
      spec:
        containers:
        - name: api
          resources:
            $patch: replace
            requests:
              memory: 256Mi
          livenessProbe:
            $patch: delete
- multi.yaml
patches:
- target:
    kind: Deployment
    annotationSelector: example.com/team=payments
  patch: |-
    - op: copy
      from: /metadata/annotations/example.com~1team
      path: /metadata/annotations/example.com~1owner
    - op: move
      from: /spec/template/spec/containers/1/args
      path: /spec/template/spec/containers/1/command
    - op: add
      path: /spec/template/spec/containers/0/env/0
      value:
        name: FIRST
        value: "1"
- target:
    kind: Service
    name: "d.*"
  patch: |-
    - op: replace
      path: /spec/ports/0/port
      value: 6432
)";
    files[u"features/overlay/multi.yaml"_s] = R"(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      containers:
      - name: postgres
        env:
        - name: PGDATA
          value: /var/lib/postgresql/data/pgdata
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  type: NodePort
  ports:
  - port: 80
    nodePort: 30080
)";
    files[u"features/overlay/secrets.env"_s] = R"(# keys
KEY=prod-key
TOKEN=t0k
)";
    return files;
}

void addAll(test::MemoryFileIndex &index, const QMap<QString, QByteArray> &files)
{
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        index.add(it.key(), it.value());
}

// The 1-based line of the first line of `path` in the fixture that contains `needle`
// (after `after` when given, to tell repeated texts apart).
int lineOf(const QMap<QString, QByteArray> &files, const QString &path, const QByteArray &needle,
           const QByteArray &after = {})
{
    const QList<QByteArray> lines = files.value(path).split('\n');
    bool armed = after.isEmpty();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!armed) {
            armed = lines.at(i).contains(after);
            continue;
        }
        if (lines.at(i).contains(needle))
            return int(i) + 1;
    }
    return -1;
}

DeploymentModel renderShop(const QString &overlay)
{
    static const QMap<QString, QByteArray> files = shopRepository();
    test::MemoryFileIndex index;
    addAll(index, files);
    const ParseContext context{index, ParseLimits{}};
    return renderKustomizeEnvironment(u"app/overlays/"_s + overlay, overlay, context);
}

const Workload *findWorkload(const DeploymentModel &model, const QString &name)
{
    for (const Workload &workload : model.workloads) {
        if (workload.name == name)
            return &workload;
    }
    return nullptr;
}

const Container *findContainer(const Workload *workload, const QString &name)
{
    if (!workload)
        return nullptr;
    for (const Container &container : workload->containers) {
        if (container.name == name)
            return &container;
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

QString withoutHash(const QString &name)
{
    static const QRegularExpression hash(u"-[a-z0-9]{10}$"_s);
    QString result = name;
    result.remove(hash);
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------------

void TestKustomize::workloads_data()
{
    const QMap<QString, QByteArray> files = shopRepository();
    const QString base = u"app/base/deployment.yaml"_s;
    QTest::addColumn<QString>("overlay");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<QString>("replicasPath");
    QTest::addColumn<int>("replicasLine");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("imagePath");
    QTest::addColumn<int>("imageLine");

    const QString dev = u"app/overlays/dev/kustomization.yaml"_s;
    const QString staging = u"app/overlays/staging/kustomization.yaml"_s;
    const QString prod = u"app/overlays/prod/kustomization.yaml"_s;
    QTest::addRow("dev web") << u"dev"_s << u"dev-shop-web"_s << u"shop-dev"_s << 1 << base
                             << lineOf(files, base, "replicas: 1") << u"web"_s
                             << u"ghcr.io/acme/shop-web:dev-20240501"_s << dev
                             << lineOf(files, dev, "- name: ghcr.io/acme/shop-web");
    QTest::addRow("dev sidecar untouched")
        << u"dev"_s << u"dev-shop-web"_s << u"shop-dev"_s << 1 << base << lineOf(files, base, "replicas: 1")
        << u"log-shipper"_s << u"fluent/fluent-bit:2.2"_s << base << lineOf(files, base, "image: fluent");
    QTest::addRow("staging web") << u"staging"_s << u"shop-web"_s << u"shop-staging"_s << 2 << staging
                                 << lineOf(files, staging, "- name: shop-web") << u"web"_s
                                 << u"registry.acme.internal/shop-web:1.5.0-rc1"_s << staging
                                 << lineOf(files, staging, "- name: ghcr.io/acme/shop-web");
    QTest::addRow("prod web digest")
        << u"prod"_s << u"prod-shop-web"_s << u"shop-prod"_s << 5 << prod
        << lineOf(files, prod, "- name: shop-web") << u"web"_s
        << u"ghcr.io/acme/shop-web@sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b"_s
        << prod << lineOf(files, prod, "- name: ghcr.io/acme/shop-web");
    QTest::addRow("prod sidecar tag")
        << u"prod"_s << u"prod-shop-web"_s << u"shop-prod"_s << 5 << prod
        << lineOf(files, prod, "- name: shop-web") << u"log-shipper"_s << u"fluent/fluent-bit:2.2.2"_s << prod
        << lineOf(files, prod, "- name: fluent/fluent-bit");
}

void TestKustomize::workloads()
{
    QFETCH(QString, overlay);
    QFETCH(QString, workload);
    QFETCH(QString, namespaceName);
    QFETCH(int, replicas);
    QFETCH(QString, replicasPath);
    QFETCH(int, replicasLine);
    QFETCH(QString, container);
    QFETCH(QString, image);
    QFETCH(QString, imagePath);
    QFETCH(int, imageLine);

    const DeploymentModel model = renderShop(overlay);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    const Workload *found = findWorkload(model, workload);
    QVERIFY2(found, qPrintable(workload));
    QCOMPARE(found->environment, overlay);
    QCOMPARE(found->namespaceName, namespaceName);
    QCOMPARE(found->location.path, u"app/base/deployment.yaml"_s);
    QCOMPARE(found->location.line, 4);
    QVERIFY(found->replicas.has_value());
    QCOMPARE(*found->replicas, replicas);
    QCOMPARE(found->replicasLocation.path, replicasPath);
    QCOMPARE(found->replicasLocation.line, replicasLine);
    const Container *target = findContainer(found, container);
    QVERIFY(target);
    QCOMPARE(target->image, image);
    QCOMPARE(target->imageLocation.path, imagePath);
    QCOMPARE(target->imageLocation.line, imageLine);
    QVERIFY(target->imageLocation.column > 0);
}

void TestKustomize::env_data()
{
    const QMap<QString, QByteArray> files = shopRepository();
    const QString base = u"app/base/deployment.yaml"_s;
    const QString dev = u"app/overlays/dev/kustomization.yaml"_s;
    const QString stagingPatch = u"app/overlays/staging/probe-patch.yaml"_s;
    const QString prod = u"app/overlays/prod/kustomization.yaml"_s;
    const QString prodPatch = u"app/overlays/prod/web-resources.yaml"_s;
    const QString component = u"app/components/monitoring/metrics-env.yaml"_s;
    QTest::addColumn<QString>("overlay");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value"); // literal value, or the referenced object name
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const int literal = int(ValueKind::Literal);
    const int configMapRef = int(ValueKind::ConfigMapRef);
    const int secretRef = int(ValueKind::SecretRef);
    QTest::addRow("dev base value") << u"dev"_s << u"dev-shop-web"_s << u"web"_s << u"DATABASE_HOST"_s << true
                                    << literal << u"postgres.default.svc"_s << base
                                    << lineOf(files, base, "- name: DATABASE_HOST") << 11;
    // An inline patch maps line by line into the kustomization's literal block.
    QTest::addRow("dev inline patch overrides")
        << u"dev"_s << u"dev-shop-web"_s << u"web"_s << u"LOG_FORMAT"_s << true << literal << u"text"_s << dev
        << lineOf(files, dev, "- name: LOG_FORMAT") << 15;
    QTest::addRow("dev inline patch adds")
        << u"dev"_s << u"dev-shop-web"_s << u"web"_s << u"DEBUG"_s << true << literal << u"true"_s << dev
        << lineOf(files, dev, "- name: DEBUG") << 15;
    QTest::addRow("dev configMapKeyRef renamed")
        << u"dev"_s << u"dev-shop-web"_s << u"web"_s << u"FEATURE_FLAGS"_s << true << configMapRef
        << u"dev-shop-static"_s << base << lineOf(files, base, "- name: FEATURE_FLAGS") << 11;
    QTest::addRow("staging component env")
        << u"staging"_s << u"shop-web"_s << u"web"_s << u"METRICS_ENABLED"_s << true << literal << u"true"_s
        << component << lineOf(files, component, "- name: METRICS_ENABLED") << 11;
    QTest::addRow("staging json patch add")
        << u"staging"_s << u"shop-web"_s << u"web"_s << u"RELEASE_CHANNEL"_s << true << literal
        << u"staging"_s << stagingPatch << lineOf(files, stagingPatch, "name: RELEASE_CHANNEL") << 5;
    QTest::addRow("staging untouched")
        << u"staging"_s << u"shop-web"_s << u"web"_s << u"LOG_FORMAT"_s << true << literal << u"json"_s
        << base << lineOf(files, base, "- name: LOG_FORMAT") << 11;
    QTest::addRow("prod json replace")
        << u"prod"_s << u"prod-shop-web"_s << u"web"_s << u"DATABASE_HOST"_s << true << literal
        << u"postgres.prod.svc"_s << prod << lineOf(files, prod, "value: postgres.prod.svc") << 7;
    QTest::addRow("prod secret ref renamed")
        << u"prod"_s << u"prod-shop-web"_s << u"web"_s << u"DATABASE_PASSWORD"_s << true << secretRef
        << u"prod-shop-db"_s << prodPatch << lineOf(files, prodPatch, "- name: DATABASE_PASSWORD") << 11;
    QTest::addRow("prod delete directive") << u"prod"_s << u"prod-shop-web"_s << u"web"_s << u"LOG_FORMAT"_s
                                           << false << literal << QString() << QString() << 0 << 0;
    QTest::addRow("prod json remove")
        << u"prod"_s << u"prod-shop-web"_s << u"log-shipper"_s << u"FLUENT_LEVEL"_s << false << literal
        << QString() << QString() << 0 << 0;
    QTest::addRow("dev sidecar keeps env")
        << u"dev"_s << u"dev-shop-web"_s << u"log-shipper"_s << u"FLUENT_LEVEL"_s << true << literal
        << u"info"_s << base << lineOf(files, base, "- name: FLUENT_LEVEL") << 11;
}

void TestKustomize::env()
{
    QFETCH(QString, overlay);
    QFETCH(QString, workload);
    QFETCH(QString, container);
    QFETCH(QString, name);
    QFETCH(bool, present);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);

    const DeploymentModel model = renderShop(overlay);
    const Container *target = findContainer(findWorkload(model, workload), container);
    QVERIFY(target);
    const EnvVar *var = nullptr;
    for (const EnvVar &candidate : target->env) {
        if (candidate.name == name)
            var = &candidate;
    }
    QCOMPARE(var != nullptr, present);
    if (!present)
        return;
    QCOMPARE(int(var->kind), kind);
    if (var->kind == ValueKind::Literal)
        QCOMPARE(var->value, value);
    else
        QCOMPARE(withoutHash(var->refName), value);
    QCOMPARE(var->location.path, path);
    QCOMPARE(var->location.line, line);
    QCOMPARE(var->location.column, column);
}

void TestKustomize::ports_data()
{
    const QMap<QString, QByteArray> files = shopRepository();
    const QString base = u"app/base/deployment.yaml"_s;
    const QString component = u"app/components/monitoring/metrics-env.yaml"_s;
    QTest::addColumn<QString>("overlay");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("containerPort");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addRow("dev http") << u"dev"_s << u"dev-shop-web"_s << 8080 << u"http"_s << base
                              << lineOf(files, base, "containerPort: 8080");
    QTest::addRow("dev metrics from base") << u"dev"_s << u"dev-shop-web"_s << 9090 << u"metrics"_s << base
                                           << lineOf(files, base, "containerPort: 9090");
    // The component merges port 9090 by containerPort and renames it: its line wins.
    QTest::addRow("staging metrics merged") << u"staging"_s << u"shop-web"_s << 9090 << u"prometheus"_s
                                            << component << lineOf(files, component, "containerPort: 9090");
    QTest::addRow("prod http") << u"prod"_s << u"prod-shop-web"_s << 8080 << u"http"_s << base
                               << lineOf(files, base, "containerPort: 8080");
}

void TestKustomize::ports()
{
    QFETCH(QString, overlay);
    QFETCH(QString, workload);
    QFETCH(int, containerPort);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(int, line);

    const DeploymentModel model = renderShop(overlay);
    const Container *web = findContainer(findWorkload(model, workload), u"web"_s);
    QVERIFY(web);
    QCOMPARE(web->ports.size(), 2);
    const PortSpec *port = nullptr;
    for (const PortSpec &candidate : web->ports) {
        if (candidate.containerPort == containerPort)
            port = &candidate;
    }
    QVERIFY(port);
    QCOMPARE(port->name, name);
    QCOMPARE(port->location.path, path);
    QCOMPARE(port->location.line, line);
}

void TestKustomize::configObjects_data()
{
    const QMap<QString, QByteArray> files = shopRepository();
    const QString baseK = u"app/base/kustomization.yaml"_s;
    const QString dev = u"app/overlays/dev/kustomization.yaml"_s;
    const QString stagingEnv = u"app/overlays/staging/staging.env"_s;
    const QString prod = u"app/overlays/prod/kustomization.yaml"_s;
    QTest::addColumn<QString>("overlay");
    QTest::addColumn<QString>("object"); // name without the hash suffix
    QTest::addColumn<bool>("generated");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("entries");

    QTest::addRow("dev merged literal") << u"dev"_s << u"dev-shop-settings"_s << true << u"LOG_LEVEL"_s
                                        << u"debug"_s << dev << lineOf(files, dev, "- LOG_LEVEL=debug") << 2;
    QTest::addRow("dev base literal") << u"dev"_s << u"dev-shop-settings"_s << true << u"CACHE_TTL"_s
                                      << u"60"_s << baseK << lineOf(files, baseK, "- CACHE_TTL=60") << 2;
    QTest::addRow("staging env file overrides")
        << u"staging"_s << u"shop-settings"_s << true << u"CACHE_TTL"_s << u"300"_s << stagingEnv << 2 << 3;
    QTest::addRow("staging env file adds") << u"staging"_s << u"shop-settings"_s << true << u"PAYMENT_MODE"_s
                                           << u"sandbox"_s << stagingEnv << 3 << 3;
    QTest::addRow("staging base literal kept")
        << u"staging"_s << u"shop-settings"_s << true << u"LOG_LEVEL"_s << u"info"_s << baseK
        << lineOf(files, baseK, "- LOG_LEVEL=info") << 3;
    QTest::addRow("prod secret literal")
        << u"prod"_s << u"prod-shop-db"_s << true << u"DATABASE_PASSWORD"_s << u"s3cr3t-prod"_s << prod
        << lineOf(files, prod, "- DATABASE_PASSWORD=") << 1;
    QTest::addRow("prod plain configmap")
        << u"prod"_s << u"prod-shop-static"_s << false << u"flags"_s << u"checkout-v2,search"_s
        << u"app/base/configmap.yaml"_s << lineOf(files, u"app/base/configmap.yaml"_s, "flags:") << 1;
}

void TestKustomize::configObjects()
{
    QFETCH(QString, overlay);
    QFETCH(QString, object);
    QFETCH(bool, generated);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, entries);

    const DeploymentModel model = renderShop(overlay);
    const ConfigObject *found = nullptr;
    for (const ConfigObject &candidate : model.configObjects) {
        if ((generated ? withoutHash(candidate.name) : candidate.name) == object)
            found = &candidate;
    }
    QVERIFY2(found, qPrintable(object));
    QCOMPARE(found->generated, generated);
    QCOMPARE(found->environment, overlay);
    if (generated)
        QVERIFY2(found->name.size() == object.size() + 11, qPrintable(found->name));
    QCOMPARE(found->entries.size(), entries);
    const ConfigEntry *entry = nullptr;
    for (const ConfigEntry &candidate : found->entries) {
        if (candidate.key == key)
            entry = &candidate;
    }
    QVERIFY(entry);
    QCOMPARE(entry->value, value);
    QCOMPARE(entry->location.path, path);
    QCOMPARE(entry->location.line, line);
}

void TestKustomize::services()
{
    const QMap<QString, QByteArray> files = shopRepository();
    const QString component = u"app/components/monitoring/kustomization.yaml"_s;
    const DeploymentModel staging = renderShop(u"staging"_s);
    QCOMPARE(staging.services.size(), 1);
    const ServiceDef &service = staging.services.first();
    QCOMPARE(service.name, u"shop-web"_s);
    QCOMPARE(service.namespaceName, u"shop-staging"_s);
    QCOMPARE(service.selector.value(u"component"_s), u"web"_s);
    // labels with includeSelectors reach the Service selector, with the base kustomization's line.
    QCOMPARE(service.selector.value(u"app.kubernetes.io/name"_s), u"shop"_s);
    QCOMPARE(service.annotations.value(u"prometheus.io/scrape"_s), u"true"_s);
    QCOMPARE(service.ports.size(), 2);
    QCOMPARE(service.ports.at(0).port, 80);
    QCOMPARE(service.ports.at(0).location.path, u"app/base/service.yaml"_s);
    QCOMPARE(service.ports.at(1).port, 9090);
    QCOMPARE(service.ports.at(1).targetPortName, u"metrics"_s);
    QCOMPARE(service.ports.at(1).location.path, component);
    QCOMPARE(service.ports.at(1).location.line, lineOf(files, component, "port: 9090"));

    const DeploymentModel prod = renderShop(u"prod"_s);
    QCOMPARE(prod.pdbs.size(), 1);
    QCOMPARE(prod.pdbs.first().name, u"prod-shop-web"_s);
    QCOMPARE(prod.pdbs.first().namespaceName, u"shop-prod"_s);
    QCOMPARE(prod.pdbs.first().environment, u"prod"_s);
    // The base's labels transformer does not reach an object the overlay adds.
    QCOMPARE(prod.pdbs.first().selector, (QMap<QString, QString>{{u"component"_s, u"web"_s}}));
    const Workload *web = findWorkload(prod, u"prod-shop-web"_s);
    QVERIFY(web);
    QCOMPARE(web->podAnnotations.value(u"prometheus.io/scrape"_s), u"true"_s);
    QCOMPARE(web->selector.value(u"app.kubernetes.io/name"_s), u"shop"_s);
    const Container *container = findContainer(web, u"web"_s);
    QVERIFY(container);
    QCOMPARE(container->resources.requests.value(u"cpu"_s), u"500m"_s);
    QCOMPARE(container->resources.requests.value(u"memory"_s), u"128Mi"_s);
    QCOMPARE(container->resources.limits.value(u"memory"_s), u"1Gi"_s);
    QCOMPARE(container->args, (QStringList{u"--port"_s, u"8080"_s}));
    QCOMPARE(container->envFrom.size(), 1);
    QCOMPARE(withoutHash(container->envFrom.first().name), u"prod-shop-settings"_s);
    QCOMPARE(web->volumes.size(), 1);
    QCOMPARE(web->volumes.first().source, u"prod-shop-static"_s);
    bool readiness = false;
    for (const Probe &probe : container->probes) {
        if (probe.kind == Probe::Kind::Readiness) {
            readiness = true;
            QCOMPARE(probe.path, u"/healthz"_s);
        }
    }
    QVERIFY(readiness);
    const Container *stagingWeb = findContainer(findWorkload(staging, u"shop-web"_s), u"web"_s);
    QVERIFY(stagingWeb);
    for (const Probe &probe : stagingWeb->probes) {
        if (probe.kind == Probe::Kind::Readiness)
            QCOMPARE(probe.path, u"/ready"_s);
    }
}

void TestKustomize::portMergeFollowsKyaml_data()
{
    // What kubectl kustomize (v5.5) does with container ports, merged by containerPort and protocol.
    QTest::addColumn<QByteArray>("baseProtocol");
    QTest::addColumn<QByteArray>("patchProtocol");
    QTest::addColumn<QStringList>("ports"); // containerPort/protocol name, in order
    QTest::addRow("neither sets it: merged, moved first")
        << QByteArray() << QByteArray() << QStringList{u"9090/TCP m2"_s, u"8080/TCP http"_s};
    QTest::addRow("only the patch sets it: patch ignored")
        << QByteArray() << QByteArray("TCP") << QStringList{u"8080/TCP http"_s, u"9090/TCP metrics"_s};
    QTest::addRow("same protocol: merged in place")
        << QByteArray("UDP") << QByteArray("UDP") << QStringList{u"8080/TCP http"_s, u"9090/UDP m2"_s};
    QTest::addRow("other protocol: a second port first")
        << QByteArray("TCP") << QByteArray("UDP")
        << QStringList{u"9090/UDP m2"_s, u"8080/TCP http"_s, u"9090/TCP metrics"_s};
}

void TestKustomize::portMergeFollowsKyaml()
{
    QFETCH(QByteArray, baseProtocol);
    QFETCH(QByteArray, patchProtocol);
    QFETCH(QStringList, ports);
    test::MemoryFileIndex index;
    index.add(u"p/kustomization.yaml"_s, "resources: [app.yaml]\npatches:\n- path: patch.yaml\n");
    index.add(u"p/app.yaml"_s,
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n"
              "      containers:\n      - name: app\n        image: app:1\n        ports:\n"
              "        - containerPort: 8080\n          name: http\n        - containerPort: 9090\n"
              "          name: metrics\n" +
                  (baseProtocol.isEmpty() ? QByteArray() : "          protocol: " + baseProtocol + "\n"));
    index.add(u"p/patch.yaml"_s,
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n"
              "      containers:\n      - name: app\n        ports:\n        - containerPort: 9090\n"
              "          name: m2\n" +
                  (patchProtocol.isEmpty() ? QByteArray() : "          protocol: " + patchProtocol + "\n"));
    const DeploymentModel model = renderKustomizeEnvironment(u"p"_s, QString(), {index, ParseLimits{}});
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 1);
    QStringList actual;
    for (const PortSpec &port : model.workloads.first().containers.first().ports)
        actual.append(u"%1/%2 %3"_s.arg(port.containerPort).arg(port.protocol, port.name));
    QCOMPARE(actual, ports);
}

void TestKustomize::emptyOverlayFieldsStayAbsent()
{
    test::MemoryFileIndex index;
    index.add(u"k/kustomization.yaml"_s, "resources:\n- job.yaml\n");
    index.add(u"k/job.yaml"_s,
              "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n"
              "    spec:\n      restartPolicy: Never\n      containers:\n      - name: migrate\n"
              "        image: shop:1\n        command: [\"./migrate\", \"up\"]\n");
    const DeploymentModel model = renderKustomizeEnvironment(u"k"_s, u"dev"_s, {index, ParseLimits{}});
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 1);
    const Workload &job = model.workloads.first();
    QCOMPARE(job.kind, WorkloadKind::Job);
    QVERIFY(!job.replicas.has_value());
    QVERIFY(job.namespaceName.isEmpty());
    QCOMPARE(job.containers.first().command, (QStringList{u"./migrate"_s, u"up"_s}));
    QCOMPARE(job.containers.first().commandLocation, (Location{u"k/job.yaml"_s, 12, 9}));
    QCOMPARE(model.adminTasks.size(), 1);
    QCOMPARE(model.adminTasks.first().environment, u"dev"_s);
}

void TestKustomize::referencesFollowRenames()
{
    test::MemoryFileIndex index;
    index.add(u"r/base/kustomization.yaml"_s, R"(resources:
- app.yaml
secretGenerator:
- name: tls
  literals: [crt=abc]
configMapGenerator:
- name: env
  literals: [A=1]
)");
    index.add(u"r/base/app.yaml"_s, R"(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  template:
    spec:
      serviceAccountName: runner
      imagePullSecrets:
      - name: tls
      containers:
      - name: db
        image: postgres:16
        envFrom:
        - secretRef:
            name: tls
        - configMapRef:
            name: external-config
      volumes:
      - name: projected
        projected:
          sources:
          - configMap:
              name: env
          - secret:
              name: tls
      - name: data
        persistentVolumeClaim:
          claimName: data
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  ports:
  - port: 5432
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: runner
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
  - secretName: tls
  rules:
  - http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: db
            port:
              number: 5432
)");
    index.add(u"r/overlay/kustomization.yaml"_s, "resources:\n- ../base\nnameSuffix: -v2\n");
    const KustomizeRender render = renderKustomization(u"r/overlay"_s, {index, ParseLimits{}});
    QVERIFY2(render.diagnostics.isEmpty(), qPrintable(describe(render.diagnostics)));
    Diagnostics diagnostics;
    SourceFile file;
    file.path = u"rendered.yaml"_s;
    file.content = render.yaml;
    const std::vector<YamlDocument> documents = loadYamlDocuments(file, ParseLimits{}, diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QString tlsName;
    QString envName;
    const YAML::Node *statefulSet = nullptr;
    const YAML::Node *ingress = nullptr;
    for (const YamlDocument &document : documents) {
        const QString kind = yamlString(yamlChild(document.root, "kind"));
        const QString name = yamlString(yamlChild(yamlChild(document.root, "metadata"), "name"));
        if (kind == u"Secret")
            tlsName = name;
        else if (kind == u"ConfigMap")
            envName = name;
        else if (kind == u"StatefulSet")
            statefulSet = &document.root;
        else if (kind == u"Ingress")
            ingress = &document.root;
    }
    QVERIFY(tlsName.startsWith(u"tls-v2-"));
    QCOMPARE(tlsName.size(), 17);
    QVERIFY(envName.startsWith(u"env-v2-"));
    QVERIFY(statefulSet && ingress);
    const YAML::Node spec = yamlChild(*statefulSet, "spec");
    QCOMPARE(yamlString(yamlChild(spec, "serviceName")), u"db-v2"_s);
    const YAML::Node pod = yamlChild(yamlChild(spec, "template"), "spec");
    QCOMPARE(yamlString(yamlChild(pod, "serviceAccountName")), u"runner-v2"_s);
    QCOMPARE(yamlString(yamlChild(yamlChild(pod, "imagePullSecrets")[0], "name")), tlsName);
    const YAML::Node container = yamlChild(pod, "containers")[0];
    const YAML::Node envFrom = yamlChild(container, "envFrom");
    QCOMPARE(yamlString(yamlChild(yamlChild(envFrom[0], "secretRef"), "name")), tlsName);
    // A reference to an object the overlay does not define stays as written.
    QCOMPARE(yamlString(yamlChild(yamlChild(envFrom[1], "configMapRef"), "name")), u"external-config"_s);
    const YAML::Node volumes = yamlChild(pod, "volumes");
    const YAML::Node sources = yamlChild(yamlChild(volumes[0], "projected"), "sources");
    QCOMPARE(yamlString(yamlChild(yamlChild(sources[0], "configMap"), "name")), envName);
    QCOMPARE(yamlString(yamlChild(yamlChild(sources[1], "secret"), "name")), tlsName);
    QCOMPARE(yamlString(yamlChild(yamlChild(volumes[1], "persistentVolumeClaim"), "claimName")),
             u"data-v2"_s);
    const YAML::Node ingressSpec = yamlChild(*ingress, "spec");
    QCOMPARE(yamlString(yamlChild(yamlChild(ingressSpec, "tls")[0], "secretName")), tlsName);
    const YAML::Node backend = yamlChild(yamlChild(yamlChild(ingressSpec, "rules")[0], "http"), "paths")[0];
    QCOMPARE(yamlString(yamlChild(yamlChild(yamlChild(backend, "backend"), "service"), "name")), u"db-v2"_s);
}

void TestKustomize::generatorHashMatchesKustomize()
{
    // Names kubectl kustomize (v5.5) gives these generators.
    test::MemoryFileIndex index;
    index.add(u"g/kustomization.yaml"_s, R"(configMapGenerator:
- name: app-settings
  literals: [LOG_LEVEL=info, "B=<x>&"]
secretGenerator:
- name: creds
  literals: [PASSWORD=hunter2]
)");
    const DeploymentModel model = renderKustomizeEnvironment(u"g"_s, QString(), {index, ParseLimits{}});
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.configObjects.size(), 2);
    QCOMPARE(model.configObjects.at(0).name, u"app-settings-gg4m84dh59"_s);
    QCOMPARE(model.configObjects.at(1).name, u"creds-9279h2tbm8"_s);
    QCOMPARE(model.configObjects.at(1).kind, ConfigObject::Kind::Secret);
    QCOMPARE(model.configObjects.at(1).secretType, u"Opaque"_s);
    QCOMPARE(model.configObjects.at(1).entries.first().value, u"hunter2"_s);
    QCOMPARE(model.configObjects.at(1).entries.first().location,
             (Location{u"g/kustomization.yaml"_s, 6, 14}));
}

void TestKustomize::generatorBehaviorKeepsHashOnlyWhenBothWantIt()
{
    test::MemoryFileIndex index;
    index.add(u"b/kustomization.yaml"_s, R"(configMapGenerator:
- name: merged
  literals: [A=1]
- name: replaced
  literals: [A=1]
- name: plain
  options: {disableNameSuffixHash: true}
  literals: [A=1]
- name: hashed
  literals: [A=1]
)");
    index.add(u"o/kustomization.yaml"_s, R"(resources: [../b]
configMapGenerator:
- name: merged
  behavior: merge
  options: {disableNameSuffixHash: true}
  literals: [B=2]
- name: replaced
  behavior: replace
  options: {disableNameSuffixHash: true}
  literals: [B=2]
- name: plain
  behavior: merge
  literals: [B=2]
- name: hashed
  behavior: merge
  literals: [B=2]
)");
    const DeploymentModel model = renderKustomizeEnvironment(u"o"_s, u"prod"_s, {index, ParseLimits{}});
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QStringList names;
    for (const ConfigObject &object : model.configObjects) {
        QVERIFY(object.generated);
        names.append(object.name + u' ' + QString::number(object.entries.size()));
    }
    // Names as kubectl kustomize v5.5 gives them; replace drops the original data.
    QCOMPARE(names, (QStringList{u"hashed-66h9cbh964 2"_s, u"merged 2"_s, u"plain 2"_s, u"replaced 1"_s}));
}

void TestKustomize::emittedYamlRoundTrips_data()
{
    QTest::addColumn<QByteArray>("scalar"); // as written in the source
    QTest::addColumn<QString>("expected");  // the string the rendered YAML must give back
    QTest::addRow("quoted number stays a string") << QByteArray("\"8080\"") << u"8080"_s;
    QTest::addRow("quoted boolean") << QByteArray("'true'") << u"true"_s;
    QTest::addRow("colon space") << QByteArray("\"a: b\"") << u"a: b"_s;
    QTest::addRow("hash") << QByteArray("\"x #y\"") << u"x #y"_s;
    QTest::addRow("multi-line block")
        << QByteArray("|\n    line one\n    line two") << u"line one\nline two\n"_s;
    QTest::addRow("leading star") << QByteArray("\"*alias\"") << u"*alias"_s;
    QTest::addRow("unicode") << QByteArray("\"caf\xc3\xa9 \xe2\x82\xac\"") << u"café €"_s;
    QTest::addRow("quotes and backslash") << QByteArray("'say \"hi\" \\n'") << u"say \"hi\" \\n"_s;
    QTest::addRow("empty string") << QByteArray("\"\"") << QString();
    QTest::addRow("leading space") << QByteArray("\"  padded\"") << u"  padded"_s;
    QTest::addRow("url") << QByteArray("https://example.com/a?b=c") << u"https://example.com/a?b=c"_s;
    QTest::addRow("dash") << QByteArray("\"- item\"") << u"- item"_s;
}

void TestKustomize::emittedYamlRoundTrips()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QString, expected);
    test::MemoryFileIndex index;
    index.add(u"e/kustomization.yaml"_s, "resources: [cm.yaml]\n");
    index.add(u"e/cm.yaml"_s,
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  key: " + scalar + "\n");
    const DeploymentModel model = renderKustomizeEnvironment(u"e"_s, QString(), {index, ParseLimits{}});
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.configObjects.size(), 1);
    QCOMPARE(model.configObjects.first().entries.first().value, expected);
    QCOMPARE(model.configObjects.first().entries.first().location, (Location{u"e/cm.yaml"_s, 6, 3}));
}

void TestKustomize::everyLineHasAnOrigin()
{
    const QMap<QString, QByteArray> files = shopRepository();
    test::MemoryFileIndex index;
    addAll(index, files);
    for (const QString &overlay : {u"dev"_s, u"staging"_s, u"prod"_s}) {
        const KustomizeRender render =
            renderKustomization(u"app/overlays/"_s + overlay, {index, ParseLimits{}});
        QVERIFY(render.origins);
        const QList<QByteArray> lines = render.yaml.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty() || lines.at(i) == "---")
                continue;
            const Location origin = render.origins->value(int(i) + 1);
            QVERIFY2(origin.isValid() && origin.line > 0,
                     qPrintable(u"%1 line %2 has no origin"_s.arg(overlay).arg(i + 1)));
            QVERIFY2(files.contains(origin.path), qPrintable(origin.path));
            QVERIFY(origin.line <= files.value(origin.path).count('\n') + 1);
        }
        // Block style: no flow collections except empty ones.
        QVERIFY(!render.yaml.contains(": ["));
        QVERIFY(!render.yaml.contains(": {"));
    }
    // The namespace line exists only through the transformer: its origin is the kustomization line.
    const KustomizeRender dev = renderKustomization(u"app/overlays/dev"_s, {index, ParseLimits{}});
    const QList<QByteArray> lines = dev.yaml.split('\n');
    const qsizetype namespaceLine = lines.indexOf("  namespace: shop-dev");
    QVERIFY(namespaceLine >= 0);
    QCOMPARE(dev.origins->value(int(namespaceLine) + 1),
             (Location{u"app/overlays/dev/kustomization.yaml"_s, 3, 1}));
}

namespace {

// The origin of the first line of the rendered document kind/name whose text (trimmed) is `text`.
Location originOf(const KustomizeRender &render, const QString &kind, const QString &name,
                  const QString &text)
{
    const QList<QByteArray> lines = render.yaml.split('\n');
    qsizetype start = 0;
    while (start < lines.size()) {
        qsizetype end = start;
        while (end < lines.size() && lines.at(end) != "---")
            ++end;
        bool isDocument = false;
        bool named = false;
        for (qsizetype i = start; i < end; ++i) {
            const QString line = QString::fromUtf8(lines.at(i));
            isDocument = isDocument || line == u"kind: "_s + kind;
            named = named || line == u"  name: "_s + name;
        }
        if (isDocument && named) {
            for (qsizetype i = start; i < end; ++i) {
                if (QString::fromUtf8(lines.at(i)).trimmed() == text)
                    return render.origins->value(int(i) + 1);
            }
        }
        start = end + 1;
    }
    return {};
}

} // namespace

void TestKustomize::featureProvenance_data()
{
    const QMap<QString, QByteArray> files = featureRepository();
    const QString overlay = u"features/overlay/kustomization.yaml"_s;
    const QString base = u"features/base/workloads.yaml"_s;
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    const QString config = u"pay-app-config-eu-7f25g82t4k"_s;
    QTest::addRow("replaced generator literal")
        << u"ConfigMap"_s << config << u"MODE: prod"_s << overlay << lineOf(files, overlay, "- MODE=prod");
    QTest::addRow("generator file") << u"ConfigMap"_s << config << u"custom.txt: \"custom text\\n\""_s
                                    << overlay << lineOf(files, overlay, "- custom.txt=config/other.txt");
    QTest::addRow("generator option label") << u"ConfigMap"_s << config << u"generated: \"yes\""_s << overlay
                                            << lineOf(files, overlay, "generated: \"yes\"");
    QTest::addRow("merged secret from env file")
        << u"Secret"_s << u"pay-api-keys-eu-tkkmfgg6mk"_s << u"TOKEN: dDBr"_s
        << u"features/overlay/secrets.env"_s << 3;
    QTest::addRow("label pair") << u"Deployment"_s << u"pay-api-eu"_s << u"owner: team-pay"_s << overlay
                                << lineOf(files, overlay, "owner: team-pay");
    QTest::addRow("common annotation") << u"Deployment"_s << u"pay-api-eu"_s << u"contact: pay@example.com"_s
                                       << overlay << lineOf(files, overlay, "contact:");
    QTest::addRow("inline strategic merge in a list")
        << u"Deployment"_s << u"pay-api-eu"_s << u"memory: 256Mi"_s << overlay
        << lineOf(files, overlay, "memory: 256Mi");
    QTest::addRow("json add into a list") << u"Deployment"_s << u"pay-api-eu"_s << u"- name: FIRST"_s
                                          << overlay << lineOf(files, overlay, "name: FIRST");
    QTest::addRow("json copy") << u"Deployment"_s << u"pay-api-eu"_s << u"example.com/owner: payments"_s
                               << overlay << lineOf(files, overlay, "- op: copy");
    QTest::addRow("json move") << u"Deployment"_s << u"pay-api-eu"_s << u"command:"_s << overlay
                               << lineOf(files, overlay, "- op: move");
    QTest::addRow("tag-less image") << u"Deployment"_s << u"pay-api-eu"_s << u"image: redis:7.2"_s << overlay
                                    << lineOf(files, overlay, "- name: redis");
    QTest::addRow("untouched base") << u"Deployment"_s << u"pay-api-eu"_s << u"tier: backend"_s << base
                                    << lineOf(files, base, "tier: backend");
    QTest::addRow("reference keeps its line")
        << u"Deployment"_s << u"pay-api-eu"_s << u"name: pay-api-keys-eu-tkkmfgg6mk"_s << base
        << lineOf(files, base, "name: api-keys");
    QTest::addRow("restated key keeps its line")
        << u"StatefulSet"_s << u"pay-db-eu"_s << u"- name: postgres"_s << base
        << lineOf(files, base, "- name: postgres");
    QTest::addRow("replicas override") << u"StatefulSet"_s << u"pay-db-eu"_s << u"replicas: 3"_s << overlay
                                       << lineOf(files, overlay, "- name: db");
    QTest::addRow("namespace renames a Namespace")
        << u"Namespace"_s << u"payments"_s << u"name: payments"_s << overlay
        << lineOf(files, overlay, "namespace: payments");
    QTest::addRow("json replace by regex target") << u"Service"_s << u"pay-db-eu"_s << u"- port: 6432"_s
                                                  << overlay << lineOf(files, overlay, "value: 6432");
    QTest::addRow("strategic merge from a multi-document file")
        << u"Service"_s << u"pay-api-eu"_s << u"type: NodePort"_s << u"features/overlay/multi.yaml"_s
        << lineOf(files, u"features/overlay/multi.yaml"_s, "type: NodePort");
}

void TestKustomize::featureProvenance()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(int, line);
    test::MemoryFileIndex index;
    addAll(index, featureRepository());
    const KustomizeRender render = renderKustomization(u"features/overlay"_s, {index, ParseLimits{}});
    QVERIFY2(render.diagnostics.isEmpty(), qPrintable(describe(render.diagnostics)));
    const Location origin = originOf(render, kind, name, text);
    QVERIFY2(origin.isValid(), qPrintable(text));
    QCOMPARE(origin.path, path);
    QCOMPARE(origin.line, line);
    QVERIFY(origin.column > 0);
}

void TestKustomize::kustomizationFileAsArgument()
{
    test::MemoryFileIndex index;
    addAll(index, shopRepository());
    const KustomizeRender byDirectory = renderKustomization(u"app/overlays/dev"_s, {index, ParseLimits{}});
    const KustomizeRender byFile =
        renderKustomization(u"app/overlays/dev/kustomization.yaml"_s, {index, ParseLimits{}});
    QVERIFY(!byDirectory.yaml.isEmpty());
    QCOMPARE(byFile.yaml, byDirectory.yaml);
    QCOMPARE(*byFile.origins, *byDirectory.origins);
}

void TestKustomize::badInput_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QStringList>("survivors"); // workload names still rendered
    const int error = int(DiagnosticSeverity::Error);
    const int warning = int(DiagnosticSeverity::Warning);
    QTest::addRow("missing resource") << u"bad/missing"_s << u"bad/missing/kustomization.yaml"_s << 3
                                      << u"nothere.yaml"_s << error << QStringList{u"ok"_s};
    QTest::addRow("cycle") << u"bad/cycle-a"_s << u"bad/cycle-b/kustomization.yaml"_s << 2 << u"cycle"_s
                           << error << QStringList{u"ok"_s};
    QTest::addRow("too deep") << u"bad/deep/0"_s << u"bad/deep/20/kustomization.yaml"_s << 2 << u"20 levels"_s
                              << error << QStringList();
    // Credentials in a remote URL are not repeated.
    QTest::addRow("remote") << u"bad/remote"_s << u"bad/remote/kustomization.yaml"_s << 2
                            << u"https://github.com/acme/infra//base?ref=v1 "_s << warning
                            << QStringList{u"ok"_s};
    QTest::addRow("broken inline patch") << u"bad/inline"_s << u"bad/inline/kustomization.yaml"_s << 7
                                         << u"YAML"_s << error << QStringList{u"ok"_s};
    QTest::addRow("json op without path") << u"bad/jsonop"_s << u"bad/jsonop/kustomization.yaml"_s << 7
                                          << u"failed"_s << error << QStringList{u"ok"_s};
    QTest::addRow("patch matches nothing") << u"bad/nomatch"_s << u"bad/nomatch/patch.yaml"_s << 1
                                           << u"matches no resource"_s << error << QStringList{u"ok"_s};
    QTest::addRow("broken resource yaml")
        << u"bad/yaml"_s << u"bad/yaml/broken.yaml"_s << 5 << u"YAML"_s << error << QStringList{u"ok"_s};
    QTest::addRow("merge without base") << u"bad/merge"_s << u"bad/merge/kustomization.yaml"_s << 4
                                        << u"no base generates"_s << error << QStringList{u"ok"_s};
    QTest::addRow("missing env file") << u"bad/envfile"_s << u"bad/envfile/kustomization.yaml"_s << 6
                                      << u"prod.env"_s << warning << QStringList{u"ok"_s};
    QTest::addRow("json patch without target") << u"bad/notarget"_s << u"bad/notarget/kustomization.yaml"_s
                                               << 4 << u"needs a target"_s << error << QStringList{u"ok"_s};
    QTest::addRow("no kustomization")
        << u"bad/empty"_s << u"bad/empty"_s << 0 << u"no kustomization"_s << error << QStringList();
}

void TestKustomize::badInput()
{
    QFETCH(QString, directory);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    QFETCH(int, severity);
    QFETCH(QStringList, survivors);

    test::MemoryFileIndex index;
    const QByteArray ok = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ok\nspec:\n  template:\n"
                          "    spec:\n      containers:\n      - name: app\n        image: app:1\n";
    for (const char *dir : {"missing", "cycle-a", "remote", "jsonop", "nomatch", "yaml", "merge", "envfile",
                            "notarget", "inline"})
        index.add(u"bad/"_s + QString::fromLatin1(dir) + u"/ok.yaml"_s, ok);
    index.add(u"bad/missing/kustomization.yaml"_s, "resources:\n- ok.yaml\n- nothere.yaml\n");
    index.add(u"bad/cycle-a/kustomization.yaml"_s, "resources:\n- ok.yaml\n- ../cycle-b\n");
    index.add(u"bad/cycle-b/kustomization.yaml"_s, "resources:\n- ../cycle-a\n");
    for (int i = 0; i <= 22; ++i) {
        index.add(u"bad/deep/%1/kustomization.yaml"_s.arg(i),
                  "resources:\n- ../" + QByteArray::number(i + 1) + "\n");
    }
    index.add(u"bad/remote/kustomization.yaml"_s,
              "resources:\n- https://deploy:s3cr3t@github.com/acme/infra//base?ref=v1\n- ok.yaml\n");
    index.add(u"bad/inline/kustomization.yaml"_s, R"(resources:
- ok.yaml
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: [ok
)");
    index.add(u"bad/jsonop/kustomization.yaml"_s, R"(resources:
- ok.yaml
patches:
- target:
    kind: Deployment
  patch: |-
    - op: replace
      value: 3
    - op: add
      value: 4
)");
    index.add(u"bad/nomatch/kustomization.yaml"_s, "resources:\n- ok.yaml\npatches:\n- path: patch.yaml\n");
    index.add(u"bad/nomatch/patch.yaml"_s,
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other\n");
    index.add(u"bad/yaml/kustomization.yaml"_s, "resources:\n- broken.yaml\n- ok.yaml\n");
    index.add(u"bad/yaml/broken.yaml"_s,
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata: [unclosed\n---\n"
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\n");
    index.add(u"bad/merge/kustomization.yaml"_s, "resources:\n- ok.yaml\nconfigMapGenerator:\n- name: "
                                                 "nothing\n  behavior: merge\n  literals: [A=1]\n");
    index.add(u"bad/envfile/kustomization.yaml"_s,
              "resources:\n- ok.yaml\nsecretGenerator:\n- name: creds\n  envs:\n  - prod.env\n");
    index.add(u"bad/notarget/kustomization.yaml"_s,
              "resources:\n- ok.yaml\npatches:\n- patch: |-\n    - op: remove\n      path: /spec\n");

    const DeploymentModel model = renderKustomizeEnvironment(directory, u"dev"_s, {index, ParseLimits{}});
    const Diagnostic *match = nullptr;
    for (const Diagnostic &diagnostic : model.diagnostics) {
        if (diagnostic.message.contains(messagePart))
            match = &diagnostic;
    }
    QVERIFY2(match, qPrintable(describe(model.diagnostics)));
    for (const Diagnostic &diagnostic : model.diagnostics)
        QVERIFY(!diagnostic.message.contains(u"s3cr3t"));
    QCOMPARE(match->location.path, path);
    QCOMPARE(match->location.line, line);
    QCOMPARE(int(match->severity), severity);
    QStringList names;
    for (const Workload &workload : model.workloads)
        names.append(workload.name);
    QCOMPARE(names, survivors);
}

void TestKustomize::hostileInputIsBounded()
{
    // A diamond of kustomizations: every level includes the next one twice.
    test::MemoryFileIndex index;
    for (int i = 0; i < 40; ++i) {
        index.add(u"h/%1/kustomization.yaml"_s.arg(i), "resources:\n- ../" + QByteArray::number(i + 1) +
                                                           "\n- ../" + QByteArray::number(i + 1) + "\n");
    }
    index.add(u"h/40/kustomization.yaml"_s, "resources: [cm.yaml]\n");
    // Aliases that multiply: 9 levels of 10 references each.
    QByteArray laughs = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n  a0: &a0 \"x\"\n";
    laughs += "items:\n";
    for (int i = 1; i < 10; ++i) {
        laughs += "  - &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            laughs += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        laughs += "]\n";
    }
    index.add(u"h/40/cm.yaml"_s, laughs);
    QElapsedTimer timer;
    timer.start();
    const KustomizeRender render = renderKustomization(u"h/0"_s, {index, ParseLimits{}});
    QVERIFY(timer.elapsed() < 20000);
    QVERIFY(!render.diagnostics.isEmpty());
    QVERIFY(render.yaml.size() < 50 * 1024 * 1024);

    // Thousands of patches, each selecting thousands of objects: the work is bounded.
    QByteArray objects;
    for (int i = 0; i < 3000; ++i) {
        objects += "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app" +
                   QByteArray::number(i) + "\nspec:\n  replicas: 1\n";
    }
    QByteArray kustomization = "resources: [apps.yaml]\npatches:\n";
    for (int i = 0; i < 3000; ++i)
        kustomization += "- path: p.yaml\n  target:\n    kind: Deployment\n";
    index.add(u"w/apps.yaml"_s, objects);
    index.add(u"w/p.yaml"_s,
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: any\nspec:\n  replicas: 2\n");
    index.add(u"w/kustomization.yaml"_s, kustomization);
    timer.restart();
    const KustomizeRender busy = renderKustomization(u"w"_s, {index, ParseLimits{}});
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(std::any_of(busy.diagnostics.begin(), busy.diagnostics.end(),
                        [](const Diagnostic &diagnostic) { return diagnostic.message.contains(u"steps"); }));
    QVERIFY(busy.yaml.count("replicas: 2") == 3000);
}

// ---------------------------------------------------------------------------------------------
// Comparison with kubectl kustomize

namespace {

// What matters to the audit, per workload and per config object, as sorted text lines.
QStringList summarize(const QByteArray &yaml, bool stripHashes)
{
    test::MemoryFileIndex index;
    Diagnostics diagnostics;
    const std::vector<YamlDocument> documents =
        loadYamlDocuments(index.add(u"out.yaml"_s, yaml), ParseLimits{}, diagnostics);
    const auto ref = [stripHashes](const QString &name) {
        return stripHashes ? withoutHash(name) : name;
    };
    QStringList lines;
    for (const YamlDocument &document : documents) {
        const YAML::Node &root = document.root;
        const QString kind = yamlString(yamlChild(root, "kind"));
        const YAML::Node metadata = yamlChild(root, "metadata");
        const QString id = kind + u' ' + yamlString(yamlChild(metadata, "namespace")) + u'/' +
                           ref(yamlString(yamlChild(metadata, "name")));
        lines.append(id);
        if (kind == u"ConfigMap" || kind == u"Secret") {
            for (const QMap<QString, QString> &data :
                 {yamlStringMap(yamlChild(root, "data")), yamlStringMap(yamlChild(root, "binaryData"))}) {
                for (auto it = data.constBegin(); it != data.constEnd(); ++it)
                    lines.append(id + u" data " + it.key() + u'=' + it.value());
            }
            continue;
        }
        const YAML::Node spec = yamlChild(root, "spec");
        if (const std::optional<int> replicas = yamlInt(yamlChild(spec, "replicas")))
            lines.append(id + u" replicas " + QString::number(*replicas));
        if (kind == u"Service") {
            for (const auto &port : yamlChild(spec, "ports")) {
                lines.append(id + u" port " + yamlString(yamlChild(port, "name")) + u' ' +
                             yamlString(yamlChild(port, "port")) + u"->" +
                             yamlString(yamlChild(port, "targetPort")));
            }
            for (const auto &[key, value] : yamlStringMap(yamlChild(spec, "selector")).asKeyValueRange())
                lines.append(id + u" selector " + key + u'=' + value);
            continue;
        }
        const YAML::Node pod = yamlChild(yamlChild(spec, "template"), "spec");
        for (const char *list : {"initContainers", "containers"}) {
            for (const auto &container : yamlChild(pod, list)) {
                const QString prefix = id + u' ' + yamlString(yamlChild(container, "name"));
                lines.append(prefix + u" image " + yamlString(yamlChild(container, "image")));
                for (const auto &env : yamlChild(container, "env")) {
                    QString text = prefix + u" env " + yamlString(yamlChild(env, "name"));
                    if (yamlChild(env, "value").IsDefined())
                        text += u'=' + yamlString(yamlChild(env, "value"));
                    const YAML::Node from = yamlChild(env, "valueFrom");
                    for (const char *source : {"configMapKeyRef", "secretKeyRef"}) {
                        const YAML::Node refNode = yamlChild(from, source);
                        if (refNode.IsDefined()) {
                            text += u" from " + QString::fromLatin1(source) + u' ' +
                                    ref(yamlString(yamlChild(refNode, "name"))) + u'/' +
                                    yamlString(yamlChild(refNode, "key"));
                        }
                    }
                    lines.append(text);
                }
                for (const auto &envFrom : yamlChild(container, "envFrom")) {
                    for (const char *source : {"configMapRef", "secretRef"}) {
                        const YAML::Node refNode = yamlChild(envFrom, source);
                        if (refNode.IsDefined())
                            lines.append(prefix + u" envFrom " + QString::fromLatin1(source) + u' ' +
                                         ref(yamlString(yamlChild(refNode, "name"))));
                    }
                }
                for (const auto &port : yamlChild(container, "ports")) {
                    lines.append(prefix + u" port " + yamlString(yamlChild(port, "containerPort")) + u'/' +
                                 yamlString(yamlChild(port, "protocol")) + u' ' +
                                 yamlString(yamlChild(port, "name")));
                }
            }
        }
        for (const auto &volume : yamlChild(pod, "volumes")) {
            const QString configMap = yamlString(yamlChild(yamlChild(volume, "configMap"), "name"));
            if (!configMap.isEmpty())
                lines.append(id + u" volume " + yamlString(yamlChild(volume, "name")) + u" configMap " +
                             ref(configMap));
        }
    }
    // Documents may come in another order; lines within one object keep theirs.
    std::stable_sort(lines.begin(), lines.end(), [](const QString &a, const QString &b) {
        const auto id = [](const QString &line) {
            return line.section(u' ', 0, 1);
        };
        return id(a) < id(b);
    });
    return lines;
}

bool writeFixture(const QString &root, const QMap<QString, QByteArray> &files)
{
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString path = root + u'/' + it.key();
        if (!QDir().mkpath(QFileInfo(path).path()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

} // namespace

void TestKustomize::compareWithKubectl_data()
{
    QTest::addColumn<QString>("overlay");
    QTest::addRow("dev") << u"app/overlays/dev"_s;
    QTest::addRow("staging") << u"app/overlays/staging"_s;
    QTest::addRow("prod") << u"app/overlays/prod"_s;
    QTest::addRow("base") << u"app/base"_s;
}

void TestKustomize::compareWithKubectl()
{
    QFETCH(QString, overlay);
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty())
        QSKIP("kubectl is not on PATH");
    const QMap<QString, QByteArray> files = shopRepository();
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QVERIFY(writeFixture(directory.path(), files));

    QProcess process;
    process.start(kubectl, {u"kustomize"_s, directory.path() + u'/' + overlay});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QByteArray expected = process.readAllStandardOutput();
    QVERIFY(!expected.isEmpty());

    test::MemoryFileIndex index;
    addAll(index, files);
    const KustomizeRender render = renderKustomization(overlay, {index, ParseLimits{}});
    QVERIFY2(render.diagnostics.isEmpty(), qPrintable(describe(render.diagnostics)));

    QStringList kubectlLines = summarize(expected, true);
    QStringList ourLines = summarize(render.yaml, true);
    QVERIFY(kubectlLines.size() > 5);
    // Order within a list matters (env order decides $(VAR) expansion), so compare as written.
    QCOMPARE(ourLines, kubectlLines);
    // The generator hash is Kustomize's own, so even the full names agree.
    QCOMPARE(summarize(render.yaml, false), summarize(expected, false));
}

namespace {

// Every scalar of a document as "kind/namespace/name path = value", map keys sorted: equal for
// equal YAML whatever the key order and quoting.
void flatten(const YAML::Node &node, const QString &path, QStringList &out, int depth)
{
    if (depth > 64)
        return;
    if (yamlIsMap(node)) {
        QMap<QString, YAML::Node> sorted;
        for (const auto &item : node)
            sorted.insert(QString::fromStdString(item.first.Scalar()), item.second);
        if (sorted.isEmpty())
            out.append(path + u" = {}"_s);
        for (auto it = sorted.constBegin(); it != sorted.constEnd(); ++it)
            flatten(it.value(), path + u'.' + it.key(), out, depth + 1);
    } else if (yamlIsSeq(node)) {
        if (node.size() == 0)
            out.append(path + u" = []"_s);
        int index = 0;
        for (const auto &item : node)
            flatten(item, path + u'[' + QString::number(index++) + u']', out, depth + 1);
    } else if (yamlIsScalar(node)) {
        out.append(path + u" = "_s + yamlString(node).replace(u'\n', u"\\n"_s));
    } else {
        out.append(path + u" = null"_s);
    }
}

QStringList canonicalDocuments(const QByteArray &yaml)
{
    test::MemoryFileIndex index;
    Diagnostics diagnostics;
    const std::vector<YamlDocument> documents =
        loadYamlDocuments(index.add(u"out.yaml"_s, yaml), ParseLimits{}, diagnostics);
    QList<QStringList> perDocument;
    for (const YamlDocument &document : documents) {
        const YAML::Node metadata = yamlChild(document.root, "metadata");
        const QString id = yamlString(yamlChild(document.root, "kind")) + u'/' +
                           yamlString(yamlChild(metadata, "namespace")) + u'/' +
                           yamlString(yamlChild(metadata, "name"));
        QStringList lines;
        flatten(document.root, id, lines, 0);
        perDocument.append(lines);
    }
    std::sort(perDocument.begin(), perDocument.end(),
              [](const QStringList &a, const QStringList &b) { return a.value(0) < b.value(0); });
    QStringList result;
    for (const QStringList &lines : std::as_const(perDocument))
        result += lines;
    return result;
}

} // namespace

void TestKustomize::compareDocumentsWithKubectl()
{
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty())
        QSKIP("kubectl is not on PATH");
    const QMap<QString, QByteArray> files = featureRepository();
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QVERIFY(writeFixture(directory.path(), files));
    QProcess process;
    process.start(kubectl, {u"kustomize"_s, directory.path() + u"/features/overlay"_s});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    test::MemoryFileIndex index;
    addAll(index, files);
    const KustomizeRender render = renderKustomization(u"features/overlay"_s, {index, ParseLimits{}});
    QVERIFY2(render.diagnostics.isEmpty(), qPrintable(describe(render.diagnostics)));
    const QStringList expected = canonicalDocuments(process.readAllStandardOutput());
    const QStringList actual = canonicalDocuments(render.yaml);
    QVERIFY(expected.size() > 100);
    QStringList differences;
    for (const QString &line : expected) {
        if (!actual.contains(line))
            differences.append(u"missing: "_s + line);
    }
    for (const QString &line : actual) {
        if (!expected.contains(line))
            differences.append(u"extra:   "_s + line);
    }
    for (const QString &difference : std::as_const(differences))
        qInfo("%s", qPrintable(difference));
    QVERIFY2(differences.isEmpty(), "the rendering differs from kubectl kustomize");
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestKustomize)
#include "tst_kustomize.moc"
