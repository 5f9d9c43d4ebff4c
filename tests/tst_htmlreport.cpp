#include "audit.h"
#include "htmlreport.h"
#include "scratchrepo.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tfi;

class TestHtmlReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wellFormedAndSelfContained();
    void containsEverySection();
    void noPlantedSecret_data();
    void noPlantedSecret();
    void escapesText();

private:
    std::unique_ptr<test::ScratchRepo> m_repo;
    AuditResultPtr m_result;
    QByteArray m_html;
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

void TestHtmlReport::initTestCase()
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
    m_html = reportToHtml(*m_result, ReportOptions{});
    QVERIFY(!m_html.isEmpty());
}

void TestHtmlReport::wellFormedAndSelfContained()
{
    QXmlStreamReader reader(m_html);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(),
             qPrintable(QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())));
    static const QRegularExpression remote(QStringLiteral(R"((src|href)\s*=\s*"(https?:)?//)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!remote.match(QString::fromUtf8(m_html)).hasMatch());
    QVERIFY(!m_html.contains("<link "));
    QVERIFY(m_html.contains("<style>"));
    QVERIFY(m_html.contains("@media print"));
    QVERIFY(m_html.contains("<svg "));
}

void TestHtmlReport::containsEverySection()
{
    const QString html = QString::fromUtf8(m_html);
    QVERIFY(html.contains(u"<nav class=\"toc\">"));
    qsizetype previous = html.indexOf(u"id=\"summary\"");
    QVERIFY(previous > 0);
    for (int factor = 1; factor <= 12; ++factor) {
        QVERIFY2(html.contains(QStringLiteral("href=\"#factor-%1\"").arg(factor)), "missing from the TOC");
        const qsizetype at = html.indexOf(QStringLiteral("<section id=\"factor-%1\">").arg(factor));
        QVERIFY2(at > previous, qPrintable(QStringLiteral("factor %1 out of order").arg(factor)));
        previous = at;
    }
    for (const QString &anchor :
         {QStringLiteral("env-diff"), QStringLiteral("checklist"), QStringLiteral("appendix"),
          QStringLiteral("suppressed"), QStringLiteral("diagnostics")}) {
        const qsizetype at = html.indexOf(QStringLiteral("id=\"%1\"").arg(anchor));
        QVERIFY2(at > previous, qPrintable(anchor));
        previous = at;
    }
    QVERIFY(html.contains(u"planted suppression reason"));
    QVERIFY(html.contains(u"k8s/broken.yaml"));
    // Evidence: the line of the finding, highlighted, with its number.
    QVERIFY(html.contains(u"<span class=\"line hit\"><span class=\"ln\">17</span>"));
}

void TestHtmlReport::noPlantedSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    for (const QByteArray &secret : plantedSecrets)
        QTest::addRow("%s", secret.left(12).constData()) << secret;
}

void TestHtmlReport::noPlantedSecret()
{
    QFETCH(QByteArray, secret);
    QVERIFY2(!m_html.contains(secret), secret.constData());
    // Nor a long piece of it.
    QVERIFY2(!m_html.contains(secret.left(12)), secret.constData());
}

void TestHtmlReport::escapesText()
{
    ReportDocument document;
    document.title = QStringLiteral("<script>alert(1)</script>");
    document.repositoryName = QStringLiteral("a & b");
    ReportSection section;
    section.anchor = QStringLiteral("x");
    section.title = QStringLiteral("\"quoted\" <b>");
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.header = {QStringLiteral("<th>")};
    table.table.rows = {{{QStringLiteral("</td><td>"), ReportTone::Bad, true}}};
    section.blocks.append(table);
    document.sections.append(section);
    const QByteArray html = reportDocumentToHtml(document);
    QVERIFY(!html.contains("<script>alert"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(html.contains("a &amp; b"));
    QVERIFY(html.contains("&lt;/td&gt;&lt;td&gt;"));
    QXmlStreamReader reader(html);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY(!reader.hasError());
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
