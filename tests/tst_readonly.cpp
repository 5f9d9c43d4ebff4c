#include "scratchrepo.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QtTest>

// The inspected repository is never modified: every byte (.git included), every file name and
// every modification time are the same after audits at the working tree and at --rev.
class TestReadOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void auditsWriteNothing_data();
    void auditsWriteNothing();
};

static QByteArray treeFingerprint(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        QString entry = info.filePath().mid(root.size()) + u'|' +
                        QString::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile() && !info.isSymLink()) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                entry +=
                    u'|' + QString::fromLatin1(
                               QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        }
        entries.append(entry);
    }
    entries.sort();
    return entries.join(u'\n').toUtf8();
}

void TestReadOnly::auditsWriteNothing_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("worktree json") << QStringList{};
    QTest::addRow("worktree text") << QStringList{u"--format"_qs, u"text"_qs};
    QTest::addRow("rev HEAD~1") << QStringList{u"--rev"_qs, u"HEAD~1"_qs};
    QTest::addRow("rev tag") << QStringList{u"--rev"_qs, u"v1"_qs};
}

void TestReadOnly::auditsWriteNothing()
{
    QFETCH(QStringList, extra);
    tfi::test::ScratchRepo repo;
    repo.write({{QStringLiteral("k8s/app.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"},
                {QStringLiteral("Procfile"), "web: gunicorn app:app\n"},
                {QStringLiteral(".gitignore"), "*.tmp\n"}});
    repo.commit(QStringLiteral("first"));
    repo.tag(QStringLiteral("v1"));
    repo.write(QStringLiteral("docker-compose.yml"), "services:\n  web:\n    image: shop:1\n");
    repo.commit(QStringLiteral("second"));
    // Modified, untracked and ignored files tempt an index refresh; the audit must resist.
    repo.write(QStringLiteral("Procfile"), "web: gunicorn app:app --workers 2\n");
    repo.write(QStringLiteral("new.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
    repo.write(QStringLiteral("scratch.tmp"), "x\n");

    const QByteArray before = treeFingerprint(repo.root());
    QTest::qWait(1100); // so that a rewrite within the same second would still change mtimes
    QProcess process;
    process.start(qEnvironmentVariable("TFI_BINARY"), QStringList{u"audit"_qs, repo.root()} + extra);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!process.readAllStandardOutput().isEmpty());
    QCOMPARE(treeFingerprint(repo.root()), before);
}

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
