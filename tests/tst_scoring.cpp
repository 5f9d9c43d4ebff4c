#include "rules/ruleengine.h"

#include <QtTest>

using namespace tfi;

class TestScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void factorScore_data();
    void factorScore();
};

void TestScoring::factorScore_data()
{
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("infos");
    QTest::addColumn<int>("score");
    QTest::addRow("clean") << 0 << 0 << 0 << 100;
    QTest::addRow("one error") << 1 << 0 << 0 << 70;
    QTest::addRow("two warnings") << 0 << 2 << 0 << 80;
    QTest::addRow("infos barely count") << 0 << 0 << 5 << 90;
    QTest::addRow("mixed") << 1 << 2 << 3 << 44;
    QTest::addRow("floored") << 4 << 0 << 0 << 0;
}

void TestScoring::factorScore()
{
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(int, infos);
    QFETCH(int, score);
    QCOMPARE(tfi::factorScore(errors, warnings, infos), score);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
