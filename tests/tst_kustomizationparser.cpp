#include "memoryfileindex.h"
#include "parsers/kustomizationparser.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

namespace {

// A base, a prod overlay that uses every patch style, generators, images and replicas, a component
// and remote resources, laid out the way Kustomize repositories usually are.
const QByteArray baseKustomization = R"yaml(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop
commonLabels:
  app.kubernetes.io/part-of: shop
resources:
  - deployment.yaml
  - service.yaml
  - ../shared/redis
configMapGenerator:
  - name: web-config
    literals:
      - LOG_LEVEL=info
      - CACHE_URL=redis://redis:6379/0
    envs:
      - config.env
secretGenerator:
  - name: web-secrets
    type: Opaque
    envs:
      - secrets.env
generatorOptions:
  disableNameSuffixHash: true
)yaml";

const QByteArray baseConfigEnv = R"yaml(# defaults for every environment
FEATURE_FLAGS=checkout,search

  WORKERS=4
EMPTY=
FROM_BUILD_ENV
)yaml";

const QByteArray prodKustomization = R"yaml(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop-prod
namePrefix: prod-
nameSuffix: -v2
bases:
  - ../../base
resources:
  - hpa.yaml
  - github.com/example/platform//monitoring?ref=v1.2.0
  - https://raw.githubusercontent.com/example/policies/main/pdb.yaml
  - git@github.com:example/secrets-operator.git//deploy
  - ../../shared/ingress?ref=main
components:
  - ../../components/tracing
labels:
  - pairs:
      environment: prod
    includeSelectors: false
    includeTemplates: true
commonAnnotations:
  owner: team-shop
  oncall: shop-oncall@example.com
images:
  - name: registry.example.com/shop/web
    newTag: 1.4.3
  - name: postgres
    newName: registry.example.com/mirror/postgres
    digest: sha256:0b5e4b5e0c5f3f9a2b7f
replicas:
  - name: web
    count: 5
patchesStrategicMerge:
  - patches/resources.yaml
  - |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          terminationGracePeriodSeconds: 60
patchesJson6902:
  - target:
      group: apps
      version: v1
      kind: Deployment
      name: web
    path: patches/probe-path.json
patches:
  - path: patches/env.yaml
  - target:
      kind: Deployment
      labelSelector: tier=frontend
    patch: |-
      - op: replace
        path: /spec/replicas
        value: 6
configMapGenerator:
  - name: web-config
    behavior: merge
    literals:
      - LOG_LEVEL=warning
      - 'GREETING="hello world"'
      - PASSWORD_HINT='='
    files:
      - nginx.conf
      - tls.crt=certs/prod.crt
secretGenerator:
  - name: web-secrets
    behavior: replace
    type: kubernetes.io/basic-auth
    env: prod-secrets.env
    options:
      disableNameSuffixHash: true
)yaml";

const QByteArray tracingComponent = R"yaml(apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
  - path: tracing-env.yaml
    target:
      kind: Deployment
configMapGenerator:
  - name: tracing
    literals:
      - OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317
)yaml";

const QByteArray brokenKustomization = R"yaml(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: deployment.yaml
images:
  - newTag: "2"
replicas:
  - name: web
    count: lots
  - count: 2
patches:
  - target: {kind: Deployment}
components:
  - {path: x}
bases:
  - ../base
configMapGenerator:
  - name: settings
    literals:
      - NO_EQUALS_SIGN
      - =value-without-key
      - GOOD=1
)yaml";
const QByteArray prodSecretsEnv = "DB_USER=shop\nDB_PASSWORD=prod-pass\n";

// The repository above, parsed file by file.
class KustomizeRepo
{
public:
    KustomizeRepo()
    {
        m_index.add(u"base/config.env"_s, baseConfigEnv);
        m_index.add(u"overlays/prod/prod-secrets.env"_s, prodSecretsEnv);
        m_index.add(u"base/kustomization.yaml"_s, baseKustomization);
        m_index.add(u"overlays/prod/kustomization.yaml"_s, prodKustomization);
        m_index.add(u"components/tracing/kustomization.yaml"_s, tracingComponent);
    }

