#include "auditfixture.h"
#include "factors.h"

#include <QtTest>

using namespace tfi;

// A well-factored service in several formats must yield no error and few warnings: a rule
// that fires here cries wolf.
class TestPositiveControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wellFactoredServiceIsClean();
};

static QMap<QString, QByteArray> wellFactoredService();

void TestPositiveControl::wellFactoredServiceIsClean()
{
    const AuditResultPtr result = test::auditFiles(wellFactoredService());
    QVERIFY(result);
    QStringList errors;
    QStringList warnings;
    for (const Finding &finding : result->findings) {
        if (finding.suppressed)
            continue;
        const QString line = QStringLiteral("%1 %2:%3 %4")
                                 .arg(finding.rule, finding.location.path)
                                 .arg(finding.location.line)
                                 .arg(finding.message);
        if (finding.severity == Severity::Error)
            errors.append(line);
        else if (finding.severity == Severity::Warning)
            warnings.append(line);
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY2(warnings.size() <= 3, qPrintable(warnings.join(u'\n')));
    QVERIFY2(result->diagnostics.isEmpty(), qPrintable(result->diagnostics.value(0).message));
    for (const FactorResult &factor : result->factors) {
        QVERIFY2(factor.status != FactorStatus::Unknown, qPrintable(factorTitle(factor.number)));
        QVERIFY2(factor.status != FactorStatus::Fail, qPrintable(factorTitle(factor.number)));
    }
    QVERIFY(result->score && *result->score >= 90);
}

static QMap<QString, QByteArray> wellFactoredService()
{
    return {
        {QStringLiteral("README.md"), "# orders\n\nThe orders service.\n"},
        {QStringLiteral(".gitignore"), ".env\n__pycache__/\n"},
        {QStringLiteral("requirements.txt"),
         "flask==3.0.3\ngunicorn==22.0.0\npsycopg[binary]==3.1.19\nredis==5.0.4\n"},
        {QStringLiteral("orders/__init__.py"), ""},
        {QStringLiteral("orders/app.py"), R"(import logging
import os
import signal
import sys

from flask import Flask

logging.basicConfig(stream=sys.stdout, level=os.environ.get("LOG_LEVEL", "INFO"))
app = Flask(__name__)
app.config["DATABASE_URL"] = os.environ["DATABASE_URL"]
app.config["REDIS_URL"] = os.environ["REDIS_URL"]


def shutdown(signum, frame):
    logging.info("received SIGTERM, finishing in-flight requests")
    sys.exit(0)


signal.signal(signal.SIGTERM, shutdown)


@app.get("/healthz")
def health():
    return "ok"
)"},
        {QStringLiteral("Dockerfile"), R"(# syntax=docker/dockerfile:1
FROM python:3.12.3-slim AS base
ENV PYTHONUNBUFFERED=1
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY orders orders
USER 10001
EXPOSE 8080
CMD ["gunicorn", "orders.app:app", "--bind", "0.0.0.0:8080", "--access-logfile", "-"]
)"},
        {QStringLiteral("Procfile"), "web: gunicorn orders.app:app --bind 0.0.0.0:$PORT --access-logfile -\n"
                                     "worker: python -m orders.worker\n"
                                     "release: python -m orders.migrate\n"},
        {QStringLiteral(".env.example"), "DATABASE_URL=\nREDIS_URL=\nLOG_LEVEL=INFO\n"},
        {QStringLiteral("compose.yaml"), R"(services:
  web:
    build: .
    ports:
      - "8080:8080"
    environment:
      DATABASE_URL: ${DATABASE_URL:-postgres://orders@db:5432/orders}
      REDIS_URL: redis://cache:6379/0
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_started
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: orders
      POSTGRES_HOST_AUTH_METHOD: trust
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "orders"]
      interval: 5s
  cache:
    image: redis:7.2.4
)"},
        {QStringLiteral("k8s/deployment.yaml"), R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  labels:
    app.kubernetes.io/name: orders
    app.kubernetes.io/version: "2.3.1"
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: orders
  template:
    metadata:
      labels:
        app.kubernetes.io/name: orders
    spec:
      terminationGracePeriodSeconds: 30
      containers:
        - name: web
          image: ghcr.io/acme/orders:2.3.1
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: INFO
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: orders-secrets
                  key: database-url
            - name: REDIS_URL
              valueFrom:
                configMapKeyRef:
                  name: orders-config
                  key: redis-url
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-worker
  labels:
    app.kubernetes.io/name: orders-worker
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: orders-worker
  template:
    metadata:
      labels:
        app.kubernetes.io/name: orders-worker
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/orders:2.3.1
          command: ["python", "-m", "orders.worker"]
          envFrom:
            - configMapRef:
                name: orders-config
            - secretRef:
                name: orders-secrets
          readinessProbe:
            exec:
              command: ["python", "-m", "orders.ready"]
          livenessProbe:
            exec:
              command: ["python", "-m", "orders.alive"]
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
)"},
        {QStringLiteral("k8s/service.yaml"), R"(apiVersion: v1
kind: Service
metadata:
  name: orders
spec:
  selector:
    app.kubernetes.io/name: orders
  ports:
    - name: http
      port: 80
      targetPort: http
)"},
        {QStringLiteral("k8s/configmap.yaml"), R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
data:
  redis-url: redis://redis-master:6379/0
  LOG_LEVEL: INFO
)"},
        {QStringLiteral("k8s/externalsecret.yaml"), R"(apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: orders-secrets
spec:
  secretStoreRef:
    name: vault
    kind: ClusterSecretStore
  target:
    name: orders-secrets
  data:
    - secretKey: database-url
      remoteRef:
        key: orders/database-url
)"},
        {QStringLiteral("k8s/redis.yaml"), R"(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis-master
spec:
  serviceName: redis-master
  replicas: 1
  selector:
    matchLabels:
      app: redis-master
  template:
    metadata:
      labels:
        app: redis-master
    spec:
      containers:
        - name: redis
          image: redis:7.2.4
          ports:
            - name: redis
              containerPort: 6379
          readinessProbe:
            tcpSocket:
              port: redis
          livenessProbe:
            tcpSocket:
              port: redis
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
---
apiVersion: v1
kind: Service
metadata:
  name: redis-master
spec:
  selector:
    app: redis-master
  ports:
    - port: 6379
      targetPort: redis
)"},
        {QStringLiteral("k8s/migrate-job.yaml"), R"(apiVersion: batch/v1
kind: Job
metadata:
  name: orders-migrate
spec:
  activeDeadlineSeconds: 600
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: ghcr.io/acme/orders:2.3.1
          command: ["python", "-m", "orders.migrate"]
          envFrom:
            - secretRef:
                name: orders-secrets
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
)"},
        {QStringLiteral("k8s/cleanup-cronjob.yaml"), R"(apiVersion: batch/v1
kind: CronJob
metadata:
  name: orders-cleanup
spec:
  schedule: "17 3 * * *"
  startingDeadlineSeconds: 300
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      activeDeadlineSeconds: 1800
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: cleanup
              image: ghcr.io/acme/orders:2.3.1
              command: ["python", "-m", "orders.cleanup"]
              envFrom:
                - secretRef:
                    name: orders-secrets
              resources:
                requests:
                  cpu: 50m
                  memory: 64Mi
)"},
        {QStringLiteral("k8s/hpa.yaml"), R"(apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: orders
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: orders
  minReplicas: 3
  maxReplicas: 10
)"},
    };
}

QTEST_GUILESS_MAIN(TestPositiveControl)
#include "tst_positivecontrol.moc"
