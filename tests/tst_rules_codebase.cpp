#include "audit.h"
#include "auditfixture.h"
#include "rules/factorrules.h"
#include "scratchrepo.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestCodebaseRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void dirtyWorktree();
    void cleanWorktreeIsQuiet();
    void notVersionControlled();
};

namespace {

const QByteArray flaskApp = R"py(import os

from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return {"status": "ok"}
)py";

const QByteArray pinnedRequirements = "flask==3.0.3\ngunicorn==22.0.0\n";

const QByteArray pythonDockerfile = R"docker(FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
)docker";

const QByteArray nodeDockerfile = R"docker(FROM node:20.11-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
)docker";

const QByteArray goDockerfile = R"docker(FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/worker ./cmd/worker

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/worker /worker
ENTRYPOINT ["/worker"]
)docker";

QByteArray chart(const QByteArray &name)
{
    return "apiVersion: v2\nname: " + name + "\nversion: 0.3.0\nappVersion: \"1.4.2\"\n";
}

QByteArray kustomization(const QByteArray &resources)
{
    return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n" + resources;
}

const QByteArray deployment = R"yaml(apiVersion: apps/v1
kind: Deployment
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
          image: ghcr.io/acme/web:1.4.2
)yaml";

// The same Flask app copied per environment, differing in its settings file.
Files copiedApp(const QString &first, const QString &second)
{
    Files files;
    for (const QString &directory : {first, second}) {
        files.insert(directory + u"/app.py", flaskApp);
        files.insert(directory + u"/requirements.txt", pinnedRequirements);
        files.insert(directory + u"/Dockerfile", pythonDockerfile);
        files.insert(directory + u"/settings.py", "DEBUG = False\nREGION = \"" + directory.toUtf8() + "\"\n");
    }
    return files;
}

} // namespace

void TestCodebaseRules::catalogue()
{
    const QList<RuleInfo> &rules = codebaseRules();
    QCOMPARE(rules.size(), 4);
    for (const RuleInfo &rule : rules) {
        QCOMPARE(rule.factor, 1);
        QVERIFY(QByteArray(rule.id).startsWith("codebase."));
        QVERIFY(QByteArray(rule.rationale).size() > 80);
        QVERIFY(ruleById(QString::fromLatin1(rule.id)) == &rule);
    }
}

void TestCodebaseRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("mentions");

    QTest::addRow("app copied per environment")
        << copiedApp(u"app-dev"_s, u"app-prod"_s) << u"codebase.copies-per-environment"_s
        << u"app-prod/Dockerfile"_s << 0
        << QStringList{u"app-dev/, app-prod/"_s, u"share 4 file"_s, u"3 of them identical"_s};

    Files staging = copiedApp(u"services/billing"_s, u"services/billing-staging"_s);
    QTest::addRow("plain directory beside its staging copy")
        << staging << u"codebase.copies-per-environment"_s << u"services/billing-staging/Dockerfile"_s << 0
        << QStringList{u"services/billing/, services/billing-staging/"_s};

    Files env = copiedApp(u"prod_api"_s, u"stg_api"_s);
    QTest::addRow("environment prefix")
        << env << u"codebase.copies-per-environment"_s << u"stg_api/Dockerfile"_s << 0
        << QStringList{u"prod_api/, stg_api/"_s};

    QTest::addRow("several built apps")
        << Files{{u"api/Dockerfile"_s, pythonDockerfile},         {u"api/app.py"_s, flaskApp},
                 {u"api/requirements.txt"_s, pinnedRequirements}, {u"web/Dockerfile"_s, nodeDockerfile},
                 {u"worker/Dockerfile"_s, goDockerfile},          {u"worker/Procfile"_s, "worker: /worker\n"}}
        << u"codebase.multiple-deployables"_s << u"api/Dockerfile"_s << 0
        << QStringList{u"holds 3 deployable app"_s, u"api/, web/, worker/"_s};

    QTest::addRow("root app and a second app")
        << Files{{u"Dockerfile"_s, pythonDockerfile},
                 {u"app.py"_s, flaskApp},
                 {u"requirements.txt"_s, pinnedRequirements},
                 {u"frontend/Dockerfile"_s, nodeDockerfile},
                 {u"frontend/package.json"_s, "{\"name\": \"frontend\"}\n"}}
        << u"codebase.multiple-deployables"_s << u"Dockerfile"_s << 0
        << QStringList{u"holds 2 deployable app"_s, u"(repository root), frontend/"_s};

    QTest::addRow("deploy repository with several charts")
        << Files{{u"charts/billing/Chart.yaml"_s, chart("billing")},
                 {u"charts/billing/values.yaml"_s, "image:\n  tag: \"2.1.0\"\n"},
                 {u"charts/search/Chart.yaml"_s, chart("search")},
                 {u"charts/search/values.yaml"_s, "image:\n  tag: \"0.9.4\"\n"}}
        << u"codebase.multiple-deployables"_s << u"charts/billing/Chart.yaml"_s << 2
        << QStringList{u"deploys 2 Helm chart"_s, u"charts/billing/, charts/search/"_s};
}