    DeploymentModel parse(const QString &path) const
    {
        DeploymentModel out;
        const SourceFile *file = m_index.find(path);
        Q_ASSERT(file);
        parseKustomization(*file, ParseContext{m_index, ParseLimits{}}, out);
        return out;
    }

private:
    test::MemoryFileIndex m_index;
};

DeploymentModel parseText(const QString &path, const QByteArray &text)
{
    test::MemoryFileIndex index;
    DeploymentModel out;
    parseKustomization(index.add(path, text), ParseContext{index, ParseLimits{}}, out);
    return out;
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

QStringList values(const QList<KustomizeRef> &refs)
{
    QStringList result;
    for (const KustomizeRef &ref : refs)
        result.append(ref.value);
    return result;
}

QList<int> lines(const QList<KustomizeRef> &refs)
{
    QList<int> result;
    for (const KustomizeRef &ref : refs)
        result.append(ref.location.line);
    return result;
}

const QString basePath = u"base/kustomization.yaml"_s;
const QString prodPath = u"overlays/prod/kustomization.yaml"_s;
const QString componentPath = u"components/tracing/kustomization.yaml"_s;

} // namespace

class TestKustomizationParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basics_data();
    void basics();
    void references_data();
    void references();
    void patches_data();
    void patches();
    void generators_data();
    void generators();
    void generatorLiterals_data();
    void generatorLiterals();
    void envFileEntries();
    void imagesAndReplicas();
    void labelsAndAnnotations();
    void malformedEntriesWarnAndKeepTheRest();
    void unreadableFiles_data();
    void unreadableFiles();
};

void TestKustomizationParser::basics_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("directory");
    QTest::addColumn<bool>("isComponent");
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<QString>("namePrefix");
    QTest::addColumn<QString>("nameSuffix");

    QTest::addRow("base") << basePath << u"base"_s << false << u"shop"_s << QString() << QString();
    QTest::addRow("prod overlay") << prodPath << u"overlays/prod"_s << false << u"shop-prod"_s << u"prod-"_s
                                  << u"-v2"_s;
    QTest::addRow("component") << componentPath << u"components/tracing"_s << true << QString() << QString()
                               << QString();
}

void TestKustomizationParser::basics()
{
    QFETCH(QString, path);
    QFETCH(QString, directory);
    QFETCH(bool, isComponent);
    QFETCH(QString, namespaceName);
    QFETCH(QString, namePrefix);
    QFETCH(QString, nameSuffix);

    const DeploymentModel model = KustomizeRepo().parse(path);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.kustomizations.size(), 1);
    const KustomizationInfo &info = model.kustomizations.first();
    QCOMPARE(info.path, path);
    QCOMPARE(info.directory, directory);
    QCOMPARE(info.isComponent, isComponent);
    QCOMPARE(info.namespaceName, namespaceName);
    QCOMPARE(info.namePrefix, namePrefix);
    QCOMPARE(info.nameSuffix, nameSuffix);
    QCOMPARE(info.location, (Location{path, 1, 1}));
    // Kustomizations describe how to render, not workloads.
    QVERIFY(model.workloads.isEmpty());
    QVERIFY(model.configObjects.isEmpty());
}

void TestKustomizationParser::references_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("expectedLines");

    QTest::addRow("base resources") << basePath << u"resources"_s
                                    << QStringList{u"deployment.yaml"_s, u"service.yaml"_s,
                                                   u"../shared/redis"_s}
                                    << QList<int>{7, 8, 9};
    // `resources` first, then the legacy `bases`.
    QTest::addRow("overlay resources and bases")
        << prodPath << u"resources"_s << QStringList{u"hpa.yaml"_s, u"../../base"_s} << QList<int>{9, 7};
    QTest::addRow("remote resources")
        << prodPath << u"remote"_s
        << QStringList{u"github.com/example/platform//monitoring?ref=v1.2.0"_s,
                       u"https://raw.githubusercontent.com/example/policies/main/pdb.yaml"_s,
                       u"git@github.com:example/secrets-operator.git//deploy"_s,
                       u"../../shared/ingress?ref=main"_s}
        << QList<int>{10, 11, 12, 13};
    QTest::addRow("components") << prodPath << u"components"_s << QStringList{u"../../components/tracing"_s}
                                << QList<int>{15};
    QTest::addRow("patch files") << prodPath << u"patchFiles"_s
                                 << QStringList{u"patches/resources.yaml"_s, u"patches/probe-path.json"_s,
                                                u"patches/env.yaml"_s}
                                 << QList<int>{34, 50, 52};
    QTest::addRow("component patch file")
        << componentPath << u"patchFiles"_s << QStringList{u"tracing-env.yaml"_s} << QList<int>{4};
    QTest::addRow("base has no remote") << basePath << u"remote"_s << QStringList{} << QList<int>{};
}

