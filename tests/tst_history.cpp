#include "audit.h"
#include "auditfixture.h"
#include "history.h"
#include "jsonreport.h"
#include "scratchrepo.h"

#include <QDirIterator>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removedSecretIsReported();
    void sameSecretInTwoCommitsIsOneFinding();
    void secretStillPresentIsLeftToTheTreeRules();
    void limitCutsTheWalk();
    void limitZeroSkipsTheScan();
    void eachBlobIsScannedOnce();
    void binaryAndLargeFilesAreSkipped();
    void gitleaksAllowIsHonoured();
    void shallowCloneIsPartial();
    void scanWritesNothing();
    void cutShortWalkIsAnAuditDiagnostic();
};

namespace {

// Fake credentials, joined at run time so that secret scanners do not flag this file.
QByteArray stripeLive()
{
    return QByteArray("sk_"
                      "live_") +
           "pdp4K8ffUF0eWIXiiQE8JkqH";
}
QByteArray githubToken()
{
    return QByteArray("gh"
                      "p_") +
           "OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLr";
}

constexpr qint64 january4 = 1767520800;  // 2026-01-04 10:00 UTC
constexpr qint64 february1 = 1769936400; // 2026-02-01 09:00 UTC
constexpr qint64 march1 = 1772355600;    // 2026-03-01 09:00 UTC

const QByteArray settingsWithKey = "import os\n"
                                   "\n"
                                   "DEBUG = False\n"
                                   "STRIPE_KEY = \"" +
                                   stripeLive() + "\"\n";
const QByteArray settingsFromEnvironment = "import os\n"
                                           "\n"
                                           "DEBUG = False\n"
                                           "STRIPE_KEY = os.environ[\"STRIPE_KEY\"]\n";

AuditResultPtr audit(const test::ScratchRepo &repo, int historyLimit = 10000)
{
    AuditOptions options;
    options.path = repo.root();
    options.historyLimit = historyLimit;
    LoadError error;
    AuditResultPtr result = runAudit(options, error);
    if (!result)
        qWarning("audit failed: %s", qPrintable(error.message));
    return result;
}

// Every file under .git with its size and modification time.
QStringList gitDirectoryState(const QString &root)
{
    QStringList state;
    QDirIterator it(root + u"/.git"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        state.append(info.filePath() + u' ' + QString::number(info.size()) + u' ' +
                     QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    state.sort();
    return state;
}

} // namespace

void TestHistory::removedSecretIsReported()
{
    test::ScratchRepo repo;
    repo.write({{u"README.md"_s, "# shop\n"}, {u"config/settings.py"_s, settingsWithKey}});
    const QString introduced = repo.commit(u"Add settings"_s, u"Jane Doe"_s, january4);
    repo.write(u"config/settings.py"_s, settingsFromEnvironment);
    repo.commit(u"Read the key from the environment"_s, u"Max Mustermann"_s, february1);

    const AuditResultPtr result = audit(repo);
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, u"config.secret-in-history"_s);
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.severity, Severity::Error);
    QCOMPARE(finding.location.path, u"config/settings.py"_s);
    QCOMPARE(finding.location.line, 4);
    QCOMPARE(finding.location.column, 15);
    QVERIFY(finding.history);
    QCOMPARE(finding.history->commit, introduced);
    QCOMPARE(finding.history->author, u"Jane Doe"_s);
    QCOMPARE(finding.history->date.toSecsSinceEpoch(), january4);
    QVERIFY(!finding.history->presentAtRevision);
    for (const QString &part : {u"a Stripe live key"_s, introduced.left(7), u"2026-01-04"_s, u"Jane Doe"_s,
                                u"config/settings.py"_s, u"rotate"_s})
        QVERIFY2(finding.message.contains(part), qPrintable(finding.message));

    const QString secret = QString::fromLatin1(stripeLive());
    for (const Finding &any : result->findings) {
        QVERIFY(!any.message.contains(secret));
        QVERIFY(!any.title.contains(secret));
        QVERIFY(!any.remediation.contains(secret));
    }
    const QByteArray json = reportToJsonText(*result);
    QVERIFY(!json.contains(stripeLive()));
    QVERIFY(json.contains(introduced.toLatin1()));
    // The tree no longer holds it, so nothing else reports it.
    QVERIFY(test::findingsOf(*result, u"config.secret-in-source"_s).isEmpty());
}

