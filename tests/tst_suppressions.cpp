#include "auditfixture.h"
#include "modelbuilder.h"
#include "reposnapshot.h"
#include "rules/factorrules.h"
#include "rules/suppressions.h"
#include "scratchrepo.h"

#include <QtTest>

using namespace tfi;

class TestSuppressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void globs_data();
    void globs();
    void fileAndInline_data();
    void fileAndInline();
    void expiredSuppressionIsReported();
    void entriesWithoutReasonAreRejected();
    void otherToolsConventions();
};

void TestSuppressions::globs_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::addRow("double star dir") << u"deploy/dev/**"_qs << u"deploy/dev/a/b.yaml"_qs << true;
    QTest::addRow("double star other dir") << u"deploy/dev/**"_qs << u"deploy/prod/a.yaml"_qs << false;
    QTest::addRow("leading double star")
        << u"**/values-dev.yaml"_qs << u"charts/shop/values-dev.yaml"_qs << true;
    QTest::addRow("leading double star at root") << u"**/values-dev.yaml"_qs << u"values-dev.yaml"_qs << true;
    QTest::addRow("single star stays in dir") << u"k8s/*.yaml"_qs << u"k8s/sub/a.yaml"_qs << false;
    QTest::addRow("single star") << u"k8s/*.yaml"_qs << u"k8s/a.yaml"_qs << true;
    QTest::addRow("question mark") << u".env.?"_qs << u".env.x"_qs << true;
    QTest::addRow("dots are literal") << u"a.yaml"_qs << u"axyaml"_qs << false;
}

void TestSuppressions::globs()
{
    QFETCH(QString, glob);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(globToRegularExpression(glob).match(path).hasMatch(), matches);
}

struct Fixture
{
    test::ScratchRepo repo;
    AuditResult result;
};

static std::unique_ptr<Fixture> makeFixture(const QByteArray &suppressionFile)
{
    auto fixture = std::make_unique<Fixture>();
    fixture->repo.write({
        {QStringLiteral("deploy/dev/app.yaml"),
         "a: 1\nb: 2 # twelve-factor: ignore codebase.expired-suppression -- dev only\n"},
        {QStringLiteral("deploy/prod/app.yaml"),
         "# twelve-factor: ignore * -- vendor chart, tracked upstream\nc: 3\nd: 4 # twelve-factor: ignore "
         "codebase.expired-suppression\n"},
        {QStringLiteral(".twelve-factor.yml"), suppressionFile},
    });
    fixture->repo.commit(QStringLiteral("fixture"));
    LoadOptions options;
    options.path = fixture->repo.root();
    LoadError error;
    fixture->result.snapshot = loadSnapshot(options, error);
    return fixture;
}

void TestSuppressions::fileAndInline_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reason");
    const QByteArray none = "suppressions: []\n";
    QTest::addRow("inline same line")
        << none << u"deploy/dev/app.yaml"_qs << 2 << u"inline"_qs << u"dev only"_qs;
    QTest::addRow("inline previous line wildcard")
        << none << u"deploy/prod/app.yaml"_qs << 2 << u"inline"_qs << u"vendor chart, tracked upstream"_qs;
    QTest::addRow("inline without reason is ignored")
        << none << u"deploy/prod/app.yaml"_qs << 3 << QString() << QString();
    QTest::addRow("unrelated line") << none << u"deploy/dev/app.yaml"_qs << 1 << QString() << QString();
    const QByteArray byGlob =
        "suppressions:\n  - rule: codebase.expired-suppression\n    path: \"deploy/prod/**\"\n"
        "    reason: accepted for the prod mirror\n";
    QTest::addRow("file glob") << byGlob << u"deploy/prod/app.yaml"_qs << 3 << u".twelve-factor.yml"_qs
                               << u"accepted for the prod mirror"_qs;
    QTest::addRow("file glob other path")
        << byGlob << u"deploy/dev/app.yaml"_qs << 1 << QString() << QString();
    const QByteArray future =
        "suppressions:\n  - rule: \"*\"\n    reason: until the migration\n    expires: 2999-12-31\n";
    QTest::addRow("not yet expired") << future << u"deploy/dev/app.yaml"_qs << 1 << u".twelve-factor.yml"_qs
                                     << u"until the migration"_qs;
}

