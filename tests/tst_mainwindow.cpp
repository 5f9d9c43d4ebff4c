// The application window end to end, offscreen: a bundled example opens and fills every view,
// the checklist survives a restart, a newer audit replaces an older one, nothing secret is shown,
// and bad paths are refused with a message.
#include "auditjob.h"
#include "checklistmodel.h"
#include "checklistview.h"
#include "dashboardview.h"
#include "envdiffview.h"
#include "envmatrixmodel.h"
#include "examples.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "portmapview.h"
#include "sourceview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

#include <unistd.h>

using namespace tfi;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exampleFillsEveryView();
    void noSecretIsShown();
    void checklistSurvivesRestart();
    void newerAuditReplacesOlder();
    void refusesWhatIsNotARepositoryFolder_data();
    void refusesWhatIsNotARepositoryFolder();
    void eventLoopKeepsTicking();
    void presenterModeStepsThroughFactors();

private:
    AuditResultPtr openAndWait(MainWindow &window, const QString &path);
    QString materialize(const QString &name);
    QTemporaryDir m_examples;
    QTemporaryDir m_checklists;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recent lists and settings stay out of the user's
    QVERIFY(m_examples.isValid());
    QVERIFY(m_checklists.isValid());
}

QString TestMainWindow::materialize(const QString &name)
{
    static int counter = 0;
    const QString parent = m_examples.filePath(QString::number(++counter));
    QDir().mkpath(parent);
    QString error;
    const QString path = materializeExample(name, parent, &error);
    if (path.isEmpty())
        qWarning("%s", qPrintable(error));
    return path;
}

AuditResultPtr TestMainWindow::openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.openRepository(path);
    if (!finished.wait(60000))
        return nullptr;
    return finished.constFirst().constFirst().value<AuditResultPtr>();
}

void TestMainWindow::exampleFillsEveryView()
{
    // TFI_SCREENSHOT_EXAMPLE picks the example the README's screenshots show.
    const QString example = qEnvironmentVariable("TFI_SCREENSHOT_EXAMPLE", u"legacy-shop"_qs);
    const QString path = materialize(example);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.setChecklistDirectory(m_checklists.path());
    window.resize(1280, 820);
    window.show();
    const AuditResultPtr result = openAndWait(window, path);
    QVERIFY(result);
    QVERIFY(window.windowTitle().contains(example));

    // Findings: every finding listed; the first one selected with its evidence.
    auto *findings = window.findingsView();
    QAbstractItemModelTester tester(findings->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(findings->filterModel()->rowCount(), result->count(Severity::Error) +
                                                      result->count(Severity::Warning) +
                                                      result->count(Severity::Info));
    QVERIFY(findings->tree()->currentIndex().isValid());
    QVERIFY(!findings->sourceView()->toPlainText().isEmpty());

    // Selecting a finding shows its file with the line highlighted.
    const Finding *located = nullptr;
    for (const Finding &finding : result->findings)
        if (finding.location.line > 1 && !finding.suppressed) {
            located = &finding;
            break;
        }
    QVERIFY(located);
    QVERIFY(findings->selectFinding(located->id));
    QCOMPARE(findings->sourceView()->path(), located->location.path);
    QCOMPARE(findings->sourceView()->highlightedLine(), located->location.line);
    QCOMPARE(findings->sourceView()->textCursor().blockNumber() + 1, located->location.line);

    // Env diff, checklist, port map.
    QVERIFY(window.envDiffView()->variablesModel()->rowCount() > 0);
    QCOMPARE(window.checklistView()->model()->itemCount(), int(result->checklist.size()));
    QVERIFY(!window.portMapView()->environment().isNull());

    // A factor page lists its findings and a link into the findings view.
    window.dashboardView()->showFactor(3);
    QCOMPARE(window.dashboardView()->currentFactor(), 3);
    QVERIFY(!DashboardView::guideText(3).isEmpty());

    const QString shots = qEnvironmentVariable("TFI_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        window.dashboardView()->showFactor(0);
        const QStringList names = {u"dashboard"_qs, u"findings"_qs, u"envdiff"_qs, u"portmap"_qs,
                                   u"checklist"_qs};
        for (int tab = 0; tab < names.size(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            if (tab == 3)
                window.portMapView()->fitToView();
            QTest::qWait(200);
            QVERIFY(window.grab().save(shots + u'/' + names.at(tab) + u".png"_qs));
        }
        window.tabs()->setCurrentIndex(0);
        window.dashboardView()->showFactor(3);
        QTest::qWait(100);
        QVERIFY(window.grab().save(shots + u"/factor-config.png"_qs));
    }
}

// Walks every view's text: item models (display and tooltip), text browsers, the source view
// after selecting each finding, labels.
void TestMainWindow::noSecretIsShown()
{
    const QStringList planted = {u"9fK2vQ7xLm3RtZ8wPb4NcY6hJd1sGe5u"_qs,
                                 u"sk_live_51LegacyShopPlantedKey0000"_qs,
                                 u"hunter2-legacy"_qs,
                                 u"s3cr3t-legacy-Pa55"_qs,
                                 u"Pr0d-Legacy-2023-x7Kq"_qs,
                                 u"legacy-mail-9tW3vRz"_qs};
    const QString path = materialize(u"legacy-shop"_qs);
    MainWindow window;
    window.setChecklistDirectory(m_checklists.path());
    window.show();
    const AuditResultPtr result = openAndWait(window, path);
    QVERIFY(result);

    QStringList seen;
    const auto collectModel = [&seen](const QAbstractItemModel *model) {
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row)
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    seen << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                    if (column == 0)
                        walk(index);
                }
        };
        walk({});
    };
    auto *findings = window.findingsView();
    for (int row = 0; row < findings->filterModel()->rowCount(); ++row) {
        findings->tree()->setCurrentIndex(findings->filterModel()->index(row, 0));
        seen << findings->sourceView()->toPlainText();
    }
    for (QTextBrowser *browser : window.findChildren<QTextBrowser *>())
        seen << browser->toPlainText();
    for (QLabel *label : window.findChildren<QLabel *>())
        seen << label->text();
    collectModel(findings->filterModel());
    auto *envDiff = window.envDiffView();
    for (const QString &workload : envDiff->variablesModel()->workloads()) {
        envDiff->setWorkload(workload);
        collectModel(envDiff->variablesModel());
        collectModel(envDiff->attributesModel());
    }
    collectModel(window.checklistView()->model());
    for (int factor = 1; factor <= 12; ++factor) {
        window.dashboardView()->showFactor(factor);
        for (QTextBrowser *browser : window.dashboardView()->findChildren<QTextBrowser *>())
            seen << browser->toPlainText();
    }
    const QString everything = seen.join(u'\n');
    QVERIFY(everything.size() > 1000); // the walk saw the views
    QVERIFY(everything.contains(u"DB_PASSWORD"_qs));
    for (const QString &secret : planted)
        QVERIFY2(!everything.contains(secret), qPrintable(u"shown in clear: "_qs + secret.left(4)));
}

