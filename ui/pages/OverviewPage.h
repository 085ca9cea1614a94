#pragma once

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class SyncActions;
class WorkspaceSession;

// Health at a glance: the last run, the run in progress, the next scheduled run, the
// Salesforce API usage the last run saw, Metronome's reachability, Sync now / Cancel, and
// rows sent and failed over the last 30 runs. Everything comes from the session's memory
// and signals; the page reads no database itself.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ChartRuns = 30;

    explicit OverviewPage(SyncActions *actions, QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);

Q_SIGNALS:
    void showRunRequested(qint64 runId);
    void showFailuresRequested(qint64 runId);

private:
    void refreshAll();
    void refreshLastRun();
    void refreshCurrentRun();
    void refreshSchedule();
    void refreshApiUsage();
    void refreshMetronome();
    void refreshChart();
    void showNotice(const QString &text);

    QPointer<WorkspaceSession> m_session;
    SyncActions *m_actions;
    QToolButton *m_syncButton = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_notice = nullptr;

    QWidget *m_currentStrip = nullptr;
    QLabel *m_currentTitle = nullptr;
    QLabel *m_currentDetail = nullptr;
    QProgressBar *m_currentProgress = nullptr;

    QLabel *m_lastIcon = nullptr;
    QLabel *m_lastState = nullptr;
    QLabel *m_lastDetail = nullptr;
    QLabel *m_nextWhen = nullptr;
    QLabel *m_nextDetail = nullptr;
    QProgressBar *m_apiBar = nullptr;
    QLabel *m_apiDetail = nullptr;
    QLabel *m_metronomeIcon = nullptr;
    QLabel *m_metronomeState = nullptr;
    QLabel *m_metronomeDetail = nullptr;
    QPushButton *m_checkMetronome = nullptr;

    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_chartEmpty = nullptr;
    qint64 m_lastRunId = 0;
};
