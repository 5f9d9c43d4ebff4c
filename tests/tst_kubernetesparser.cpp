#include "memoryfileindex.h"
#include "parsers/kubernetesparser.h"

#include <QtTest>

#include <QElapsedTimer>

using namespace tfi;
using namespace Qt::StringLiterals;

namespace {

// A web tier in one multi-document file, the way microservice repositories ship it.
const QByteArray shopYaml = R"yaml(# Shop web tier: everything it needs in one file.
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
  namespace: shop
data:
  LOG_LEVEL: info
  CACHE_URL: redis://redis.shop.svc:6379/0
  FEATURE_FLAGS: "checkout,search"
binaryData:
  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAA
---
apiVersion: v1
kind: Secret
metadata:
  name: web-secrets
  namespace: shop
type: Opaque
data:
  DB_PASSWORD: czNjcjN0LXBhc3M=
  API_TOKEN: |
    dG9rZW4tMTIz
    NDU2
stringData:
  STRIPE_KEY: sk_test_51H8xYzExample
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
    tier: frontend
  annotations:
    deployment.kubernetes.io/revision: "3"
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: frontend
      annotations:
        prometheus.io/scrape: "true"
    spec:
      serviceAccountName: web
      terminationGracePeriodSeconds: 45
      initContainers:
        - name: migrate
          image: registry.example.com/shop/web:1.4.2
          command: ["python", "manage.py"]
          args: ["migrate", "--noinput"]
          envFrom:
            - secretRef:
                name: web-secrets
      containers:
        - name: web
          image: registry.example.com/shop/web:1.4.2
          command:
            - gunicorn
          args:
            - shop.wsgi:application
            - --bind=0.0.0.0:8000
          ports:
            - name: http
              containerPort: 8000
            - name: metrics
              containerPort: 9102
              protocol: UDP
          envFrom:
            - configMapRef:
                name: web-config
                optional: true
              prefix: APP_
          env:
            - name: DJANGO_SETTINGS_MODULE
              value: shop.settings.production
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: web-secrets
                  key: DB_PASSWORD
            - name: SENTRY_DSN
              valueFrom:
                secretKeyRef:
                  name: sentry
                  key: dsn
                  optional: true
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: web-config
                  key: LOG_LEVEL
            - name: POD_IP
              valueFrom:
                fieldRef:
                  fieldPath: status.podIP
            - name: MEMORY_LIMIT
              valueFrom:
                resourceFieldRef:
                  resource: limits.memory
            - name: DATABASE_URL
              value: postgres://shop:$(DB_PASSWORD)@db.shop.svc:5432/shop
            - name: SETTINGS_FILE
              value: /etc/shop/$(DJANGO_SETTINGS_MODULE).py
            - name: PRICE
              value: $$(not-expanded)
            - name: EMPTY_FLAG
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          livenessProbe:
            tcpSocket:
              port: 8000
          startupProbe:
            exec:
              command: ["cat", "/tmp/ready"]
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            - name: config
              mountPath: /etc/shop
              readOnly: true
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "5"]
        - name: metrics-sidecar
          image: prom/statsd-exporter:v0.26.0
          livenessProbe:
            grpc:
              port: 9102
          lifecycle:
            preStop:
              httpGet:
                path: /quitquitquit
                port: 9102
      volumes:
        - name: tmp
          emptyDir:
            medium: Memory
        - name: config
          configMap:
            name: web-config
        - name: tls
          secret:
            secretName: web-tls
        - name: uploads
          persistentVolumeClaim:
            claimName: web-uploads
        - name: bundle
          projected:
            sources:
              - configMap:
                  name: web-config
        - name: cache
          nfs:
            server: nfs.example.com
            path: /cache
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
  annotations:
    cloud.google.com/neg: '{"ingress": true}'
spec:
  type: NodePort
  selector:
    app: web
  sessionAffinity: ClientIP
  ports:
    - name: http
      port: 80
      targetPort: http
      nodePort: 30080
    - name: metrics
      port: 9102
      protocol: UDP
    - name: admin
      port: 8080
      targetPort: 8001
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: web
      port:
        number: 80
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
                  name: http
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: api
                port:
                  number: 8080
          - path: /static
            pathType: Prefix
            backend:
              resource:
                apiGroup: storage.example.com
                kind: Bucket
                name: static-assets
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
  namespace: shop
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 3
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
  namespace: shop
spec:
  maxUnavailable: 25%
  selector:
    matchLabels:
      app: web
)yaml";

const QByteArray statefulSetYaml = R"yaml(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
  namespace: data
spec:
  serviceName: postgres
  replicas: 1
  selector:
    matchLabels:
      app: postgres
  template:
    metadata:
      labels:
        app: postgres
    spec:
      containers:
        - name: postgres
          image: postgres:16.2
          ports:
            - containerPort: 5432
              name: pg
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
            - name: run
              mountPath: /var/run/postgresql
      volumes:
        - name: run
          emptyDir: {}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 10Gi
)yaml";

const QByteArray batchYaml = R"yaml(apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 3 * * *"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 300
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      activeDeadlineSeconds: 1800
      template:
        metadata:
          labels:
            app: report
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/shop/web:1.4.2
              command: ["python", "manage.py", "send_report"]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: db-migrate
spec:
  activeDeadlineSeconds: 600
  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: wait-for-db
          image: busybox:1.36
          command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done"]
      containers:
        - name: migrate
          image: registry.example.com/shop/web:1.4.2
          command: ["python", "manage.py"]
          args: ["migrate", "--noinput"]
)yaml";

const QByteArray daemonSetYaml = R"yaml(apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
  namespace: monitoring
spec:
  selector:
    matchLabels:
      app: node-exporter
  template:
    metadata:
      labels:
        app: node-exporter
    spec:
      hostNetwork: true
      containers:
        - name: exporter
          image: quay.io/prometheus/node-exporter:v1.7.0
          args: ["--path.rootfs=/host"]
          ports:
            - name: metrics
              containerPort: 9100
              hostPort: 9100
              hostIP: 0.0.0.0
          volumeMounts:
            - name: root
              mountPath: /host
              readOnly: true
      volumes:
        - name: root
          hostPath:
            path: /
)yaml";

const QByteArray listYaml = R"yaml(apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: debug
      labels:
        app: debug
    spec:
      containers:
        - name: shell
          image: busybox:1.36
          command: ["sleep", "3600"]
  - apiVersion: v1
    kind: Service
    metadata:
      name: debug
    spec:
      selector:
        app: debug
      ports:
        - port: 22
)yaml";

