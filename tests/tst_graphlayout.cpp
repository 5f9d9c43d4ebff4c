#include "auditfixture.h"
#include "graphlayout.h"

#include <QXmlStreamReader>
#include <QtConcurrent>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

class TestGraphLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyNodeWithoutOverlap_data();
    void everyNodeWithoutOverlap();
    void edgesJoinTheirNodes();
    void svgIsWellFormedWithoutSecrets_data();
    void svgIsWellFormedWithoutSecrets();
    void emptyMap();
    void concurrentLayouts();

private:
    AuditResultPtr m_result;
};

namespace {

constexpr char plantedPassword[] = "Vx9qLr2TzW7mPa4K";

QMap<QString, QByteArray> fixture()
{
    return {{u"docker-compose.yml"_s, QByteArray(R"yaml(services:
  web:
    image: registry.example.com/shop/web:2.0.1
    ports:
      - "8080:8000"
    environment:
      DATABASE_URL: postgres://shop:PASSWORD@db:5432/shop
      REDIS_URL: redis://cache:6379/0
      PAYMENTS_URL: http://payments:8080
      API_TOKEN: PASSWORD
    depends_on:
      - db
      - cache
  worker:
    image: registry.example.com/shop/web:2.0.1
    command: celery -A shop worker
    environment:
      DATABASE_URL: postgres://shop:PASSWORD@db:5432/shop
      BROKER_URL: redis://cache:6379/1
  db:
    image: postgres:16.3
    environment:
      POSTGRES_PASSWORD: PASSWORD
    expose:
      - "5432"
  cache:
    image: redis:7.2
    ports:
      - "6380:6379"
)yaml")
                                          .replace("PASSWORD", plantedPassword)},
            {u"docker-compose.override.yml"_s, "services:\n  web:\n    environment:\n      DEBUG: \"1\"\n"}};
}

PortMap firstMap(const AuditResult &result)
{
    return buildPortMap(result, portMapEnvironments(result).first());
}

} // namespace

void TestGraphLayout::initTestCase()
{
    m_result = test::auditFiles(fixture());
    QVERIFY(m_result);
    QVERIFY(firstMap(*m_result).nodes.size() >= 5);
}

void TestGraphLayout::everyNodeWithoutOverlap_data()
{
    QTest::addColumn<bool>("withIngress");
    QTest::addRow("compose fixture") << false;
    QTest::addRow("with a hand-made entry and a missing target") << true;
}

void TestGraphLayout::everyNodeWithoutOverlap()
{
    QFETCH(bool, withIngress);
    PortMap map = firstMap(*m_result);
    if (withIngress) {
        PortMapNode ingress;
        ingress.id = u"ingress:shop"_s;
        ingress.name = u"shop & <co>"_s;
        ingress.kind = u"ingress"_s;
        ingress.entryPoint = true;
        map.nodes.append(ingress);
        map.edges.append({ingress.id, map.nodes.first().id, 80, u"ingress"_s, true, false, {}, {}});
    }
    const GraphLayout layout = layoutPortMap(map);
    QCOMPARE(layout.nodes.size(), map.nodes.size());
    QVERIFY(!layout.bounds.isEmpty());
    for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
        const LaidOutNode &node = layout.nodes.at(i);
        QCOMPARE(node.id, map.nodes.at(i).id);
        QVERIFY2(!node.rect.isEmpty(), qPrintable(node.id));
        QVERIFY(node.rect.width() >= portMapNodeSize(map.nodes.at(i)).width() - 1);
        QVERIFY2(layout.bounds.adjusted(-1, -1, 1, 1).contains(node.rect), qPrintable(node.id));
        for (qsizetype j = 0; j < i; ++j)
            QVERIFY2(!node.rect.intersects(layout.nodes.at(j).rect),
                     qPrintable(node.id + u" overlaps "_s + layout.nodes.at(j).id));
    }
}

void TestGraphLayout::edgesJoinTheirNodes()
{
    const PortMap map = firstMap(*m_result);
    const GraphLayout layout = layoutPortMap(map);
    QCOMPARE(layout.edges.size(), map.edges.size());
    QHash<QString, QRectF> rects;
    for (const LaidOutNode &node : layout.nodes)
        rects.insert(node.id, node.rect);
    for (qsizetype i = 0; i < layout.edges.size(); ++i) {
        const LaidOutEdge &edge = layout.edges.at(i);
        QCOMPARE(edge.from, map.edges.at(i).from);
        QCOMPARE(edge.to, map.edges.at(i).to);
        QVERIFY(!edge.path.isEmpty());
        // Starts at the source's border and ends (the arrow tip) at the target's.
        QVERIFY(rects.value(edge.from).adjusted(-3, -3, 3, 3).contains(edge.path.pointAtPercent(0)));
        QVERIFY(rects.value(edge.to).adjusted(-3, -3, 3, 3).contains(edge.path.pointAtPercent(1)));
        QVERIFY(layout.bounds.adjusted(-2, -2, 2, 2).contains(edge.labelPos));
    }
}

void TestGraphLayout::svgIsWellFormedWithoutSecrets_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestGraphLayout::svgIsWellFormedWithoutSecrets()
{
    QFETCH(bool, dark);
    PortMap map = firstMap(*m_result);
    map.nodes.first().name = u"a <b> & \"c\""_s; // escaped, not markup
    const QByteArray svg = portMapToSvg(map, dark);
    QXmlStreamReader reader(svg);
    int rects = 0;
    int paths = 0;
    QStringList texts;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == u"rect")
                ++rects;
            else if (reader.name() == u"path")
                ++paths;
            else if (reader.name() == u"text")
                texts.append(reader.readElementText());
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                QVERIFY2(!attribute.value().contains(u"href"), "no external references");
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(rects, map.nodes.size() + 1); // and the background
    QCOMPARE(paths, map.edges.size());
    QVERIFY(texts.contains(u"a <b> & \"c\""_s));
    QVERIFY(texts.contains(u"DATABASE_URL :5432"_s));
    QVERIFY(!svg.contains(plantedPassword));
    QVERIFY(!portMapToDot(map).toUtf8().contains(plantedPassword));
    QVERIFY(svg.contains(dark ? "#1e1f22" : "#ffffff"));
}

void TestGraphLayout::emptyMap()
{
    const PortMap map;
    const GraphLayout layout = layoutPortMap(map);
    QVERIFY(layout.nodes.isEmpty());
    QXmlStreamReader reader(portMapToSvg(map));
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY(!reader.hasError());
}

// Graphviz is not thread-safe; the layout serialises callers.
void TestGraphLayout::concurrentLayouts()
{
    const PortMap map = firstMap(*m_result);
    const GraphLayout expected = layoutPortMap(map);
    QList<int> runs(8);
    const QList<GraphLayout> layouts =
        QtConcurrent::blockingMapped(runs, [&map](int) { return layoutPortMap(map); });
    for (const GraphLayout &layout : layouts) {
        QCOMPARE(layout.nodes.size(), expected.nodes.size());
        for (qsizetype i = 0; i < layout.nodes.size(); ++i)
            QCOMPARE(layout.nodes.at(i).rect, expected.nodes.at(i).rect);
    }
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
