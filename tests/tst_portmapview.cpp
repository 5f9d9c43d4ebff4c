#include "auditfixture.h"
#include "portmapview.h"

#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

class TestPortMapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sceneHasNodesAndEdges_data();
    void sceneHasNodesAndEdges();
    void keepsEnvironmentOnNewResult();
    void savesSvgAndPng();
    void clickShowsProvenance();
    void clickEdgeShowsDangling();
    void doubleClickOpensEvidence();

private:
    AuditResultPtr m_result;
};

namespace {

// Compose for dev (base + override), a prod Compose file adding a service, a dangling address.
QMap<QString, QByteArray> fixture()
{
    return {{u"docker-compose.yml"_s, R"yaml(services:
  web:
    image: registry.example.com/shop/web:2.0.1
    ports:
      - "8080:8000"
    environment:
      DATABASE_URL: postgres://shop@db:5432/shop
      PAYMENTS_URL: http://payments:8080
  db:
    image: postgres:16.3
    expose:
      - "5432"
)yaml"},
            {u"docker-compose.override.yml"_s, "services:\n  web:\n    environment:\n      DEBUG: \"1\"\n"},
            {u"docker-compose.prod.yml"_s, R"yaml(services:
  web:
    environment:
      CACHE_URL: redis://cache:6379/0
  cache:
    image: redis:7.2
)yaml"}};
}

QList<QGraphicsItem *> itemsOfKind(QGraphicsScene *scene, const QString &kind)
{
    QList<QGraphicsItem *> items;
    const QList<QGraphicsItem *> all = scene->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : all) {
        if (item->data(0).toString() == kind)
            items.append(item);
    }
    return items;
}

QGraphicsItem *nodeItem(QGraphicsScene *scene, const QString &text)
{
    for (QGraphicsItem *item : itemsOfKind(scene, u"node"_s)) {
        if (item->toolTip().section(u'\n', 0, 0) == text)
            return item;
    }
    return nullptr;
}

} // namespace

void TestPortMapView::initTestCase()
{
    m_result = test::auditFiles(fixture());
    QVERIFY(m_result);
    QCOMPARE(portMapEnvironments(*m_result), (QStringList{u"dev"_s, u"prod"_s}));
}

void TestPortMapView::sceneHasNodesAndEdges_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addRow("dev: web, db, missing payments") << u"dev"_s << 3 << 2;
    QTest::addRow("prod: and the cache") << u"prod"_s << 4 << 3;
}

void TestPortMapView::sceneHasNodesAndEdges()
{
    QFETCH(QString, environment);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    PortMapView view;
    view.resize(900, 600);
    view.setResult(m_result);
    QCOMPARE(view.environment(), u"dev"_s);
    view.setEnvironment(environment);
    QCOMPARE(view.environment(), environment);
    auto *combo = view.findChild<QComboBox *>(u"environments"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), environment);
    auto *graphics = view.findChild<QGraphicsView *>();
    QVERIFY(graphics);
    QCOMPARE(itemsOfKind(graphics->scene(), u"node"_s).size(), nodes);
    QCOMPARE(itemsOfKind(graphics->scene(), u"edge"_s).size(), edges);
    QVERIFY(nodeItem(graphics->scene(), u"payments"_s));

    // The combo box switches too.
    combo->setCurrentIndex(combo->findData(environment == u"dev" ? u"prod"_s : u"dev"_s));
    QCOMPARE(itemsOfKind(graphics->scene(), u"node"_s).size(), environment == u"dev" ? 4 : 3);
}

void TestPortMapView::keepsEnvironmentOnNewResult()
{
    PortMapView view;
    view.setResult(m_result);
    view.setEnvironment(u"prod"_s);
    view.setResult(test::auditFiles(fixture()));
    QCOMPARE(view.environment(), u"prod"_s);
    view.setEnvironment(u"nowhere"_s); // unknown: ignored
    QCOMPARE(view.environment(), u"prod"_s);
    view.setResult(test::auditFiles({{u"Procfile"_s, "web: gunicorn shop.wsgi\n"}}));
    QCOMPARE(view.environment(), QString());
    auto *graphics = view.findChild<QGraphicsView *>();
    QCOMPARE(itemsOfKind(graphics->scene(), u"node"_s).size(), 1);
}

