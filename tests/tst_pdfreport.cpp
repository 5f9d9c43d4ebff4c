#include "audit.h"
#include "pdfreport.h"
#include "scratchrepo.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tfi;

class TestPdfReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageSizeFollowsTerritory_data();
    void pageSizeFollowsTerritory();
    void sectionsInOrderWithContents();
    void headerAndFooterOnEveryPage();
    void noPlantedSecret_data();
    void noPlantedSecret();
    void refusesClosedDevice();

private:
    std::unique_ptr<test::ScratchRepo> m_repo;
    AuditResultPtr m_result;
    QStringList m_pages; // pdftotext output, one entry per page
    QTemporaryDir m_dir;
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

void TestPdfReport::initTestCase()
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
    QByteArray pdf;
    QBuffer buffer(&pdf);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString pdfError;
    QVERIFY2(writePdfReport(*m_result, ReportOptions{}, &buffer, &pdfError), qPrintable(pdfError));
    QVERIFY(pdf.startsWith("%PDF-"));
    // Planted secrets must not be in the file either (fonts are embedded, text may be compressed,
    // so the text check below is the real one).
    for (const QByteArray &secret : plantedSecrets)
        QVERIFY(!pdf.contains(secret));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Ligatures come out as one character (U+FB00 ff ... U+FB04 ffl).
    const QStringList ligatures = {QStringLiteral("ff"), QStringLiteral("fi"), QStringLiteral("fl"),
                                   QStringLiteral("ffi"), QStringLiteral("ffl")};
    for (int i = 0; i < ligatures.size(); ++i)
        text.replace(QChar(0xfb00 + i), ligatures.at(i));
    m_pages = text.split(u'\f');
    if (!m_pages.isEmpty() && m_pages.last().trimmed().isEmpty())
        m_pages.removeLast();
    QVERIFY(m_pages.size() > 5);
    if (qEnvironmentVariableIsSet("TFI_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("TFI_KEEP_PDF"));
}

void TestPdfReport::pageSizeFollowsTerritory_data()
{
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<QPageSize::PageSizeId>("expected");
    QTest::addRow("US") << QLocale::UnitedStates << QPageSize::Letter;
    QTest::addRow("CA") << QLocale::Canada << QPageSize::Letter;
    QTest::addRow("MX") << QLocale::Mexico << QPageSize::Letter;
    QTest::addRow("DE") << QLocale::Germany << QPageSize::A4;
    QTest::addRow("FR") << QLocale::France << QPageSize::A4;
    QTest::addRow("GB") << QLocale::UnitedKingdom << QPageSize::A4;
    QTest::addRow("any") << QLocale::AnyTerritory << QPageSize::A4;
}

void TestPdfReport::pageSizeFollowsTerritory()
{
    QFETCH(QLocale::Territory, territory);
    QFETCH(QPageSize::PageSizeId, expected);
    QCOMPARE(pageSizeForTerritory(territory), expected);
}

// The first page after the contents on which `title` starts a line.
static int pageOf(const QStringList &pages, const QString &title)
{
    const QRegularExpression line(QStringLiteral("(^|\\n)\\s*") + QRegularExpression::escape(title) +
                                  QStringLiteral("\\s*(\\n|$)"));
    for (int page = 2; page < pages.size(); ++page) {
        if (line.match(pages.at(page)).hasMatch())
            return page + 1;
    }
    return -1;
}

void TestPdfReport::sectionsInOrderWithContents()
{
    QVERIFY(m_pages.at(0).contains(u"Twelve-factor audit"));
    QVERIFY(m_pages.at(0).contains(u"Overall score"));
    const QString &contents = m_pages.at(1);
    QVERIFY(contents.contains(u"Contents"));
    const QStringList chapters = {QStringLiteral("Executive summary"),
                                  QStringLiteral("The twelve factors"),
                                  QStringLiteral("III. Config"),
                                  QStringLiteral("Environment differences"),
                                  QStringLiteral("Remediation checklist"),
                                  QStringLiteral("Appendix"),
                                  QStringLiteral("Diagnostics")};
    int previous = 0;
    for (const QString &chapter : chapters) {
        const int page = pageOf(m_pages, chapter);
        QVERIFY2(page > 2 && page >= previous, qPrintable(chapter));
        previous = page;
        // The contents name the page the chapter is on.
        const QRegularExpression entry(QRegularExpression::escape(chapter) +
                                       QStringLiteral("\\s+(\\d+)\\s*\\n"));
        const auto match = entry.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(chapter));
        QVERIFY2(match.captured(1).toInt() == page,
                 qPrintable(QStringLiteral("%1: contents say %2, found on %3")
                                .arg(chapter, match.captured(1))
                                .arg(page)));
    }
    const QString all = m_pages.join(u'\n');
    QVERIFY(all.contains(u"planted suppression reason"));
    QVERIFY(all.contains(u"k8s/broken.yaml"));
}

void TestPdfReport::headerAndFooterOnEveryPage()
{
    const QString repository = QDir(m_repo->root()).dirName();
    for (int page = 0; page < m_pages.size(); ++page) {
        const QString &text = m_pages.at(page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(m_pages.size())),
                 qPrintable(QString::number(page + 1)));
        QVERIFY2(text.contains(repository), qPrintable(QString::number(page + 1)));
        QVERIFY(text.contains(u"Twelve-Factor Inspector"));
    }
}

void TestPdfReport::noPlantedSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    for (const QByteArray &secret : plantedSecrets)
        QTest::addRow("%s", secret.left(12).constData()) << secret;
}

void TestPdfReport::noPlantedSecret()
{
    QFETCH(QByteArray, secret);
    QVERIFY(!m_pages.isEmpty());
    const QString all = m_pages.join(u'\n');
    QVERIFY2(!all.contains(QString::fromLatin1(secret.left(12))), secret.constData());
}

void TestPdfReport::refusesClosedDevice()
{
    QBuffer closed;
    QString error;
    QVERIFY(!writePdfReport(*m_result, ReportOptions{}, &closed, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
