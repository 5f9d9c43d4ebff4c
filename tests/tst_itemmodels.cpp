// Every item model of the GUI under QAbstractItemModelTester, on a Kustomize project with a base
// and dev, staging and prod overlays.
#include "auditfixture.h"
#include "checklistmodel.h"
#include "checkliststate.h"
#include "envmatrixmodel.h"
#include "findingsmodel.h"
#include "jsonreport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace tfi;

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findingsModel();
    void findingsFilter_data();
    void findingsFilter();
    void variablesMatrix();
    void sharedSecretIsNamedNotShown();
    void attributesMatrix();
    void checklistModel();
    void checklistStatePersists();
    void checklistKeepsResolvedItems();
    void checklistStoreKeepsRepositoriesApart();

private:
    AuditResultPtr m_result;
};

static QMap<QString, QByteArray> kustomizeProject();

void TestItemModels::initTestCase()
{
    m_result = test::auditFiles(kustomizeProject());
    QVERIFY(m_result);
    QVERIFY(!m_result->findings.isEmpty());
}

void TestItemModels::findingsModel()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_result);
    QCOMPARE(model.rowCount(), int(m_result->findings.size()));
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    const Finding &first = m_result->findings.constFirst();
    QCOMPARE(model.index(0, FindingsModel::TitleColumn).data().toString(), first.title);
    QCOMPARE(model.index(0, FindingsModel::RuleColumn).data().toString(), first.rule);
    QCOMPARE(model.rowOfFinding(first.id), 0);
    QCOMPARE(model.rowOfFinding(u"no-such-id"_qs), -1);
    model.setResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::findingsFilter_data()
{
    QTest::addColumn<int>("factor");
    QTest::addColumn<int>("minimumSeverity"); // -1: all
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("text");

    QTest::addRow("everything") << 0 << -1 << QString() << QString();
    QTest::addRow("config only") << 3 << -1 << QString() << QString();
    QTest::addRow("errors only") << 0 << int(Severity::Error) << QString() << QString();
    QTest::addRow("prod only") << 0 << -1 << u"prod"_qs << QString();
    QTest::addRow("text search") << 0 << -1 << QString() << u"api"_qs;
    QTest::addRow("nothing matches") << 0 << -1 << QString() << u"zzz-no-such-text"_qs;
}

void TestItemModels::findingsFilter()
{
    QFETCH(int, factor);
    QFETCH(int, minimumSeverity);
    QFETCH(QString, environment);
    QFETCH(QString, text);

    FindingsModel model;
    model.setResult(m_result);
    FindingsFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setFactor(factor);
    filter.setMinimumSeverity(minimumSeverity < 0 ? std::nullopt : std::optional(Severity(minimumSeverity)));
    filter.setEnvironment(environment);
    filter.setText(text);

    int expected = 0;
    for (const Finding &finding : m_result->findings) {
        if (finding.suppressed || (factor && finding.factor != factor) ||
            (minimumSeverity >= 0 && int(finding.severity) > minimumSeverity) ||
            (!environment.isEmpty() && finding.environment != environment))
            continue;
        if (!text.isEmpty() &&
            !QString(finding.title + finding.message + finding.rule).contains(text, Qt::CaseInsensitive) &&
            !finding.workload.contains(text, Qt::CaseInsensitive) && !finding.location.path.contains(text))
            continue;
        ++expected;
    }
    QCOMPARE(filter.rowCount(), expected);
    if (QByteArray(QTest::currentDataTag()) == "everything")
        QVERIFY(expected > 3);
    if (QByteArray(QTest::currentDataTag()) == "text search")
        QVERIFY(expected > 0);
    if (QByteArray(QTest::currentDataTag()) == "nothing matches")
        QCOMPARE(expected, 0);
    // Sorting by severity puts errors first.
    filter.sort(FindingsModel::SeverityColumn);
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row - 1, 0).data(FindingsModel::SeverityRole).toInt() <=
                filter.index(row, 0).data(FindingsModel::SeverityRole).toInt());
}