const QByteArray legacyIngressYaml = R"yaml(apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: legacy
spec:
  backend:
    serviceName: web
    servicePort: 80
  rules:
    - host: old.example.com
      http:
        paths:
          - path: /
            backend:
              serviceName: web
              servicePort: http
)yaml";

const QByteArray wrongTypesYaml = R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: many
  template:
    spec:
      hostNetwork: maybe
      containers:
        - name: api
          image: api:2
          ports:
            - name: http
              containerPort: http
            - containerPort: 8080
            - containerPort: 70000
          env:
            - name: WORKERS
              value: 4
            - value: orphan
            - name: DEBUG
              value: "true"
          command: python app.py
          args:
            - --port
            - {port: 8080}
)yaml";

const QByteArray brokenDocumentsYaml = R"yaml(apiVersion: v1
kind: Service
metadata:
  name: first
spec:
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  template: [unclosed
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
data:
  GOOD: aGVsbG8=
  BAD: not base64!!
---
apiVersion: v1
kind: Service
metadata:
  name: last
spec:
  ports:
    - port: 81
      targetPort: 8081
)yaml";

DeploymentModel parse(const QString &path, const QByteArray &text, const ParseLimits &limits = {})
{
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(path, text);
    DeploymentModel out;
    parseKubernetesYaml(file, ParseContext{index, limits}, out);
    return out;
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
        lines.append(QStringLiteral("%1:%2: %3")
                         .arg(diagnostic.location.path)
                         .arg(diagnostic.location.line)
                         .arg(diagnostic.message));
    return lines.join(u'\n');
}

QString volumeKindName(Volume::Kind kind)
{
    switch (kind) {
    case Volume::Kind::EmptyDir:
        return QStringLiteral("emptyDir");
    case Volume::Kind::HostPath:
        return QStringLiteral("hostPath");
    case Volume::Kind::Pvc:
        return QStringLiteral("pvc");
    case Volume::Kind::ConfigMap:
        return QStringLiteral("configMap");
    case Volume::Kind::Secret:
        return QStringLiteral("secret");
    case Volume::Kind::Projected:
        return QStringLiteral("projected");
    case Volume::Kind::Bind:
        return QStringLiteral("bind");
    case Volume::Kind::Named:
        return QStringLiteral("named");
    case Volume::Kind::Tmpfs:
        return QStringLiteral("tmpfs");
    case Volume::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace

class TestKubernetesParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validFilesHaveNoDiagnostics_data();
    void validFilesHaveNoDiagnostics();
    void workloads_data();
    void workloads();
    void containers_data();
    void containers();
    void env_data();
    void env();
    void envFrom();
    void ports_data();
    void ports();
    void probes_data();
    void probes();
    void volumeMounts_data();
    void volumeMounts();
    void batchWorkloads();
    void services_data();
    void services();
    void configObjects_data();
    void configObjects();
    void ingresses_data();
    void ingresses();
    void autoscalingAndDisruptionBudget();
    void wrongTypesWarnAndKeepGoing();
    void brokenDocumentKeepsTheOthers();
    void structuralWarnings_data();
    void structuralWarnings();
    void ignoredDocuments_data();
    void ignoredDocuments();
    void goTemplateIsLeftToTheLoader();
    void hostileInput_data();
    void hostileInput();
};

void TestKubernetesParser::validFilesHaveNoDiagnostics_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("microservice") << shopYaml;
    QTest::addRow("statefulset") << statefulSetYaml;
    QTest::addRow("batch") << batchYaml;
    QTest::addRow("daemonset") << daemonSetYaml;
    QTest::addRow("list") << listYaml;
    QTest::addRow("legacy ingress") << legacyIngressYaml;
}

void TestKubernetesParser::validFilesHaveNoDiagnostics()
{
    QFETCH(QByteArray, text);
    const DeploymentModel model = parse(QStringLiteral("k8s/app.yaml"), text);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
}

void TestKubernetesParser::workloads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("replicas"); // -1: not set
    QTest::addColumn<int>("replicasLine");
    QTest::addColumn<QStringList>("containers"); // init containers marked with "+"
    QTest::addColumn<QStringList>("volumes");    // name=kind:source
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("podLabels");
    QTest::addColumn<QString>("serviceAccount");

    QTest::addRow("deployment") << shopYaml << u"web"_s << u"deployment"_s << u"shop"_s << 31 << 3 << 39
                                << QStringList{u"+migrate"_s, u"web"_s, u"metrics-sidecar"_s}
                                << QStringList{u"tmp=emptyDir:"_s,      u"config=configMap:web-config"_s,
                                               u"tls=secret:web-tls"_s, u"uploads=pvc:web-uploads"_s,
                                               u"bundle=projected:"_s,  u"cache=other:"_s}
                                << u"app=web"_s << u"app=web,tier=frontend"_s << u"web"_s;
    QTest::addRow("statefulset") << statefulSetYaml << u"postgres"_s << u"statefulset"_s << u"data"_s << 4
                                 << 1 << 8 << QStringList{u"postgres"_s}
                                 << QStringList{u"run=emptyDir:"_s, u"data=pvc:data"_s} << u"app=postgres"_s
                                 << u"app=postgres"_s << QString();
    QTest::addRow("cronjob") << batchYaml << u"nightly-report"_s << u"cronjob"_s << QString() << 4 << -1 << 0
                             << QStringList{u"report"_s} << QStringList{} << QString() << u"app=report"_s
                             << QString();
    QTest::addRow("job") << batchYaml << u"db-migrate"_s << u"job"_s << QString() << 28 << -1 << 0
                         << QStringList{u"+wait-for-db"_s, u"migrate"_s} << QStringList{} << QString()
                         << QString() << QString();
    QTest::addRow("daemonset") << daemonSetYaml << u"node-exporter"_s << u"daemonset"_s << u"monitoring"_s
                               << 4 << -1 << 0 << QStringList{u"exporter"_s}
                               << QStringList{u"root=hostPath:/"_s} << u"app=node-exporter"_s
                               << u"app=node-exporter"_s << QString();
    QTest::addRow("pod in a List") << listYaml << u"debug"_s << u"pod"_s << QString() << 7 << -1 << 0
                                   << QStringList{u"shell"_s} << QStringList{} << QString() << u"app=debug"_s
                                   << QString();
}

QString joinedMap(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u',');
}

