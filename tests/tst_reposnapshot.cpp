#include "reposnapshot.h"
#include "scratchrepo.h"

#include <QDir>
#include <QtTest>

using namespace tfi;

class TestRepoSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worktreeReadsTrackedAndUntrackedButNotIgnored();
    void worktreeFromSubdirectoryFindsRoot();
    void dirtyFlag_data();
    void dirtyFlag();
    void revisionReadsGitObjects_data();
    void revisionReadsGitObjects();
    void errors_data();
    void errors();
    void symlinksAreRecordedNotFollowed();
    void specialFilesAreClassified();
    void plainDirectory();
    void emptyAndBareRepositories();
};

static QStringList paths(const RepoSnapshot &snapshot)
{
    QStringList result;
    for (const SourceFile &file : snapshot.files())
        result.append(file.path);
    return result;
}

void TestRepoSnapshot::worktreeReadsTrackedAndUntrackedButNotIgnored()
{
    test::ScratchRepo repo;
    repo.write({{QStringLiteral("k8s/deployment.yaml"), "kind: Deployment\n"},
                {QStringLiteral("forced.log"), "tracked before the ignore rule came\n"}});
    repo.commit(QStringLiteral("initial"));
    repo.write(QStringLiteral(".gitignore"), "node_modules/\n*.log\n.env\n");
    repo.commit(QStringLiteral("ignore rules"));
    repo.write({{QStringLiteral("untracked.yaml"), "a: 1\n"},
                {QStringLiteral("node_modules/pkg/index.js"), "x\n"},
                {QStringLiteral("debug.log"), "ignored\n"},
                {QStringLiteral(".env"), "SECRET=1\n"}});
    LoadOptions options;
    options.path = repo.root();
    LoadError error;
    const auto snapshot = loadSnapshot(options, error);
    QVERIFY2(snapshot, qPrintable(error.message));
    const QStringList files = paths(*snapshot);
    QVERIFY(files.contains(u"k8s/deployment.yaml"_qs));
    QVERIFY(files.contains(u"untracked.yaml"_qs));
    QVERIFY(files.contains(u"forced.log"_qs));
    QVERIFY(!files.contains(u"debug.log"_qs));
    QVERIFY(!files.contains(u".env"_qs));
    QVERIFY(!files.contains(u"node_modules/pkg/index.js"_qs));
    QVERIFY(snapshot->info().dirty);
    QCOMPARE(snapshot->info().ref, u"HEAD"_qs);
    QCOMPARE(snapshot->info().revision.size(), 40);
    QVERIFY(!snapshot->info().fromCommit);
    QCOMPARE(snapshot->find(u"k8s/deployment.yaml"_qs)->content, QByteArray("kind: Deployment\n"));
}

void TestRepoSnapshot::worktreeFromSubdirectoryFindsRoot()
{
    test::ScratchRepo repo;
    repo.write(QStringLiteral("deploy/k8s/app.yaml"), "kind: Service\n");
    repo.commit(QStringLiteral("initial"));
    LoadOptions options;
    options.path = repo.root() + u"/deploy/k8s";
    LoadError error;
    const auto snapshot = loadSnapshot(options, error);
    QVERIFY2(snapshot, qPrintable(error.message));
    QCOMPARE(QDir(snapshot->info().root).canonicalPath(), QDir(repo.root()).canonicalPath());
    QVERIFY(snapshot->find(u"deploy/k8s/app.yaml"_qs));
}

void TestRepoSnapshot::dirtyFlag_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("dirty");
    QTest::addRow("clean") << QString() << false;
    QTest::addRow("modified") << u"modify"_qs << true;
    QTest::addRow("untracked") << u"add"_qs << true;
    QTest::addRow("deleted") << u"delete"_qs << true;
    QTest::addRow("ignored only") << u"ignored"_qs << false;
}

void TestRepoSnapshot::dirtyFlag()
{
    QFETCH(QString, change);
    QFETCH(bool, dirty);
    test::ScratchRepo repo;
    repo.write(
        {{QStringLiteral(".gitignore"), "*.tmp\n"}, {QStringLiteral("Procfile"), "web: gunicorn app:app\n"}});
    repo.commit(QStringLiteral("initial"));
    if (change == u"modify")
        repo.write(QStringLiteral("Procfile"), "web: gunicorn app:app --workers 3\n");
    else if (change == u"add")
        repo.write(QStringLiteral("new.yaml"), "a: 1\n");
    else if (change == u"delete")
        repo.remove(QStringLiteral("Procfile"));
    else if (change == u"ignored")
        repo.write(QStringLiteral("scratch.tmp"), "x\n");
    LoadOptions options;
    options.path = repo.root();
    LoadError error;
    const auto snapshot = loadSnapshot(options, error);
    QVERIFY2(snapshot, qPrintable(error.message));
    QCOMPARE(snapshot->info().dirty, dirty);
}

