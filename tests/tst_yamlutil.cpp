#include "memoryfileindex.h"
#include "yamlutil.h"

#include <QtTest>

using namespace tfi;

class TestYamlUtil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documents_data();
    void documents();
    void deepNestingIsRejected();
    void brokenDocumentKeepsOthers();
    void documentLimit();
    void locationsAreFileAbsolute();
};

void TestYamlUtil::documents_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("diagnostics");
    QTest::addRow("single") << QByteArray("a: 1\n") << 1 << 0;
    QTest::addRow("two with markers") << QByteArray("---\na: 1\n---\nb: 2\n") << 2 << 0;
    QTest::addRow("empty documents skipped")
        << QByteArray("---\n---\n# only a comment\n---\na: 1\n") << 1 << 0;
    QTest::addRow("crlf and bom") << QByteArray("\xEF\xBB\xBF"
                                                "a: 1\r\n---\r\nb: 2\r\n")
                                  << 2 << 0;
    QTest::addRow("end marker") << QByteArray("a: 1\n...\n---\nb: 2\n") << 2 << 0;
    QTest::addRow("invalid utf8") << QByteArray("a: \xff\xfe\n") << 1 << 0;
    QTest::addRow("block scalar holding dashes") << QByteArray("a: |\n  ---\n  text\nb: 2\n") << 1 << 0;
}

void TestYamlUtil::documents()
{
    QFETCH(QByteArray, text);
    QFETCH(int, documents);
    QFETCH(int, diagnostics);
    test::MemoryFileIndex index;
    Diagnostics found;
    const auto docs = loadYamlDocuments(index.add(QStringLiteral("x.yaml"), text), ParseLimits{}, found);
    QCOMPARE(int(docs.size()), documents);
    QCOMPARE(int(found.size()), diagnostics);
}

void TestYamlUtil::deepNestingIsRejected()
{
    QByteArray flow(20000, '[');
    QByteArray block;
    for (int i = 0; i < 20000; ++i)
        block += QByteArray(i, ' ') + "k:\n";
    QByteArray dashes = QByteArray(20000 * 2, ' ');
    for (int i = 0; i < 20000; ++i)
        dashes[2 * i] = '-';
    const QByteArray dashedSequence = dashes + "x\n";
    for (const QByteArray &text : {flow, block, dashedSequence}) {
        test::MemoryFileIndex index;
        Diagnostics found;
        const auto docs =
            loadYamlDocuments(index.add(QStringLiteral("deep.yaml"), text), ParseLimits{}, found);
        QVERIFY(docs.empty());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().message.contains(u"nesting"));
    }
}

void TestYamlUtil::brokenDocumentKeepsOthers()
{
    test::MemoryFileIndex index;
    Diagnostics found;
    const auto docs = loadYamlDocuments(
        index.add(QStringLiteral("k8s/all.yaml"), "kind: A\n---\nkind: [unclosed\n---\nkind: C\n"),
        ParseLimits{}, found);
    QCOMPARE(int(docs.size()), 2);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().location.path, QStringLiteral("k8s/all.yaml"));
    QVERIFY2(found.first().location.line >= 3, qPrintable(QString::number(found.first().location.line)));
}

void TestYamlUtil::documentLimit()
{
    QByteArray text;
    for (int i = 0; i < 100000; ++i)
        text += "---\na: 1\n";
    test::MemoryFileIndex index;
    Diagnostics found;
    ParseLimits limits;
    limits.maxYamlDocuments = 1000;
    const auto docs = loadYamlDocuments(index.add(QStringLiteral("stream.yaml"), text), limits, found);
    QCOMPARE(int(docs.size()), 1000);
    QCOMPARE(found.size(), 1);
}

void TestYamlUtil::locationsAreFileAbsolute()
{
    test::MemoryFileIndex index;
    Diagnostics found;
    const auto docs = loadYamlDocuments(index.add(QStringLiteral("a.yaml"), "a: 1\n---\n# c\nb:\n  c: 2\n"),
                                        ParseLimits{}, found);
    QCOMPARE(int(docs.size()), 2);
    const YAML::Node c = yamlChild(yamlChild(docs[1].root, "b"), "c");
    const Location location = docs[1].at(c);
    QCOMPARE(location.line, 5);
    QCOMPARE(location.column, 6);
    QVERIFY(!yamlChild(docs[1].root, "missing").IsDefined());
    QCOMPARE(yamlString(yamlChild(docs[1].root, "missing")), QString());
}

QTEST_GUILESS_MAIN(TestYamlUtil)
#include "tst_yamlutil.moc"