void TestKubernetesParser::workloads()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, namespaceName);
    QFETCH(int, line);
    QFETCH(int, replicas);
    QFETCH(int, replicasLine);
    QFETCH(QStringList, containers);
    QFETCH(QStringList, volumes);
    QFETCH(QString, selector);
    QFETCH(QString, podLabels);
    QFETCH(QString, serviceAccount);

    const DeploymentModel model = parse(QStringLiteral("k8s/app.yaml"), text);
    const Workload *workload = findWorkload(model, name);
    QVERIFY(workload);
    QCOMPARE(workloadKindKey(workload->kind), kind);
    QCOMPARE(workload->format, SourceFormat::Kubernetes);
    QCOMPARE(workload->namespaceName, namespaceName);
    QCOMPARE(workload->location, (Location{u"k8s/app.yaml"_s, line, name == u"debug" ? 7 : 3}));
    QCOMPARE(workload->replicas.has_value(), replicas >= 0);
    if (replicas >= 0) {
        QCOMPARE(*workload->replicas, replicas);
        QCOMPARE(workload->replicasLocation, (Location{u"k8s/app.yaml"_s, replicasLine, 3}));
    }
    QStringList containerNames;
    for (const Container &container : workload->containers)
        containerNames.append(container.init ? u'+' + container.name : container.name);
    QCOMPARE(containerNames, containers);
    QStringList volumeTexts;
    for (const Volume &volume : workload->volumes)
        volumeTexts.append(volume.name + u'=' + volumeKindName(volume.kind) + u':' + volume.source);
    QCOMPARE(volumeTexts, volumes);
    QCOMPARE(joinedMap(workload->selector), selector);
    QCOMPARE(joinedMap(workload->podLabels), podLabels);
    QCOMPARE(workload->serviceAccount, serviceAccount);
}

void TestKubernetesParser::containers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("imageLine");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("commandLine");
    QTest::addColumn<int>("line");

    QTest::addRow("init container") << shopYaml << u"web"_s << u"migrate"_s
                                    << u"registry.example.com/shop/web:1.4.2"_s << 55
                                    << QStringList{u"python"_s, u"manage.py"_s}
                                    << QStringList{u"migrate"_s, u"--noinput"_s} << 56 << 54;
    QTest::addRow("block lists") << shopYaml << u"web"_s << u"web"_s
                                 << u"registry.example.com/shop/web:1.4.2"_s << 63
                                 << QStringList{u"gunicorn"_s}
                                 << QStringList{u"shop.wsgi:application"_s, u"--bind=0.0.0.0:8000"_s} << 64
                                 << 62;
    QTest::addRow("no command") << shopYaml << u"web"_s << u"metrics-sidecar"_s
                                << u"prom/statsd-exporter:v0.26.0"_s << 141 << QStringList{} << QStringList{}
                                << 0 << 140;
    QTest::addRow("args only") << daemonSetYaml << u"node-exporter"_s << u"exporter"_s
                               << u"quay.io/prometheus/node-exporter:v1.7.0"_s << 18 << QStringList{}
                               << QStringList{u"--path.rootfs=/host"_s} << 19 << 17;
}

void TestKubernetesParser::containers()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, workload);
    QFETCH(QString, container);
    QFETCH(QString, image);
    QFETCH(int, imageLine);
    QFETCH(QStringList, command);
    QFETCH(QStringList, args);
    QFETCH(int, commandLine);
    QFETCH(int, line);

    const DeploymentModel model = parse(QStringLiteral("k8s/app.yaml"), text);
    const Container *found = findContainer(findWorkload(model, workload), container);
    QVERIFY(found);
    QCOMPARE(found->image, image);
    QCOMPARE(found->imageLocation.line, imageLine);
    QCOMPARE(found->imageLocation.column, found->location.column);
    QCOMPARE(found->command, command);
    QCOMPARE(found->args, args);
    QVERIFY(!found->commandIsShellForm);
    QCOMPARE(found->commandLocation.line, commandLine);
    QCOMPARE(found->location.line, line);
}

void TestKubernetesParser::env_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refName");
    QTest::addColumn<QString>("refKey");
    QTest::addColumn<bool>("optional");
    QTest::addColumn<int>("line");

    QTest::addRow("literal") << u"DJANGO_SETTINGS_MODULE"_s << ValueKind::Literal
                             << u"shop.settings.production"_s << QString() << QString() << false << 81;
    QTest::addRow("secret ref") << u"DB_PASSWORD"_s << ValueKind::SecretRef << QString() << u"web-secrets"_s
                                << u"DB_PASSWORD"_s << false << 83;
    QTest::addRow("optional secret ref")
        << u"SENTRY_DSN"_s << ValueKind::SecretRef << QString() << u"sentry"_s << u"dsn"_s << true << 88;
    QTest::addRow("configmap ref") << u"LOG_LEVEL"_s << ValueKind::ConfigMapRef << QString()
                                   << u"web-config"_s << u"LOG_LEVEL"_s << false << 94;
    QTest::addRow("field ref") << u"POD_IP"_s << ValueKind::FieldRef << QString() << u"status.podIP"_s
                               << QString() << false << 99;
    QTest::addRow("resource field ref") << u"MEMORY_LIMIT"_s << ValueKind::FieldRef << QString()
                                        << u"limits.memory"_s << QString() << false << 103;
    // $(DB_PASSWORD) names a Secret reference: the expansion cannot be resolved, the text stays.
    QTest::addRow("reference to a secret") << u"DATABASE_URL"_s << ValueKind::Interpolated
                                           << u"postgres://shop:$(DB_PASSWORD)@db.shop.svc:5432/shop"_s
                                           << QString() << QString() << false << 107;
    QTest::addRow("reference to a literal")
        << u"SETTINGS_FILE"_s << ValueKind::Interpolated << u"/etc/shop/shop.settings.production.py"_s
        << QString() << QString() << false << 109;
    QTest::addRow("escaped reference")
        << u"PRICE"_s << ValueKind::Literal << u"$(not-expanded)"_s << QString() << QString() << false << 111;
    QTest::addRow("no value") << u"EMPTY_FLAG"_s << ValueKind::Literal << QString() << QString() << QString()
                              << false << 113;
}

