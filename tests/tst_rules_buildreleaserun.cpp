#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestBuildReleaseRunRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void creditsPinnedImages();
    void kubeScoreAnnotationSuppresses();
    void notApplicableWithoutDeployables();
};

namespace {

// A Deployment `web` with extra pod labels after `app: web` (line 15), init containers before its
// containers and extra container keys after the image (line 19 when the first two are empty).
QByteArray deployment(const QByteArray &image, const QByteArray &podLabels = {},
                      const QByteArray &containerLines = {}, const QByteArray &initContainers = {})
{
    return R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
)yaml" + podLabels +
           "    spec:\n" + initContainers + R"yaml(      containers:
        - name: web
          image: )yaml" +
           image + "\n" + containerLines;
}

// In the fires table: either scope. Once Kustomize overlays are rendered into the model, the
// finding is the rendered workload's; before, it is the overlay file's.
QString anyOf(const char *first, const char *second)
{
    return QString::fromLatin1(first) + u'|' + QString::fromLatin1(second);
}

// In the fires table: the workload the model names after the repository's directory.
const QString repositoryWorkload = QStringLiteral("<repository>");

const QByteArray flaskApp = "from flask import Flask\napp = Flask(__name__)\n";

QByteArray kustomization(const QByteArray &body)
{
    return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + body;
}

const QByteArray springDockerfile = R"docker(FROM eclipse-temurin:21-jre
WORKDIR /app
COPY target/app.jar app.jar
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75" \
    SPRING_PROFILES_ACTIVE=prod
CMD ["java", "-jar", "app.jar"]
)docker";

const QByteArray nodeDockerfile = R"docker(FROM node:20.11-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production
CMD ["node", "server.js"]
)docker";

} // namespace

void TestBuildReleaseRunRules::catalogue()
{
    const QList<RuleInfo> &rules = buildReleaseRunRules();
    QCOMPARE(rules.size(), 4);
    for (const RuleInfo &rule : rules) {
        QCOMPARE(rule.factor, 5);
        QVERIFY(QByteArray(rule.id).startsWith("build-release-run."));
        QVERIFY(!rule.examples.isEmpty());
    }
    const RuleInfo *tag = ruleById(u"build-release-run.mutable-image-tag"_s);
    QVERIFY(tag);
    QStringList equivalents;
    for (const char *equivalent : tag->equivalents)
        equivalents.append(QString::fromLatin1(equivalent));
    QCOMPARE(equivalents, (QStringList{u"kube-score:container-image-tag"_s, u"polaris:tagNotSpecified"_s,
                                       u"kube-linter:latest-tag"_s}));
    QVERIFY(tag->translatedRemediation(SourceFormat::Compose).contains(u"postgres:16.2"_s));
}

void TestBuildReleaseRunRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QStringList>("mentions");

    // --- mutable image tags
    QTest::addRow("kubernetes image without tag")
        << Files{{u"k8s/deployment.yaml"_s, deployment("nginx")}} << u"build-release-run.mutable-image-tag"_s
        << u"k8s/deployment.yaml"_s << 19 << u"web"_s << QString()
        << QStringList{u"web (k8s/deployment.yaml) runs nginx without a tag"_s};
    QTest::addRow("init container on latest")
        << Files{{u"k8s/deployment.yaml"_s, deployment("ghcr.io/acme/web:1.4.2", {}, {},
                                                       "      initContainers:\n        - name: wait-for-db\n "
                                                       "         image: busybox:latest\n")}}
        << u"build-release-run.mutable-image-tag"_s << u"k8s/deployment.yaml"_s << 19 << u"web"_s << QString()
        << QStringList{u"container wait-for-db of web"_s, u"busybox:latest"_s};
    QTest::addRow("compose image without tag")
        << Files{{u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n    image: acme/web:latest\n"
                                           "  cache:\n    image: redis\n"}}
        << u"build-release-run.mutable-image-tag"_s << u"docker-compose.yml"_s << 6 << u"cache"_s << QString()
        << QStringList{u"cache (docker-compose.yml) runs redis without a tag"_s};
    QTest::addRow("compose production file on latest")
        << Files{{u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n"},
                 {u"docker-compose.prod.yml"_s, "services:\n  web:\n    image: ghcr.io/acme/web:latest\n"
                                                "  db:\n    image: postgres:latest\n"}}
        << u"build-release-run.mutable-image-tag"_s << u"docker-compose.prod.yml"_s << 5 << u"db"_s
        << u"prod"_s << QStringList{u"db (docker-compose.prod.yml) runs postgres:latest"_s};
    QTest::addRow("fly build image on latest")
        << Files{{u"fly.toml"_s, "app = \"hello\"\nprimary_region = \"ams\"\n\n[build]\n  image = "
                                 "\"flyio/hellofly:latest\"\n\n"
                                 "[http_service]\n  internal_port = 8080\n"}}
        << u"build-release-run.mutable-image-tag"_s << u"fly.toml"_s << 5 << u"app"_s << u"fly"_s
        << QStringList{u"runs flyio/hellofly:latest"_s};
    QTest::addRow("render image without tag")
        << Files{{u"render.yaml"_s,
                  "services:\n  - type: web\n    name: web\n    runtime: image\n    image:\n"
                  "      url: docker.io/acme/web\n"}}
        << u"build-release-run.mutable-image-tag"_s << u"render.yaml"_s << 6 << u"web"_s << u"render"_s
        << QStringList{u"web (render.yaml) runs docker.io/acme/web without a tag"_s};
    QTest::addRow("kustomize overlay sets latest")
        << Files{{u"k8s/base/kustomization.yaml"_s, kustomization("resources:\n  - deployment.yaml\n")},
                 {u"k8s/base/deployment.yaml"_s, deployment("ghcr.io/acme/web")},
                 {u"k8s/overlays/prod/kustomization.yaml"_s,
                  kustomization("resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/web\n    "
                                "newTag: latest\n")}}
        << u"build-release-run.mutable-image-tag"_s << u"k8s/overlays/prod/kustomization.yaml"_s << 6
        << anyOf("web", "") << anyOf("prod", "") << QStringList{u"ghcr.io/acme/web"_s, u"latest"_s};
    QTest::addRow("helm values tag latest")
        << Files{{u"charts/web/Chart.yaml"_s,
                  "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n"},
                 {u"charts/web/values.yaml"_s,
                  "replicaCount: 2\nimage:\n  repository: ghcr.io/acme/web\n  tag: latest\n"}}
        << u"build-release-run.mutable-image-tag"_s << u"charts/web/values.yaml"_s << 4 << QString()
        << QString() << QStringList{u"charts/web/values.yaml sets image.tag to latest"_s};

    // --- building at run time
    QTest::addRow("procfile installs on start")
        << Files{{u"Procfile"_s,
                  "web: pip install -r requirements.txt && gunicorn app:app\nworker: celery -A app worker\n"},
                 {u"app.py"_s, flaskApp}}
        << u"build-release-run.build-at-runtime"_s << u"Procfile"_s << 1 << u"web"_s << QString()
        << QStringList{u"web (Procfile) runs pip install every time it starts"_s};
    QTest::addRow("kubernetes command installs on start")
        << Files{{u"k8s/deployment.yaml"_s,
                  deployment("node:20.11-bookworm-slim", {},
                             "          command: [\"sh\", \"-c\", \"npm install && node server.js\"]\n")}}
        << u"build-release-run.build-at-runtime"_s << u"k8s/deployment.yaml"_s << 20 << u"web"_s << QString()
        << QStringList{u"runs npm install every time it starts"_s};
    QTest::addRow("dockerfile CMD installs on start")
        << Files{{u"Dockerfile"_s,
                  "FROM ruby:3.3-slim\nWORKDIR /app\nCOPY . .\nCMD bundle install && bundle exec puma\n"},
                 {u"docker-compose.yml"_s, "services:\n  api:\n    build: .\n"}}
        << u"build-release-run.build-at-runtime"_s << u"Dockerfile"_s << 4 << u"api"_s << QString()
        << QStringList{u"the CMD of Dockerfile runs bundle install"_s};
    QTest::addRow("go run in a fly process")
        << Files{{u"fly.toml"_s, "app = \"api\"\n\n[build]\n  image = \"golang:1.22\"\n\n[processes]\n  app "
                                 "= \"go run ./cmd/api\"\n"}}
        << u"build-release-run.build-at-runtime"_s << u"fly.toml"_s << 7 << u"app"_s << u"fly"_s
        << QStringList{u"runs go run every time it starts"_s};
    QTest::addRow("compose production file builds")
        << Files{{u"docker-compose.prod.yml"_s, "services:\n  web:\n    build: .\n    restart: always\n"},
                 {u"Dockerfile"_s, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n"}}
        << u"build-release-run.build-at-runtime"_s << u"docker-compose.prod.yml"_s << 3 << u"web"_s
        << u"prod"_s
        << QStringList{
               u"service web builds its image on the prod host when it is deployed (docker-compose.prod.yml)"_s};

    // --- environment baked into the image
    QTest::addRow("spring profile in the image")
        << Files{{u"Dockerfile"_s, springDockerfile},
                 {u"docker-compose.yml"_s, "services:\n  shop:\n    build: .\n"}}
        << u"build-release-run.environment-in-image"_s << u"Dockerfile"_s << 5 << u"shop"_s << QString()
        << QStringList{u"SPRING_PROFILES_ACTIVE=prod"_s, u"only fits the prod environment"_s};
    QTest::addRow("rails staging image")
        << Files{{u"Dockerfile"_s, "FROM ruby:3.3-slim\nENV RAILS_ENV=staging RACK_ENV=production\nCMD "
                                   "[\"bin/rails\", \"server\"]\n"}}
        << u"build-release-run.environment-in-image"_s << u"Dockerfile"_s << 2 << repositoryWorkload
        << QString() << QStringList{u"RAILS_ENV=staging"_s};
    QTest::addRow("django production settings module")
        << Files{{u"Dockerfile"_s,
                  "FROM python:3.12-slim\nENV DJANGO_SETTINGS_MODULE=shop.settings.production\n"
                  "CMD [\"gunicorn\", \"shop.wsgi\"]\n"}}
        << u"build-release-run.environment-in-image"_s << u"Dockerfile"_s << 2 << repositoryWorkload
        << QString() << QStringList{u"DJANGO_SETTINGS_MODULE=shop.settings.production"_s};
    QTest::addRow("the app's own environment switch")
        << Files{{u"Dockerfile"_s,
                  "FROM python:3.12-slim\nENV VIRTUAL_ENV=/opt/venv \\\n    SHOP_ENV=production\n"
                  "CMD [\"gunicorn\", \"shop.app:app\"]\n"}}
        << u"build-release-run.environment-in-image"_s << u"Dockerfile"_s << 3 << repositoryWorkload
        << QString() << QStringList{u"SHOP_ENV=production"_s};
    QTest::addRow("dotenv copied into the image")
        << Files{{u"Dockerfile"_s, "FROM node:20.11-bookworm-slim\nWORKDIR /app\nCOPY package.json .\n"
                                   "COPY .env.production .env\nCMD [\"node\", \"server.js\"]\n"}}
        << u"build-release-run.environment-in-image"_s << u"Dockerfile"_s << 4 << repositoryWorkload
        << QString() << QStringList{u"copies .env.production into the image"_s};
    QTest::addRow("production config renamed into place")
        << Files{{u"Dockerfile"_s,
                  "FROM nginx:1.27-alpine\nCOPY nginx/nginx.prod.conf /etc/nginx/nginx.conf\n"}}
        << u"build-release-run.environment-in-image"_s << u"Dockerfile"_s << 2 << repositoryWorkload
        << QString()
        << QStringList{u"copies nginx/nginx.prod.conf into the image as /etc/nginx/nginx.conf"_s};

    // --- release identity
    QTest::addRow("branch tag without a version label")
        << Files{{u"k8s/deployment.yaml"_s, deployment("ghcr.io/acme/web:main")}}
        << u"build-release-run.no-release-identity"_s << u"k8s/deployment.yaml"_s << 19 << u"web"_s
        << QString() << QStringList{u"runs ghcr.io/acme/web:main"_s, u"names a branch or an environment"_s};
    QTest::addRow("environment tag in a deployed compose file")
        << Files{{u"docker-compose.yml"_s,
                  "services:\n  api:\n    image: registry.example.com/shop/api:staging\n"}}
        << u"build-release-run.no-release-identity"_s << u"docker-compose.yml"_s << 3 << u"api"_s << QString()
        << QStringList{u"registry.example.com/shop/api:staging"_s};
}

void TestBuildReleaseRunRules::fires()
{
    QFETCH(Files, files);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, workload);
    QFETCH(QString, environment);
    QFETCH(QStringList, mentions);

    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    if (workload == repositoryWorkload)
        workload = QFileInfo(result->repository.root).fileName();
    const QList<Finding> found = test::findingsOf(*result, rule);
    QStringList seen;
    for (const Finding &finding : found)
        seen.append(finding.location.path + u':' + QString::number(finding.location.line) + u" ["_s +
                    finding.environment + u"] "_s + finding.message);
    QVERIFY2(found.size() == 1, qPrintable(seen.join(u'\n')));
    const Finding &finding = found.first();
    QCOMPARE(finding.factor, 5);
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QVERIFY(finding.location.column > 0);
    QVERIFY2(workload.split(u'|').contains(finding.workload), qPrintable(finding.workload));
    QVERIFY2(environment.split(u'|').contains(finding.environment), qPrintable(finding.environment));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(finding.message.contains(mention), qPrintable(finding.message));
}

void TestBuildReleaseRunRules::quiet_data()
{
    QTest::addColumn<Files>("files");

    QTest::addRow("released images, a job and an init container") << Files{
        {u"k8s/deployment.yaml"_s,
         deployment(
             "ghcr.io/acme/web:1.4.2", {}, {},
             "      initContainers:\n        - name: migrate\n          image: "
             "ghcr.io/acme/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n")},
        {u"k8s/job.yaml"_s,
         "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: seed\nspec:\n  template:\n"
         "    spec:\n      restartPolicy: Never\n      containers:\n        - name: seed\n"
         "          image: busybox:1.36\n          command: [\"sh\", \"-c\", \"echo seeded\"]\n"}};
    QTest::addRow("untagged base image with a kustomize tag") << Files{
        {u"k8s/base/kustomization.yaml"_s, kustomization("resources:\n  - deployment.yaml\n")},
        {u"k8s/base/deployment.yaml"_s, deployment("ghcr.io/acme/web")},
        {u"k8s/overlays/prod/kustomization.yaml"_s,
         kustomization(
             "resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/web\n    newTag: \"1.4.2\"\n")}};
    QTest::addRow("local compose file of a kubernetes app") << Files{
        {u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n    image: acme/web:latest\n"
                                  "    command: sh -c \"pip install -r requirements.txt && flask run\"\n"
                                  "  db:\n    image: postgres\n"},
        {u"docker-compose.override.yml"_s, "services:\n  cache:\n    image: redis:latest\n"},
        {u"k8s/deployment.yaml"_s, deployment("ghcr.io/acme/web:1.4.2")}};
    QTest::addRow("compose override is a developer setup")
        << Files{{u"compose.yaml"_s, "services:\n  web:\n    image: ghcr.io/acme/web:1.4.2\n"},
                 {u"compose.override.yaml"_s,
                  "services:\n  web:\n    build: .\n    command: npm install && npm run dev\n"
                  "  mailpit:\n    image: axllent/mailpit\n"},
                 {u"compose.dev.yaml"_s, "services:\n  db:\n    image: postgres\n    build: ./db\n"}};
    QTest::addRow("compose development server installs on start")
        << Files{{u"docker-compose.yml"_s,
                  "services:\n  web:\n    build: .\n    command: >\n      sh -c \"pip install -r "
                  "requirements.txt && python manage.py runserver 0.0.0.0:8000\"\n"},
                 {u"Dockerfile"_s, "FROM python:3.12-slim\nCOPY . .\nCMD [\"gunicorn\", \"shop.wsgi\"]\n"}};
    QTest::addRow("dockerfiles that build before they run") << Files{
        {u"Dockerfile"_s, nodeDockerfile},
        {u"Dockerfile.dev"_s, "FROM node:20.11-bookworm-slim\nCMD npm install && npm run dev\n"},
        {u"frontend/Dockerfile"_s,
         "FROM node:20.11-bookworm-slim\nCMD [\"sh\", \"-c\", \"npm install && npx vite --host\"]\n"},
        {u"docker/rails/Dockerfile"_s, "FROM ruby:3.3-slim\nENV RAILS_ENV=production BUNDLE_DEPLOYMENT=1\n"
                                       "RUN bundle install\nCMD [\"bundle\", \"exec\", \"puma\"]\n"}};
    QTest::addRow("configuration that is not an environment's")
        << Files{{u"Dockerfile"_s,
                  "FROM python:3.12-slim AS build\nCOPY setup.py .\nRUN python setup.py build\n"
                  "FROM python:3.12-slim\nENV DJANGO_SETTINGS_MODULE=shop.settings APP_ENV=prod "
                  "ASPNETCORE_ENVIRONMENT=Production\nCOPY .env.example .env\nCOPY config/ /app/config/\n"
                  "COPY config/production.json /app/config/\nCOPY --from=build /app/dist /app/dist\n"
                  "CMD [\"gunicorn\", \"shop.wsgi\"]\n"}};
    QTest::addRow("version tags and labelled branch tags")
        << Files{{u"k8s/proxy.yaml"_s, deployment("nginx:1.25-alpine")},
                 {u"k8s/web.yaml"_s,
                  deployment("ghcr.io/acme/web:main", "        app.kubernetes.io/version: \"3f9c2ab\"\n")}};
    QTest::addRow("examples and tests deploy someone else's app")
        << Files{{u"examples/k8s/deployment.yaml"_s, deployment("nginx")},
                 {u"tests/fixtures/compose.yaml"_s, "services:\n  db:\n    image: postgres\n"},
                 {u"docs/chart/Chart.yaml"_s, "apiVersion: v2\nname: demo\nversion: 0.1.0\n"},
                 {u"docs/chart/values.yaml"_s, "image:\n  tag: latest\n"}};
    QTest::addRow("helm chart using appVersion") << Files{
        {u"charts/web/Chart.yaml"_s, "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n"},
        {u"charts/web/values.yaml"_s,
         "image:\n  repository: ghcr.io/acme/web\n  tag: \"\"\n  pullPolicy: IfNotPresent\n"}};
    QTest::addRow("platforms that build before they run") << Files{
        {u"Procfile"_s, "release: python manage.py migrate\nweb: gunicorn shop.wsgi\n"},
        {u"render.yaml"_s,
         "services:\n  - type: web\n    name: shop\n    runtime: python\n"
         "    buildCommand: pip install -r requirements.txt\n    startCommand: gunicorn shop.wsgi\n"}};
}

void TestBuildReleaseRunRules::quiet()
{
    QFETCH(Files, files);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    QStringList unexpected;
    for (const Finding &finding : result->findings) {
        if (finding.factor == 5)
            unexpected.append(finding.rule + u" at "_s + finding.location.path + u':' +
                              QString::number(finding.location.line) + u": "_s + finding.message);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QCOMPARE(result->factors.at(4).status, FactorStatus::Pass);
}

void TestBuildReleaseRunRules::creditsPinnedImages()
{
    const AuditResultPtr result = test::auditFiles(
        {{u"k8s/deployment.yaml"_s,
          deployment(
              "ghcr.io/acme/web:1.4.2", {}, {},
              "      initContainers:\n        - name: migrate\n          image: ghcr.io/acme/migrate@sha256:"
              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n")}});
    QVERIFY(result);
    QStringList credits;
    for (const Credit &credit : result->credits) {
        if (credit.factor == 5)
            credits.append(credit.text + u" @"_s + QString::number(credit.location.line));
    }
    credits.sort();
    QCOMPARE(credits.size(), 2);
    QVERIFY2(credits.at(0).startsWith(
                 u"container migrate of web (k8s/deployment.yaml) runs an image pinned by digest @19"_s),
             qPrintable(credits.join(u'\n')));
    QVERIFY2(
        credits.at(1).startsWith(u"web (k8s/deployment.yaml) runs release 1.4.2 of ghcr.io/acme/web @22"_s),
        qPrintable(credits.join(u'\n')));
}

void TestBuildReleaseRunRules::kubeScoreAnnotationSuppresses()
{
    QByteArray manifest = deployment("nginx");
    manifest.replace("  labels:\n    app: web\nspec:",
                     "  annotations:\n    kube-score/ignore: container-image-tag\nspec:");
    const AuditResultPtr result = test::auditFiles({{u"k8s/deployment.yaml"_s, manifest}});
    QVERIFY(result);
    const QList<Finding> found = test::allFindingsOf(*result, u"build-release-run.mutable-image-tag"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().suppressed);
    QCOMPARE(found.first().suppressed->source, u"kube-score"_s);
}

void TestBuildReleaseRunRules::notApplicableWithoutDeployables()
{
    const AuditResultPtr result =
        test::auditFiles({{u"README.md"_s, "# notes\n"}, {u"lib/util.py"_s, "import os\n"}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(4).status, FactorStatus::NotApplicable);
    QVERIFY(result->factors.at(4).reason.contains(u"no Dockerfile"_s));
}

QTEST_GUILESS_MAIN(TestBuildReleaseRunRules)
#include "tst_rules_buildreleaserun.moc"
