#include "audit.h"
#include "examples.h"
#include "jsonreport.h"

#include <git2.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tfi;

namespace {

struct Materialized
{
    QString path;
    AuditResultPtr result;
};

// Materialises the example into `directory` and audits it (history included).
Materialized materializeAndAudit(const QString &name, const QTemporaryDir &directory)
{
    QString error;
    Materialized materialized;
    materialized.path = materializeExample(name, directory.path(), &error);
    if (materialized.path.isEmpty()) {
        qWarning("materializeExample(%s) failed: %s", qPrintable(name), qPrintable(error));
        return materialized;
    }
    AuditOptions options;
    options.path = materialized.path;
    LoadError loadError;
    materialized.result = runAudit(options, loadError);
    if (!materialized.result)
        qWarning("audit of %s failed: %s", qPrintable(name), qPrintable(loadError.message));
    return materialized;
}

struct CommitInfo
{
    QString message;
    QString authorName;
    QString authorEmail;
};

QList<CommitInfo> commitsOf(const QString &root)
{
    QList<CommitInfo> commits;
    git_libgit2_init();
    git_repository *repository = nullptr;
    git_revwalk *walk = nullptr;
    if (git_repository_open(&repository, QFile::encodeName(root).constData()) == 0 &&
        git_revwalk_new(&walk, repository) == 0 && git_revwalk_push_head(walk) == 0) {
        git_oid id;
        while (git_revwalk_next(&id, walk) == 0) {
            git_commit *commit = nullptr;
            if (git_commit_lookup(&commit, repository, &id) != 0)
                break;
            const git_signature *author = git_commit_author(commit);
            commits.append({QString::fromUtf8(git_commit_message(commit)).trimmed(),
                            QString::fromUtf8(author->name), QString::fromUtf8(author->email)});
            git_commit_free(commit);
        }
    }
    git_revwalk_free(walk);
    git_repository_free(repository);
    git_libgit2_shutdown();
    return commits;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsThreeExamples();
    void materializes_data();
    void materializes();
    void scoresAreOrdered();
    void historySecretIsFoundAndMasked();
    void refusesUnknownNameAndExistingTarget();
};

void TestExamples::listsThreeExamples()
{
    const QList<ExampleInfo> examples = bundledExamples();
    QCOMPARE(examples.size(), 3);
    QCOMPARE(examples.at(0).name, QStringLiteral("legacy-shop"));
    QCOMPARE(examples.at(1).name, QStringLiteral("halfway-shop"));
    QCOMPARE(examples.at(2).name, QStringLiteral("twelve-factor-shop"));
    for (const ExampleInfo &example : examples) {
        QVERIFY(!example.title.isEmpty());
        QVERIFY(!example.summary.isEmpty());
    }
}

void TestExamples::materializes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("commits");
    QTest::addColumn<QString>("firstMessage");

    QTest::addRow("legacy") << QStringLiteral("legacy-shop") << 4
                            << QStringLiteral("First version of the shop");
    QTest::addRow("halfway") << QStringLiteral("halfway-shop") << 3
                             << QStringLiteral("Read config from environment variables; add .env.example");
    QTest::addRow("twelve-factor")
        << QStringLiteral("twelve-factor-shop") << 3
        << QStringLiteral("Shop app with config from the environment and logs on stdout; dependencies "
                          "locked with hashes");
}

