#include "mainwindow.h"

#include "auditjob.h"
#include "checklistview.h"
#include "dashboardview.h"
#include "envdiffview.h"
#include "examples.h"
#include "exportdialog.h"
#include "findingsview.h"
#include "portmapview.h"
#include "reposnapshot.h"
#include "revisions.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

namespace tfi {

namespace {
constexpr int windowStateVersion = 1;
constexpr int recentLimit = 10;
constexpr int watchedFileLimit = 2000; // inotify watches are a shared, limited resource
constexpr int reauditDelayMs = 600;    // editors write in bursts; audit once they are done

enum TabIndex
{
    DashboardTab,
    FindingsTab,
    EnvDiffTab,
    PortMapTab,
    ChecklistTab,
    DiagnosticsTab
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_job(new AuditJob(this)), m_checklistStore(std::make_unique<ChecklistStore>()),
      m_stack(new QStackedWidget(this)), m_welcome(new WelcomePage(this)), m_tabs(new QTabWidget(this)),
      m_dashboard(new DashboardView(this)), m_findings(new FindingsView(this)),
      m_envDiff(new EnvDiffView(this)), m_portMap(new PortMapView(this)),
      m_checklist(new ChecklistView(this)), m_diagnostics(new QTreeWidget(this)),
      m_revisions(new QComboBox(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_cancel(new QToolButton(this)), m_watcher(new QFileSystemWatcher(this)),
      m_reauditTimer(new QTimer(this))
{
    setAcceptDrops(true);
    m_checklist->setStore(m_checklistStore.get());
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_findings, tr("&Findings"));
    m_tabs->addTab(m_envDiff, tr("&Env Diff"));
    m_tabs->addTab(m_portMap, tr("&Port Map"));
    m_tabs->addTab(m_checklist, tr("&Checklist"));
    m_tabs->addTab(m_diagnostics, tr("D&iagnostics"));
    m_tabs->setDocumentMode(true);
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setHeaderLabels({tr("Severity"), tr("Location"), tr("Message")});
    m_diagnostics->header()->setStretchLastSection(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_revisions->setMinimumContentsLength(28);
    m_revisions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_revisions->setToolTip(
        tr("The revision to audit: the working tree, a branch, a tag or a recent commit"));
    m_revisions->setAccessibleName(tr("Revision"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_reauditTimer->setSingleShot(true);
    m_reauditTimer->setInterval(reauditDelayMs);

    createActions();

    connect(m_welcome, &WelcomePage::openRequested, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Repository"), m_path);
        if (!path.isEmpty())
            openRepository(path);
    });
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString &path) { openRepository(path); });
    connect(m_welcome, &WelcomePage::exampleRequested, this, &MainWindow::openExample);
    connect(m_job, &AuditJob::progress, this, &MainWindow::showProgress);
    connect(m_job, &AuditJob::finished, this, &MainWindow::showResult);
    connect(m_job, &AuditJob::failed, this, &MainWindow::showFailure);
    connect(m_job, &AuditJob::cancelled, this, [this] {
        setBusy(false);
        m_status->setText(tr("Audit cancelled."));
    });
    connect(m_cancel, &QToolButton::clicked, m_job, &AuditJob::cancel);
    connect(m_revisions, &QComboBox::activated, this, [this](int index) {
        const QString revision = m_revisions->itemData(index).toString();
        if (revision != m_revision) {
            m_revision = revision;
            startAudit();
        }
    });
    connect(m_dashboard, &DashboardView::findingActivated, this, &MainWindow::showFinding);
    connect(m_dashboard, &DashboardView::locationActivated, this, &MainWindow::showLocation);
    connect(m_envDiff, &EnvDiffView::locationActivated, this, &MainWindow::showLocation);
    connect(m_portMap, &PortMapView::locationActivated, this, &MainWindow::showLocation);
    connect(m_checklist, &ChecklistView::findingActivated, this, &MainWindow::showFinding);
    connect(m_checklist, &ChecklistView::saveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_diagnostics, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showLocation(item->data(1, Qt::UserRole).value<Location>()); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reauditTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reauditTimer, qOverload<>(&QTimer::start));
    connect(m_reauditTimer, &QTimer::timeout, this, [this] {
        if (!m_path.isEmpty() && m_revision.isEmpty()) {
            m_status->setText(tr("Files changed on disk; auditing again."));
            startAudit();
        }
    });

    m_welcome->setRecentRepositories(recentRepositories());
    QSettings settings;
    resize(1200, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), windowStateVersion);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_findings->restoreLayout(settings.value(QStringLiteral("findings/layout")).toByteArray());
    updateTitle();
    setBusy(false);
    m_status->setText(tr("Open a repository to audit it."));
}

MainWindow::~MainWindow()
{
    m_job->cancel();
    m_job->waitForIdle();
}

void MainWindow::setChecklistDirectory(const QString &directory)
{
    m_checklistStore = std::make_unique<ChecklistStore>(directory);
    m_checklist->setStore(m_checklistStore.get());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Repository…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Repository"), m_path);
        if (!path.isEmpty())
            openRepository(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QMenu *examples = file->addMenu(tr("Open &Example"));
    for (const ExampleInfo &example : bundledExamples())
        examples->addAction(example.title, this, [this, name = example.name] { openExample(name); })
            ->setToolTip(example.summary);
    file->addSeparator();
    m_reauditAction = file->addAction(tr("&Audit Again"), this, &MainWindow::startAudit);
    m_reauditAction->setShortcut(QKeySequence::Refresh);
    m_exportAction = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int index = 0; index < m_tabs->count(); ++index) {
        QAction *action = view->addAction(m_tabs->tabText(index), this, [this, index] {
            if (m_stack->currentWidget() == m_tabs)
                m_tabs->setCurrentIndex(index);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    }

    view->addSeparator();
    m_presenterAction = view->addAction(tr("&Presenter Mode"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presenterAction->setToolTip(tr("Larger text and one factor at a time, for projecting in a workshop; "
                                     "Page Up and Page Down step through the factors, F5 or Escape ends it"));
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenterMode);
    // Stepping through factors is for the projector; the window keeps these keys otherwise.
    auto *nextFactor = new QAction(this);
    nextFactor->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)});
    connect(nextFactor, &QAction::triggered, this, [this] { stepFactor(1); });
    auto *previousFactor = new QAction(this);
    previousFactor->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previousFactor, &QAction::triggered, this, [this] { stepFactor(-1); });
    auto *leavePresenter = new QAction(this);
    leavePresenter->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leavePresenter, &QAction::triggered, this, [this] { m_presenterAction->setChecked(false); });
    for (QAction *action : {nextFactor, previousFactor, leavePresenter}) {
        action->setEnabled(false);
        addAction(action);
        connect(m_presenterAction, &QAction::toggled, action, &QAction::setEnabled);
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<std::pair<QString, QString>> choices = {{QString(), tr("System language")},
                                                        {QStringLiteral("en"), tr("English")},
                                                        {QStringLiteral("de"), tr("German")}};
    for (const auto &[code, label] : choices) {
        QAction *action = language->addAction(label, this, [this, code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Twelve-Factor Inspector"), this, [this] {
        QMessageBox::about(this, tr("About Twelve-Factor Inspector"),
                           tr("<h3>Twelve-Factor Inspector %1</h3><p>Shows how well a service follows the "
                              "twelve-factor methodology, from its repository and deploy manifests. The "
                              "inspected repository is only read.</p><p>Qt %2 · libgit2 %3 · yaml-cpp %4 · "
                              "Graphviz for the port map layout</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    libgit2Version(), QStringLiteral(TFI_YAMLCPP_VERSION)));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(open);
    toolbar->addAction(m_reauditAction);
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Revision: "), this));
    toolbar->addWidget(m_revisions);
}

QString MainWindow::openProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
    if (!info.isDir())
        return tr("%1 is not a folder. Drop or choose the folder of a repository.")
            .arg(QDir::toNativeSeparators(path));
    if (!info.isReadable() || !info.isExecutable())
        return tr("%1 cannot be read: permission denied.").arg(QDir::toNativeSeparators(path));
    return {};
}

void MainWindow::openRepository(const QString &path, const QString &revision)
{
    const QString problem = openProblem(path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Open Repository"), problem);
        return;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_revision = revision;
    m_result.reset();
    fillRevisions();
    startAudit();
}

void MainWindow::startAudit()
{
    if (m_path.isEmpty())
        return;
    AuditOptions options;
    options.path = m_path;
    options.revision = m_revision;
    setBusy(true);
    m_status->setText(tr("Auditing %1…").arg(QDir::toNativeSeparators(m_path)));
    m_job->start(options);
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    m_reauditAction->setEnabled(!m_path.isEmpty() && !busy);
    m_exportAction->setEnabled(m_result != nullptr);
}

void MainWindow::showProgress(const QString &phase, int done, int total, const QString &path)
{
    m_progress->setRange(0, qMax(total, 0));
    m_progress->setValue(done);
    m_status->setText(path.isEmpty() ? phase : tr("%1: %2").arg(phase, path));
}

void MainWindow::showResult(AuditResultPtr result)
{
    m_result = std::move(result);
    m_dashboard->setResult(m_result);
    m_findings->setResult(m_result);
    m_envDiff->setResult(m_result);
    m_portMap->setResult(m_result);
    m_checklist->setResult(m_result);
    fillDiagnostics();
    m_stack->setCurrentWidget(m_tabs);
    setBusy(false);
    rememberRecent(m_path);
    watchFiles();
    updateTitle();
    const qint64 elapsed = m_result->startedAt.msecsTo(m_result->finishedAt);
    m_status->setText(tr("Audited %n file(s) in %1 s.", nullptr,
                         int(m_result->snapshot ? m_result->snapshot->files().size() : 0))
                          .arg(QLocale().toString(double(elapsed) / 1000.0, 'f', 1)));
    Q_EMIT auditFinished(m_result);
}

void MainWindow::showFailure(const QString &message)
{
    setBusy(false);
    m_status->setText(tr("The audit could not run."));
    if (!m_result)
        m_stack->setCurrentWidget(m_welcome);
    Q_EMIT auditFailed(message);
    // Not modal-blocking for tests and scripts that drive the window: show and return.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Audit failed"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::fillRevisions()
{
    const QSignalBlocker blocker(m_revisions);
    m_revisions->clear();
    const QList<RevisionEntry> revisions = listRevisions(m_path);
    for (const RevisionEntry &entry : revisions) {
        QString label;
        switch (entry.kind) {
        case RevisionEntry::Kind::WorkingTree:
            label = entry.label;
            break;
        case RevisionEntry::Kind::Branch:
            label = tr("Branch %1").arg(entry.label);
            break;
        case RevisionEntry::Kind::Tag:
            label = tr("Tag %1").arg(entry.label);
            break;
        case RevisionEntry::Kind::Commit:
            label = tr("%1 %2").arg(entry.commit.left(8), entry.label);
            break;
        }
        m_revisions->addItem(label, entry.spec);
        m_revisions->setItemData(m_revisions->count() - 1,
                                 entry.date.isValid() ? QLocale().toString(entry.date, QLocale::ShortFormat)
                                                      : QString(),
                                 Qt::ToolTipRole);
    }
    if (!m_revision.isEmpty() && m_revisions->findData(m_revision) < 0)
        m_revisions->addItem(m_revision, m_revision);
    m_revisions->setCurrentIndex(qMax(0, m_revisions->findData(m_revision)));
    m_revisions->setEnabled(!revisions.isEmpty());
}

void MainWindow::watchFiles()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_result || !m_result->snapshot || m_result->repository.fromCommit)
        return; // a commit does not change on disk
    QStringList files;
    QSet<QString> directories{m_result->repository.root};
    const QDir root(m_result->repository.root);
    for (const SourceFile &file : m_result->snapshot->files()) {
        if (files.size() >= watchedFileLimit)
            break;
        if (!file.isText())
            continue;
        files.append(root.filePath(file.path));
        directories.insert(QFileInfo(files.constLast()).absolutePath());
    }
    m_watcher->addPaths(files);
    m_watcher->addPaths(QStringList(directories.begin(), directories.end()));
}

QStringList MainWindow::recentRepositories()
{
    return QSettings().value(QStringLiteral("recentRepositories")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    // Examples live in a temporary folder that is gone next time: not worth remembering.
    if (m_examplesDirectory && path.startsWith(m_examplesDirectory->path()))
        return;
    QStringList recent = recentRepositories();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > recentLimit)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentRepositories"), recent);
    rebuildRecentMenu();
    m_welcome->setRecentRepositories(recent);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentRepositories();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openRepository(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openExample(const QString &name)
{
    if (!m_examplesDirectory) {
        m_examplesDirectory = std::make_unique<QTemporaryDir>();
        if (!m_examplesDirectory->isValid()) {
            QMessageBox::warning(
                this, tr("Open Example"),
                tr("No temporary folder for the example: %1").arg(m_examplesDirectory->errorString()));
            m_examplesDirectory.reset();
            return;
        }
    }
    // Each opening gets a fresh copy, so an example can be edited in a workshop and reset.
    const QString parent =
        QDir(m_examplesDirectory->path()).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QDir().mkpath(parent);
    QString error;
    const QString path = materializeExample(name, parent, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Open Example"), error);
        return;
    }
    openRepository(path);
}

void MainWindow::exportReport()
{
    if (!m_result)
        return;
    ExportDialog dialog(m_result, m_checklist->state(), this);
    dialog.exec();
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(this, tr("Language"),
                             tr("The language changes when the application starts next time."));
}

void MainWindow::showLocation(const Location &location)
{
    if (!location.isValid())
        return;
    m_findings->showLocation(location);
    m_tabs->setCurrentWidget(m_findings);
}

void MainWindow::showFinding(const QString &findingId)
{
    if (m_findings->selectFinding(findingId))
        m_tabs->setCurrentWidget(m_findings);
}

void MainWindow::fillDiagnostics()
{
    m_diagnostics->clear();
    if (!m_result)
        return;
    for (const Diagnostic &diagnostic : m_result->diagnostics) {
        auto *item = new QTreeWidgetItem(m_diagnostics);
        item->setText(0, diagnostic.severity == DiagnosticSeverity::Error ? tr("Error") : tr("Warning"));
        item->setText(
            1, diagnostic.location.line > 0
                   ? tr("%1:%2").arg(diagnostic.location.path, QString::number(diagnostic.location.line))
                   : diagnostic.location.path);
        item->setData(1, Qt::UserRole, QVariant::fromValue(diagnostic.location));
        item->setText(2, diagnostic.message);
    }
    m_tabs->setTabText(DiagnosticsTab, tr("D&iagnostics (%1)").arg(m_result->diagnostics.size()));
}

void MainWindow::updateTitle()
{
    if (m_path.isEmpty()) {
        setWindowTitle(tr("Twelve-Factor Inspector"));
        return;
    }
    const QString name = QDir(m_path).dirName();
    const QString at = m_revision.isEmpty() ? tr("working tree") : m_revisions->currentText();
    setWindowTitle(tr("%1 (%2) — Twelve-Factor Inspector").arg(name, at));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(windowStateVersion));
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("findings/layout"), m_findings->saveLayout());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    const QString path = urls.constFirst().toLocalFile();
    const QString problem = openProblem(path);
    if (!problem.isEmpty()) {
        QMessageBox::information(this, tr("Open Repository"), problem);
        return;
    }
    event->acceptProposedAction();
    openRepository(path);
}

bool MainWindow::isPresenterMode() const
{
    return m_presenterAction && m_presenterAction->isChecked();
}

void MainWindow::setPresenterMode(bool on)
{
    if (on) {
        m_normalFont = font();
        m_wasMaximized = isMaximized();
        QFont large = m_normalFont;
        large.setPointSizeF(m_normalFont.pointSizeF() * 1.6);
        setFont(large);
        menuBar()->hide();
        for (QToolBar *toolbar : findChildren<QToolBar *>())
            toolbar->hide();
        statusBar()->hide();
        m_tabs->tabBar()->hide();
        if (m_stack->currentWidget() == m_tabs) {
            m_tabs->setCurrentWidget(m_dashboard);
            if (m_dashboard->currentFactor() == 0)
                m_dashboard->showFactor(1);
        }
        showFullScreen();
        return;
    }
    setFont(m_normalFont);
    menuBar()->show();
    for (QToolBar *toolbar : findChildren<QToolBar *>())
        toolbar->show();
    statusBar()->show();
    m_tabs->tabBar()->show();
    if (m_wasMaximized)
        showMaximized();
    else
        showNormal();
}

void MainWindow::stepFactor(int delta)
{
    if (!isPresenterMode() || m_stack->currentWidget() != m_tabs)
        return;
    m_tabs->setCurrentWidget(m_dashboard);
    // 0 is the tiles: the overview comes between the last factor and the first.
    const int next = (m_dashboard->currentFactor() + delta + 13) % 13;
    m_dashboard->showFactor(next);
}

} // namespace tfi