void TestKustomizationParser::references()
{
    QFETCH(QString, path);
    QFETCH(QString, list);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, expectedLines);

    const DeploymentModel model = KustomizeRepo().parse(path);
    QCOMPARE(model.kustomizations.size(), 1);
    const KustomizationInfo &info = model.kustomizations.first();
    const QList<KustomizeRef> &refs = list == u"resources"    ? info.resources
                                      : list == u"components" ? info.components
                                      : list == u"patchFiles" ? info.patchFiles
                                                              : info.remoteResources;
    QCOMPARE(values(refs), expected);
    QCOMPARE(lines(refs), expectedLines);
    for (const KustomizeRef &ref : refs) {
        QCOMPARE(ref.location.path, path);
        QVERIFY(ref.location.column > 0);
    }
}

void TestKustomizationParser::patches_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("index");
    QTest::addColumn<KustomizePatch::Style>("style");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("textStart");
    QTest::addColumn<QString>("target"); // group/version/kind/name/labelSelector
    QTest::addColumn<int>("line");

    QTest::addRow("strategic merge file") << prodPath << 0 << KustomizePatch::Style::StrategicMerge
                                          << u"patches/resources.yaml"_s << QString() << u"////"_s << 34;
    QTest::addRow("inline strategic merge")
        << prodPath << 1 << KustomizePatch::Style::StrategicMerge << QString()
        << u"apiVersion: apps/v1\nkind: Deployment\n"_s << u"////"_s << 35;
    QTest::addRow("json6902 file") << prodPath << 2 << KustomizePatch::Style::Json6902
                                   << u"patches/probe-path.json"_s << QString()
                                   << u"apps/v1/Deployment/web/"_s << 50;
    QTest::addRow("patches file") << prodPath << 3 << KustomizePatch::Style::Patch << u"patches/env.yaml"_s
                                  << QString() << u"////"_s << 52;
    QTest::addRow("inline patch with selector")
        << prodPath << 4 << KustomizePatch::Style::Patch << QString()
        << u"- op: replace\n  path: /spec/replicas\n"_s << u"//Deployment//tier=frontend"_s << 56;
    QTest::addRow("component patch") << componentPath << 0 << KustomizePatch::Style::Patch
                                     << u"tracing-env.yaml"_s << QString() << u"//Deployment//"_s << 4;
}

void TestKustomizationParser::patches()
{
    QFETCH(QString, path);
    QFETCH(int, index);
    QFETCH(KustomizePatch::Style, style);
    QFETCH(QString, file);
    QFETCH(QString, textStart);
    QFETCH(QString, target);
    QFETCH(int, line);

    const DeploymentModel model = KustomizeRepo().parse(path);
    const KustomizationInfo &info = model.kustomizations.first();
    QCOMPARE(info.patches.size(), path == prodPath ? 5 : 1);
    const KustomizePatch &patch = info.patches.at(index);
    QCOMPARE(patch.style, style);
    QCOMPARE(patch.path, file);
    if (textStart.isEmpty())
        QVERIFY(patch.text.isEmpty());
    else
        QVERIFY2(patch.text.startsWith(textStart), qPrintable(patch.text));
    const QString targetText = QStringList{patch.target.group, patch.target.version, patch.target.kind,
                                           patch.target.name, patch.target.labelSelector}
                                   .join(u'/');
    QCOMPARE(targetText, target);
    QCOMPARE(patch.target.isEmpty(), target == u"////");
    QCOMPARE(patch.location.line, line);
}