void TestItemModels::variablesMatrix()
{
    EnvMatrixModel model(EnvMatrixModel::Contents::Variables);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_result);
    QVERIFY(model.workloads().contains(u"api"_qs));
    model.setWorkload(u"api"_qs);
    QCOMPARE(model.environments(), (QStringList{u"dev"_qs, u"staging"_qs, u"prod"_qs}));
    QCOMPARE(model.columnCount(), 4);

    QHash<QString, int> rowOf;
    for (int row = 0; row < model.rowCount(); ++row)
        rowOf.insert(model.index(row, 0).data().toString(), row);
    QVERIFY(rowOf.contains(u"LOG_LEVEL"_qs));
    QVERIFY(rowOf.contains(u"FEATURE_SEARCH"_qs));

    // LOG_LEVEL: debug in dev, info in staging and prod: dev is the odd one out.
    const int logLevel = rowOf.value(u"LOG_LEVEL"_qs);
    QCOMPARE(model.index(logLevel, 0).data(EnvMatrixModel::RowStatusRole).toInt(),
             int(VariableStatus::Differs));
    QCOMPARE(model.index(logLevel, 1).data().toString(), u"debug"_qs);
    QCOMPARE(model.index(logLevel, 1).data(EnvMatrixModel::CellStateRole).toInt(),
             int(EnvMatrixModel::CellState::Differs));
    QCOMPARE(model.index(logLevel, 3).data(EnvMatrixModel::CellStateRole).toInt(),
             int(EnvMatrixModel::CellState::Same));
    // Provenance: dev's value comes from the dev overlay, prod's from the base it inherits.
    const auto devLocation = model.index(logLevel, 1).data(EnvMatrixModel::LocationRole).value<Location>();
    QVERIFY2(devLocation.path.startsWith(u"overlays/dev/"_qs), qPrintable(devLocation.path));
    const auto prodLocation = model.index(logLevel, 3).data(EnvMatrixModel::LocationRole).value<Location>();
    QCOMPARE(prodLocation.path, u"base/deployment.yaml"_qs);
    QVERIFY(prodLocation.line > 0);
    QVERIFY(model.index(logLevel, 1).data(Qt::ToolTipRole).toString().contains(devLocation.path));

    // FEATURE_SEARCH is set in staging only: missing in dev and prod.
    const int feature = rowOf.value(u"FEATURE_SEARCH"_qs);
    QCOMPARE(model.index(feature, 0).data(EnvMatrixModel::RowStatusRole).toInt(),
             int(VariableStatus::Missing));
    QCOMPARE(model.index(feature, 3).data(EnvMatrixModel::CellStateRole).toInt(),
             int(EnvMatrixModel::CellState::Missing));

    // Differences only hides the rows that agree everywhere.
    const int all = model.rowCount();
    model.setDifferencesOnly(true);
    QVERIFY(model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(EnvMatrixModel::RowStatusRole).toInt() != int(VariableStatus::Same));
}

void TestItemModels::sharedSecretIsNamedNotShown()
{
    EnvMatrixModel model(EnvMatrixModel::Contents::Variables);
    model.setResult(m_result);
    model.setWorkload(u"api"_qs);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.index(i, 0).data().toString() == u"SESSION_SECRET")
            row = i;
    QVERIFY(row >= 0);
    const QString planted = u"k8Xq2Lw9Vb7Tz4Rn6Ym1Pc3Hs5Jd0Fg"_qs;
    for (int column = 1; column < model.columnCount(); ++column) {
        const QModelIndex cell = model.index(row, column);
        QVERIFY(cell.data(EnvMatrixModel::SensitiveRole).toBool());
        QVERIFY(!cell.data().toString().contains(planted));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().contains(planted));
    }
    // Staging and prod share one secret value: each cell says so, without the value.
    const QString prodTip = model.index(row, 3).data(Qt::ToolTipRole).toString();
    QVERIFY2(prodTip.contains(u"staging"_qs), qPrintable(prodTip));
    QVERIFY(model.index(row, 3).data().toString().contains(u"shared"_qs));
    QVERIFY(!model.index(row, 1).data(Qt::ToolTipRole).toString().contains(u"Same secret"_qs));
}

void TestItemModels::attributesMatrix()
{
    EnvMatrixModel model(EnvMatrixModel::Contents::Attributes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_result);
    model.setWorkload(u"api"_qs);
    QVERIFY(model.rowCount() > 0);
    bool imageDiffers = false;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data().toString().contains(u"Image"_qs, Qt::CaseInsensitive))
            imageDiffers = model.index(row, 0).data(EnvMatrixModel::RowStatusRole).toInt() ==
                           int(VariableStatus::Differs);
    QVERIFY(imageDiffers);
}

void TestItemModels::checklistModel()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &ChecklistModel::stateChanged);
    model.setResult(m_result, {});
    QCOMPARE(model.itemCount(), int(m_result->checklist.size()));
    QVERIFY(model.rowCount() > 0);
    // Groups are in priority order.
    for (int group = 1; group < model.rowCount(); ++group)
        QVERIFY(model.index(group - 1, 0).data(ChecklistModel::PriorityRole).toInt() <
                model.index(group, 0).data(ChecklistModel::PriorityRole).toInt());
    const QModelIndex item = model.index(0, ChecklistModel::TitleColumn, model.index(0, 0));
    QVERIFY(item.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(item, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.doneCount(), 1);
    const QModelIndex note = item.siblingAtColumn(ChecklistModel::NoteColumn);
    QVERIFY(note.flags() & Qt::ItemIsEditable);
    QVERIFY(model.setData(note, u"Done in PR 42"_qs));
    const QString id = item.data(ChecklistModel::ItemIdRole).toString();
    QVERIFY(model.state().value(id).done);
    QCOMPARE(model.state().value(id).note, u"Done in PR 42"_qs);
    // Group rows are not checkable.
    QVERIFY(!(model.index(0, 0).flags() & Qt::ItemIsUserCheckable));
}