void TestKubernetesParser::env()
{
    QFETCH(QString, name);
    QFETCH(ValueKind, kind);
    QFETCH(QString, value);
    QFETCH(QString, refName);
    QFETCH(QString, refKey);
    QFETCH(bool, optional);
    QFETCH(int, line);

    const DeploymentModel model = parse(QStringLiteral("k8s/shop.yaml"), shopYaml);
    const Container *web = findContainer(findWorkload(model, u"web"_s), u"web"_s);
    QVERIFY(web);
    QCOMPARE(web->env.size(), 10);
    const auto it =
        std::find_if(web->env.cbegin(), web->env.cend(), [&](const EnvVar &var) { return var.name == name; });
    QVERIFY(it != web->env.cend());
    QCOMPARE(it->kind, kind);
    QCOMPARE(it->value, value);
    QCOMPARE(it->refName, refName);
    QCOMPARE(it->refKey, refKey);
    QCOMPARE(it->optional, optional);
    QCOMPARE(it->location, (Location{u"k8s/shop.yaml"_s, line, 15}));
}

void TestKubernetesParser::envFrom()
{
    const DeploymentModel model = parse(QStringLiteral("k8s/shop.yaml"), shopYaml);
    const Workload *web = findWorkload(model, u"web"_s);
    const Container *migrate = findContainer(web, u"migrate"_s);
    const Container *main = findContainer(web, u"web"_s);
    QVERIFY(migrate && main);
    QVERIFY(migrate->init);
    QCOMPARE(migrate->envFrom.size(), 1);
    QCOMPARE(migrate->envFrom.first().kind, EnvFromRef::Kind::Secret);
    QCOMPARE(migrate->envFrom.first().name, u"web-secrets"_s);
    QCOMPARE(migrate->envFrom.first().prefix, QString());
    QVERIFY(!migrate->envFrom.first().optional);
    QCOMPARE(migrate->envFrom.first().location, (Location{u"k8s/shop.yaml"_s, 59, 15}));
    QCOMPARE(main->envFrom.size(), 1);
    QCOMPARE(main->envFrom.first().kind, EnvFromRef::Kind::ConfigMap);
    QCOMPARE(main->envFrom.first().name, u"web-config"_s);
    QCOMPARE(main->envFrom.first().prefix, u"APP_"_s);
    QVERIFY(main->envFrom.first().optional);
    QCOMPARE(main->envFrom.first().location.line, 76);
}

void TestKubernetesParser::ports_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("containerPort");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("hostPort");
    QTest::addColumn<int>("line");

    QTest::addRow("named http") << shopYaml << u"web"_s << 0 << u"http"_s << 8000 << u"TCP"_s << 0 << 71;
    QTest::addRow("udp metrics") << shopYaml << u"web"_s << 1 << u"metrics"_s << 9102 << u"UDP"_s << 0 << 73;
    QTest::addRow("unnamed first") << statefulSetYaml << u"postgres"_s << 0 << u"pg"_s << 5432 << u"TCP"_s
                                   << 0 << 21;
    QTest::addRow("host port") << daemonSetYaml << u"node-exporter"_s << 0 << u"metrics"_s << 9100 << u"TCP"_s
                               << 9100 << 22;
}

void TestKubernetesParser::ports()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, workload);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(int, containerPort);
    QFETCH(QString, protocol);
    QFETCH(int, hostPort);
    QFETCH(int, line);

    const DeploymentModel model = parse(QStringLiteral("k8s/app.yaml"), text);
    const Workload *found = findWorkload(model, workload);
    QVERIFY(found);
    const auto main = std::find_if(found->containers.cbegin(), found->containers.cend(),
                                   [](const Container &candidate) { return !candidate.init; });
    QVERIFY(main != found->containers.cend());
    const Container &container = *main;
    QVERIFY(index < container.ports.size());
    const PortSpec &port = container.ports.at(index);
    QCOMPARE(port.name, name);
    QCOMPARE(port.containerPort, containerPort);
    QCOMPARE(port.protocol, protocol);
    QCOMPARE(port.publishedPort, hostPort);
    QCOMPARE(port.isHostPort, hostPort != 0);
    QVERIFY(!port.exposeOnly);
    QCOMPARE(port.location.line, line);
    if (hostPort != 0)
        QCOMPARE(port.hostIp, u"0.0.0.0"_s);
}

void TestKubernetesParser::probes_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<int>("index");
    QTest::addColumn<Probe::Kind>("kind");
    QTest::addColumn<Probe::Action>("action");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("portName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("line");

    QTest::addRow("readiness by named port") << u"web"_s << 0 << Probe::Kind::Readiness << Probe::Action::Http
                                             << 0 << u"http"_s << u"/healthz"_s << QStringList{} << 114;
    QTest::addRow("liveness tcp") << u"web"_s << 1 << Probe::Kind::Liveness << Probe::Action::Tcp << 8000
                                  << QString() << QString() << QStringList{} << 118;
    QTest::addRow("startup exec") << u"web"_s << 2 << Probe::Kind::Startup << Probe::Action::Exec << 0
                                  << QString() << QString() << QStringList{u"cat"_s, u"/tmp/ready"_s} << 121;
    QTest::addRow("liveness grpc") << u"metrics-sidecar"_s << 0 << Probe::Kind::Liveness
                                   << Probe::Action::Grpc << 9102 << QString() << QString() << QStringList{}
                                   << 142;
}

void TestKubernetesParser::probes()
{
    QFETCH(QString, container);
    QFETCH(int, index);
    QFETCH(Probe::Kind, kind);
    QFETCH(Probe::Action, action);
    QFETCH(int, port);
    QFETCH(QString, portName);
    QFETCH(QString, path);
    QFETCH(QStringList, command);
    QFETCH(int, line);

    const DeploymentModel model = parse(QStringLiteral("k8s/shop.yaml"), shopYaml);
    const Container *found = findContainer(findWorkload(model, u"web"_s), container);
    QVERIFY(found);
    QVERIFY(index < found->probes.size());
    const Probe &probe = found->probes.at(index);
    QCOMPARE(probe.kind, kind);
    QCOMPARE(probe.action, action);
    QCOMPARE(probe.port, port);
    QCOMPARE(probe.portName, portName);
    QCOMPARE(probe.path, path);
    QCOMPARE(probe.command, command);
    QCOMPARE(probe.location, (Location{u"k8s/shop.yaml"_s, line, 11}));
}

