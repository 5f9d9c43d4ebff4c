#include "rules/factorrules.h"
#include "sarifreport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace tfi;

class TestSarif : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure();
};

void TestSarif::structure()
{
    AuditResult result;
    result.repository.root = u"/work/repos/shop"_qs;
    result.repository.revision = u"0123456789abcdef0123456789abcdef01234567"_qs;
    Finding plain;
    plain.id = u"aaaaaaaaaaaaaaaa"_qs;
    plain.rule = u"codebase.expired-suppression"_qs;
    plain.factor = 1;
    plain.severity = Severity::Info;
    plain.message = u"the suppression expired"_qs;
    plain.location = {u"deploy/my app/.twelve-factor.yml"_qs, 4, 7};
    plain.workload = u"web"_qs;
    Finding suppressed = plain;
    suppressed.id = u"bbbbbbbbbbbbbbbb"_qs;
    suppressed.severity = Severity::Error;
    suppressed.location = {u"k8s/app.yaml"_qs, 0, 0};
    suppressed.suppressed = SuppressionInfo{u"dev-only credentials"_qs, u".twelve-factor.yml"_qs, {}};
    Finding inlineSuppressed = plain;
    inlineSuppressed.id = u"cccccccccccccccc"_qs;
    inlineSuppressed.severity = Severity::Warning;
    inlineSuppressed.suppressed = SuppressionInfo{u"vendor"_qs, u"inline"_qs, {}};
    result.findings = {plain, suppressed, inlineSuppressed};

    const QJsonObject sarif = reportToSarif(result);
    QCOMPARE(sarif.value(u"version").toString(), u"2.1.0"_qs);
    const QJsonObject run = sarif.value(u"runs").toArray().at(0).toObject();
    const QJsonObject driver = run.value(u"tool").toObject().value(u"driver").toObject();
    QCOMPARE(driver.value(u"name").toString(), u"twelve-factor-inspector"_qs);
    const QJsonArray rules = driver.value(u"rules").toArray();
    QCOMPARE(rules.size(), ruleCatalogue().size());
    int expiredIndex = -1;
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        QVERIFY(!rule.value(u"shortDescription").toObject().value(u"text").toString().isEmpty());
        QVERIFY(!rule.value(u"fullDescription").toObject().value(u"text").toString().isEmpty());
        QVERIFY(!rule.value(u"help").toObject().value(u"text").toString().isEmpty());
        if (rule.value(u"id").toString() == u"codebase.expired-suppression")
            expiredIndex = i;
    }
    QVERIFY(expiredIndex >= 0);
    QCOMPARE(rules.at(expiredIndex)
                 .toObject()
                 .value(u"defaultConfiguration")
                 .toObject()
                 .value(u"level")
                 .toString(),
             u"note"_qs);

    const QJsonArray results = run.value(u"results").toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.value(u"ruleId").toString(), u"codebase.expired-suppression"_qs);
    QCOMPARE(first.value(u"ruleIndex").toInt(), expiredIndex);
    QCOMPARE(first.value(u"level").toString(), u"note"_qs);
    QCOMPARE(first.value(u"partialFingerprints").toObject().value(u"twelveFactorInspector/v1").toString(),
             plain.id);
    const QJsonObject physical =
        first.value(u"locations").toArray().at(0).toObject().value(u"physicalLocation").toObject();
    QCOMPARE(physical.value(u"artifactLocation").toObject().value(u"uri").toString(),
             u"deploy/my%20app/.twelve-factor.yml"_qs);
    QCOMPARE(physical.value(u"artifactLocation").toObject().value(u"uriBaseId").toString(), u"SRCROOT"_qs);
    QCOMPARE(physical.value(u"region").toObject().value(u"startLine").toInt(), 4);
    QCOMPARE(physical.value(u"region").toObject().value(u"startColumn").toInt(), 7);
    QVERIFY(!first.contains(u"suppressions"));

    const QJsonObject second = results.at(1).toObject();
    QCOMPARE(second.value(u"level").toString(), u"error"_qs);
    QVERIFY(!second.value(u"locations")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"physicalLocation")
                 .toObject()
                 .contains(u"region"));
    const QJsonObject suppression = second.value(u"suppressions").toArray().at(0).toObject();
    QCOMPARE(suppression.value(u"kind").toString(), u"external"_qs);
    QCOMPARE(suppression.value(u"justification").toString(), u"dev-only credentials"_qs);
    QCOMPARE(
        results.at(2).toObject().value(u"suppressions").toArray().at(0).toObject().value(u"kind").toString(),
        u"inSource"_qs);

    QCOMPARE(
        run.value(u"originalUriBaseIds").toObject().value(u"SRCROOT").toObject().value(u"uri").toString(),
        u"file:///work/repos/shop/"_qs);
    QCOMPARE(
        run.value(u"versionControlProvenance").toArray().at(0).toObject().value(u"revisionId").toString(),
        result.repository.revision);
}

QTEST_GUILESS_MAIN(TestSarif)
#include "tst_sarif.moc"