// An item of an earlier audit whose findings are gone is listed as resolved, note kept.
void TestItemModels::checklistKeepsResolvedItems()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChecklistState earlier;
    earlier.insert(u"config.old-item"_qs,
                   {false, u"was in the base"_qs, {}, u"Move DB_PASSWORD into a Secret"_qs, 3, false});
    model.setResult(m_result, earlier);
    QCOMPARE(model.resolvedCount(), 1);
    QCOMPARE(model.itemCount(), int(m_result->checklist.size()));
    const QModelIndex group = model.index(model.rowCount() - 1, 0);
    QCOMPARE(group.data(ChecklistModel::PriorityRole).toInt(), 0);
    const QModelIndex item = model.index(0, ChecklistModel::TitleColumn, group);
    QCOMPARE(item.data().toString(), u"Move DB_PASSWORD into a Secret"_qs);
    QCOMPARE(item.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(item.data(ChecklistModel::ResolvedRole).toBool());
    QVERIFY(!(item.flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(item, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(item.siblingAtColumn(ChecklistModel::NoteColumn).data().toString(), u"was in the base"_qs);
    // The current items are remembered with their titles, for the next audit.
    QCOMPARE(model.state().value(m_result->checklist.constFirst().id).title,
             m_result->checklist.constFirst().title);
}

void TestItemModels::checklistStatePersists()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const ChecklistStore store(directory.path());
    const QString identity = repositoryIdentity(m_result->repository);
    QVERIFY(identity.startsWith(m_result->repository.rootCommit));
    QVERIFY(!m_result->repository.rootCommit.isEmpty());

    ChecklistState state;
    const QString id = m_result->checklist.constFirst().id;
    state.insert(id, {true, u"fixed in the base"_qs, QDateTime::currentDateTimeUtc(), QString(), 0, false});
    QString error;
    QVERIFY2(store.save(identity, state, &error), qPrintable(error));
    const ChecklistState loaded = store.load(identity);
    QVERIFY(loaded.value(id).done);
    QCOMPARE(loaded.value(id).note, u"fixed in the base"_qs);
    // Nothing is written into the inspected repository.
    QVERIFY(!QFileInfo(directory.path()).absoluteFilePath().startsWith(m_result->repository.root));
    const QList<ChecklistItem> applied = applyChecklistState(m_result->checklist, loaded);
    QVERIFY(applied.constFirst().done);
}

void TestItemModels::checklistStoreKeepsRepositoriesApart()
{
    QTemporaryDir directory;
    const ChecklistStore store(directory.path());
    ChecklistState state;
    state.insert(u"item"_qs, {true, QString(), {}, QString(), 0, false});
    QVERIFY(store.save(u"aaaa@/repo/one"_qs, state));
    QVERIFY(store.load(u"aaaa@/repo/two"_qs).isEmpty());
    QVERIFY(store.load(u"bbbb@/repo/one"_qs).isEmpty());
    QVERIFY(store.load(u"aaaa@/repo/one"_qs).value(u"item"_qs).done);
}

static QMap<QString, QByteArray> kustomizeProject()
{
    QMap<QString, QByteArray> files;
    files.insert(u"base/kustomization.yaml"_qs, R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
  - service.yaml
)");
    files.insert(u"base/deployment.yaml"_qs, R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:1.4.0
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
            - name: DATABASE_HOST
              value: db.internal
)");
    files.insert(u"base/service.yaml"_qs, R"(apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - port: 80
      targetPort: 8080
)");
    const auto overlay = [&files](const QString &name, const QByteArray &env, const QByteArray &tag) {
        files.insert(
            u"overlays/"_qs + name + u"/kustomization.yaml"_qs,
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\n"
            "patches:\n  - path: env.yaml\nimages:\n  - name: registry.example.com/shop/api\n    newTag: \"" +
                tag + "\"\n");
        files.insert(
            u"overlays/"_qs + name + u"/env.yaml"_qs,
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n"
            "      containers:\n        - name: api\n          env:\n" +
                env);
    };
    overlay(u"dev"_qs,
            "            - name: LOG_LEVEL\n              value: debug\n"
            "            - name: SESSION_SECRET\n              value: devsecret-Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8\n",
            "1.5.0-rc1");
    overlay(u"staging"_qs,
            "            - name: FEATURE_SEARCH\n              value: \"on\"\n"
            "            - name: SESSION_SECRET\n              value: k8Xq2Lw9Vb7Tz4Rn6Ym1Pc3Hs5Jd0Fg\n",
            "1.4.0");
    overlay(u"prod"_qs,
            "            - name: SESSION_SECRET\n              value: k8Xq2Lw9Vb7Tz4Rn6Ym1Pc3Hs5Jd0Fg\n",
            "1.4.0");
    return files;
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