void TestKubernetesParser::volumeMounts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mountPath");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");

    QTest::addRow("emptyDir") << shopYaml << u"web"_s << 0 << u"tmp"_s << u"/tmp"_s << false << u"emptyDir"_s
                              << 131;
    QTest::addRow("read-only configMap")
        << shopYaml << u"web"_s << 1 << u"config"_s << u"/etc/shop"_s << true << u"configMap"_s << 133;
    QTest::addRow("claim template") << statefulSetYaml << u"postgres"_s << 0 << u"data"_s
                                    << u"/var/lib/postgresql/data"_s << false << u"pvc"_s << 24;
    QTest::addRow("pod volume beside templates") << statefulSetYaml << u"postgres"_s << 1 << u"run"_s
                                                 << u"/var/run/postgresql"_s << false << u"emptyDir"_s << 26;
    QTest::addRow("hostPath") << daemonSetYaml << u"node-exporter"_s << 0 << u"root"_s << u"/host"_s << true
                              << u"hostPath"_s << 26;
}

void TestKubernetesParser::volumeMounts()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, workload);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, mountPath);
    QFETCH(bool, readOnly);
    QFETCH(QString, kind);
    QFETCH(int, line);

    const DeploymentModel model = parse(QStringLiteral("k8s/app.yaml"), text);
    const Workload *found = findWorkload(model, workload);
    QVERIFY(found);
    const Container *container = nullptr;
    for (const Container &candidate : found->containers) {
        if (!candidate.init && !candidate.volumeMounts.isEmpty()) {
            container = &candidate;
            break;
        }
    }
    QVERIFY(container);
    QVERIFY(index < container->volumeMounts.size());
    const VolumeMount &mount = container->volumeMounts.at(index);
    QCOMPARE(mount.name, name);
    QCOMPARE(mount.mountPath, mountPath);
    QCOMPARE(mount.readOnly, readOnly);
    QCOMPARE(volumeKindName(mount.kind), kind);
    QCOMPARE(mount.location.line, line);
}

void TestKubernetesParser::batchWorkloads()
{
    const DeploymentModel model = parse(QStringLiteral("k8s/batch.yaml"), batchYaml);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 2);

    const Workload *cron = findWorkload(model, u"nightly-report"_s);
    QVERIFY(cron);
    QCOMPARE(cron->schedule, u"0 3 * * *"_s);
    QCOMPARE(cron->concurrencyPolicy, u"Forbid"_s);
    QCOMPARE(cron->startingDeadlineSeconds, std::optional<int>(300));
    QCOMPARE(cron->successfulJobsHistoryLimit, std::optional<int>(3));
    QCOMPARE(cron->failedJobsHistoryLimit, std::optional<int>(1));
    QCOMPARE(cron->activeDeadlineSeconds, std::optional<int>(1800));
    QCOMPARE(cron->containers.first().command, (QStringList{u"python"_s, u"manage.py"_s, u"send_report"_s}));

    const Workload *job = findWorkload(model, u"db-migrate"_s);
    QVERIFY(job);
    QCOMPARE(job->activeDeadlineSeconds, std::optional<int>(600));
    QVERIFY(job->schedule.isEmpty());

    // Only the Job is an admin task; the CronJob is a scheduled process.
    QCOMPARE(model.adminTasks.size(), 1);
    const AdminTask &task = model.adminTasks.first();
    QCOMPARE(task.kind, AdminTask::Kind::KubernetesJob);
    QCOMPARE(task.name, u"db-migrate"_s);
    QCOMPARE(task.command, u"python manage.py migrate --noinput"_s);
    QCOMPARE(task.location, (Location{u"k8s/batch.yaml"_s, 28, 3}));

    // The remaining fields of the shop Deployment.
    const DeploymentModel shop = parse(QStringLiteral("k8s/shop.yaml"), shopYaml);
    const Workload *web = findWorkload(shop, u"web"_s);
    QVERIFY(web);
    QCOMPARE(web->terminationGracePeriodSeconds, std::optional<int>(45));
    QCOMPARE(web->gracePeriodLocation, (Location{u"k8s/shop.yaml"_s, 52, 7}));
    QVERIFY(!web->hostNetwork);
    QCOMPARE(web->labels.value(u"tier"_s), u"frontend"_s);
    QCOMPARE(web->annotations.value(u"deployment.kubernetes.io/revision"_s), u"3"_s);
    QCOMPARE(web->podAnnotations.value(u"prometheus.io/scrape"_s), u"true"_s);
    QCOMPARE(web->volumes.first().medium, u"Memory"_s);
    QCOMPARE(web->volumes.first().location.line, 151);
    const Container *main = findContainer(web, u"web"_s);
    QCOMPARE(main->resources.requests.value(u"cpu"_s), u"250m"_s);
    QCOMPARE(main->resources.requests.value(u"memory"_s), u"256Mi"_s);
    QCOMPARE(main->resources.limits.value(u"memory"_s), u"512Mi"_s);
    QVERIFY(!main->resources.limits.contains(u"cpu"_s));
    QCOMPARE(main->resources.location.line, 124);
    QCOMPARE(main->preStop, (QStringList{u"sleep"_s, u"5"_s}));
    QCOMPARE(main->preStopLocation.line, 137);
    const Container *sidecar = findContainer(web, u"metrics-sidecar"_s);
    QCOMPARE(sidecar->preStop, QStringList{u"httpGet /quitquitquit"_s});

    const DeploymentModel node = parse(QStringLiteral("k8s/node.yaml"), daemonSetYaml);
    QVERIFY(node.workloads.first().hostNetwork);
    QCOMPARE(node.workloads.first().hostNetworkLocation, (Location{u"k8s/node.yaml"_s, 15, 7}));
    QVERIFY(node.adminTasks.isEmpty());
}

void TestKubernetesParser::services_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("targetPort");
    QTest::addColumn<QString>("targetPortName");
    QTest::addColumn<int>("nodePort");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("line");

    QTest::addRow("named target") << shopYaml << u"web"_s << 0 << u"http"_s << 80 << 0 << u"http"_s << 30080
                                  << u"TCP"_s << 187;
    QTest::addRow("target defaults to port")
        << shopYaml << u"web"_s << 1 << u"metrics"_s << 9102 << 9102 << QString() << 0 << u"UDP"_s << 191;
    QTest::addRow("numeric target") << shopYaml << u"web"_s << 2 << u"admin"_s << 8080 << 8001 << QString()
                                    << 0 << u"TCP"_s << 194;
    QTest::addRow("service in a List")
        << listYaml << u"debug"_s << 0 << QString() << 22 << 22 << QString() << 0 << u"TCP"_s << 23;
}