void TestHistory::sameSecretInTwoCommitsIsOneFinding()
{
    test::ScratchRepo repo;
    repo.write(u"tools/deploy.py"_s, "TOKEN = \"" + githubToken() + "\"\n");
    const QString first = repo.commit(u"Deploy script"_s, u"Jane Doe"_s, january4);
    repo.write(u"tools/release.py"_s, "import deploy\n\nRELEASE_TOKEN = \"" + githubToken() + "\"\n");
    repo.commit(u"Release script"_s, u"Jane Doe"_s, february1);
    repo.remove(u"tools/deploy.py"_s);
    repo.remove(u"tools/release.py"_s);
    repo.write(u"tools/README.md"_s, "Scripts moved to CI.\n");
    repo.commit(u"Move scripts to CI"_s, u"Jane Doe"_s, march1);

    const AuditResultPtr result = audit(repo);
    QVERIFY(result);
    const QList<Finding> findings = test::findingsOf(*result, u"config.secret-in-history"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().history->commit, first);
    QCOMPARE(findings.first().location.path, u"tools/deploy.py"_s);
    QVERIFY(findings.first().message.contains(u"GitHub token"));
}

void TestHistory::secretStillPresentIsLeftToTheTreeRules()
{
    test::ScratchRepo repo;
    repo.write(u"config/settings.py"_s, settingsWithKey);
    repo.commit(u"Add settings"_s, u"Jane Doe"_s, january4);
    repo.write(u"README.md"_s, "# shop\n");
    repo.commit(u"Readme"_s, u"Jane Doe"_s, february1);

    const AuditResultPtr result = audit(repo);
    QVERIFY(result);
    QVERIFY(test::findingsOf(*result, u"config.secret-in-history"_s).isEmpty());
    const QList<Finding> tree = test::findingsOf(*result, u"config.secret-in-source"_s);
    QCOMPARE(tree.size(), 1);
    QCOMPARE(tree.first().location.path, u"config/settings.py"_s);

    // The scan itself still sees it.
    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 100);
    QCOMPARE(scan.secrets.size(), 1);
    QCOMPARE(scan.commitsScanned, 2);
}

void TestHistory::limitCutsTheWalk()
{
    test::ScratchRepo repo;
    repo.write(u"config/settings.py"_s, settingsWithKey);
    repo.commit(u"Add settings"_s, u"Jane Doe"_s, january4);
    repo.write(u"config/settings.py"_s, settingsFromEnvironment);
    repo.commit(u"Read the key from the environment"_s, u"Jane Doe"_s, february1);
    repo.write(u"README.md"_s, "# shop\n");
    repo.commit(u"Readme"_s, u"Jane Doe"_s, march1);

    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 1);
    QVERIFY(scan.truncated);
    QCOMPARE(scan.commitsScanned, 1);
    QVERIFY(scan.secrets.isEmpty()); // the key was added before the newest commit
    QCOMPARE(scan.diagnostics.size(), 1);
    QCOMPARE(scan.diagnostics.first().severity, DiagnosticSeverity::Warning);
    QVERIFY2(scan.diagnostics.first().message.contains(u"1 commit"),
             qPrintable(scan.diagnostics.first().message));

    const HistoryScan whole = scanHistoryForSecrets(repo.root(), QString(), 3);
    QVERIFY(!whole.truncated);
    QVERIFY(whole.diagnostics.isEmpty());
    QCOMPARE(whole.secrets.size(), 1);

    const AuditResultPtr result = audit(repo, 1);
    QVERIFY(result);
    QVERIFY(test::findingsOf(*result, u"config.secret-in-history"_s).isEmpty());
}

void TestHistory::limitZeroSkipsTheScan()
{
    test::ScratchRepo repo;
    repo.write(u"config/settings.py"_s, settingsWithKey);
    repo.commit(u"Add settings"_s);
    repo.write(u"config/settings.py"_s, settingsFromEnvironment);
    repo.commit(u"Fix"_s);
    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 0);
    QCOMPARE(scan.commitsScanned, 0);
    QVERIFY(scan.diagnostics.isEmpty());
    const AuditResultPtr result = audit(repo, 0);
    QVERIFY(result);
    QVERIFY(test::findingsOf(*result, u"config.secret-in-history"_s).isEmpty());
}