void TestKustomizationParser::generators_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("index");
    QTest::addColumn<ConfigObject::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("behavior");
    QTest::addColumn<QString>("secretType");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("envs");
    QTest::addColumn<bool>("disableNameSuffixHash");
    QTest::addColumn<int>("line");

    QTest::addRow("base configmap") << basePath << 0 << ConfigObject::Kind::ConfigMap << u"web-config"_s
                                    << QString() << QString() << QStringList{} << QStringList{u"config.env"_s}
                                    << true << 11;
    QTest::addRow("base secret") << basePath << 1 << ConfigObject::Kind::Secret << u"web-secrets"_s
                                 << QString() << u"Opaque"_s << QStringList{} << QStringList{u"secrets.env"_s}
                                 << true << 18;
    QTest::addRow("merged configmap")
        << prodPath << 0 << ConfigObject::Kind::ConfigMap << u"web-config"_s << u"merge"_s << QString()
        << QStringList{u"nginx.conf"_s, u"tls.crt=certs/prod.crt"_s} << QStringList{} << false << 61;
    QTest::addRow("legacy env and own options")
        << prodPath << 1 << ConfigObject::Kind::Secret << u"web-secrets"_s << u"replace"_s
        << u"kubernetes.io/basic-auth"_s << QStringList{} << QStringList{u"prod-secrets.env"_s} << true << 71;
    QTest::addRow("component configmap")
        << componentPath << 0 << ConfigObject::Kind::ConfigMap << u"tracing"_s << QString() << QString()
        << QStringList{} << QStringList{} << false << 8;
}

void TestKustomizationParser::generators()
{
    QFETCH(QString, path);
    QFETCH(int, index);
    QFETCH(ConfigObject::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, behavior);
    QFETCH(QString, secretType);
    QFETCH(QStringList, files);
    QFETCH(QStringList, envs);
    QFETCH(bool, disableNameSuffixHash);
    QFETCH(int, line);

    const DeploymentModel model = KustomizeRepo().parse(path);
    const KustomizationInfo &info = model.kustomizations.first();
    QVERIFY(index < info.generators.size());
    const KustomizeGenerator &generator = info.generators.at(index);
    QCOMPARE(generator.kind, kind);
    QCOMPARE(generator.name, name);
    QCOMPARE(generator.behavior, behavior);
    QCOMPARE(generator.secretType, secretType);
    QCOMPARE(values(generator.files), files);
    QCOMPARE(values(generator.envs), envs);
    QCOMPARE(generator.disableNameSuffixHash, disableNameSuffixHash);
    QCOMPARE(generator.location, (Location{path, line, 5}));
}

void TestKustomizationParser::generatorLiterals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("generator");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");

    QTest::addRow("plain") << basePath << 0 << 0 << u"LOG_LEVEL"_s << u"info"_s << 13;
    QTest::addRow("value with colons")
        << basePath << 0 << 1 << u"CACHE_URL"_s << u"redis://redis:6379/0"_s << 14;
    QTest::addRow("override") << prodPath << 0 << 0 << u"LOG_LEVEL"_s << u"warning"_s << 64;
    QTest::addRow("quotes removed") << prodPath << 0 << 1 << u"GREETING"_s << u"hello world"_s << 65;
    QTest::addRow("equals in value") << prodPath << 0 << 2 << u"PASSWORD_HINT"_s << u"="_s << 66;
    QTest::addRow("url value") << componentPath << 0 << 0 << u"OTEL_EXPORTER_OTLP_ENDPOINT"_s
                               << u"http://otel-collector:4317"_s << 10;
}

void TestKustomizationParser::generatorLiterals()
{
    QFETCH(QString, path);
    QFETCH(int, generator);
    QFETCH(int, index);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, line);

    const DeploymentModel model = KustomizeRepo().parse(path);
    const KustomizeGenerator &found = model.kustomizations.first().generators.at(generator);
    QVERIFY(index < found.literals.size());
    const ConfigEntry &entry = found.literals.at(index);
    QCOMPARE(entry.key, key);
    QCOMPARE(entry.value, value);
    QVERIFY(!entry.fromBase64);
    QCOMPARE(entry.location, (Location{path, line, 9}));
}