void TestKubernetesParser::services()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, service);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(int, port);
    QFETCH(int, targetPort);
    QFETCH(QString, targetPortName);
    QFETCH(int, nodePort);
    QFETCH(QString, protocol);
    QFETCH(int, line);

    const DeploymentModel model = parse(QStringLiteral("k8s/app.yaml"), text);
    QCOMPARE(model.services.size(), 1);
    const ServiceDef &found = model.services.first();
    QCOMPARE(found.name, service);
    QVERIFY(index < found.ports.size());
    const ServicePort &servicePort = found.ports.at(index);
    QCOMPARE(servicePort.name, name);
    QCOMPARE(servicePort.port, port);
    QCOMPARE(servicePort.targetPort, targetPort);
    QCOMPARE(servicePort.targetPortName, targetPortName);
    QCOMPARE(servicePort.nodePort, nodePort);
    QCOMPARE(servicePort.protocol, protocol);
    QCOMPARE(servicePort.location.line, line);

    if (service == u"web") {
        QCOMPARE(found.type, u"NodePort"_s);
        QCOMPARE(found.namespaceName, u"shop"_s);
        QCOMPARE(joinedMap(found.selector), u"app=web"_s);
        QCOMPARE(found.sessionAffinity, u"ClientIP"_s);
        QCOMPARE(found.sessionAffinityLocation, (Location{u"k8s/app.yaml"_s, 184, 3}));
        QCOMPARE(found.annotations.value(u"cloud.google.com/neg"_s), u"{\"ingress\": true}"_s);
        QCOMPARE(found.location, (Location{u"k8s/app.yaml"_s, 176, 3}));
    } else {
        QCOMPARE(found.type, u"ClusterIP"_s);
        QCOMPARE(found.location, (Location{u"k8s/app.yaml"_s, 18, 7}));
    }
}

void TestKubernetesParser::configObjects_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("fromBase64");
    QTest::addColumn<int>("line");

    QTest::addRow("configmap value") << u"web-config"_s << u"LOG_LEVEL"_s << u"info"_s << false << 8;
    QTest::addRow("configmap url") << u"web-config"_s << u"CACHE_URL"_s << u"redis://redis.shop.svc:6379/0"_s
                                   << false << 9;
    QTest::addRow("configmap quoted")
        << u"web-config"_s << u"FEATURE_FLAGS"_s << u"checkout,search"_s << false << 10;
    QTest::addRow("binary data key") << u"web-config"_s << u"favicon.ico"_s << QString() << false << 12;
    QTest::addRow("secret data decoded")
        << u"web-secrets"_s << u"DB_PASSWORD"_s << u"s3cr3t-pass"_s << true << 21;
    QTest::addRow("secret data over lines")
        << u"web-secrets"_s << u"API_TOKEN"_s << u"token-123456"_s << true << 22;
    QTest::addRow("secret stringData")
        << u"web-secrets"_s << u"STRIPE_KEY"_s << u"sk_test_51H8xYzExample"_s << false << 26;
}

void TestKubernetesParser::configObjects()
{
    QFETCH(QString, object);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, fromBase64);
    QFETCH(int, line);

    const DeploymentModel model = parse(QStringLiteral("k8s/shop.yaml"), shopYaml);
    QCOMPARE(model.configObjects.size(), 2);
    const ConfigObject &configMap = model.configObjects.at(0);
    QCOMPARE(configMap.kind, ConfigObject::Kind::ConfigMap);
    QCOMPARE(configMap.name, u"web-config"_s);
    QCOMPARE(configMap.entries.size(), 4);
    QCOMPARE(configMap.location, (Location{u"k8s/shop.yaml"_s, 5, 3}));
    const ConfigObject &secret = model.configObjects.at(1);
    QCOMPARE(secret.kind, ConfigObject::Kind::Secret);
    QCOMPARE(secret.secretType, u"Opaque"_s);
    QCOMPARE(secret.namespaceName, u"shop"_s);
    QCOMPARE(secret.entries.size(), 3);
    QVERIFY(!secret.generated);

    const ConfigObject &owner = object == configMap.name ? configMap : secret;
    const auto it = std::find_if(owner.entries.cbegin(), owner.entries.cend(),
                                 [&](const ConfigEntry &entry) { return entry.key == key; });
    QVERIFY(it != owner.entries.cend());
    QCOMPARE(it->value, value);
    QCOMPARE(it->fromBase64, fromBase64);
    QCOMPARE(it->location, (Location{u"k8s/shop.yaml"_s, line, 3}));
}

void TestKubernetesParser::ingresses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("serviceName");
    QTest::addColumn<int>("servicePort");
    QTest::addColumn<QString>("servicePortName");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("backends");

    QTest::addRow("v1 default backend")
        << shopYaml << 0 << QString() << QString() << u"web"_s << 80 << QString() << 206 << 3;
    QTest::addRow("v1 named port") << shopYaml << 1 << u"shop.example.com"_s << u"/"_s << u"web"_s << 0
                                   << u"http"_s << 217 << 3;
    QTest::addRow("v1 numbered port")
        << shopYaml << 2 << u"shop.example.com"_s << u"/api"_s << u"api"_s << 8080 << QString() << 224 << 3;
    QTest::addRow("v1beta1 default backend")
        << legacyIngressYaml << 0 << QString() << QString() << u"web"_s << 80 << QString() << 6 << 2;
    QTest::addRow("v1beta1 named port")
        << legacyIngressYaml << 1 << u"old.example.com"_s << u"/"_s << u"web"_s << 0 << u"http"_s << 14 << 2;
}

void TestKubernetesParser::ingresses()
{
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, serviceName);
    QFETCH(int, servicePort);
    QFETCH(QString, servicePortName);
    QFETCH(int, line);
    QFETCH(int, backends);

    const DeploymentModel model = parse(QStringLiteral("k8s/ingress.yaml"), text);
    QCOMPARE(model.ingresses.size(), 1);
    const IngressDef &ingress = model.ingresses.first();
    // The resource backend (/static) has no Service and is not listed.
    QCOMPARE(ingress.backends.size(), backends);
    const IngressBackend &backend = ingress.backends.at(index);
    QCOMPARE(backend.host, host);
    QCOMPARE(backend.path, path);
    QCOMPARE(backend.serviceName, serviceName);
    QCOMPARE(backend.servicePort, servicePort);
    QCOMPARE(backend.servicePortName, servicePortName);
    QCOMPARE(backend.location.line, line);
}