void TestCodebaseRules::fires()
{
    QFETCH(Files, files);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QStringList, mentions);

    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> found = test::findingsOf(*result, rule);
    QCOMPARE(found.size(), 1);
    const Finding &finding = found.first();
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QCOMPARE(finding.factor, 1);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(finding.message.contains(mention), qPrintable(finding.message));
    QVERIFY(!finding.remediation.isEmpty());
}

void TestCodebaseRules::quiet_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");

    const QByteArray overlay =
        kustomization("  - ../../base\n") + "images:\n  - name: ghcr.io/acme/web\n    newTag: \"1.4.2\"\n";
    QTest::addRow("kustomize overlays are configuration, not copies")
        << Files{{u"k8s/base/kustomization.yaml"_s, kustomization("  - deployment.yaml\n")},
                 {u"k8s/base/deployment.yaml"_s, deployment},
                 {u"k8s/overlays/dev/kustomization.yaml"_s, overlay},
                 {u"k8s/overlays/dev/patch.yaml"_s, "replicas: 1\n"},
                 {u"k8s/overlays/prod/kustomization.yaml"_s, overlay},
                 {u"k8s/overlays/prod/patch.yaml"_s, "replicas: 4\n"}}
        << u"codebase.copies-per-environment"_s;

    QTest::addRow("manifest directories per environment hold no app")
        << Files{{u"deploy-dev/deployment.yaml"_s, deployment},
                 {u"deploy-dev/service.yaml"_s, "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"},
                 {u"deploy-prod/deployment.yaml"_s, deployment},
                 {u"deploy-prod/service.yaml"_s, "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"}}
        << u"codebase.copies-per-environment"_s;

    QTest::addRow("an app and its test directory")
        << Files{{u"app/app.py"_s, flaskApp},
                 {u"app/requirements.txt"_s, pinnedRequirements},
                 {u"app-test/test_app.py"_s,
                  "from app.app import app\n\ndef test_index():\n    assert app\n"},
                 {u"app-test/requirements.txt"_s, "pytest==8.2.0\n"}}
        << u"codebase.copies-per-environment"_s;

    QTest::addRow("different apps that share an environment word")
        << Files{{u"api-prod/app.py"_s, flaskApp},
                 {u"api-prod/requirements.txt"_s, pinnedRequirements},
                 {u"web-prod/server.js"_s, "require('http').createServer().listen(8080);\n"},
                 {u"web-prod/package.json"_s, "{\"name\": \"web\"}\n"}}
        << u"codebase.copies-per-environment"_s;

    QTest::addRow("one app deployed several ways")
        << Files{{u"Dockerfile"_s, pythonDockerfile},
                 {u"app.py"_s, flaskApp},
                 {u"requirements.txt"_s, pinnedRequirements},
                 {u"Procfile"_s, "web: gunicorn app:app\n"},
                 {u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n"},
                 {u"charts/web/Chart.yaml"_s, chart("web")},
                 {u"k8s/base/kustomization.yaml"_s, kustomization("  - deployment.yaml\n")},
                 {u"k8s/base/deployment.yaml"_s, deployment}}
        << u"codebase.multiple-deployables"_s;

    QTest::addRow("dev container, CI action and example images are not deployables")
        << Files{{u"Dockerfile"_s, pythonDockerfile},
                 {u"app.py"_s, flaskApp},
                 {u"Dockerfile.dev"_s, pythonDockerfile},
                 {u".devcontainer/Dockerfile"_s, "FROM mcr.microsoft.com/devcontainers/python:3.12\n"},
                 {u".github/actions/lint/Dockerfile"_s, "FROM alpine:3.19\n"},
                 {u"examples/minimal/Dockerfile"_s, pythonDockerfile},
                 {u"tests/e2e/Dockerfile"_s, pythonDockerfile}}
        << u"codebase.multiple-deployables"_s;

    QTest::addRow("images of one app kept under docker/")
        << Files{{u"composer.json"_s, "{\"require\": {\"laravel/framework\": \"^11.0\"}}\n"},
                 {u"public/index.php"_s, "<?php\n"},
                 {u"docker/php/Dockerfile"_s, "FROM php:8.3-fpm\nCOPY . /var/www\n"},
                 {u"docker/nginx/Dockerfile"_s, "FROM nginx:1.27-alpine\nCOPY public /var/www/public\n"},
                 {u"Procfile"_s, "web: vendor/bin/heroku-php-nginx public/\n"}}
        << u"codebase.multiple-deployables"_s;

    QTest::addRow("one chart with its kustomize base")
        << Files{{u"charts/web/Chart.yaml"_s, chart("web")},
                 {u"k8s/kustomization.yaml"_s, kustomization("  - deployment.yaml\n")},
                 {u"k8s/deployment.yaml"_s, deployment}}
        << u"codebase.multiple-deployables"_s;

    QTest::addRow("committed tree is clean")
        << Files{{u"app.py"_s, flaskApp}} << u"codebase.dirty-worktree"_s;
    QTest::addRow("git repository is version control")
        << Files{{u"app.py"_s, flaskApp}} << u"codebase.not-version-controlled"_s;
}

