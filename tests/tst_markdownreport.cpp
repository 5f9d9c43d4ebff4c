#include "audit.h"
#include "factors.h"
#include "markdownreport.h"
#include "scratchrepo.h"

#include <QtTest>

using namespace tfi;

class TestMarkdownReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryBeforeDetails();
    void noPlantedSecret_data();
    void noPlantedSecret();
    void escaping_data();
    void escaping();
    void tableCells();

private:
    std::unique_ptr<test::ScratchRepo> m_repo;
    AuditResultPtr m_result;
    QByteArray m_markdown;
};

// Secrets planted in the fixture, one per kind of place; none may appear in the report.
static const QList<QByteArray> plantedSecrets = {
    "s3cr3t-Pa55w0rd-planted",            // a k8s env literal, on the line after its name
    "correct-horse-battery-staple",       // low entropy: only the audit's own knowledge masks it
    "hunter2-planted-db-pass",            // the password of a URL in Compose
    "AKIAPLANTEDKEY000000",               // an AWS-like key in .env
    "tok-planted-dockerfile-7f3a9c",      // a Dockerfile ENV
    "sk_live_51HistoryPlantedKeyAbcdef99" // in a file removed from the history
};

void TestMarkdownReport::initTestCase()
{
    m_repo = std::make_unique<test::ScratchRepo>();
    QVERIFY(m_repo->isValid());
    m_repo->write(QStringLiteral("config/payments.env"),
                  "STRIPE_SECRET_KEY=sk_live_51HistoryPlantedKeyAbcdef99\n");
    m_repo->commit(QStringLiteral("add payments config"));
    m_repo->remove(QStringLiteral("config/payments.env"));
    m_repo->write({
        {QStringLiteral("k8s/deployment.yaml"), R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: shop
          image: registry.example.com/shop:latest
          env:
            - name: DB_PASSWORD
              value: "s3cr3t-Pa55w0rd-planted"
            - name: SMTP_PASSWORD
              value: "correct-horse-battery-staple"
)"},
        {QStringLiteral("docker-compose.yml"), R"(services:
  web:
    build: .
    environment:
      DATABASE_URL: postgres://app:hunter2-planted-db-pass@db:5432/app
  db:
    image: postgres:15
)"},
        {QStringLiteral(".env"), "AWS_ACCESS_KEY_ID=AKIAPLANTEDKEY000000\n"},
        {QStringLiteral("Dockerfile"), "FROM python:latest\nENV API_TOKEN=tok-planted-dockerfile-7f3a9c\n"
                                       "CMD [\"gunicorn\", \"app:app\"]\n"},
        {QStringLiteral(".twelve-factor.yml"),
         "suppressions:\n  - rule: \"dependencies.unpinned-base-image\"\n"
         "    reason: \"planted suppression reason\"\n"},
        {QStringLiteral("k8s/broken.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: [unclosed\n"},
    });
    m_repo->commit(QStringLiteral("remove payments config, add manifests"));
    AuditOptions options;
    options.path = m_repo->root();
    LoadError error;
    m_result = runAudit(options, error);
    QVERIFY2(m_result, qPrintable(error.message));
    // The fixture must really hold what the report is checked for.
    QVERIFY(std::any_of(m_result->findings.cbegin(), m_result->findings.cend(), [](const Finding &finding) {
        return finding.history && !finding.history->presentAtRevision;
    }));
    QVERIFY(m_result->suppressedCount() > 0);
    QVERIFY(!m_result->diagnostics.isEmpty());
    m_markdown = reportToMarkdown(*m_result, ReportOptions{});
    QVERIFY(!m_markdown.isEmpty());
}

void TestMarkdownReport::summaryBeforeDetails()
{
    const QString markdown = QString::fromUtf8(m_markdown);
    const qsizetype firstFold = markdown.indexOf(u"<details>");
    QVERIFY(firstFold > 0);
    QVERIFY(markdown.startsWith(u"## "));
    const qsizetype score = markdown.indexOf(u"Overall score");
    const qsizetype summary = markdown.indexOf(u"### Executive summary");
    const qsizetype topPriority = markdown.indexOf(u"Priority 1: fix first");
    QVERIFY(score >= 0 && score < summary);
    QVERIFY(summary < topPriority && topPriority < firstFold);
    // The factor table with every factor comes before the folds; each factor's details are folded.
    static const char *numerals[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                     "VII", "VIII", "IX",  "X",  "XI", "XII"};
    for (int factor = 1; factor <= 12; ++factor) {
        const QString heading =
            QStringLiteral("%1. %2").arg(QLatin1String(numerals[factor - 1]), factorTitle(factor));
        const qsizetype inTable = markdown.indexOf(heading);
        QVERIFY2(inTable >= 0 && inTable < firstFold, qPrintable(heading));
        const qsizetype folded = markdown.indexOf(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
        QVERIFY2(folded > firstFold, qPrintable(heading));
    }
    QCOMPARE(markdown.count(u"<details>"), markdown.count(u"</details>"));
    // Findings with evidence live in the folds.
    const qsizetype fence = markdown.indexOf(u"```text");
    QVERIFY(fence > firstFold);
    QVERIFY(markdown.contains(u"planted suppression reason"));
}

void TestMarkdownReport::noPlantedSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    for (const QByteArray &secret : plantedSecrets)
        QTest::addRow("%s", secret.left(12).constData()) << secret;
}

void TestMarkdownReport::noPlantedSecret()
{
    QFETCH(QByteArray, secret);
    QVERIFY2(!m_markdown.contains(secret.left(12)), secret.constData());
}

void TestMarkdownReport::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("pipe") << QStringLiteral("a|b") << QStringLiteral("a\\|b");
    QTest::addRow("emphasis") << QStringLiteral("*x* _y_") << QStringLiteral("\\*x\\* \\_y\\_");
    QTest::addRow("html") << QStringLiteral("<img src=x>") << QStringLiteral("&lt;img src=x&gt;");
    QTest::addRow("link") << QStringLiteral("[a](b)") << QStringLiteral("\\[a\\](b)");
    QTest::addRow("heading") << QStringLiteral("# title") << QStringLiteral("\\# title");
    QTest::addRow("list") << QStringLiteral("1. item") << QStringLiteral("1\\. item");
    QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a b");
    QTest::addRow("code") << QStringLiteral("`rm`") << QStringLiteral("\\`rm\\`");
    QTest::addRow("plain") << QStringLiteral("postgres://app:****@db/app")
                           << QStringLiteral("postgres://app:\\*\\*\\*\\*@db/app");
}

void TestMarkdownReport::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(markdownEscaped(text), expected);
}

void TestMarkdownReport::tableCells()
{
    ReportDocument document;
    document.title = QStringLiteral("Audit");
    ReportSection section;
    section.role = ReportSection::Role::EnvDiff;
    section.level = 2;
    section.title = QStringLiteral("web");
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.header = {QStringLiteral("Variable"), QStringLiteral("prod")};
    table.table.rows = {{{QStringLiteral("A|B")}, {QStringLiteral("x|y"), ReportTone::Warning, true}}};
    section.blocks.append(table);
    document.sections.append(section);
    const QString markdown = QString::fromUtf8(reportDocumentToMarkdown(document));
    QVERIFY2(markdown.contains(u"| A\\|B | `x\\|y` |"), qPrintable(markdown));
    QVERIFY(markdown.contains(u"<details><summary>"));
}

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