void TestHistory::eachBlobIsScannedOnce()
{
    test::ScratchRepo repo;
    repo.write({{u"a/settings.py"_s, settingsWithKey}, {u"b/settings.py"_s, settingsWithKey}});
    repo.commit(u"Two copies"_s);
    repo.write(u"c/settings.py"_s, settingsWithKey);
    repo.commit(u"A third copy"_s);
    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 100);
    QCOMPARE(scan.commitsScanned, 2);
    QCOMPARE(scan.blobsScanned, 1);
    QCOMPARE(scan.secrets.size(), 1);
}

void TestHistory::binaryAndLargeFilesAreSkipped()
{
    test::ScratchRepo repo;
    QByteArray binary("\x89PNG\r\n\x1a\n\0\0", 10);
    binary += "TOKEN = \"" + githubToken() + "\"\n";
    QByteArray large(2 * 1024 * 1024, 'x');
    large += "\nTOKEN = \"" + githubToken() + "\"\n";
    repo.write(
        {{u"assets/logo.png"_s, binary},
         {u"data/dump.sql"_s, large},
         {u"assets/big.txt"_s, "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n"}});
    repo.commit(u"Assets"_s);
    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 100);
    QVERIFY(scan.secrets.isEmpty());
    QCOMPARE(scan.blobsScanned, 0);
}

void TestHistory::gitleaksAllowIsHonoured()
{
    test::ScratchRepo repo;
    repo.write(u"tools/demo.py"_s, "TOKEN = \"" + githubToken() + "\"  # gitleaks:allow\n");
    repo.commit(u"Demo"_s);
    repo.remove(u"tools/demo.py"_s);
    repo.write(u"README.md"_s, "# demo\n");
    repo.commit(u"Remove demo"_s);
    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 100);
    QVERIFY(scan.secrets.isEmpty());
}

void TestHistory::shallowCloneIsPartial()
{
    test::ScratchRepo repo;
    repo.write(u"README.md"_s, "# shop\n");
    const QString commit = repo.commit(u"Readme"_s);
    // What a shallow clone leaves: the boundary commits in .git/shallow.
    QFile shallow(repo.root() + u"/.git/shallow"_s);
    QVERIFY(shallow.open(QIODevice::WriteOnly));
    shallow.write(commit.toLatin1() + "\n");
    shallow.close();
    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 100);
    QVERIFY(scan.partial);
    QCOMPARE(scan.diagnostics.size(), 1);
    QVERIFY2(scan.diagnostics.first().message.contains(u"partial"),
             qPrintable(scan.diagnostics.first().message));
}

void TestHistory::scanWritesNothing()
{
    test::ScratchRepo repo;
    repo.write(u"config/settings.py"_s, settingsWithKey);
    repo.commit(u"Add settings"_s);
    repo.write(u"config/settings.py"_s, settingsFromEnvironment);
    repo.commit(u"Fix"_s);
    const QStringList before = gitDirectoryState(repo.root());
    const HistoryScan scan = scanHistoryForSecrets(repo.root(), QString(), 100);
    QCOMPARE(scan.secrets.size(), 1);
    QCOMPARE(untrackedPaths(repo.root(), {u"config/settings.py"_s, u"config/local.py"_s}),
             QSet<QString>{u"config/local.py"_s});
    QCOMPARE(gitDirectoryState(repo.root()), before);
}

QTEST_GUILESS_MAIN(TestHistory)
void TestHistory::cutShortWalkIsAnAuditDiagnostic()
{
    tfi::test::ScratchRepo repo;
    for (int i = 0; i < 3; ++i) {
        repo.write(QStringLiteral("Procfile"),
                   "web: gunicorn app:app --workers " + QByteArray::number(i + 1) + "\n");
        repo.commit(QStringLiteral("commit %1").arg(i));
    }
    AuditOptions options;
    options.path = repo.root();
    options.historyLimit = 1;
    LoadError error;
    const AuditResultPtr result = runAudit(options, error);
    QVERIFY2(result, qPrintable(error.message));
    QVERIFY(!result->diagnostics.isEmpty());
    options.historyLimit = 10;
    const AuditResultPtr full = runAudit(options, error);
    QVERIFY(full);
    QCOMPARE(full->diagnostics.size(), result->diagnostics.size() - 1);
}

#include "tst_history.moc"
