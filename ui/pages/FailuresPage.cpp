#include "pages/FailuresPage.h"

#include "CopyableTableView.h"
#include "CsvDownloadController.h"
#include "DisplayFormat.h"
#include "FailureGroupDelegate.h"
#include "WorkspaceSession.h"
#include "models/FailureGroupModel.h"
#include "models/FailureListModel.h"
#include "models/RunListModel.h"
#include "sync/ErrorHints.h"
#include "sync/FailureExport.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Sync;

FailuresPage::FailuresPage(CsvDownloadController *downloads, QWidget *parent)
    : QWidget(parent)
    , m_downloads(downloads)
{
    m_groups = new FailureGroupModel(this);
    m_rows = new FailureListModel(this);

    // Filters and actions.
    m_runCombo = new QComboBox(this);
    m_runCombo->setObjectName(QStringLiteral("failuresRunCombo"));
    m_runCombo->setMinimumContentsLength(30);
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *runLabel = new QLabel(tr("&Run:"), this);
    runLabel->setBuddy(m_runCombo);
    m_objectCombo = new QComboBox(this);
    m_objectCombo->setObjectName(QStringLiteral("failuresObjectCombo"));
    m_objectCombo->setMinimumContentsLength(20);
    m_objectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *objectLabel = new QLabel(tr("&Object:"), this);
    objectLabel->setBuddy(m_objectCombo);
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating) {
            showRun(m_runCombo->currentData().toLongLong());
        }
    });
    connect(m_objectCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating) {
            applyFilters();
        }
    });

    m_downloadObject = new QAction(QIcon(QStringLiteral(":/icons/download.svg")), tr("&Download CSV"), this);
    m_downloadObject->setObjectName(QStringLiteral("actionDownloadObjectCsv"));
    connect(m_downloadObject, &QAction::triggered, this, [this]() {
        if (!objectFilter().isEmpty()) {
            m_downloads->download(m_session, m_runId, objectFilter(), FailureExport::SampleSize);
        }
    });
    m_downloadMenu = new QMenu(this);
    m_downloadButton = new QToolButton(this);
    m_downloadButton->setObjectName(QStringLiteral("downloadCsvButton"));
    m_downloadButton->setDefaultAction(m_downloadObject);
    m_downloadButton->setMenu(m_downloadMenu);
    m_downloadButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_downloadButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_downloadButton->setFocusPolicy(Qt::StrongFocus);

    m_exportAll = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export All Failures…"), this);
    m_exportAll->setObjectName(QStringLiteral("actionExportAllFailures"));
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAll->setShortcutContext(Qt::WindowShortcut);
    m_exportAll->setToolTip(tr("Every failed and skipped row of this run, as a CSV file (Ctrl+E)"));
    connect(m_exportAll, &QAction::triggered, this, [this]() {
        if (m_runId > 0) {
            m_downloads->download(m_session, m_runId, QString(), 0);
        }
    });
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportAllButton"));
    m_exportButton->setDefaultAction(m_exportAll);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setFocusPolicy(Qt::StrongFocus);

    m_retryAll = new QAction(QIcon(QStringLiteral(":/icons/retry.svg")), tr("Re&try Failed Rows"), this);
    m_retryAll->setObjectName(QStringLiteral("actionRetryFailures"));
    m_retryAll->setToolTip(
        tr("Send this run's failed and skipped rows again, in a new run linked to this one"));
    connect(m_retryAll, &QAction::triggered, this, [this]() {
        if (m_session && m_runId > 0) {
            m_session->retryFailed(m_runId);
        }
    });
    m_retryObject = new QAction(tr("Retry Only This Object"), this);
    m_retryObject->setObjectName(QStringLiteral("actionRetryObjectFailures"));
    connect(m_retryObject, &QAction::triggered, this, [this]() {
        if (m_session && m_runId > 0 && !objectFilter().isEmpty()) {
            m_session->retryFailed(m_runId, objectFilter());
        }
    });
    auto *retryMenu = new QMenu(this);
    retryMenu->addAction(m_retryAll);
    retryMenu->addAction(m_retryObject);
    m_retryButton = new QToolButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryFailuresButton"));
    m_retryButton->setDefaultAction(m_retryAll);
    m_retryButton->setMenu(retryMenu);
    m_retryButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_retryButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_retryButton->setFocusPolicy(Qt::StrongFocus);

    auto *filters = new QHBoxLayout;
    filters->addWidget(runLabel);
    filters->addWidget(m_runCombo, 3);
    filters->addSpacing(10);
    filters->addWidget(objectLabel);
    filters->addWidget(m_objectCombo, 2);
    filters->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("failuresSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addSpacing(12);
    actions->addWidget(m_downloadButton);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_retryButton);
    auto *top = new QVBoxLayout;
    top->setSpacing(6);
    top->addLayout(filters);
    top->addLayout(actions);

    // Groups on the left.
    m_groupsView = new QListView(this);
    m_groupsView->setObjectName(QStringLiteral("failureGroupsView"));
    m_groupsView->setModel(m_groups);
    m_groupsView->setItemDelegate(new FailureGroupDelegate(m_groupsView));
    m_groupsView->setUniformItemSizes(true);
    m_groupsView->setMinimumWidth(240);
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        if (!m_updating) {
            onGroupChanged();
        }
    });

    // The hint of the selected group, then its rows, then the selected row.
    auto *hintBox = new QFrame(this);
    hintBox->setObjectName(QStringLiteral("hintBox"));
    hintBox->setStyleSheet(QStringLiteral("QFrame#hintBox { background: #eff6ff; border: 1px solid #bfdbfe; "
                                          "border-radius: 6px; } QFrame#hintBox QLabel { color: #1e3a5f; }"));
    m_hintTitle = new QLabel(hintBox);
    m_hintTitle->setObjectName(QStringLiteral("hintTitle"));
    QFont hintFont = m_hintTitle->font();
    hintFont.setWeight(QFont::DemiBold);
    m_hintTitle->setFont(hintFont);
    m_hintText = new QLabel(hintBox);
    m_hintText->setObjectName(QStringLiteral("hintText"));
    m_hintText->setWordWrap(true);
    m_hintText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hintLayout = new QVBoxLayout(hintBox);
    hintLayout->setContentsMargins(12, 8, 12, 8);
    hintLayout->setSpacing(2);
    hintLayout->addWidget(m_hintTitle);
    hintLayout->addWidget(m_hintText);

    m_rowsView = new CopyableTableView(this);
    m_rowsView->setObjectName(QStringLiteral("failureRowsView"));
    m_rowsView->setModel(m_rows);
    m_rowsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_rowsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_rowsView->setColumnWidth(FailureListModel::ObjectColumn, 110);
    m_rowsView->setColumnWidth(FailureListModel::ExternalIdColumn, 130);
    m_rowsView->setColumnWidth(FailureListModel::OutcomeColumn, 66);
    m_rowsView->setColumnWidth(FailureListModel::MessageColumn, 460);
    m_rowsView->setColumnWidth(FailureListModel::CodeColumn, 230);
    m_rowsView->setColumnWidth(FailureListModel::FieldsColumn, 170);
    m_rowsView->setColumnWidth(FailureListModel::RecordIdColumn, 150);
    connect(m_rowsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailuresPage::onRowChanged);

    m_openInSalesforce =
        new QAction(QIcon(QStringLiteral(":/icons/open-external.svg")), tr("Open &in Salesforce"), this);
    m_openInSalesforce->setObjectName(QStringLiteral("actionOpenInSalesforce"));
    m_openInSalesforce->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openInSalesforce->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openInSalesforce, &QAction::triggered, this, &FailuresPage::openInSalesforce);
    m_rowsView->addAction(m_openInSalesforce);
    addAction(m_openInSalesforce);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openInSalesforceButton"));
    m_openButton->setIcon(m_openInSalesforce->icon());
    m_openButton->setText(m_openInSalesforce->text());
    connect(m_openButton, &QPushButton::clicked, m_openInSalesforce, &QAction::trigger);

    m_rowDetail = new QLabel(this);
    m_rowDetail->setObjectName(QStringLiteral("failureRowDetail"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextFormat(Qt::RichText);
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("failurePayload"));
    m_payload->setReadOnly(true);
    m_payload->setPlaceholderText(tr("The record as it was sent"));
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setTabChangesFocus(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_payload->setFont(mono);

    auto *detailLeft = new QVBoxLayout;
    detailLeft->addWidget(m_rowDetail, 1);
    detailLeft->addWidget(m_openButton, 0, Qt::AlignLeft);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(detailLeft, 2);
    detailLayout->addWidget(m_payload, 3);

    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    rightSplit->setChildrenCollapsible(false);
    rightSplit->addWidget(m_rowsView);
    rightSplit->addWidget(detail);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(hintBox);
    rightLayout->addWidget(rightSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_groupsView);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({270, 800});

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("failuresNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_downloads, &CsvDownloadController::finished, this, [this](bool ok, const QString &message) {
        if (isVisible()) {
            m_notice->setStyleSheet(ok ? QString() : QStringLiteral("color: #b91c1c;"));
            m_notice->setText(message);
        }
    });

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(split, 1);
    contentLayout->addWidget(m_notice);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("failuresEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_runCombo, m_objectCombo);
    setTabOrder(m_objectCombo, m_downloadButton);
    setTabOrder(m_downloadButton, m_exportButton);
    setTabOrder(m_exportButton, m_retryButton);
    setTabOrder(m_retryButton, m_groupsView);
    setTabOrder(m_groupsView, m_rowsView);
    setTabOrder(m_rowsView, m_openButton);
    setTabOrder(m_openButton, m_payload);
    reloadRuns();
}

void FailuresPage::setSession(WorkspaceSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_runId = 0;
    m_followLatest = true;
    m_notice->clear();
    m_groups->setDatabase(session ? &session->database() : nullptr);
    m_rows->setDatabase(session ? &session->database() : nullptr);
    if (session) {
        m_rows->setObjectLabels(session->objectLabels());
        connect(session, &WorkspaceSession::runsChanged, this, &FailuresPage::reloadRuns);
        connect(session, &WorkspaceSession::stateChanged, this, &FailuresPage::refreshActions);
        connect(session, &WorkspaceSession::runFinished, this, [this](qint64 runId) {
            if (runId == m_runId) {
                showRun(runId, objectFilter()); // its last rows arrived
            }
        });
    }
    reloadRuns();
}

void FailuresPage::reloadRuns()
{
    // Runs with failed or skipped rows, newest first; the model is in memory.
    m_updating = true;
    m_runCombo->clear();
    if (m_session) {
        const RunListModel *runs = m_session->runs();
        for (int row = 0; row < runs->rowCount(); ++row) {
            const RunRecord &run = runs->runAt(row);
            const qint64 problems = run.totalFailed() + run.totalSkipped();
            if (problems == 0) {
                continue;
            }
            const QDateTime when = run.startedAt.isValid() ? run.startedAt : run.queuedAt;
            m_runCombo->addItem(DisplayFormat::stateIcon(run.state),
                                tr("#%1 · %2 · %3 failed or skipped")
                                    .arg(run.id)
                                    .arg(DisplayFormat::localTime(when), DisplayFormat::number(problems)),
                                run.id);
        }
    }
    m_updating = false;
    if (m_runCombo->count() == 0) {
        m_runId = 0;
        m_groups->clear();
        m_rows->clear();
        m_empty->setText(m_session ? tr("No failed rows. Every row the syncs sent reached Salesforce.")
                                   : QString());
        m_stack->setCurrentIndex(0);
        refreshActions();
        return;
    }
    m_stack->setCurrentIndex(1);
    // Showing the newest run with failures: a newer one replaces it. A run picked on purpose stays.
    const int keep = m_followLatest ? -1 : m_runCombo->findData(m_runId);
    if (keep >= 0) {
        m_updating = true;
        m_runCombo->setCurrentIndex(keep);
        m_updating = false;
        refreshActions();
        return;
    }
    showRun(m_runCombo->itemData(0).toLongLong());
}

void FailuresPage::showRun(qint64 runId, const QString &object)
{
    if (!m_session) {
        return;
    }
    if (m_runCombo->findData(runId) < 0) {
        reloadRuns(); // a run still working gains failures without announcing each one
    }
    const int index = m_runCombo->findData(runId);
    if (index < 0) {
        return;
    }
    m_runId = runId;
    m_followLatest = index == 0;
    m_updating = true;
    m_runCombo->setCurrentIndex(index);
    m_updating = false;
    m_notice->clear();
    reloadObjects();
    setObjectFilter(object);
    m_stack->setCurrentIndex(1);
}

void FailuresPage::reloadObjects()
{
    m_updating = true;
    const QString previous = objectFilter();
    m_objectCombo->clear();
    m_objectCombo->addItem(tr("All objects"), QString());
    const RunRecord *run = m_session ? m_session->runs()->run(m_runId) : nullptr;
    if (run) {
        for (const ObjectCounts &c : run->counts) {
            const qint64 problems = c.failed + c.skipped;
            if (problems > 0) {
                m_objectCombo->addItem(
                    tr("%1 (%2)").arg(m_session->objectLabel(c.object), DisplayFormat::number(problems)),
                    c.object);
            }
        }
    }
    m_objectCombo->setCurrentIndex(std::max(0, m_objectCombo->findData(previous)));
    m_updating = false;
    rebuildDownloadMenu();
}

void FailuresPage::setObjectFilter(const QString &object)
{
    m_updating = true;
    m_objectCombo->setCurrentIndex(std::max(0, m_objectCombo->findData(object)));
    m_updating = false;
    applyFilters();
}

void FailuresPage::setCodeFilter(const QString &code)
{
    const int row = m_groups->rowOf(code);
    if (row >= 0) {
        m_groupsView->setCurrentIndex(m_groups->index(row, 0));
    }
}

QString FailuresPage::objectFilter() const
{
    return m_objectCombo->currentData().toString();
}

QString FailuresPage::codeFilter() const
{
    const QModelIndex current = m_groupsView->currentIndex();
    return current.isValid() ? current.data(FailureGroupModel::CodeRole).toString() : QString();
}

void FailuresPage::applyFilters()
{
    const QString code = codeFilter();
    m_updating = true;
    m_groups->setQuery(m_runId, objectFilter());
    const int row = std::max(0, m_groups->rowOf(code));
    if (m_groups->rowCount() > 0) {
        m_groupsView->setCurrentIndex(m_groups->index(row, 0));
    }
    m_updating = false;
    onGroupChanged();
}

void FailuresPage::onGroupChanged()
{
    const QModelIndex group = m_groupsView->currentIndex();
    const QString code = codeFilter();
    m_rows->setQuery(m_runId, objectFilter(), code);
    // A column that would repeat the filter on every row makes room for the message.
    m_rowsView->setColumnHidden(FailureListModel::CodeColumn, !code.isEmpty());
    m_rowsView->setColumnHidden(FailureListModel::ObjectColumn, !objectFilter().isEmpty());
    if (m_rows->rowCount() > 0) {
        m_rowsView->setCurrentIndex(m_rows->index(0, 0));
    } else {
        onRowChanged();
    }
    m_rowsView->scrollToTop();
    if (group.isValid()) {
        const bool all = group.data(FailureGroupModel::IsAllRole).toBool();
        m_hintTitle->setText(
            all ? group.data(FailureGroupModel::TitleRole).toString()
                : tr("%1 — %2").arg(group.data(FailureGroupModel::TitleRole).toString(), code));
        m_hintText->setText(group.data(FailureGroupModel::HintRole).toString());
    } else {
        m_hintTitle->clear();
        m_hintText->clear();
    }
    const RunRecord *run = m_session ? m_session->runs()->run(m_runId) : nullptr;
    if (run) {
        m_summary->setText(tr("%1 failed and %2 skipped in this run · showing %3")
                               .arg(DisplayFormat::number(run->totalFailed()),
                                    DisplayFormat::number(run->totalSkipped()),
                                    DisplayFormat::number(m_rows->totalCount())));
    }
    refreshActions();
}

void FailuresPage::onRowChanged()
{
    const QModelIndex current = m_rowsView->currentIndex();
    if (!current.isValid()) {
        m_rowDetail->setText(QString());
        m_payload->clear();
        refreshActions();
        return;
    }
    const RowError &e = m_rows->errorAt(current.row());
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b> %2")
                     .arg(m_session->objectLabel(e.object).toHtmlEscaped(), e.externalId.toHtmlEscaped()));
    lines.append(QStringLiteral("%1: %2").arg(e.statusCode.toHtmlEscaped(), e.message.toHtmlEscaped()));
    if (!e.fields.isEmpty()) {
        lines.append(tr("Fields: %1").arg(e.fields.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    if (!e.parentObject.isEmpty()) {
        lines.append(
            tr("Parent: %1 %2")
                .arg(m_session->objectLabel(e.parentObject).toHtmlEscaped(), e.parentKey.toHtmlEscaped()));
    }
    if (!e.customerId.isEmpty()) {
        lines.append(tr("Metronome customer: %1").arg(e.customerId.toHtmlEscaped()));
    }
    lines.append(e.recordId.isEmpty() ? tr("Not in Salesforce yet")
                                      : tr("Salesforce ID: %1").arg(e.recordId.toHtmlEscaped()));
    m_rowDetail->setText(lines.join(QStringLiteral("<br>")));
    // One small read for the one row shown.
    const QString payload = m_rows->payloadOf(current.row());
    const QJsonDocument json = QJsonDocument::fromJson(payload.toUtf8());
    m_payload->setPlainText(json.isNull() ? payload
                                          : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    refreshActions();
}

void FailuresPage::rebuildDownloadMenu()
{
    m_downloadMenu->clear();
    const RunRecord *run = m_session ? m_session->runs()->run(m_runId) : nullptr;
    if (!run) {
        return;
    }
    for (const ObjectCounts &c : run->counts) {
        const qint64 problems = c.failed + c.skipped;
        if (problems == 0) {
            continue;
        }
        const QString object = c.object;
        QAction *action =
            m_downloadMenu->addAction(tr("%1 — up to %2 of %3")
                                          .arg(m_session->objectLabel(object))
                                          .arg(std::min<qint64>(FailureExport::SampleSize, problems))
                                          .arg(DisplayFormat::number(problems)));
        action->setData(object);
        connect(action, &QAction::triggered, this, [this, object]() {
            m_downloads->download(m_session, m_runId, object, FailureExport::SampleSize);
        });
    }
}

void FailuresPage::refreshActions()
{
    const bool hasRun = m_session && m_runId > 0;
    const bool hasObject = hasRun && !objectFilter().isEmpty();
    m_downloadObject->setEnabled(hasObject);
    m_downloadObject->setToolTip(hasObject
                                     ? tr("Up to %1 failures of %2, as a CSV file")
                                           .arg(FailureExport::SampleSize)
                                           .arg(m_session->objectLabel(objectFilter()))
                                     : tr("Pick an object (or use the arrow) to download up to %1 of its "
                                          "failures")
                                           .arg(FailureExport::SampleSize));
    m_downloadButton->setEnabled(hasRun);
    m_exportAll->setEnabled(hasRun);
    const RunRecord *run = hasRun ? m_session->runs()->run(m_runId) : nullptr;
    const bool canRetry = run && isFinished(run->state) && m_session->canSync() && !m_session->isBusy();
    m_retryAll->setEnabled(canRetry);
    m_retryObject->setEnabled(canRetry && hasObject);
    m_retryButton->setToolTip(m_session && !m_session->canSync() ? WorkspaceSession::syncUnavailableReason()
                                                                 : m_retryAll->toolTip());
    const QModelIndex current = m_rowsView->currentIndex();
    const QString recordId =
        current.isValid() ? current.data(FailureListModel::RecordIdRole).toString() : QString();
    const QUrl url = m_session && !recordId.isEmpty() ? m_session->salesforceRecordUrl(recordId) : QUrl();
    m_openInSalesforce->setEnabled(url.isValid());
    m_openButton->setEnabled(url.isValid());
    m_openButton->setToolTip(recordId.isEmpty() ? tr("This row has no Salesforce record yet")
                             : url.isValid()    ? url.toString()
                                                : tr("The org's address is not known yet"));
}

void FailuresPage::openInSalesforce()
{
    const QModelIndex current = m_rowsView->currentIndex();
    if (!m_session || !current.isValid()) {
        return;
    }
    const QUrl url = m_session->salesforceRecordUrl(current.data(FailureListModel::RecordIdRole).toString());
    if (url.isValid()) {
        QDesktopServices::openUrl(url);
    }
}
