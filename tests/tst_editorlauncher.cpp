#include "editorlauncher.h"

#include <QtTest>

using namespace tfi;

class TestEditorLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invocation_data();
    void invocation();
};

void TestEditorLauncher::invocation_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    const QString file = u"/repo/k8s/deployment.yaml"_qs;
    QTest::addRow("vim") << u"vim"_qs << 12 << u"vim"_qs << QStringList{u"+12"_qs, file};
    QTest::addRow("nvim by path") << u"/usr/bin/nvim"_qs << 3 << u"/usr/bin/nvim"_qs
                                  << QStringList{u"+3"_qs, file};
    QTest::addRow("emacsclient with flags")
        << u"emacsclient -n"_qs << 7 << u"emacsclient"_qs << QStringList{u"-n"_qs, u"+7"_qs, file};
    QTest::addRow("code --wait") << u"code --wait"_qs << 40 << u"code"_qs
                                 << QStringList{u"--wait"_qs, u"--goto"_qs, file + u":40"_qs};
    QTest::addRow("sublime") << u"subl"_qs << 9 << u"subl"_qs << QStringList{file + u":9"_qs};
    QTest::addRow("kate") << u"kate"_qs << 5 << u"kate"_qs << QStringList{u"--line"_qs, u"5"_qs, file};
    QTest::addRow("unknown editor gets the file") << u"myedit"_qs << 5 << u"myedit"_qs << QStringList{file};
    QTest::addRow("no line") << u"vim"_qs << 0 << u"vim"_qs << QStringList{file};
    QTest::addRow("quoted program") << u"\"/opt/My Editor/bin/code\""_qs << 2 << u"/opt/My Editor/bin/code"_qs
                                    << QStringList{u"--goto"_qs, file + u":2"_qs};
}

void TestEditorLauncher::invocation()
{
    QFETCH(QString, editor);
    QFETCH(int, line);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const EditorInvocation invocation = editorInvocation(editor, u"/repo/k8s/deployment.yaml"_qs, line);
    QCOMPARE(invocation.program, program);
    QCOMPARE(invocation.arguments, arguments);
}

QTEST_GUILESS_MAIN(TestEditorLauncher)
#include "tst_editorlauncher.moc"
