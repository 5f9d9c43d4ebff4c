#include "endpoint.h"

#include <QtTest>

using namespace tfi;

class TestConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data();
    void endpoints();
    void notEndpoints_data();
    void notEndpoints();
    void backingKinds_data();
    void backingKinds();
};

void TestConnections::endpoints_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("password");
    QTest::addColumn<bool>("clusterLocal");
    QTest::addColumn<QString>("service");
    QTest::addRow("host:port") << u"redis-cart:6379"_qs << QString() << u"redis-cart"_qs << 6379 << false
                               << true << u"redis-cart"_qs;
    QTest::addRow("postgres url") << u"postgres://app:pw@db:5432/app"_qs << u"postgres"_qs << u"db"_qs << 5432
                                  << true << true << u"db"_qs;
    QTest::addRow("default port") << u"redis://cache"_qs << u"redis"_qs << u"cache"_qs << 6379 << false
                                  << true << u"cache"_qs;
    QTest::addRow("k8s dns") << u"http://api.shop.svc.cluster.local:8080/v1"_qs << u"http"_qs
                             << u"api.shop.svc.cluster.local"_qs << 8080 << false << true << u"api"_qs;
    QTest::addRow("svc short") << u"grpc://checkout.shop.svc:5050"_qs << u"grpc"_qs << u"checkout.shop.svc"_qs
                               << 5050 << false << true << u"checkout"_qs;
    QTest::addRow("external") << u"https://api.stripe.com/v1"_qs << u"https"_qs << u"api.stripe.com"_qs << 443
                              << false << false << u"api"_qs;
    QTest::addRow("localhost") << u"http://localhost:3000"_qs << u"http"_qs << u"localhost"_qs << 3000
                               << false << false << u"localhost"_qs;
    QTest::addRow("ip") << u"10.0.0.12:5432"_qs << QString() << u"10.0.0.12"_qs << 5432 << false << false
                        << u"10"_qs;
    QTest::addRow("mongo replica set") << u"mongodb://u:p@mongo-0:27017,mongo-1:27017/db"_qs << u"mongodb"_qs
                                       << u"mongo-0"_qs << 27017 << true << true << u"mongo-0"_qs;
    QTest::addRow("ipv6") << u"http://[::1]:8080/"_qs << u"http"_qs << u"::1"_qs << 8080 << false << false
                          << u"::1"_qs;
    QTest::addRow("password with at") << u"amqp://guest:p@ss@rabbit:5672/"_qs << u"amqp"_qs << u"rabbit"_qs
                                      << 5672 << true << true << u"rabbit"_qs;
}

void TestConnections::endpoints()
{
    QFETCH(QString, value);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, password);
    QFETCH(bool, clusterLocal);
    QFETCH(QString, service);
    const auto endpoint = parseEndpoint(value);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->scheme, scheme);
    QCOMPARE(endpoint->host, host);
    QCOMPARE(endpoint->port, port);
    QCOMPARE(endpoint->hasPassword, password);
    QCOMPARE(endpoint->isClusterLocalName(), clusterLocal);
    QCOMPARE(endpoint->serviceName(), service);
}

void TestConnections::notEndpoints_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("sqlite") << u"sqlite:///db.sqlite3"_qs;
    QTest::addRow("time") << u"10:30"_qs;
    QTest::addRow("word") << u"production"_qs;
    QTest::addRow("path") << u"/var/run/app.sock"_qs;
    QTest::addRow("port out of range") << u"db:99999"_qs;
    QTest::addRow("sentence") << u"connect to db:5432 please"_qs;
    QTest::addRow("empty") << QString();
    QTest::addRow("json") << u"{\"a\":1}"_qs;
}

void TestConnections::notEndpoints()
{
    QFETCH(QString, value);
    QVERIFY(!parseEndpoint(value));
}

void TestConnections::backingKinds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addRow("postgres image") << u"docker.io/library/postgres:15-alpine"_qs << u"postgres"_qs;
    QTest::addRow("bitnami redis") << u"bitnami/redis:7.2"_qs << u"redis"_qs;
    QTest::addRow("scheme") << u"postgresql+asyncpg"_qs << u"postgres"_qs;
    QTest::addRow("mysql digest") << u"mysql@sha256:abc"_qs << u"mysql"_qs;
    QTest::addRow("app image") << u"ghcr.io/acme/shop-web:1.4.2"_qs << QString();
}

void TestConnections::backingKinds()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QCOMPARE(backingServiceKind(input), kind);
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