void TestMainWindow::checklistSurvivesRestart()
{
    const QString path = materialize(u"halfway-shop"_qs);
    QString itemId;
    {
        MainWindow window;
        window.setChecklistDirectory(m_checklists.path());
        QVERIFY(openAndWait(window, path));
        ChecklistModel *model = window.checklistView()->model();
        QVERIFY(model->itemCount() > 0);
        const QModelIndex item = model->index(0, ChecklistModel::TitleColumn, model->index(0, 0));
        itemId = item.data(ChecklistModel::ItemIdRole).toString();
        QVERIFY(model->setData(item, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(item.siblingAtColumn(ChecklistModel::NoteColumn), u"ticket OPS-12"_qs));
    }
    MainWindow reopened;
    reopened.setChecklistDirectory(m_checklists.path());
    QVERIFY(openAndWait(reopened, path));
    const ChecklistState state = reopened.checklistView()->state();
    QVERIFY(state.value(itemId).done);
    QCOMPARE(state.value(itemId).note, u"ticket OPS-12"_qs);
    QCOMPARE(reopened.checklistView()->model()->doneCount(), 1);
    // Nothing was written into the repository.
    QVERIFY(QDir(path).entryList(QDir::Files | QDir::Hidden).filter(u"checklist"_qs).isEmpty());
}

void TestMainWindow::newerAuditReplacesOlder()
{
    const QString first = materialize(u"legacy-shop"_qs);
    const QString second = materialize(u"twelve-factor-shop"_qs);
    MainWindow window;
    window.setChecklistDirectory(m_checklists.path());
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.openRepository(first);
    window.openRepository(second);
    QVERIFY(finished.wait(60000));
    window.auditJob()->waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QVERIFY(window.result()->repository.root.endsWith(u"twelve-factor-shop"_qs));
    QVERIFY(window.windowTitle().contains(u"twelve-factor-shop"_qs));
}

void TestMainWindow::refusesWhatIsNotARepositoryFolder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("missing") << u"missing"_qs;
    QTest::addRow("a file") << u"file"_qs;
    QTest::addRow("unreadable") << u"unreadable"_qs;
    QTest::addRow("a folder") << u"folder"_qs;
}

void TestMainWindow::refusesWhatIsNotARepositoryFolder()
{
    QFETCH(QString, kind);
    QTemporaryDir directory;
    QString path = directory.filePath(u"target"_qs);
    if (kind == u"file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == u"folder" || kind == u"unreadable") {
        QVERIFY(QDir().mkpath(path));
        if (kind == u"unreadable") {
            if (::geteuid() == 0)
                QSKIP("root reads every folder");
            QFile::setPermissions(path, QFileDevice::WriteOwner);
        }
    }
    const QString problem = MainWindow::openProblem(path);
    QCOMPARE(problem.isEmpty(), kind == u"folder");
    if (!problem.isEmpty())
        QVERIFY(problem.contains(u"target"_qs));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// The audit runs off the GUI thread: a timer on the GUI thread keeps firing during an audit.
void TestMainWindow::eventLoopKeepsTicking()
{
    const QString path = materialize(u"twelve-factor-shop"_qs);
    MainWindow window;
    window.setChecklistDirectory(m_checklists.path());
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start(5);
    QVERIFY(openAndWait(window, path));
    QVERIFY(ticks > 0);
}

void TestMainWindow::presenterModeStepsThroughFactors()
{
    const QString path = materialize(u"legacy-shop"_qs);
    MainWindow window;
    window.setChecklistDirectory(m_checklists.path());
    window.show();
    QVERIFY(openAndWait(window, path));
    const qreal normalSize = window.font().pointSizeF();
    window.presenterAction()->setChecked(true);
    QVERIFY(window.isPresenterMode());
    QVERIFY(window.font().pointSizeF() > normalSize * 1.4);
    QCOMPARE(window.tabs()->currentWidget(), window.dashboardView());
    QCOMPARE(window.dashboardView()->currentFactor(), 1);
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(window.dashboardView()->currentFactor(), 2);
    if (const QString shots = qEnvironmentVariable("TFI_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(window.grab().save(shots + u"/presenter.png"_qs));
    QTest::keyClick(&window, Qt::Key_PageUp);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(window.dashboardView()->currentFactor(), 0); // the overview of all twelve
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isPresenterMode());
    QCOMPARE(window.font().pointSizeF(), normalSize);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