void TestRepoSnapshot::revisionReadsGitObjects_data()
{
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("HEAD~1") << u"HEAD~1"_qs << QByteArray("web: v1\n");
    QTest::addRow("tag") << u"v1.0"_qs << QByteArray("web: v1\n");
    QTest::addRow("branch") << u"main"_qs << QByteArray("web: v2\n");
    QTest::addRow("HEAD") << u"HEAD"_qs << QByteArray("web: v2\n");
}

void TestRepoSnapshot::revisionReadsGitObjects()
{
    QFETCH(QString, revision);
    QFETCH(QByteArray, expected);
    test::ScratchRepo repo;
    repo.write(QStringLiteral("Procfile"), "web: v1\n");
    const QString first = repo.commit(QStringLiteral("first"));
    repo.tag(QStringLiteral("v1.0"));
    repo.write(QStringLiteral("Procfile"), "web: v2\n");
    repo.commit(QStringLiteral("second"));
    repo.write(QStringLiteral("Procfile"), "web: uncommitted\n");

    LoadOptions options;
    options.path = repo.root();
    options.revision = revision;
    LoadError error;
    const auto snapshot = loadSnapshot(options, error);
    QVERIFY2(snapshot, qPrintable(error.message));
    QCOMPARE(snapshot->find(u"Procfile"_qs)->content, expected);
    QCOMPARE(snapshot->info().ref, revision);
    QVERIFY(snapshot->info().fromCommit);
    QVERIFY(!snapshot->info().dirty);
    QCOMPARE(snapshot->find(u"Procfile"_qs)->blobId.size(), 40);
    if (revision == u"v1.0")
        QCOMPARE(snapshot->info().revision, first);
}

void TestRepoSnapshot::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("missing path") << u"/nonexistent/tfi-test/path"_qs << QString()
                                  << int(LoadError::Kind::MissingPath) << u"/nonexistent/tfi-test/path"_qs;
    QTest::addRow("unknown revision")
        << QString() << u"no-such-branch"_qs << int(LoadError::Kind::UnknownRevision) << u"no-such-branch"_qs;
    QTest::addRow("revision naming a blob")
        << QString() << u"HEAD:Procfile"_qs << int(LoadError::Kind::UnknownRevision) << u"HEAD:Procfile"_qs;
}

