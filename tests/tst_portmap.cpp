#include "auditfixture.h"
#include "portmap.h"
#include "scratchrepo.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestPortMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void environments();
    void microservices_data();
    void microservices();
    void composePublishedAndExposed();
    void procfileAndFly();
    void sharedWorkloadsJoinEveryEnvironment();
    void dotIsStableAndEscaped();
    void dotParses_data();
    void dotParses();
    void commandLine_data();
    void commandLine();

private:
    AuditResultPtr m_microservices;
    AuditResultPtr m_compose;
    AuditResultPtr m_platform;
};

namespace {

QByteArray microservice(const QByteArray &name, int port, int targetPort)
{
    const QByteArray deployment = R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: NAME
spec:
  selector:
    matchLabels:
      app: NAME
  template:
    metadata:
      labels:
        app: NAME
    spec:
      containers:
        - name: server
          image: registry.example.com/shop/NAME:1.4.2
          ports:
            - containerPort: TARGET
---
apiVersion: v1
kind: Service
metadata:
  name: NAME
spec:
  selector:
    app: NAME
  ports:
    - name: grpc
      port: PORT
      targetPort: TARGET
)yaml";
    return QByteArray(deployment)
        .replace("NAME", name)
        .replace("TARGET", QByteArray::number(targetPort))
        .replace("PORT", QByteArray::number(port));
}

// A microservices set wired through *_SERVICE_ADDR, rendered by Kustomize into dev and prod:
// one dangling reference, a Service whose port differs from its targetPort, and an address
// that names a port the Service does not serve.
Files microservicesFiles()
{
    return {{u"k8s/base/frontend.yaml"_s, R"yaml(apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
spec:
  replicas: 1
  selector:
    matchLabels:
      app: frontend
  template:
    metadata:
      labels:
        app: frontend
    spec:
      containers:
        - name: server
          image: registry.example.com/shop/frontend:1.4.2
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: PRODUCT_CATALOG_SERVICE_ADDR
              value: "productcatalogservice:3550"
            - name: CART_SERVICE_ADDR
              value: "cartservice:7070"
            - name: CHECKOUT_SERVICE_ADDR
              value: "checkoutservice:5050"
            - name: RECOMMENDATION_SERVICE_ADDR
              value: "recommendationservice:8080"
---
apiVersion: v1
kind: Service
metadata:
  name: frontend
spec:
  type: NodePort
  selector:
    app: frontend
  ports:
    - name: http
      port: 80
      targetPort: http
      nodePort: 30080
)yaml"},
            {u"k8s/base/productcatalogservice.yaml"_s, microservice("productcatalogservice", 3550, 3550)},
            {u"k8s/base/cartservice.yaml"_s, microservice("cartservice", 7070, 7071)},
            {u"k8s/base/checkoutservice.yaml"_s, microservice("checkoutservice", 5000, 5000)},
            {u"k8s/base/kustomization.yaml"_s,
             "resources:\n  - frontend.yaml\n  - productcatalogservice.yaml\n"
             "  - cartservice.yaml\n  - checkoutservice.yaml\n"},
            {u"k8s/overlays/dev/kustomization.yaml"_s, "resources:\n  - ../../base\n"},
            {u"k8s/overlays/prod/kustomization.yaml"_s,
             "resources:\n  - ../../base\nreplicas:\n  - name: frontend\n    count: 3\n"}};
}

