#include "pages/OverviewPage.h"

#include "DisplayFormat.h"
#include "SyncActions.h"
#include "WorkspaceSession.h"
#include "models/RunListModel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Sync;

namespace {

const QColor kSent(0x16, 0xa3, 0x4a);
const QColor kFailed(0xdc, 0x26, 0x26);

QFrame *makeCard(const QString &title, QWidget *parent, QVBoxLayout **body)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card"));
    card->setStyleSheet(
        QStringLiteral("QFrame#card { background: palette(base); border: 1px solid palette(mid); "
                       "border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    auto *heading = new QLabel(title, card);
    heading->setForegroundRole(QPalette::PlaceholderText);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    layout->addWidget(heading);
    *body = layout;
    return card;
}

QLabel *bigLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *detailLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// "3 h 20 min", "12 min", "2 days": how far off, without the seconds.
QString roughly(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return OverviewPage::tr("%n min", nullptr, static_cast<int>(minutes));
    }
    if (minutes < 48 * 60) {
        return minutes % 60 == 0 ? OverviewPage::tr("%n h", nullptr, static_cast<int>(minutes / 60))
                                 : OverviewPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return OverviewPage::tr("%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
}

QString relativeFuture(const QDateTime &when)
{
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(when);
    return seconds < 60 ? OverviewPage::tr("due now") : OverviewPage::tr("in %1").arg(roughly(seconds));
}

QString relativePast(const QDateTime &when)
{
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    return seconds < 60 ? OverviewPage::tr("just now") : OverviewPage::tr("%1 ago").arg(roughly(seconds));
}

} // namespace

OverviewPage::OverviewPage(SyncActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
{
    // Actions: Sync now with its menu, Cancel.
    m_syncButton = new QToolButton(this);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setDefaultAction(actions->syncNowAction());
    m_syncButton->setMenu(actions->syncMenu());
    m_syncButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton->setIconSize(QSize(20, 20));
    m_syncButton->setMinimumHeight(34);
    m_syncButton->setFocusPolicy(Qt::StrongFocus);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelButton->setDefaultAction(actions->cancelAction());
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setIconSize(QSize(20, 20));
    m_cancelButton->setMinimumHeight(34);
    m_cancelButton->setFocusPolicy(Qt::StrongFocus);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("overviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_notice->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_syncButton);
    top->addWidget(m_cancelButton);
    top->addSpacing(12);
    top->addWidget(m_notice, 1);
    top->addStretch(0);

    // The run in progress.
    QVBoxLayout *currentBody = nullptr;
    m_currentStrip = makeCard(tr("Sync in progress"), this, &currentBody);
    m_currentStrip->setObjectName(QStringLiteral("card"));
    m_currentTitle = new QLabel(m_currentStrip);
    m_currentProgress = new QProgressBar(m_currentStrip);
    m_currentProgress->setObjectName(QStringLiteral("currentRunProgress"));
    m_currentProgress->setTextVisible(true);
    m_currentDetail = detailLabel(m_currentStrip);
    connect(m_currentDetail, &QLabel::linkActivated, this, [this]() {
        if (m_session && m_session->currentRunId() > 0) {
            emit showRunRequested(m_session->currentRunId());
        }
    });
    auto *currentRow = new QHBoxLayout;
    currentRow->addWidget(m_currentTitle);
    currentRow->addWidget(m_currentProgress, 1);
    currentBody->addLayout(currentRow);
    currentBody->addWidget(m_currentDetail);
    m_currentStrip->hide();

    // Four cards: last run, next run, Salesforce API, Metronome.
    QVBoxLayout *lastBody = nullptr;
    QFrame *lastCard = makeCard(tr("Last sync"), this, &lastBody);
    m_lastIcon = new QLabel(lastCard);
    m_lastState = bigLabel(lastCard);
    m_lastState->setObjectName(QStringLiteral("lastRunState"));
    auto *lastRow = new QHBoxLayout;
    lastRow->setSpacing(8);
    lastRow->addWidget(m_lastIcon);
    lastRow->addWidget(m_lastState, 1);
    lastBody->addLayout(lastRow);
    m_lastDetail = detailLabel(lastCard);
    m_lastDetail->setObjectName(QStringLiteral("lastRunDetail"));
    connect(m_lastDetail, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("failures:"))) {
            emit showFailuresRequested(link.mid(9).toLongLong());
        } else if (link.startsWith(QLatin1String("run:"))) {
            emit showRunRequested(link.mid(4).toLongLong());
        }
    });
    lastBody->addWidget(m_lastDetail, 1);

    QVBoxLayout *nextBody = nullptr;
    QFrame *nextCard = makeCard(tr("Next scheduled sync"), this, &nextBody);
    m_nextWhen = bigLabel(nextCard);
    m_nextWhen->setObjectName(QStringLiteral("nextRunWhen"));
    m_nextDetail = detailLabel(nextCard);
    nextBody->addWidget(m_nextWhen);
    nextBody->addWidget(m_nextDetail, 1);

    QVBoxLayout *apiBody = nullptr;
    QFrame *apiCard = makeCard(tr("Salesforce API requests (24 h)"), this, &apiBody);
    m_apiBar = new QProgressBar(apiCard);
    m_apiBar->setObjectName(QStringLiteral("apiUsageBar"));
    m_apiBar->setTextVisible(true);
    m_apiBar->setMinimumHeight(22);
    m_apiDetail = detailLabel(apiCard);
    m_apiDetail->setObjectName(QStringLiteral("apiUsageDetail"));
    apiBody->addSpacing(4);
    apiBody->addWidget(m_apiBar);
    apiBody->addWidget(m_apiDetail, 1);

    QVBoxLayout *metronomeBody = nullptr;
    QFrame *metronomeCard = makeCard(tr("Metronome"), this, &metronomeBody);
    m_metronomeIcon = new QLabel(metronomeCard);
    m_metronomeState = bigLabel(metronomeCard);
    m_metronomeState->setObjectName(QStringLiteral("metronomeState"));
    auto *metronomeRow = new QHBoxLayout;
    metronomeRow->setSpacing(8);
    metronomeRow->addWidget(m_metronomeIcon);
    metronomeRow->addWidget(m_metronomeState, 1);
    m_metronomeDetail = detailLabel(metronomeCard);
    m_checkMetronome = new QPushButton(tr("C&heck Now"), metronomeCard);
    m_checkMetronome->setObjectName(QStringLiteral("checkMetronomeButton"));
    connect(m_checkMetronome, &QPushButton::clicked, this, [this]() {
        if (m_session) {
            m_session->checkReachability();
        }
    });
    metronomeBody->addLayout(metronomeRow);
    metronomeBody->addWidget(m_metronomeDetail, 1);
    metronomeBody->addWidget(m_checkMetronome, 0, Qt::AlignLeft);

    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(12);
    cards->setVerticalSpacing(12);
    cards->addWidget(lastCard, 0, 0);
    cards->addWidget(nextCard, 0, 1);
    cards->addWidget(apiCard, 0, 2);
    cards->addWidget(metronomeCard, 0, 3);
    for (int column = 0; column < 4; ++column) {
        cards->setColumnStretch(column, 1);
    }

    // Rows sent and failed per run.
    QVBoxLayout *chartBody = nullptr;
    QFrame *chartCard = makeCard(tr("Rows sent and failed, last %1 runs").arg(ChartRuns), this, &chartBody);
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation); // animations cost the GUI thread
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, chartCard);
    m_chartView->setObjectName(QStringLiteral("runChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setBackgroundBrush(palette().brush(QPalette::Base)); // the card's colour, not the window's
    m_chartEmpty = new QLabel(tr("No finished sync yet. Runs appear here as they end."), chartCard);
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setForegroundRole(QPalette::PlaceholderText);
    chartBody->addWidget(m_chartView, 1);
    chartBody->addWidget(m_chartEmpty, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_currentStrip);
    layout->addLayout(cards);
    layout->addWidget(chartCard, 1);

    setTabOrder(m_syncButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_checkMetronome);

    // Relative times ("in 3 h") move on by themselves.
    auto *clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, this, [this]() {
        refreshLastRun();
        refreshSchedule();
        refreshApiUsage();
    });
    clock->start();
    refreshAll();
}

