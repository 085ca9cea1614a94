#include "pages/SyncsPage.h"

#include "CopyableTableView.h"
#include "CsvDownloadController.h"
#include "DisplayFormat.h"
#include "ProgressBarDelegate.h"
#include "WorkspaceSession.h"
#include "models/RunFilterProxyModel.h"
#include "models/RunListModel.h"
#include "models/RunObjectsModel.h"
#include "sync/FailureExport.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Sync;

SyncsPage::SyncsPage(CsvDownloadController *downloads, QWidget *parent)
    : QWidget(parent)
    , m_downloads(downloads)
{
    m_completed = new RunFilterProxyModel(RunFilterProxyModel::Kind::Completed, this);
    m_incomplete = new RunFilterProxyModel(RunFilterProxyModel::Kind::Incomplete, this);
    m_objects = new RunObjectsModel(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->setDocumentMode(true);
    m_completedView = makeRunView(m_completed);
    m_completedView->setObjectName(QStringLiteral("completedRunsView"));
    m_incompleteView = makeRunView(m_incomplete);
    m_incompleteView->setObjectName(QStringLiteral("incompleteRunsView"));
    m_tabs->addTab(m_completedView, tr("Completed"));
    m_tabs->addTab(m_incompleteView, tr("Incomplete"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        auto *view = static_cast<CopyableTableView *>(m_tabs->currentWidget());
        if (view->currentIndex().isValid()) {
            setDetailRun(view->currentIndex().data(RunListModel::RunIdRole).toLongLong());
        } else if (view->model()->rowCount() > 0) {
            view->setCurrentIndex(view->model()->index(0, 0));
        }
    });
    for (RunFilterProxyModel *proxy : {m_completed, m_incomplete}) {
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &SyncsPage::updateTabTitles);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &SyncsPage::updateTabTitles);
        connect(proxy, &QAbstractItemModel::modelReset, this, &SyncsPage::updateTabTitles);
    }

    // Detail of the selected run.
    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("runDetailTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailMeta = new QLabel(this);
    m_detailMeta->setWordWrap(true);
    m_detailMeta->setForegroundRole(QPalette::PlaceholderText);
    m_detailMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailMessage = new QLabel(this);
    m_detailMessage->setObjectName(QStringLiteral("runDetailMessage"));
    m_detailMessage->setWordWrap(true);
    m_detailMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runProgress = new QProgressBar(this);
    m_runProgress->setObjectName(QStringLiteral("runProgress"));
    m_runProgress->hide();

    m_objectsView = new CopyableTableView(this);
    m_objectsView->setObjectName(QStringLiteral("runObjectsView"));
    m_objectsView->setModel(m_objects);
    m_objectsView->setItemDelegateForColumn(RunObjectsModel::ProgressColumn,
                                            new ProgressBarDelegate(RunObjectsModel::ProgressRole,
                                                                    RunObjectsModel::ProgressTextRole,
                                                                    m_objectsView));
    QHeaderView *objectsHeader = m_objectsView->horizontalHeader();
    objectsHeader->setSectionResizeMode(QHeaderView::Interactive);
    m_objectsView->setColumnWidth(RunObjectsModel::ObjectColumn, 220);
    for (int column = RunObjectsModel::ReadColumn; column <= RunObjectsModel::SkippedColumn; ++column) {
        m_objectsView->setColumnWidth(column, 92);
    }
    connect(m_objectsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SyncsPage::refreshDetailActions);

    m_showFailures =
        new QPushButton(QIcon(QStringLiteral(":/icons/failures.svg")), tr("Show F&ailures"), this);
    m_showFailures->setObjectName(QStringLiteral("showFailuresButton"));
    connect(m_showFailures, &QPushButton::clicked, this, [this]() {
        if (detailRunId() > 0) {
            emit showFailuresRequested(detailRunId(), selectedObject());
        }
    });
    m_download = new QPushButton(QIcon(QStringLiteral(":/icons/download.svg")), tr("&Download CSV"), this);
    m_download->setObjectName(QStringLiteral("downloadCsvButton"));
    m_download->setToolTip(
        tr("Up to %1 failures of the selected object, as a CSV file").arg(FailureExport::SampleSize));
    connect(m_download, &QPushButton::clicked, this, [this]() {
        if (m_session && detailRunId() > 0 && !selectedObject().isEmpty()) {
            m_downloads->download(m_session, detailRunId(), selectedObject(), FailureExport::SampleSize);
        }
    });
    m_retryAll = new QAction(QIcon(QStringLiteral(":/icons/retry.svg")), tr("Re&try Failed Rows"), this);
    m_retryAll->setObjectName(QStringLiteral("actionRetryRun"));
    m_retryAll->setToolTip(
        tr("Send this run's failed and skipped rows again, in a new run linked to this one"));
    connect(m_retryAll, &QAction::triggered, this, [this]() {
        if (m_session && detailRunId() > 0) {
            m_session->retryFailed(detailRunId());
        }
    });
    m_retryObject = new QAction(tr("Retry Only the Selected Object"), this);
    m_retryObject->setObjectName(QStringLiteral("actionRetryObject"));
    connect(m_retryObject, &QAction::triggered, this, [this]() {
        if (m_session && detailRunId() > 0 && !selectedObject().isEmpty()) {
            m_session->retryFailed(detailRunId(), selectedObject());
        }
    });
    auto *retryMenu = new QMenu(this);
    retryMenu->addAction(m_retryAll);
    retryMenu->addAction(m_retryObject);
    m_retry = new QToolButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setDefaultAction(m_retryAll);
    m_retry->setMenu(retryMenu);
    m_retry->setPopupMode(QToolButton::MenuButtonPopup);
    m_retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_retry->setFocusPolicy(Qt::StrongFocus);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("syncsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_downloads, &CsvDownloadController::finished, this, [this](bool ok, const QString &message) {
        if (isVisible()) {
            m_notice->setStyleSheet(ok ? QString() : QStringLiteral("color: #b91c1c;"));
            m_notice->setText(message);
        }
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showFailures);
    buttons->addWidget(m_download);
    buttons->addWidget(m_retry);
    buttons->addSpacing(12);
    buttons->addWidget(m_notice, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 8, 0, 0);
    detailLayout->setSpacing(4);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailMeta);
    detailLayout->addWidget(m_detailMessage);
    detailLayout->addWidget(m_runProgress);
    detailLayout->addSpacing(4);
    detailLayout->addWidget(m_objectsView, 1);
    detailLayout->addLayout(buttons);

    auto *placeholder =
        new QLabel(tr("Select a run to see its objects: attempted (rows that changed since the "
                      "last sync), succeeded, failed and skipped."),
                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack = new QStackedWidget(this);
    m_detailStack->addWidget(placeholder);
    m_detailStack->addWidget(detail);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_tabs, m_completedView);
    setTabOrder(m_completedView, m_incompleteView);
    setTabOrder(m_incompleteView, m_objectsView);
    setTabOrder(m_objectsView, m_showFailures);
    setTabOrder(m_showFailures, m_download);
    setTabOrder(m_download, m_retry);
    updateTabTitles();
    refreshDetailActions();
}