// A Compose stack: web published, worker only exposed, db published on another host port, which
// web wrongly uses.
Files composeFiles()
{
    return {{u"compose.yaml"_s, R"yaml(services:
  web:
    image: registry.example.com/shop/web:2.0.1
    ports:
      - "8080:8000"
    environment:
      DATABASE_URL: postgres://shop@db:5433/shop
      WORKER_URL: http://worker:9000
    depends_on:
      - db
      - worker
  worker:
    image: registry.example.com/shop/worker:2.0.1
    expose:
      - "9000"
  db:
    image: postgres:16.3
    ports:
      - "5433:5432"
)yaml"}};
}

Files platformFiles()
{
    return {{u"Procfile"_s, "web: gunicorn shop.wsgi --bind 0.0.0.0:$PORT\nworker: celery -A shop worker\n"},
            {u"fly.toml"_s, R"toml(app = "shop"
primary_region = "ams"

[processes]
  app = "gunicorn shop.wsgi --bind 0.0.0.0:8080"
  worker = "celery -A shop worker"

[http_service]
  internal_port = 8080
  processes = ["app"]
)toml"}};
}

const PortMapNode *nodeNamed(const PortMap &map, const QString &id)
{
    for (const PortMapNode &node : map.nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

const PortMapEdge *edgeVia(const PortMap &map, const QString &via)
{
    for (const PortMapEdge &edge : map.edges) {
        if (edge.via == via)
            return &edge;
    }
    return nullptr;
}

} // namespace

void TestPortMap::initTestCase()
{
    m_microservices = test::auditFiles(microservicesFiles());
    m_compose = test::auditFiles(composeFiles());
    m_platform = test::auditFiles(platformFiles());
    QVERIFY(m_microservices && m_compose && m_platform);
}

void TestPortMap::environments()
{
    QCOMPARE(portMapEnvironments(*m_microservices), (QStringList{u"dev"_s, u"prod"_s}));
    // fly.toml is an environment of its own.
    QCOMPARE(portMapEnvironments(*m_platform), QStringList{u"fly"_s});
    const AuditResultPtr plain = test::auditFiles({{u"Procfile"_s, "web: gunicorn shop.wsgi\n"}});
    QVERIFY(plain);
    QCOMPARE(portMapEnvironments(*plain), QStringList{QString()});
    QCOMPARE(buildPortMap(*plain, QString()).nodes.size(), 1);
}

void TestPortMap::microservices_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("frontendReplicas");
    QTest::addRow("dev") << u"dev"_s << 1;
    QTest::addRow("prod") << u"prod"_s << 3;
}

void TestPortMap::microservices()
{
    QFETCH(QString, environment);
    QFETCH(int, frontendReplicas);
    const PortMap map = buildPortMap(*m_microservices, environment);
    QCOMPARE(map.environment, environment);
    QCOMPARE(map.nodes.size(), 5); // four deployments and the missing recommendationservice

    const PortMapNode *frontend = nodeNamed(map, u"deployment:frontend"_s);
    QVERIFY(frontend);
    QCOMPARE(frontend->replicas, std::optional<int>(frontendReplicas));
    QCOMPARE(frontend->image, u"frontend:1.4.2"_s);
    QVERIFY(frontend->entryPoint); // nodePort
    QCOMPARE(frontend->location.path, u"k8s/base/frontend.yaml"_s);

    // The Service's port and the container port differ; the chain keeps both.
    const PortMapNode *cart = nodeNamed(map, u"deployment:cartservice"_s);
    QVERIFY(cart);
    QVERIFY(!cart->entryPoint);
    QCOMPARE(cart->ports.size(), 1);
    QCOMPARE(cart->ports.first().servicePort, 7070);
    QCOMPARE(cart->ports.first().containerPort, 7071);
    QVERIFY(portMapNodeLines(*cart).contains(u"7070 \u2192 7071"_s));

    const PortMapEdge *toCart = edgeVia(map, u"CART_SERVICE_ADDR"_s);
    QVERIFY(toCart);
    QCOMPARE(toCart->from, u"deployment:frontend"_s);
    QCOMPARE(toCart->to, u"deployment:cartservice"_s);
    QCOMPARE(toCart->port, 7070);
    QVERIFY(toCart->resolved);
    QVERIFY(!toCart->portMismatch);
    QCOMPARE(toCart->location.line, 24);

    // Dangling: a missing node and an unresolved edge carrying the finding.
    const PortMapNode *missing = nodeNamed(map, u"missing:recommendationservice"_s);
    QVERIFY(missing);
    QVERIFY(missing->missing);
    const PortMapEdge *dangling = edgeVia(map, u"RECOMMENDATION_SERVICE_ADDR"_s);
    QVERIFY(dangling);
    QCOMPARE(dangling->to, missing->id);
    QVERIFY(!dangling->resolved);
    QCOMPARE(dangling->location.path, u"k8s/base/frontend.yaml"_s);
    QCOMPARE(dangling->location.line, 28);
    const QList<Finding> danglingFindings =
        test::findingsOf(*m_microservices, u"backing-services.dangling-reference"_s);
    QCOMPARE(danglingFindings.size(), 1);
    QVERIFY(dangling->findingIds.contains(danglingFindings.first().id));

    // The checkout address names 5050; the Service serves 5000.
    const PortMapEdge *checkout = edgeVia(map, u"CHECKOUT_SERVICE_ADDR"_s);
    QVERIFY(checkout);
    QVERIFY(checkout->resolved);
    QVERIFY(checkout->portMismatch);
    const QList<Finding> portFindings = test::findingsOf(*m_microservices, u"port-binding.connection-port"_s);
    QCOMPARE(portFindings.size(), 1);
    QVERIFY(checkout->findingIds.contains(portFindings.first().id));
    QVERIFY(!edgeVia(map, u"PRODUCT_CATALOG_SERVICE_ADDR"_s)->portMismatch);
}

void TestPortMap::composePublishedAndExposed()
{
    const QStringList environments = portMapEnvironments(*m_compose);
    QCOMPARE(environments.size(), 1);
    const PortMap map = buildPortMap(*m_compose, environments.first());
    const PortMapNode *web = nodeNamed(map, u"compose-service:web"_s);
    const PortMapNode *worker = nodeNamed(map, u"compose-service:worker"_s);
    const PortMapNode *db = nodeNamed(map, u"compose-service:db"_s);
    QVERIFY(web && worker && db);
    QVERIFY(web->entryPoint);     // published
    QVERIFY(!worker->entryPoint); // exposed only
    QCOMPARE(web->ports.first().publishedPort, 8080);
    QCOMPARE(web->ports.first().containerPort, 8000);

    // db:5433 is the host port; inside the network db serves 5432.
    const PortMapEdge *database = edgeVia(map, u"DATABASE_URL"_s);
    QVERIFY(database);
    QCOMPARE(database->to, db->id);
    QVERIFY(database->portMismatch);
    QVERIFY(!edgeVia(map, u"WORKER_URL"_s)->portMismatch);
    // depends_on adds nothing where an env var already joins the pair.
    QVERIFY(!edgeVia(map, u"depends_on"_s));
    QCOMPARE(map.edges.size(), 2);
}

void TestPortMap::procfileAndFly()
{
    // The Procfile's processes belong to no environment, so they join the fly map.
    const PortMap map = buildPortMap(*m_platform, u"fly"_s);
    QCOMPARE(map.nodes.size(), 4);
    QVERIFY(nodeNamed(map, u"fly-process:worker"_s));
    const PortMapNode *web = nodeNamed(map, u"procfile:web"_s);
    const PortMapNode *worker = nodeNamed(map, u"procfile:worker"_s);
    const PortMapNode *app = nodeNamed(map, u"fly-process:app"_s);
    QVERIFY(web && worker && app);
    QVERIFY(web->entryPoint);
    QVERIFY(!worker->entryPoint);
    QVERIFY(app->entryPoint);
    QCOMPARE(app->ports.first().containerPort, 8080);
    QCOMPARE(app->ports.first().publishedPort, 80);
    QCOMPARE(web->location, (Location{u"Procfile"_s, 1, 1}));
}

// Workloads without an environment belong to every environment's map, once.
void TestPortMap::sharedWorkloadsJoinEveryEnvironment()
{
    Files files = composeFiles();
    files.insert(u"Procfile"_s, "web: gunicorn shop.wsgi\n");
    files.insert(u"compose.prod.yaml"_s, "services:\n  web:\n    environment:\n      LOG_LEVEL: info\n");
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    const QStringList environments = portMapEnvironments(*result);
    QCOMPARE(environments, QStringList{u"prod"_s});
    for (const QString &environment : environments) {
        const PortMap map = buildPortMap(*result, environment);
        QSet<QString> ids;
        for (const PortMapNode &node : map.nodes) {
            QVERIFY2(!ids.contains(node.id), qPrintable(node.id));
            ids.insert(node.id);
        }
        QVERIFY(ids.contains(u"procfile:web"_s));
        QVERIFY(ids.contains(u"compose-service:web"_s));
        // The Compose web's connection starts at the Compose web, not the Procfile's.
        QCOMPARE(edgeVia(map, u"DATABASE_URL"_s)->from, u"compose-service:web"_s);
    }
}

void TestPortMap::dotIsStableAndEscaped()
{
    PortMap map;
    map.environment = u"prod \"eu\""_s;
    PortMapNode node;
    node.id = u"deployment:we\"b"_s;
    node.name = u"we\"b\\n"_s;
    node.kind = u"deployment"_s;
    node.entryPoint = true;
    map.nodes.append(node);
    PortMapNode missing;
    missing.id = u"missing:db"_s;
    missing.name = u"db"_s;
    missing.kind = u"missing"_s;
    missing.missing = true;
    map.nodes.append(missing);
    map.edges.append({node.id, missing.id, 5432, u"DATABASE_URL"_s, false, false, {}, {}});
    const QString dot = portMapToDot(map);
    QCOMPARE(portMapToDot(map), dot);
    QVERIFY(dot.startsWith(u"digraph portmap {"_s));
    QVERIFY2(dot.contains(u"\"deployment:we\\\"b\""_s), qPrintable(dot));
    QVERIFY2(dot.contains(u"we\\\"b\\\\n\\ndeployment"_s), qPrintable(dot));
    QVERIFY(dot.contains(u"rank=source"_s));
    QVERIFY(dot.contains(u"rank=sink"_s));
    QVERIFY(dot.contains(u"style=dashed"_s));
    QVERIFY(dot.contains(u"DATABASE_URL :5432"_s));
}

void TestPortMap::dotParses_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("environment");
    QTest::addRow("microservices, every environment") << u"microservices"_s << u"*"_s;
    QTest::addRow("microservices, prod") << u"microservices"_s << u"prod"_s;
    QTest::addRow("compose") << u"compose"_s << u"*"_s;
    QTest::addRow("procfile and fly") << u"platform"_s << QString();
}

void TestPortMap::dotParses()
{
    QFETCH(QString, fixture);
    QFETCH(QString, environment);
    const AuditResult &result = fixture == u"microservices" ? *m_microservices
                                : fixture == u"compose"     ? *m_compose
                                                            : *m_platform;
    QString dot;
    if (environment == u"*") {
        QList<PortMap> maps;
        for (const QString &name : portMapEnvironments(result))
            maps.append(buildPortMap(result, name));
        dot = portMapsToDot(maps);
    } else {
        dot = portMapToDot(buildPortMap(result, environment));
    }
    QVERIFY(dot.startsWith(u"digraph portmap {"_s));
    const QString program = QStandardPaths::findExecutable(u"dot"_s);
    if (program.isEmpty())
        QSKIP("Graphviz dot is not installed");
    QProcess process;
    process.start(program, {u"-Tsvg"_s});
    QVERIFY(process.waitForStarted());
    process.write(dot.toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    const QByteArray svg = process.readAllStandardOutput();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(process.readAllStandardError().isEmpty());
}

void TestPortMap::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("absent");
    QTest::addRow("every environment as a cluster")
        << QStringList{} << 0 << QStringList{u"subgraph \"cluster_0\""_s, u"\"prod/deployment:frontend\""_s}
        << QStringList{};
    QTest::addRow("one environment")
        << QStringList{u"--env"_s, u"prod"_s} << 0
        << QStringList{u"\"deployment:frontend\" -> \"missing:recommendationservice\""_s, u"3 replica"_s}
        << QStringList{u"subgraph"_s, u"1 replica"_s};
    QTest::addRow("an alias") << QStringList{u"--env"_s, u"production"_s} << 0
                              << QStringList{u"label=\"prod\""_s} << QStringList{};
    QTest::addRow("an unknown environment")
        << QStringList{u"--env"_s, u"qa"_s} << 2 << QStringList{} << QStringList{u"digraph"_s};
}

void TestPortMap::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, absent);
    const QString binary = qEnvironmentVariable("TFI_BINARY");
    if (binary.isEmpty() || !QFile::exists(binary))
        QSKIP("TFI_BINARY is not set (run through ctest)");
    test::ScratchRepo repo;
    QVERIFY(repo.isValid());
    repo.write(microservicesFiles());
    repo.commit(u"microservices"_s);
    QProcess process;
    process.start(
        binary, QStringList{u"audit"_s, repo.root(), u"--format"_s, u"dot"_s, u"--history-limit"_s, u"0"_s} +
                    arguments);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), exitCode);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &text : mentions)
        QVERIFY2(output.contains(text), qPrintable(text + u" in\n"_s + output));
    for (const QString &text : absent)
        QVERIFY2(!output.contains(text), qPrintable(text));
    if (exitCode == 2)
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"qa"_s));
}

QTEST_GUILESS_MAIN(TestPortMap)
#include "tst_portmap.moc"