void OverviewPage::setSession(WorkspaceSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_notice->hide();
    if (session) {
        connect(session, &WorkspaceSession::runsChanged, this, [this]() {
            refreshLastRun();
            refreshChart();
            refreshSchedule();
        });
        connect(session, &WorkspaceSession::stateChanged, this, [this]() {
            refreshCurrentRun();
            if (m_session && m_session->isBusy()) {
                m_notice->hide();
            }
        });
        connect(session, &WorkspaceSession::runStarted, this, &OverviewPage::refreshCurrentRun);
        connect(session, &WorkspaceSession::progress, this, &OverviewPage::refreshCurrentRun);
        connect(session, &WorkspaceSession::apiUsageChanged, this, &OverviewPage::refreshApiUsage);
        connect(session, &WorkspaceSession::reachabilityChanged, this, &OverviewPage::refreshMetronome);
        connect(session, &WorkspaceSession::scheduleChanged, this, &OverviewPage::refreshSchedule);
        connect(session, &WorkspaceSession::startFailed, this, &OverviewPage::showNotice);
    }
    refreshAll();
}

void OverviewPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void OverviewPage::refreshAll()
{
    refreshLastRun();
    refreshCurrentRun();
    refreshSchedule();
    refreshApiUsage();
    refreshMetronome();
    refreshChart();
}