void TestCodebaseRules::quiet()
{
    QFETCH(Files, files);
    QFETCH(QString, rule);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QList<Finding> found = test::allFindingsOf(*result, rule);
    QVERIFY2(found.isEmpty(),
             found.isEmpty() ? ""
                             : qPrintable(found.first().location.path + u": "_s + found.first().message));
    QCOMPARE(result->factors.at(0).status == FactorStatus::NotApplicable, false);
}

void TestCodebaseRules::dirtyWorktree()
{
    test::ScratchRepo repo;
    QVERIFY(repo.isValid());
    repo.write({{u"app.py"_s, flaskApp}, {u"requirements.txt"_s, pinnedRequirements}});
    const QString commit = repo.commit(u"initial"_s);
    repo.write(u"app.py"_s, flaskApp + "\n# work in progress\n");
    AuditOptions options;
    options.path = repo.root();
    options.historyLimit = 0;
    LoadError error;
    const AuditResultPtr result = runAudit(options, error);
    QVERIFY2(result, qPrintable(error.message));
    const QList<Finding> found = test::findingsOf(*result, u"codebase.dirty-worktree"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Info);
    QVERIFY(!found.first().location.isValid());
    QVERIFY2(found.first().message.contains(commit.left(12)), qPrintable(found.first().message));

    // The same repository read at its commit is not dirty.
    options.revision = commit;
    const AuditResultPtr atCommit = runAudit(options, error);
    QVERIFY2(atCommit, qPrintable(error.message));
    QVERIFY(test::findingsOf(*atCommit, u"codebase.dirty-worktree"_s).isEmpty());
}

void TestCodebaseRules::cleanWorktreeIsQuiet()
{
    test::ScratchRepo repo;
    repo.write({{u"app.py"_s, flaskApp}});
    repo.commit(u"initial"_s);
    AuditOptions options;
    options.path = repo.root();
    options.historyLimit = 0;
    LoadError error;
    const AuditResultPtr result = runAudit(options, error);
    QVERIFY2(result, qPrintable(error.message));
    QVERIFY(test::findingsOf(*result, u"codebase.dirty-worktree"_s).isEmpty());
    QCOMPARE(result->factors.at(0).status, FactorStatus::Pass);
}

void TestCodebaseRules::notVersionControlled()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile file(directory.filePath(u"app.py"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(flaskApp);
    file.close();

    AuditOptions options;
    options.path = directory.path();
    options.historyLimit = 0;
    LoadError error;
    const AuditResultPtr result = runAudit(options, error);
    QVERIFY2(result, qPrintable(error.message));
    const QList<Finding> found = test::findingsOf(*result, u"codebase.not-version-controlled"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Warning);
    QVERIFY(found.first().message.contains(result->repository.root));
    QVERIFY(test::findingsOf(*result, u"codebase.dirty-worktree"_s).isEmpty());

    // Another version control system's metadata counts as version control.
    QDir(directory.path()).mkpath(u".hg/store"_s);
    QFile marker(directory.filePath(u".hg/requires"_s));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("revlogv1\nstore\n");
    marker.close();
    const AuditResultPtr mercurial = runAudit(options, error);
    QVERIFY2(mercurial, qPrintable(error.message));
    QVERIFY(test::findingsOf(*mercurial, u"codebase.not-version-controlled"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestCodebaseRules)
#include "tst_rules_codebase.moc"
