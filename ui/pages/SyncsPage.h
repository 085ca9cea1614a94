#pragma once

#include <QPointer>
#include <QWidget>

class CopyableTableView;
class CsvDownloadController;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class RunFilterProxyModel;
class RunObjectsModel;
class WorkspaceSession;

namespace Sync {
struct Progress;
struct ObjectCounts;
} // namespace Sync

// Runs in two tabs as seed 000 has them, Completed and Incomplete (running, queued,
// interrupted), over one shared run model; the selected run's detail below, one line per
// object with live counts and a progress bar while it works, with Show failures, Download
// CSV (up to 100 failures of the object) and Retry failed rows.
class SyncsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncsPage(CsvDownloadController *downloads, QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    // Selects the run in the tab that holds it and shows its detail.
    void showRun(qint64 runId);
    qint64 detailRunId() const;

    QTabWidget *tabs() const { return m_tabs; }
    CopyableTableView *completedView() const { return m_completedView; }
    CopyableTableView *incompleteView() const { return m_incompleteView; }
    CopyableTableView *objectsView() const { return m_objectsView; }
    RunObjectsModel *objectsModel() const { return m_objects; }
    RunFilterProxyModel *completedRuns() const { return m_completed; }
    RunFilterProxyModel *incompleteRuns() const { return m_incomplete; }

Q_SIGNALS:
    void showFailuresRequested(qint64 runId, const QString &object);

private:
    void setDetailRun(qint64 runId);
    void refreshDetailHeader();
    void refreshDetailActions();
    void updateTabTitles();
    void onProgress(const Sync::Progress &progress);
    void onCounts(qint64 runId, const Sync::ObjectCounts &counts);
    void onRunFinished(qint64 runId);
    QString selectedObject() const;
    CopyableTableView *makeRunView(RunFilterProxyModel *proxy);

    QPointer<WorkspaceSession> m_session;
    CsvDownloadController *m_downloads;
    RunFilterProxyModel *m_completed = nullptr;
    RunFilterProxyModel *m_incomplete = nullptr;
    RunObjectsModel *m_objects = nullptr;
    QTabWidget *m_tabs = nullptr;
    CopyableTableView *m_completedView = nullptr;
    CopyableTableView *m_incompleteView = nullptr;

    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailMeta = nullptr;
    QLabel *m_detailMessage = nullptr;
    QProgressBar *m_runProgress = nullptr;
    CopyableTableView *m_objectsView = nullptr;
    QPushButton *m_showFailures = nullptr;
    QPushButton *m_download = nullptr;
    QToolButton *m_retry = nullptr;
    QAction *m_retryAll = nullptr;
    QAction *m_retryObject = nullptr;
    QLabel *m_notice = nullptr;
};