void OverviewPage::refreshLastRun()
{
    const RunRecord *last = nullptr;
    if (m_session) {
        const RunListModel *runs = m_session->runs();
        for (int row = 0; row < runs->rowCount(); ++row) {
            if (isFinished(runs->runAt(row).state)) {
                last = &runs->runAt(row);
                break;
            }
        }
    }
    if (!last) {
        m_lastRunId = 0;
        m_lastIcon->setPixmap(QIcon(QStringLiteral(":/icons/state-idle.svg")).pixmap(22, 22));
        m_lastState->setText(tr("Never synced"));
        m_lastDetail->setText(m_session && m_session->canSync()
                                  ? tr("Press <b>Sync now</b> (F5) to send Metronome's data to Salesforce.")
                                  : tr("No sync has run in this workspace yet."));
        return;
    }
    m_lastRunId = last->id;
    m_lastIcon->setPixmap(DisplayFormat::stateIcon(last->state).pixmap(22, 22));
    m_lastState->setText(displayName(last->state));
    const QDateTime when = last->startedAt.isValid() ? last->startedAt : last->queuedAt;
    QStringList lines;
    lines.append(
        tr("<a href=\"run:%1\">Run #%1</a> · %2 · %3")
            .arg(last->id)
            .arg(DisplayFormat::localTime(when).toHtmlEscaped(), relativePast(when).toHtmlEscaped()));
    lines.append(tr("%1 · took %2")
                     .arg(DisplayFormat::triggerText(*last).toHtmlEscaped(),
                          DisplayFormat::duration(DisplayFormat::runSeconds(*last)).toHtmlEscaped()));
    lines.append(tr("%1 rows sent").arg(DisplayFormat::number(last->totalSucceeded())));
    const qint64 problems = last->totalFailed() + last->totalSkipped();
    if (problems > 0) {
        lines.append(tr("<a href=\"failures:%1\" style=\"color:#b91c1c\">%2 failed or skipped — review</a>")
                         .arg(last->id)
                         .arg(DisplayFormat::number(problems)));
    } else {
        lines.append(tr("No failures"));
    }
    if (last->state == RunState::Failed && !last->message.isEmpty()) {
        lines.append(
            QStringLiteral("<span style=\"color:#b91c1c\">%1</span>").arg(last->message.toHtmlEscaped()));
    }
    m_lastDetail->setText(lines.join(QStringLiteral("<br>")));
    m_lastDetail->setToolTip(last->message);
}