void TestKubernetesParser::autoscalingAndDisruptionBudget()
{
    const DeploymentModel model = parse(QStringLiteral("k8s/shop.yaml"), shopYaml);
    QCOMPARE(model.hpas.size(), 1);
    const HpaDef &hpa = model.hpas.first();
    QCOMPARE(hpa.name, u"web"_s);
    QCOMPARE(hpa.targetKind, u"Deployment"_s);
    QCOMPARE(hpa.targetName, u"web"_s);
    QCOMPARE(hpa.minReplicas, std::optional<int>(3));
    QCOMPARE(hpa.maxReplicas, 10);
    QCOMPARE(hpa.location, (Location{u"k8s/shop.yaml"_s, 240, 3}));

    QCOMPARE(model.pdbs.size(), 1);
    const PdbDef &pdb = model.pdbs.first();
    QCOMPARE(pdb.name, u"web"_s);
    QCOMPARE(pdb.namespaceName, u"shop"_s);
    QCOMPARE(joinedMap(pdb.selector), u"app=web"_s);
    QCOMPARE(pdb.maxUnavailable, u"25%"_s);
    QVERIFY(pdb.minAvailable.isEmpty());
    QCOMPARE(pdb.location.line, 260);

    QCOMPARE(model.ingresses.first().annotations.value(u"cert-manager.io/cluster-issuer"_s),
             u"letsencrypt"_s);
    QCOMPARE(model.ingresses.first().location.line, 200);
}

void TestKubernetesParser::wrongTypesWarnAndKeepGoing()
{
    const DeploymentModel model = parse(QStringLiteral("k8s/api.yaml"), wrongTypesYaml);
    QList<int> lines;
    for (const Diagnostic &diagnostic : model.diagnostics) {
        QCOMPARE(diagnostic.severity, DiagnosticSeverity::Warning);
        QCOMPARE(diagnostic.location.path, u"k8s/api.yaml"_s);
        lines.append(diagnostic.location.line);
        // Diagnostics name keys, never values.
        QVERIFY2(!diagnostic.message.contains(u"orphan") && !diagnostic.message.contains(u"app.py"),
                 qPrintable(diagnostic.message));
    }
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines, (QList<int>{6, 9, 15, 17, 20, 21, 24, 27}));
    const auto replicasWarning = std::find_if(model.diagnostics.cbegin(), model.diagnostics.cend(),
                                              [](const Diagnostic &d) { return d.location.line == 6; });
    QVERIFY(replicasWarning->message.contains(u"replicas"));
    QCOMPARE(replicasWarning->location.column, 3);

    QCOMPARE(model.workloads.size(), 1);
    const Workload &api = model.workloads.first();
    QCOMPARE(api.name, u"api"_s);
    QVERIFY(!api.replicas.has_value());
    QVERIFY(!api.hostNetwork);
    QCOMPARE(api.containers.size(), 1);
    const Container &container = api.containers.first();
    QCOMPARE(container.image, u"api:2"_s);
    QCOMPARE(container.ports.size(), 1);
    QCOMPARE(container.ports.first().containerPort, 8080);
    QCOMPARE(container.env.size(), 2);
    QCOMPARE(container.env.at(0).name, u"WORKERS"_s);
    QCOMPARE(container.env.at(0).value, u"4"_s);
    QCOMPARE(container.env.at(1).name, u"DEBUG"_s);
    QCOMPARE(container.env.at(1).value, u"true"_s);
    QCOMPARE(container.command, QStringList{u"python app.py"_s});
    QCOMPARE(container.args, QStringList{u"--port"_s});
}

void TestKubernetesParser::brokenDocumentKeepsTheOthers()
{
    const DeploymentModel model = parse(QStringLiteral("k8s/broken.yaml"), brokenDocumentsYaml);
    QCOMPARE(model.diagnostics.size(), 2);
    const Diagnostic &parseError = model.diagnostics.at(0);
    QCOMPARE(parseError.severity, DiagnosticSeverity::Error);
    QVERIFY2(parseError.location.line >= 14 && parseError.location.line <= 15,
             qPrintable(describe(model.diagnostics)));
    const Diagnostic &base64Warning = model.diagnostics.at(1);
    QCOMPARE(base64Warning.severity, DiagnosticSeverity::Warning);
    QCOMPARE(base64Warning.location, (Location{u"k8s/broken.yaml"_s, 22, 3}));
    QVERIFY(base64Warning.message.contains(u"BAD"));
    QVERIFY(!base64Warning.message.contains(u"base64!!"));

    QVERIFY(model.workloads.isEmpty());
    QCOMPARE(model.services.size(), 2);
    QCOMPARE(model.services.at(0).name, u"first"_s);
    QCOMPARE(model.services.at(1).name, u"last"_s);
    QCOMPARE(model.services.at(1).ports.first().targetPort, 8081);
    QCOMPARE(model.services.at(1).location.line, 27);
    QCOMPARE(model.configObjects.size(), 1);
    const ConfigObject &secret = model.configObjects.first();
    QCOMPARE(secret.entries.size(), 2);
    QCOMPARE(secret.entries.at(0).value, u"hello"_s);
    QCOMPARE(secret.entries.at(1).key, u"BAD"_s);
    QCOMPARE(secret.entries.at(1).value, QString());
    QVERIFY(secret.entries.at(1).fromBase64);
}

void TestKubernetesParser::structuralWarnings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("workloads");
    QTest::addColumn<int>("services");

    // Each case: one warning on the right line; the rest of the object and the other documents survive.
    QTest::addRow("no name") << QByteArray(R"(apiVersion: v1
kind: Service
metadata:
  namespace: shop
spec:
  ports:
    - port: 80
)") << 1 << u"metadata.name"_s
                             << 0 << 1;
    QTest::addRow("no pod template") << QByteArray(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: hollow
spec:
  replicas: 2
---
apiVersion: v1
kind: Service
metadata:
  name: hollow
)") << 4 << u"pod template"_s << 1 << 1;
    QTest::addRow("containers not a list") << QByteArray(R"(apiVersion: v1
kind: Pod
metadata:
  name: odd
spec:
  containers:
    name: web
    image: web:1
)") << 6 << u"containers"_s << 1 << 0;
    QTest::addRow("unknown valueFrom") << QByteArray(R"(apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  containers:
    - name: web
      image: web:1
      env:
        - name: TOKEN
          valueFrom:
            vaultRef: {path: secret/token}
)") << 10 << u"TOKEN"_s << 1 << 0;
    QTest::addRow("envFrom without source") << QByteArray(R"(apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  containers:
    - name: web
      image: web:1
      envFrom:
        - prefix: APP_
)") << 10 << u"envFrom"_s << 1 << 0;
    QTest::addRow("volume without name") << QByteArray(R"(apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  volumes:
    - emptyDir: {}
  containers:
    - name: web
      image: web:1
)") << 7 << u"volume"_s << 1 << 0;
    QTest::addRow("claim template without name") << QByteArray(R"(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      containers:
        - name: db
          image: postgres:16
  volumeClaimTemplates:
    - spec:
        accessModes: [ReadWriteOnce]
)") << 12 << u"claim template"_s << 1 << 0;
    QTest::addRow("service port out of range") << QByteArray(R"(apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 0
    - port: 443
)") << 7 << u"port"_s << 0 << 1;
    QTest::addRow("hpa max not a number") << QByteArray(R"(apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: ten
)") << 8 << u"maxReplicas"_s << 0 << 0;
    QTest::addRow("configmap value unquoted number") << QByteArray(R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  HOST: db
  PORT: 5432
)") << 7 << u"PORT"_s << 0 << 0;
}