CopyableTableView *SyncsPage::makeRunView(RunFilterProxyModel *proxy)
{
    auto *view = new CopyableTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(RunListModel::IdColumn, Qt::DescendingOrder);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths once the columns exist (the proxy has none until a session's runs arrive).
    connect(proxy, &QAbstractItemModel::modelReset, view, [view]() {
        const int widths[RunListModel::ColumnCount] = {56, 130, 140, 95, 180, 86, 86, 70, 70, 100};
        for (int column = 0; column < RunListModel::ColumnCount && column < view->model()->columnCount();
             ++column) {
            view->setColumnWidth(column, widths[column]);
        }
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view](const QModelIndex &current) {
                if (current.isValid() && view == m_tabs->currentWidget()) {
                    setDetailRun(current.data(RunListModel::RunIdRole).toLongLong());
                }
            });
    return view;
}

void SyncsPage::setSession(WorkspaceSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_objects->clear();
    m_notice->clear();
    m_completed->setSourceModel(session ? session->runs() : nullptr);
    m_incomplete->setSourceModel(session ? session->runs() : nullptr);
    if (session) {
        m_objects->setObjectLabels(session->objectLabels());
        connect(session, &WorkspaceSession::runStarted, this, &SyncsPage::showRun);
        connect(session, &WorkspaceSession::progress, this, &SyncsPage::onProgress);
        connect(session, &WorkspaceSession::countsChanged, this, &SyncsPage::onCounts);
        connect(session, &WorkspaceSession::runFinished, this,
                [this](qint64 runId) { onRunFinished(runId); });
        connect(session, &WorkspaceSession::stateChanged, this, &SyncsPage::refreshDetailActions);
        connect(session, &WorkspaceSession::runsChanged, this, [this]() {
            // A run another process works on: its detail follows the polled totals.
            if (m_session && detailRunId() > 0 && detailRunId() != m_session->currentRunId()) {
                const RunRecord *run = m_session->runs()->run(detailRunId());
                if (run && (run->state == RunState::Running || run->counts.size() != m_objects->rowCount())) {
                    const QString object = selectedObject();
                    m_objects->setRun(*run);
                    const int row = m_objects->rowOf(object);
                    m_objectsView->setCurrentIndex(m_objects->index(std::max(0, row), 0));
                }
                refreshDetailHeader();
            }
        });
        connect(session, &WorkspaceSession::startFailed, this, [this](const QString &message) {
            m_notice->setStyleSheet(QStringLiteral("color: #b91c1c;"));
            m_notice->setText(message);
        });
    }
    m_detailStack->setCurrentIndex(0);
    updateTabTitles();
    // Show something useful at once: the run in progress, else the newest completed one.
    if (m_incomplete->rowCount() > 0 && session && session->isBusy()) {
        m_tabs->setCurrentWidget(m_incompleteView);
        m_incompleteView->setCurrentIndex(m_incomplete->index(0, 0));
    } else if (m_completed->rowCount() > 0) {
        m_tabs->setCurrentWidget(m_completedView);
        m_completedView->setCurrentIndex(m_completed->index(0, 0));
    }
    refreshDetailActions();
}

qint64 SyncsPage::detailRunId() const
{
    return m_objects->runId();
}

void SyncsPage::showRun(qint64 runId)
{
    if (!m_session) {
        return;
    }
    const int sourceRow = m_session->runs()->rowOf(runId);
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex source = m_session->runs()->index(sourceRow, 0);
    for (RunFilterProxyModel *proxy : {m_incomplete, m_completed}) {
        const QModelIndex index = proxy->mapFromSource(source);
        if (index.isValid()) {
            CopyableTableView *view = proxy == m_incomplete ? m_incompleteView : m_completedView;
            m_tabs->setCurrentWidget(view);
            view->setCurrentIndex(index);
            view->scrollTo(index);
            break;
        }
    }
    setDetailRun(runId);
}

void SyncsPage::setDetailRun(qint64 runId)
{
    const RunRecord *run = m_session ? m_session->runs()->run(runId) : nullptr;
    if (!run) {
        m_objects->clear();
        m_detailStack->setCurrentIndex(0);
        refreshDetailActions();
        return;
    }
    if (runId != m_objects->runId()) {
        m_notice->clear();
        m_objects->setRun(*run);
        if (m_objects->rowCount() > 0) {
            m_objectsView->setCurrentIndex(m_objects->index(0, 0));
        }
    }
    m_detailStack->setCurrentIndex(1);
    refreshDetailHeader();
    refreshDetailActions();
}

void SyncsPage::refreshDetailHeader()
{
    const RunRecord *run = m_session ? m_session->runs()->run(detailRunId()) : nullptr;
    if (!run) {
        return;
    }
    m_detailTitle->setText(
        tr("Run #%1 · %2 · %3").arg(run->id).arg(DisplayFormat::triggerText(*run), displayName(run->state)));
    QStringList meta;
    const QDateTime started = run->startedAt.isValid() ? run->startedAt : run->queuedAt;
    meta.append(tr("Started %1").arg(QLocale().toString(started.toLocalTime(), QLocale::ShortFormat)));
    if (run->finishedAt.isValid()) {
        meta.append(tr("took %1").arg(DisplayFormat::duration(DisplayFormat::runSeconds(*run))));
    }
    if (run->retryOf > 0) {
        meta.append(tr("retry of #%1").arg(run->retryOf));
    }
    if (!run->objects.isEmpty()) {
        QStringList labels;
        for (const QString &object : run->objects) {
            labels.append(m_session->objectLabel(object));
        }
        meta.append(tr("only %1").arg(labels.join(QStringLiteral(", "))));
    }
    if (run->salesforceCalls > 0 || run->metronomeCalls > 0) {
        meta.append(tr("%1 Metronome calls, %2 Salesforce calls")
                        .arg(DisplayFormat::number(run->metronomeCalls),
                             DisplayFormat::number(run->salesforceCalls)));
    }
    m_detailMeta->setText(meta.join(QStringLiteral(" · ")));
    m_detailMessage->setText(run->message);
    m_detailMessage->setVisible(!run->message.isEmpty());
    const bool live = m_session->currentRunId() == run->id && run->state == RunState::Running;
    m_runProgress->setVisible(live);
    if (live) {
        onProgress(m_session->lastProgress());
    }
}

void SyncsPage::onProgress(const Progress &progress)
{
    if (!m_session || progress.runId != detailRunId() || progress.runId == 0) {
        return;
    }
    if (progress.phase == Progress::Phase::Loading && progress.total > 0) {
        m_runProgress->setRange(0, 1000);
        m_runProgress->setValue(
            static_cast<int>(std::min<qint64>(1000, progress.done * 1000 / progress.total)));
        m_runProgress->setFormat(
            tr("Writing to Salesforce: %1 of %2 rows")
                .arg(DisplayFormat::number(progress.done), DisplayFormat::number(progress.total)));
    } else if (progress.phase == Progress::Phase::Finishing) {
        m_runProgress->hide();
    } else {
        m_runProgress->setRange(0, 0);
        m_runProgress->setFormat(progress.detail);
    }
}

void SyncsPage::onCounts(qint64 runId, const ObjectCounts &counts)
{
    const bool hadProblems = m_objects->runId() == runId && [&]() {
        const int row = m_objects->rowOf(counts.object);
        return row >= 0 && m_objects->countsAt(row).failed + m_objects->countsAt(row).skipped > 0;
    }();
    m_objects->applyCounts(runId, counts);
    if (runId == detailRunId() && !hadProblems && counts.failed + counts.skipped > 0) {
        refreshDetailActions();
    }
}

void SyncsPage::onRunFinished(qint64 runId)
{
    if (!m_session || runId != detailRunId()) {
        return;
    }
    const QString object = selectedObject();
    if (const RunRecord *run = m_session->runs()->run(runId)) {
        m_objects->setRun(*run);
    }
    // It moved from Incomplete to Completed: follow it there.
    showRun(runId);
    const int row = m_objects->rowOf(object);
    if (row >= 0) {
        m_objectsView->setCurrentIndex(m_objects->index(row, 0));
    }
    refreshDetailHeader();
    refreshDetailActions();
}

QString SyncsPage::selectedObject() const
{
    const QModelIndex current = m_objectsView->currentIndex();
    return current.isValid() ? current.data(RunObjectsModel::ObjectRole).toString() : QString();
}

void SyncsPage::refreshDetailActions()
{
    const RunRecord *run = m_session ? m_session->runs()->run(detailRunId()) : nullptr;
    const bool hasProblems = run && run->totalFailed() + run->totalSkipped() > 0;
    const QModelIndex current = m_objectsView->currentIndex();
    const bool objectHasProblems =
        current.isValid() && current.data(RunObjectsModel::ProblemRowsRole).toLongLong() > 0;
    const bool canRetry =
        hasProblems && m_session && m_session->canSync() && !m_session->isBusy() && isFinished(run->state);
    m_showFailures->setEnabled(hasProblems);
    m_download->setEnabled(objectHasProblems);
    m_retryAll->setEnabled(canRetry);
    m_retryObject->setEnabled(canRetry && objectHasProblems);
    m_retryObject->setText(objectHasProblems
                               ? tr("Retry Only %1").arg(current.siblingAtColumn(0).data().toString())
                               : tr("Retry Only the Selected Object"));
    m_retry->setToolTip(m_session && !m_session->canSync() ? WorkspaceSession::syncUnavailableReason()
                                                           : m_retryAll->toolTip());
}

void SyncsPage::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Completed (%1)").arg(DisplayFormat::number(m_completed->rowCount())));
    m_tabs->setTabText(1, tr("Incomplete (%1)").arg(DisplayFormat::number(m_incomplete->rowCount())));
}