void OverviewPage::refreshCurrentRun()
{
    const bool busy = m_session && m_session->isBusy();
    m_currentStrip->setVisible(busy);
    if (!busy) {
        return;
    }
    const Progress &p = m_session->lastProgress();
    const qint64 runId = m_session->currentRunId();
    m_currentTitle->setText(runId > 0 ? tr("Run #%1").arg(runId) : tr("Starting…"));
    if (p.phase == Progress::Phase::Loading && p.total > 0) {
        // QProgressBar counts in int; scale to per mille.
        m_currentProgress->setRange(0, 1000);
        m_currentProgress->setValue(static_cast<int>(std::min<qint64>(1000, p.done * 1000 / p.total)));
        m_currentProgress->setFormat(
            tr("%1 of %2 rows").arg(DisplayFormat::number(p.done), DisplayFormat::number(p.total)));
    } else {
        m_currentProgress->setRange(0, 0); // busy: reading, preparing
        m_currentProgress->setFormat(QString());
    }
    QString phase;
    switch (p.phase) {
    case Progress::Phase::Preparing:
        phase = tr("Preparing");
        break;
    case Progress::Phase::Reading:
        phase = tr("Reading Metronome");
        break;
    case Progress::Phase::Loading:
        phase = tr("Writing to Salesforce");
        break;
    case Progress::Phase::Finishing:
        phase = tr("Finishing");
        break;
    }
    QString detail = p.detail.isEmpty() || p.detail == phase ? phase : tr("%1 — %2").arg(phase, p.detail);
    if (runId > 0) {
        detail = tr("%1 · <a href=\"run\">Show objects</a>").arg(detail.toHtmlEscaped());
    }
    m_currentDetail->setText(detail);
}

void OverviewPage::refreshSchedule()
{
    if (!m_session) {
        m_nextWhen->clear();
        m_nextDetail->clear();
        return;
    }
    const Schedule &schedule = m_session->schedule();
    const QDateTime next = m_session->nextScheduledRun();
    if (schedule.kind() == Schedule::Kind::Off || !next.isValid()) {
        m_nextWhen->setText(tr("Off"));
        m_nextDetail->setText(
            tr("Scheduled syncs are turned off. Sync by hand, or set a schedule in Settings."));
        return;
    }
    m_nextWhen->setText(DisplayFormat::localTime(next));
    QString detail =
        tr("%1 · %2").arg(relativeFuture(next).toHtmlEscaped(), schedule.describe().toHtmlEscaped());
    if (!m_session->canSync()) {
        detail += QStringLiteral("<br>") + WorkspaceSession::syncUnavailableReason().toHtmlEscaped();
    } else {
        detail += QStringLiteral("<br>") + tr("Runs while NomeSync is open.");
    }
    m_nextDetail->setText(detail);
}