void TestRepoSnapshot::errors()
{
    QFETCH(QString, path);
    QFETCH(QString, revision);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    test::ScratchRepo repo;
    repo.write(QStringLiteral("Procfile"), "web: x\n");
    repo.commit(QStringLiteral("initial"));
    LoadOptions options;
    options.path = path.isEmpty() ? repo.root() : path;
    options.revision = revision;
    LoadError error;
    QVERIFY(!loadSnapshot(options, error));
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestRepoSnapshot::symlinksAreRecordedNotFollowed()
{
    test::ScratchRepo repo;
    QTemporaryDir outside;
    QFile secret(outside.filePath(u"secret.yaml"_qs));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("kind: Secret\n");
    secret.close();
    repo.write(QStringLiteral("real.yaml"), "kind: ConfigMap\n");
    repo.symlink(QStringLiteral("absolute.yaml"), secret.fileName());
    repo.symlink(QStringLiteral("sub/escape.yaml"), u"../../outside.yaml"_qs);
    repo.symlink(QStringLiteral("inside.yaml"), u"real.yaml"_qs);
    repo.commit(QStringLiteral("links"));

    for (const QString &revision : {QString(), u"HEAD"_qs}) {
        LoadOptions options;
        options.path = repo.root();
        options.revision = revision;
        LoadError error;
        const auto snapshot = loadSnapshot(options, error);
        QVERIFY2(snapshot, qPrintable(error.message));
        for (const QString &link : {u"absolute.yaml"_qs, u"sub/escape.yaml"_qs, u"inside.yaml"_qs}) {
            const SourceFile *file = snapshot->find(link);
            QVERIFY2(file, qPrintable(link));
            QCOMPARE(file->kind, SourceFile::Kind::Symlink);
            QVERIFY(!file->content.contains("kind:"));
        }
        int outsideDiagnostics = 0;
        for (const Diagnostic &diagnostic : snapshot->diagnostics()) {
            if (diagnostic.message.contains(u"outside the repository"))
                ++outsideDiagnostics;
        }
        QCOMPARE(outsideDiagnostics, 2);
    }
}

void TestRepoSnapshot::specialFilesAreClassified()
{
    test::ScratchRepo repo;
    repo.write({{QStringLiteral("big.yaml"), QByteArray(2048, 'a')},
                {QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)},
                {QStringLiteral("model.bin"),
                 "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12345\n"},
                {QStringLiteral("bom.yaml"), "\xEF\xBB\xBFkind: Service\n"}});
    repo.commit(QStringLiteral("files"));
    for (const QString &revision : {QString(), u"HEAD"_qs}) {
        LoadOptions options;
        options.path = repo.root();
        options.revision = revision;
        options.maxFileSize = 1024;
        LoadError error;
        const auto snapshot = loadSnapshot(options, error);
        QVERIFY2(snapshot, qPrintable(error.message));
        QCOMPARE(snapshot->find(u"big.yaml"_qs)->kind, SourceFile::Kind::TooLarge);
        QVERIFY(snapshot->find(u"big.yaml"_qs)->content.isEmpty());
        QCOMPARE(snapshot->find(u"image.png"_qs)->kind, SourceFile::Kind::Binary);
        QCOMPARE(snapshot->find(u"model.bin"_qs)->kind, SourceFile::Kind::LfsPointer);
        QCOMPARE(snapshot->find(u"bom.yaml"_qs)->content, QByteArray("kind: Service\n"));
        bool sizeDiagnostic = false;
        for (const Diagnostic &diagnostic : snapshot->diagnostics())
            sizeDiagnostic |= diagnostic.location.path == u"big.yaml" && diagnostic.message.contains(u"1024");
        QVERIFY(sizeDiagnostic);
    }
}

void TestRepoSnapshot::plainDirectory()
{
    QTemporaryDir directory;
    QDir().mkpath(directory.filePath(u"k8s"_qs));
    QFile file(directory.filePath(u"k8s/app.yaml"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kind: Deployment\n");
    file.close();
    LoadOptions options;
    options.path = directory.path();
    LoadError error;
    const auto snapshot = loadSnapshot(options, error);
    QVERIFY2(snapshot, qPrintable(error.message));
    QVERIFY(!snapshot->info().isGitRepository);
    QVERIFY(snapshot->info().revision.isEmpty());
    QVERIFY(snapshot->find(u"k8s/app.yaml"_qs));

    options.revision = u"HEAD"_qs;
    QVERIFY(!loadSnapshot(options, error));
    QCOMPARE(error.kind, LoadError::Kind::NotARepository);
}

void TestRepoSnapshot::emptyAndBareRepositories()
{
    test::ScratchRepo empty;
    LoadOptions options;
    options.path = empty.root();
    LoadError error;
    QVERIFY(!loadSnapshot(options, error));
    QCOMPARE(error.kind, LoadError::Kind::EmptyRepository);
    QVERIFY(error.message.contains(QDir(empty.root()).dirName()));

    test::ScratchRepo source;
    source.write(QStringLiteral("Procfile"), "web: x\n");
    source.commit(QStringLiteral("initial"));
    QTemporaryDir bareDirectory;
    QProcess git;
    git.start(u"git"_qs,
              {u"clone"_qs, u"--bare"_qs, u"-q"_qs, source.root(), bareDirectory.filePath(u"bare.git"_qs)});
    QVERIFY(git.waitForFinished(30000));
    QCOMPARE(git.exitCode(), 0);
    options.path = bareDirectory.filePath(u"bare.git"_qs);
    QVERIFY(!loadSnapshot(options, error));
    QCOMPARE(error.kind, LoadError::Kind::BareRepository);
    options.revision = u"HEAD"_qs;
    const auto snapshot = loadSnapshot(options, error);
    QVERIFY2(snapshot, qPrintable(error.message));
    QCOMPARE(snapshot->find(u"Procfile"_qs)->content, QByteArray("web: x\n"));
}

QTEST_GUILESS_MAIN(TestRepoSnapshot)
#include "tst_reposnapshot.moc"