void TestKustomizationParser::envFileEntries()
{
    const KustomizeRepo repo;
    const DeploymentModel base = repo.parse(basePath);
    const KustomizeGenerator &config = base.kustomizations.first().generators.at(0);
    QCOMPARE(config.envEntries.size(), 4);
    QCOMPARE(config.envEntries.at(0).key, u"FEATURE_FLAGS"_s);
    QCOMPARE(config.envEntries.at(0).value, u"checkout,search"_s);
    QCOMPARE(config.envEntries.at(0).location, (Location{u"base/config.env"_s, 2, 1}));
    QCOMPARE(config.envEntries.at(1).key, u"WORKERS"_s);
    QCOMPARE(config.envEntries.at(1).location, (Location{u"base/config.env"_s, 4, 3}));
    QCOMPARE(config.envEntries.at(2).key, u"EMPTY"_s);
    QCOMPARE(config.envEntries.at(2).value, QString());
    // No '=': Kustomize takes the value from the environment of the build.
    QCOMPARE(config.envEntries.at(3).key, u"FROM_BUILD_ENV"_s);
    QCOMPARE(config.envEntries.at(3).location.line, 6);

    // secrets.env is not in the repository (kept out of git on purpose): named, nothing read, no diagnostic.
    const KustomizeGenerator &secret = base.kustomizations.first().generators.at(1);
    QCOMPARE(values(secret.envs), QStringList{u"secrets.env"_s});
    QVERIFY(secret.envEntries.isEmpty());
    QVERIFY(base.diagnostics.isEmpty());

    const DeploymentModel prod = repo.parse(prodPath);
    const KustomizeGenerator &prodSecret = prod.kustomizations.first().generators.at(1);
    QCOMPARE(prodSecret.envEntries.size(), 2);
    QCOMPARE(prodSecret.envEntries.at(1).key, u"DB_PASSWORD"_s);
    QCOMPARE(prodSecret.envEntries.at(1).value, u"prod-pass"_s);
    QCOMPARE(prodSecret.envEntries.at(1).location, (Location{u"overlays/prod/prod-secrets.env"_s, 2, 1}));
    QCOMPARE(values(prodSecret.envs).first(), u"prod-secrets.env"_s);
    QCOMPARE(prodSecret.envs.first().location.line, 74);
}

void TestKustomizationParser::imagesAndReplicas()
{
    const DeploymentModel model = KustomizeRepo().parse(prodPath);
    const KustomizationInfo &info = model.kustomizations.first();
    QCOMPARE(info.images.size(), 2);
    QCOMPARE(info.images.at(0).name, u"registry.example.com/shop/web"_s);
    QCOMPARE(info.images.at(0).newTag, u"1.4.3"_s);
    QVERIFY(info.images.at(0).newName.isEmpty());
    QCOMPARE(info.images.at(0).location, (Location{prodPath, 25, 5}));
    QCOMPARE(info.images.at(1).name, u"postgres"_s);
    QCOMPARE(info.images.at(1).newName, u"registry.example.com/mirror/postgres"_s);
    QCOMPARE(info.images.at(1).digest, u"sha256:0b5e4b5e0c5f3f9a2b7f"_s);
    QVERIFY(info.images.at(1).newTag.isEmpty());
    QCOMPARE(info.images.at(1).location.line, 27);

    QCOMPARE(info.replicas.size(), 1);
    QCOMPARE(info.replicas.first().name, u"web"_s);
    QCOMPARE(info.replicas.first().count, 5);
    QCOMPARE(info.replicas.first().location, (Location{prodPath, 31, 5}));
}

