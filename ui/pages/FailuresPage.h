#pragma once

#include <QPointer>
#include <QWidget>

class CopyableTableView;
class CsvDownloadController;
class FailureGroupModel;
class FailureListModel;
class QAction;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class WorkspaceSession;

// Every failed or skipped row of a run, grouped by status code (a list of groups with their
// counts, the title and the one-line hint of what usually fixes them) and filterable by
// object; the rows load lazily, so 100,000 of them scroll as smoothly as ten. From here:
// Download CSV (up to 100 of one object), Export all failures, Retry failed rows, and Open
// in Salesforce for a row whose record exists.
class FailuresPage : public QWidget
{
    Q_OBJECT

public:
    explicit FailuresPage(CsvDownloadController *downloads, QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    // Shows the failures of a run, optionally of one object.
    void showRun(qint64 runId, const QString &object = QString());
    qint64 runId() const { return m_runId; }
    void setObjectFilter(const QString &object);
    void setCodeFilter(const QString &code);

    // Ctrl+E, for the window's menu.
    QAction *exportAllAction() const { return m_exportAll; }
    QAction *openInSalesforceAction() const { return m_openInSalesforce; }
    FailureListModel *rowsModel() const { return m_rows; }
    FailureGroupModel *groupsModel() const { return m_groups; }
    CopyableTableView *rowsView() const { return m_rowsView; }
    QListView *groupsView() const { return m_groupsView; }

private:
    void reloadRuns();
    void reloadObjects();
    void applyFilters();
    void onGroupChanged();
    void onRowChanged();
    void rebuildDownloadMenu();
    void refreshActions();
    void openInSalesforce();
    QString objectFilter() const;
    QString codeFilter() const;

    QPointer<WorkspaceSession> m_session;
    CsvDownloadController *m_downloads;
    qint64 m_runId = 0;
    bool m_followLatest = true;
    bool m_updating = false;

    FailureGroupModel *m_groups = nullptr;
    FailureListModel *m_rows = nullptr;

    QStackedWidget *m_stack = nullptr;
    QComboBox *m_runCombo = nullptr;
    QComboBox *m_objectCombo = nullptr;
    QToolButton *m_downloadButton = nullptr;
    QMenu *m_downloadMenu = nullptr;
    QAction *m_downloadObject = nullptr;
    QAction *m_exportAll = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_retryButton = nullptr;
    QAction *m_retryAll = nullptr;
    QAction *m_retryObject = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_groupsView = nullptr;
    QLabel *m_hintTitle = nullptr;
    QLabel *m_hintText = nullptr;
    CopyableTableView *m_rowsView = nullptr;
    QLabel *m_rowDetail = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QAction *m_openInSalesforce = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_empty = nullptr;
};