void TestPortMapView::savesSvgAndPng()
{
    PortMapView view;
    view.setResult(m_result);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString svgPath = dir.filePath(u"map.svg"_s);
    QVERIFY2(view.saveSvg(svgPath, &error), qPrintable(error));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray svgText = svg.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("payments"));
    const QString pngPath = dir.filePath(u"map.png"_s);
    QVERIFY2(view.savePng(pngPath, &error), qPrintable(error));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 50);
    QVERIFY(!view.saveSvg(dir.filePath(u"missing/dir/map.svg"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestPortMapView::clickShowsProvenance()
{
    PortMapView view;
    view.resize(900, 600);
    view.setResult(m_result);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *graphics = view.findChild<QGraphicsView *>();
    QGraphicsItem *missing = nodeItem(graphics->scene(), u"payments"_s);
    QVERIFY(missing);
    QSignalSpy findings(&view, &PortMapView::findingsSelected);
    const QPoint centre = graphics->mapFromScene(missing->sceneBoundingRect().center());
    QTest::mouseClick(graphics->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(missing->isSelected());
    QCOMPARE(findings.size(), 1);
    const QStringList ids = findings.first().first().toStringList();
    const QList<Finding> dangling = test::findingsOf(*m_result, u"backing-services.dangling-reference"_s);
    QCOMPARE(dangling.size(), 1);
    QVERIFY(ids.contains(dangling.first().id));
    auto *details = view.findChild<QLabel *>(u"details"_s);
    QVERIFY(details);
    QVERIFY2(details->text().contains(u"docker-compose.yml:8"_s), qPrintable(details->text()));
    QVERIFY2(details->text().contains(dangling.first().title), qPrintable(details->text()));
}

void TestPortMapView::clickEdgeShowsDangling()
{
    PortMapView view;
    view.resize(900, 600);
    view.setResult(m_result);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *graphics = view.findChild<QGraphicsView *>();
    QGraphicsItem *dangling = nullptr;
    for (QGraphicsItem *edge : itemsOfKind(graphics->scene(), u"edge"_s)) {
        if (edge->toolTip().startsWith(u"PAYMENTS_URL"_s))
            dangling = edge;
    }
    QVERIFY(dangling);
    // A point of the edge that no node covers.
    const QPainterPath shape = dangling->shape();
    const QRectF bounds = shape.boundingRect();
    QPointF target;
    for (qreal x = bounds.left(); x < bounds.right() && target.isNull(); x += 2) {
        for (qreal y = bounds.top(); y < bounds.bottom(); y += 2) {
            const QList<QGraphicsItem *> here = graphics->scene()->items(QPointF(x, y));
            if (shape.contains(QPointF(x, y)) && here.size() == 1 && here.first() == dangling) {
                target = QPointF(x, y);
                break;
            }
        }
    }
    QVERIFY(!target.isNull());
    QTest::mouseClick(graphics->viewport(), Qt::LeftButton, {}, graphics->mapFromScene(target));
    QVERIFY(dangling->isSelected());
    auto *details = view.findChild<QLabel *>(u"details"_s);
    QVERIFY2(details->text().contains(u"PAYMENTS_URL"_s), qPrintable(details->text()));
    QVERIFY2(details->text().contains(u"docker-compose.yml:8"_s), qPrintable(details->text()));
    QVERIFY2(details->text().contains(u"payments"_s), qPrintable(details->text()));
}

void TestPortMapView::doubleClickOpensEvidence()
{
    PortMapView view;
    view.resize(900, 600);
    view.setResult(m_result);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *graphics = view.findChild<QGraphicsView *>();
    QGraphicsItem *db = nodeItem(graphics->scene(), u"db"_s);
    QVERIFY(db);
    QSignalSpy activated(&view, &PortMapView::locationActivated);
    QTest::mouseDClick(graphics->viewport(), Qt::LeftButton, {},
                       graphics->mapFromScene(db->sceneBoundingRect().center()));
    QCOMPARE(activated.size(), 1);
    const Location location = activated.first().first().value<Location>();
    QCOMPARE(location.path, u"docker-compose.yml"_s);
    QCOMPARE(location.line, 9);
}

QTEST_MAIN(TestPortMapView)
#include "tst_portmapview.moc"