void TestKustomizationParser::labelsAndAnnotations()
{
    const KustomizeRepo repo;
    const KustomizationInfo base = repo.parse(basePath).kustomizations.first();
    QCOMPARE(base.labels.size(), 1);
    QCOMPARE(base.labels.first().pairs,
             (QMap<QString, QString>{{u"app.kubernetes.io/part-of"_s, u"shop"_s}}));
    QVERIFY(base.labels.first().includeSelectors);
    QVERIFY(base.labels.first().includeTemplates);
    QCOMPARE(base.labels.first().location, (Location{basePath, 4, 1}));
    QVERIFY(base.commonAnnotations.isEmpty());

    const KustomizationInfo prod = repo.parse(prodPath).kustomizations.first();
    QCOMPARE(prod.labels.size(), 1);
    QCOMPARE(prod.labels.first().pairs, (QMap<QString, QString>{{u"environment"_s, u"prod"_s}}));
    QVERIFY(!prod.labels.first().includeSelectors);
    QVERIFY(prod.labels.first().includeTemplates);
    QCOMPARE(prod.labels.first().location.line, 17);
    QCOMPARE(prod.commonAnnotations.size(), 2);
    QCOMPARE(prod.commonAnnotations.value(u"owner"_s), u"team-shop"_s);
    QCOMPARE(prod.commonAnnotationsLocation, (Location{prodPath, 21, 1}));
}

void TestKustomizationParser::malformedEntriesWarnAndKeepTheRest()
{
    const DeploymentModel model = parseText(u"overlays/dev/kustomization.yaml"_s, brokenKustomization);
    QList<int> warningLines;
    for (const Diagnostic &diagnostic : model.diagnostics) {
        QCOMPARE(diagnostic.severity, DiagnosticSeverity::Warning);
        QCOMPARE(diagnostic.location.path, u"overlays/dev/kustomization.yaml"_s);
        warningLines.append(diagnostic.location.line);
        // Name the key or the generator, never a value.
        QVERIFY2(!diagnostic.message.contains(u"value-without-key") && !diagnostic.message.contains(u"lots"),
                 qPrintable(diagnostic.message));
    }
    std::sort(warningLines.begin(), warningLines.end());
    QCOMPARE(warningLines, (QList<int>{3, 5, 8, 9, 11, 13, 19, 20}));

    QCOMPARE(model.kustomizations.size(), 1);
    const KustomizationInfo &info = model.kustomizations.first();
    QCOMPARE(values(info.resources), QStringList{u"../base"_s});
    QVERIFY(info.components.isEmpty());
    QVERIFY(info.images.isEmpty());
    QVERIFY(info.replicas.isEmpty());
    QVERIFY(info.patches.isEmpty());
    QCOMPARE(info.generators.size(), 1);
    QCOMPARE(info.generators.first().literals.size(), 1);
    QCOMPARE(info.generators.first().literals.first().key, u"GOOD"_s);
    QCOMPARE(info.generators.first().literals.first().location.line, 21);
}

void TestKustomizationParser::unreadableFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DiagnosticSeverity>("severity");
    QTest::addColumn<int>("line");

    QTest::addRow("not a mapping") << QByteArray("- deployment.yaml\n- service.yaml\n")
                                   << DiagnosticSeverity::Error << 1;
    QTest::addRow("invalid yaml") << QByteArray("resources:\n  - a.yaml\nnamespace: [shop\n")
                                  << DiagnosticSeverity::Error << 3;
    QTest::addRow("empty") << QByteArray("# nothing yet\n") << DiagnosticSeverity::Warning << 1;
    QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << DiagnosticSeverity::Error << 1;
}

void TestKustomizationParser::unreadableFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(DiagnosticSeverity, severity);
    QFETCH(int, line);

    const DeploymentModel model = parseText(u"k8s/kustomization.yaml"_s, text);
    QVERIFY(model.kustomizations.isEmpty());
    QVERIFY2(model.diagnostics.size() == 1, qPrintable(describe(model.diagnostics)));
    QCOMPARE(model.diagnostics.first().severity, severity);
    QCOMPARE(model.diagnostics.first().location.path, u"k8s/kustomization.yaml"_s);
    QCOMPARE(model.diagnostics.first().location.line, line);
}

QTEST_GUILESS_MAIN(TestKustomizationParser)
#include "tst_kustomizationparser.moc"