void TestKubernetesParser::structuralWarnings()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    QFETCH(int, workloads);
    QFETCH(int, services);

    const DeploymentModel model = parse(QStringLiteral("k8s/case.yaml"), text);
    QVERIFY2(model.diagnostics.size() == 1, qPrintable(describe(model.diagnostics)));
    const Diagnostic &warning = model.diagnostics.first();
    QCOMPARE(warning.severity, DiagnosticSeverity::Warning);
    QCOMPARE(warning.location.line, line);
    QVERIFY2(warning.message.contains(mentions), qPrintable(warning.message));
    QCOMPARE(model.workloads.size(), workloads);
    QCOMPARE(model.services.size(), services);
    if (!model.services.isEmpty() && model.services.first().name == u"web")
        QCOMPARE(model.services.first().ports.first().port, 443);
}

void TestKubernetesParser::ignoredDocuments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("custom resource") << QByteArray(R"(apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web-tls
spec:
  secretName: web-tls
  dnsNames: [shop.example.com]
)");
    QTest::addRow("kustomization") << QByteArray(R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
)");
    QTest::addRow("component") << QByteArray(R"(apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
  - path: patch.yaml
)");
    QTest::addRow("no apiVersion") << QByteArray(R"(kind: Deployment
metadata:
  name: partial
)");
    QTest::addRow("no kind") << QByteArray("apiVersion: v1\nmetadata:\n  name: x\n");
    QTest::addRow("plain config") << QByteArray("server:\n  port: 8080\nreplicas: 3\n");
    QTest::addRow("scalar document") << QByteArray("just text\n");
    QTest::addRow("sequence document") << QByteArray("- apiVersion: v1\n  kind: Pod\n");
    QTest::addRow("rbac") << QByteArray(R"(apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get"]
)");
}

void TestKubernetesParser::ignoredDocuments()
{
    QFETCH(QByteArray, text);
    const DeploymentModel model = parse(QStringLiteral("k8s/other.yaml"), text);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QVERIFY(model.workloads.isEmpty());
    QVERIFY(model.services.isEmpty());
    QVERIFY(model.configObjects.isEmpty());
    QVERIFY(model.ingresses.isEmpty());
    QVERIFY(model.adminTasks.isEmpty());
    QVERIFY(model.kustomizations.isEmpty());
}

void TestKubernetesParser::goTemplateIsLeftToTheLoader()
{
    const QByteArray text = R"({{- if .Values.worker.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}-worker
spec:
  replicas: {{ .Values.worker.replicas }}
{{- end }}
)";
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(u"chart/templates/worker.yaml"_s, text);
    Diagnostics loaderOnly;
    loadYamlDocuments(file, ParseLimits{}, loaderOnly);
    QVERIFY(!loaderOnly.isEmpty());
    DeploymentModel out;
    parseKubernetesYaml(file, ParseContext{index, ParseLimits{}}, out);
    QCOMPARE(out.diagnostics.size(), loaderOnly.size());
    QCOMPARE(out.diagnostics.first().location, loaderOnly.first().location);
    QVERIFY(out.workloads.isEmpty());
}

void TestKubernetesParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("workloads");

    QByteArray binary(64 * 1024, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 256);
    QTest::addRow("binary") << binary << 0;
    QTest::addRow("invalid utf8 name")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: \xff\xfe\n"
                      "spec:\n  containers:\n    - name: a\n      image: b\n")
        << 1;
    QByteArray deep = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: deep\nspec:\n  containers: ";
    deep += QByteArray(5000, '[');
    QTest::addRow("deep nesting") << deep << 0;
    QByteArray manyContainers = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: wide\nspec:\n  containers:\n";
    for (int i = 0; i < 10000; ++i)
        manyContainers +=
            "    - {name: c" + QByteArray::number(i) + ", image: x, env: [{name: A, value: $(A)$(A)}]}\n";
    QTest::addRow("many containers") << manyContainers << 1;
    QByteArray nestedLists = "apiVersion: v1\nkind: List\nitems:\n";
    QByteArray indent = "  ";
    for (int i = 0; i < 40; ++i) {
        nestedLists += indent + "- apiVersion: v1\n" + indent + "  kind: List\n" + indent + "  items:\n";
        indent += "    ";
    }
    QTest::addRow("nested lists") << nestedLists << 0;
    QTest::addRow("wrong shapes everywhere") << QByteArray(R"(apiVersion: apps/v1
kind: Deployment
metadata: [a, b]
spec:
  selector: 3
  template:
    metadata: x
    spec:
      volumes: {a: b}
      initContainers: [1, 2]
      containers:
        - name: [x]
          image: {a: b}
          env: [1, {name: X, valueFrom: 3}, {name: Y, valueFrom: {secretKeyRef: 1}}]
          envFrom: [{secretRef: 1}, x]
          ports: {a: 1}
          readinessProbe: [1]
          livenessProbe: {httpGet: {port: [1]}}
          resources: [cpu]
          volumeMounts: [x, {name: 1}]
          lifecycle: {preStop: x}
)") << 1;
}

void TestKubernetesParser::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, workloads);
    QElapsedTimer timer;
    timer.start();
    const DeploymentModel model = parse(QStringLiteral("k8s/hostile.yaml"), text);
    QCOMPARE(model.workloads.size(), workloads);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestKubernetesParser)
#include "tst_kubernetesparser.moc"