void TestExamples::materializes()
{
    QFETCH(QString, name);
    QFETCH(int, commits);
    QFETCH(QString, firstMessage);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const Materialized materialized = materializeAndAudit(name, directory);
    QCOMPARE(materialized.path, QDir(directory.path()).absoluteFilePath(name));
    QVERIFY(materialized.result);

    const QList<CommitInfo> history = commitsOf(materialized.path);
    QCOMPARE(history.size(), commits);
    QCOMPARE(history.last().message, firstMessage);
    for (const CommitInfo &commit : history) {
        QCOMPARE(commit.authorName, QStringLiteral("Twelve-Factor Inspector"));
        QCOMPARE(commit.authorEmail, QStringLiteral("examples@twelve-factor-inspector.invalid"));
    }

    // The working tree is the example, committed and clean.
    const AuditResult &result = *materialized.result;
    QVERIFY(!result.repository.dirty);
    QCOMPARE(result.repository.revision.size(), 40);
    const QString source = QStringLiteral(":/examples/") + name;
    int files = 0;
    for (QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString resource = it.next();
        QFile expected(resource);
        QFile written(materialized.path + resource.mid(source.size()));
        QVERIFY2(expected.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly),
                 qPrintable(resource));
        QCOMPARE(written.readAll(), expected.readAll());
        ++files;
    }
    QVERIFY2(files >= 10 && files <= 25, qPrintable(QString::number(files)));

    for (const Diagnostic &diagnostic : result.diagnostics)
        QVERIFY2(diagnostic.severity != DiagnosticSeverity::Error,
                 qPrintable(diagnostic.location.path + u": " + diagnostic.message));
    QVERIFY(result.score.has_value());
    QCOMPARE(result.factors.size(), 12);
}

void TestExamples::scoresAreOrdered()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QList<int> scores;
    for (const ExampleInfo &example : bundledExamples()) {
        const Materialized materialized = materializeAndAudit(example.name, directory);
        QVERIFY(materialized.result && materialized.result->score);
        scores.append(*materialized.result->score);
    }
    QCOMPARE(scores.size(), 3);
    QVERIFY2(scores.at(0) < scores.at(1) && scores.at(1) < scores.at(2),
             qPrintable(QStringLiteral("%1 %2 %3").arg(scores.at(0)).arg(scores.at(1)).arg(scores.at(2))));
    QVERIFY2(scores.at(2) >= 90, qPrintable(QString::number(scores.at(2))));
}

void TestExamples::historySecretIsFoundAndMasked()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const Materialized materialized = materializeAndAudit(QStringLiteral("legacy-shop"), directory);
    QVERIFY(materialized.result);
    // The planted secrets of config/production.env, which a later commit deleted.
    const QList<QByteArray> planted = {QByteArrayLiteral("Pr0d-Legacy-2023-x7Kq"),
                                       QByteArrayLiteral("legacy-mail-9tW3vRz")};
    QVERIFY(!QFile::exists(materialized.path + QStringLiteral("/config/production.env")));

    QStringList names;
    for (const Finding &finding : materialized.result->findings) {
        if (finding.rule != u"config.secret-in-history")
            continue;
        QCOMPARE(finding.location.path, QStringLiteral("config/production.env"));
        QVERIFY(finding.history.has_value());
        QVERIFY(!finding.history->presentAtRevision);
        QCOMPARE(finding.history->date.date(), QDate(2023, 5, 12));
        names.append(finding.message);
    }
    QCOMPARE(names.size(), 2);
    QVERIFY(names.join(u'\n').contains(u"DB_PASSWORD"));
    QVERIFY(names.join(u'\n').contains(u"MAIL_PASSWORD"));

    const QByteArray json = reportToJsonText(*materialized.result);
    QVERIFY(json.contains("config.secret-in-history"));
    for (const QByteArray &secret : planted)
        QVERIFY2(!json.contains(secret), secret.constData());
    // The secrets of the tree itself stay masked too.
    QVERIFY(!json.contains("sk_live_51LegacyShopPlantedKey0000"));
    QVERIFY(!json.contains("hunter2-legacy"));
}

void TestExamples::refusesUnknownNameAndExistingTarget()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QString error;
    QVERIFY(materializeExample(QStringLiteral("no-such-shop"), directory.path(), &error).isEmpty());
    QVERIFY(error.contains(u"no-such-shop"));
    QVERIFY(materializeExample(QStringLiteral("../legacy-shop"), directory.path(), &error).isEmpty());

    QVERIFY(QDir(directory.path()).mkdir(QStringLiteral("halfway-shop")));
    error.clear();
    QVERIFY(materializeExample(QStringLiteral("halfway-shop"), directory.path(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // The existing directory is left as it was.
    QVERIFY(QDir(directory.filePath(QStringLiteral("halfway-shop"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