void TestSuppressions::fileAndInline()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, source);
    QFETCH(QString, reason);
    const auto fixture = makeFixture(file);
    QVERIFY(fixture->result.snapshot);
    Diagnostics diagnostics;
    const QList<SuppressionRule> rules = loadSuppressionFile(*fixture->result.snapshot, diagnostics);
    RuleContext context(fixture->result);
    context.report(expiredSuppressionRule(), {path, line, 1}, u"probe"_qs, {}, u"probe"_qs);
    QList<Finding> findings = context.findings();
    applySuppressions(findings, rules, context, QDate(2026, 6, 1), diagnostics);
    QCOMPARE(findings.size(), 1);
    if (source.isEmpty()) {
        QVERIFY(!findings.first().suppressed);
    } else {
        QVERIFY(findings.first().suppressed);
        QCOMPARE(findings.first().suppressed->source, source);
        QCOMPARE(findings.first().suppressed->reason, reason);
    }
    if (QTest::currentDataTag() == QByteArrayView("inline without reason is ignored")) {
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().location.line, 3);
    }
}

void TestSuppressions::expiredSuppressionIsReported()
{
    const auto fixture =
        makeFixture("suppressions:\n  - rule: \"*\"\n    reason: old excuse\n    expires: 2025-01-31\n");
    Diagnostics diagnostics;
    const QList<SuppressionRule> rules = loadSuppressionFile(*fixture->result.snapshot, diagnostics);
    QCOMPARE(rules.size(), 1);
    RuleContext context(fixture->result);
    context.report(expiredSuppressionRule(), {u"deploy/dev/app.yaml"_qs, 1, 1}, u"probe"_qs, {}, u"probe"_qs);
    QList<Finding> findings = context.findings();
    applySuppressions(findings, rules, context, QDate(2026, 6, 1), diagnostics);
    QVERIFY(!findings.first().suppressed); // expired: no longer applies
    QCOMPARE(context.findings().size(), 2);
    const Finding &expired = context.findings().last();
    QCOMPARE(expired.rule, u"codebase.expired-suppression"_qs);
    QCOMPARE(expired.severity, Severity::Info);
    QCOMPARE(expired.location.path, u".twelve-factor.yml"_qs);
    QCOMPARE(expired.location.line, 2);
    QVERIFY(expired.message.contains(u"2025-01-31"));
}

void TestSuppressions::entriesWithoutReasonAreRejected()
{
    const auto fixture = makeFixture("suppressions:\n  - rule: config.hardcoded-secret\n    path: \"**\"\n"
                                     "  - rule: \"*\"\n    reason: fine\n    expires: someday\n");
    Diagnostics diagnostics;
    const QList<SuppressionRule> rules = loadSuppressionFile(*fixture->result.snapshot, diagnostics);
    QVERIFY(rules.isEmpty());
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics.at(0).location.path, u".twelve-factor.yml"_qs);
    QCOMPARE(diagnostics.at(0).location.line, 2);
    QVERIFY(diagnostics.at(0).message.contains(u"config.hardcoded-secret"));
    QVERIFY(diagnostics.at(1).message.contains(u"someday"));
}

// Real rules, suppressed the way the other tools' users already write it.
void TestSuppressions::otherToolsConventions()
{
    const AuditResultPtr result = test::auditFiles({
        {u"Dockerfile"_qs, "# hadolint ignore=DL3007\nFROM python:latest\nCMD [\"python\", \"app.py\"]\n"},
        {u"k8s/agent.yaml"_qs,
         "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: agent\n  annotations:\n"
         "    polaris.fairwinds.com/hostPortSet-exempt: \"true\"\nspec:\n  template:\n    spec:\n"
         "      containers:\n        - name: agent\n          image: agent:1.0.0\n          ports:\n"
         "            - containerPort: 8125\n              hostPort: 8125\n"},
        {u"k8s/other.yaml"_qs,
         "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other\nspec:\n  template:\n"
         "    spec:\n      containers:\n        - name: other\n          image: other:1.0.0\n"
         "          ports:\n            - containerPort: 9000\n              hostPort: 9000\n"},
    });
    QVERIFY(result);
    const QList<Finding> baseImage = test::allFindingsOf(*result, u"dependencies.unpinned-base-image"_qs);
    QCOMPARE(baseImage.size(), 1);
    QVERIFY(baseImage.first().suppressed);
    QCOMPARE(baseImage.first().suppressed->source, u"hadolint"_qs);
    const QList<Finding> hostPorts = test::allFindingsOf(*result, u"port-binding.host-port"_qs);
    QCOMPARE(hostPorts.size(), 2);
    for (const Finding &finding : hostPorts) {
        if (finding.workload == u"agent") {
            QVERIFY(finding.suppressed);
            QCOMPARE(finding.suppressed->source, u"polaris"_qs);
        } else {
            QVERIFY(!finding.suppressed); // the exemption is the agent's only
        }
    }
    QCOMPARE(result->suppressedCount(), 2);
}

QTEST_GUILESS_MAIN(TestSuppressions)
#include "tst_suppressions.moc"
