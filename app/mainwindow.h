#pragma once

#include "auditresult.h"
#include "checkliststate.h"

#include <QMainWindow>
#include <QTemporaryDir>

#include <memory>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace tfi {

class AuditJob;
class ChecklistView;
class DashboardView;
class EnvDiffView;
class FindingsView;
class PortMapView;
class WelcomePage;

// The application window: opens a repository (dialog, drag and drop, command line, recent list,
// bundled examples), audits it off the GUI thread and shows the dashboard, findings, env diff,
// port map, checklist and diagnostics of the newest result.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` at `revision` ("" = working tree) and starts an audit.
    void openRepository(const QString &path, const QString &revision = {});
    AuditResultPtr result() const { return m_result; }
    AuditJob *auditJob() const { return m_job; }
    QTabWidget *tabs() const { return m_tabs; }
    FindingsView *findingsView() const { return m_findings; }
    EnvDiffView *envDiffView() const { return m_envDiff; }
    ChecklistView *checklistView() const { return m_checklist; }
    DashboardView *dashboardView() const { return m_dashboard; }
    PortMapView *portMapView() const { return m_portMap; }
    bool isPresenterMode() const;
    QAction *presenterAction() const { return m_presenterAction; }
    // Where the checklist state is kept; tests point it at a temporary directory.
    void setChecklistDirectory(const QString &directory);
    static QStringList recentRepositories();
    // Why a dropped or chosen path cannot be opened, or empty when it can.
    static QString openProblem(const QString &path);

Q_SIGNALS:
    void auditFinished(tfi::AuditResultPtr result);
    void auditFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void startAudit();
    void showResult(AuditResultPtr result);
    void showFailure(const QString &message);
    void showProgress(const QString &phase, int done, int total, const QString &path);
    void setBusy(bool busy);
    void fillRevisions();
    void watchFiles();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void openExample(const QString &name);
    void exportReport();
    void chooseLanguage(const QString &language);
    void showLocation(const Location &location);
    void showFinding(const QString &findingId);
    void fillDiagnostics();
    void updateTitle();
    // Presenter mode: larger fonts, full screen, one factor page at a time for projecting.
    void setPresenterMode(bool on);
    void stepFactor(int delta);

    QString m_path;
    QString m_revision;
    AuditResultPtr m_result;
    AuditJob *m_job;
    std::unique_ptr<ChecklistStore> m_checklistStore;
    std::unique_ptr<QTemporaryDir> m_examplesDirectory;

    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    DashboardView *m_dashboard;
    FindingsView *m_findings;
    EnvDiffView *m_envDiff;
    PortMapView *m_portMap;
    ChecklistView *m_checklist;
    QTreeWidget *m_diagnostics;

    QComboBox *m_revisions;
    QProgressBar *m_progress;
    QLabel *m_status;
    QToolButton *m_cancel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_reauditAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QFont m_normalFont;
    bool m_wasMaximized = false;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reauditTimer;
};

} // namespace tfi