void OverviewPage::refreshApiUsage()
{
    if (!m_session || !m_session->hasApiUsage()) {
        m_apiBar->setRange(0, 1);
        m_apiBar->setValue(0);
        m_apiBar->setFormat(tr("Not known yet"));
        m_apiDetail->setText(tr("Salesforce reports it with every call; the first sync of this session reads "
                                "it."));
        return;
    }
    const qint64 used = m_session->apiUsed();
    const qint64 max = m_session->apiMax();
    m_apiBar->setRange(0, 1000);
    m_apiBar->setValue(static_cast<int>(std::min<qint64>(1000, used * 1000 / std::max<qint64>(1, max))));
    m_apiBar->setFormat(tr("%1%").arg(used * 100 / std::max<qint64>(1, max)));
    const bool high = used * 100 >= max * 80;
    m_apiBar->setStyleSheet(high ? QStringLiteral("QProgressBar::chunk { background: #d97706; }")
                                 : QString());
    m_apiDetail->setText(tr("%1 of %2 requests used<br>as of %3")
                             .arg(DisplayFormat::number(used), DisplayFormat::number(max),
                                  DisplayFormat::localTime(m_session->apiUsageAt()).toHtmlEscaped()));
    m_apiDetail->setToolTip(tr("The org's daily allowance is shared with every app connected to it. "
                               "Salesforce reports it with every call (Sforce-Limit-Info)."));
}

void OverviewPage::refreshMetronome()
{
    using Status = WorkspaceSession::Reachability::Status;
    const Status status = m_session ? m_session->reachability().status : Status::Unknown;
    const bool canCheck = m_session && m_session->canCheckReachability();
    m_checkMetronome->setEnabled(canCheck);
    m_checkMetronome->setToolTip(canCheck ? tr("Call Metronome now")
                                          : WorkspaceSession::syncUnavailableReason());
    switch (status) {
    case Status::Unknown:
        m_metronomeIcon->setPixmap(QIcon(QStringLiteral(":/icons/state-idle.svg")).pixmap(22, 22));
        m_metronomeState->setText(tr("Not checked yet"));
        m_metronomeDetail->setText(tr("A sync or <b>Check now</b> tells whether Metronome answers."));
        return;
    case Status::Reachable:
        m_metronomeIcon->setPixmap(QIcon(QStringLiteral(":/icons/state-ok.svg")).pixmap(22, 22));
        m_metronomeState->setText(tr("Reachable"));
        break;
    case Status::Unreachable:
        m_metronomeIcon->setPixmap(QIcon(QStringLiteral(":/icons/state-failed.svg")).pixmap(22, 22));
        m_metronomeState->setText(tr("Not reachable"));
        break;
    }
    const WorkspaceSession::Reachability &r = m_session->reachability();
    m_metronomeDetail->setText(
        tr("%1<br>as of %2")
            .arg(r.detail.toHtmlEscaped(), DisplayFormat::localTime(r.checkedAt).toHtmlEscaped()));
}

void OverviewPage::refreshChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    QList<const RunRecord *> runs;
    if (m_session) {
        const RunListModel *model = m_session->runs();
        for (int row = 0; row < model->rowCount() && runs.size() < ChartRuns; ++row) {
            if (isFinished(model->runAt(row).state)) {
                runs.prepend(&model->runAt(row)); // oldest on the left
            }
        }
    }
    m_chartView->setVisible(!runs.isEmpty());
    m_chartEmpty->setVisible(runs.isEmpty());
    if (runs.isEmpty()) {
        return;
    }
    auto *sent = new QBarSet(tr("Sent"));
    sent->setColor(kSent);
    sent->setBorderColor(kSent);
    auto *failed = new QBarSet(tr("Failed or skipped"));
    failed->setColor(kFailed);
    failed->setBorderColor(kFailed);
    QStringList categories;
    qint64 highest = 0;
    for (const RunRecord *run : std::as_const(runs)) {
        const qint64 problems = run->totalFailed() + run->totalSkipped();
        sent->append(static_cast<qreal>(run->totalSucceeded()));
        failed->append(static_cast<qreal>(problems));
        highest = std::max(highest, run->totalSucceeded() + problems);
        categories.append(QStringLiteral("#%1").arg(run->id));
    }
    auto *series = new QStackedBarSeries;
    series->append(sent);
    series->append(failed);
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qint64>(10, highest + highest / 10));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const QPalette palette = this->palette();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)}) {
        axis->setLabelsColor(palette.color(QPalette::Text));
    }
    m_chart->legend()->setLabelColor(palette.color(QPalette::Text));
}
