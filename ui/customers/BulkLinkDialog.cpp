#include "customers/BulkLinkDialog.h"

#include "CopyableTableView.h"
#include "DisplayFormat.h"
#include "customers/BulkLinkModel.h"
#include "linking/BulkLinkFile.h"
#include "linking/LinkController.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Linking;

BulkLinkDialog::BulkLinkDialog(LinkController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("bulkLinkDialog"));
    setWindowTitle(tr("Link Customers from a CSV File"));
    resize(1120, 560);

    auto *intro = new QLabel(
        tr("One link per row: the customer's Metronome ID or ingest alias, then the Salesforce Account ID. A "
           "header "
           "row is optional. Every row is checked first; nothing is written until you press Link."),
        this);
    intro->setWordWrap(true);
    m_fileLabel = new QLabel(tr("No file chosen."), this);
    m_fileLabel->setObjectName(QStringLiteral("bulkFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseButton = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Choose File…"), this);
    m_chooseButton->setObjectName(QStringLiteral("bulkChooseFileButton"));
    m_chooseButton->setAutoDefault(false);
    connect(m_chooseButton, &QPushButton::clicked, this, &BulkLinkDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_chooseButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);

    m_model = new BulkLinkModel(this);
    m_view = new CopyableTableView(this);
    m_view->setObjectName(QStringLiteral("bulkPreviewView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setColumnWidth(BulkLinkModel::LineColumn, 44);
    m_view->setColumnWidth(BulkLinkModel::CustomerColumn, 140);
    m_view->setColumnWidth(BulkLinkModel::CustomerNameColumn, 150);
    m_view->setColumnWidth(BulkLinkModel::AccountColumn, 150);
    m_view->setColumnWidth(BulkLinkModel::AccountNameColumn, 150);
    m_view->setColumnWidth(BulkLinkModel::VerdictColumn, 180);
    m_view->setColumnWidth(BulkLinkModel::ResultColumn, 200);
    m_view->setColumnHidden(BulkLinkModel::ResultColumn, true);
    // The selected row's whole story, where the table cell has to cut it short.
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("bulkRowDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(fontMetrics().height() * 2 + 4);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid()) {
                m_detail->clear();
                return;
            }
            const BulkRow &row = m_model->rows().at(current.row());
            const QString message = row.resultMessage.isEmpty() ? row.message : row.resultMessage;
            m_detail->setText(
                tr("Line %1 · %2%3")
                    .arg(row.line)
                    .arg(row.result == BulkResult::Pending || row.result == BulkResult::NotApplied
                             ? verdictText(row.verdict)
                             : m_model->index(current.row(), BulkLinkModel::ResultColumn).data().toString(),
                         message.isEmpty() ? QString() : QStringLiteral(": ") + message));
        });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->hide();
    m_stopButton = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("bulkStopButton"));
    m_stopButton->setToolTip(tr("Link no further rows; the rows in progress finish"));
    m_stopButton->setAutoDefault(false);
    m_stopButton->hide();
    connect(m_stopButton, &QPushButton::clicked, this, [this]() {
        if (m_controller) {
            m_controller->stopBulk();
        }
        m_stopButton->setEnabled(false);
        m_stopButton->setText(tr("Stopping…"));
    });
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save &Result File…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("bulkSaveButton"));
    m_saveButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_saveButton->setToolTip(tr("The rows that were not linked, with the reason, as a CSV file"));
    connect(m_saveButton, &QPushButton::clicked, this, &BulkLinkDialog::chooseResultFile);
    m_applyButton = buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("bulkApplyButton"));
    m_applyButton->setIcon(QIcon(QStringLiteral(":/icons/link.svg")));
    connect(m_applyButton, &QPushButton::clicked, this, &BulkLinkDialog::apply);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkLinkDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);
    refresh();
}

void BulkLinkDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Link File"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void BulkLinkDialog::openFile(const QString &path)
{
    if (!m_controller || m_busy) {
        return;
    }
    m_path = path;
    m_applied = false;
    m_model->setRows({});
    m_view->setColumnHidden(BulkLinkModel::ResultColumn, true);
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_busy = true;
    m_summary->setStyleSheet(QString());
    m_summary->setText(
        tr("Reading and checking the file: customers in the workspace, Account IDs in Salesforce…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    refresh();
    m_controller->previewBulkFile(path, this, [this](const BulkPreview &preview) { showPreview(preview); });
}

void BulkLinkDialog::showPreview(const BulkPreview &preview)
{
    m_busy = false;
    m_progress->hide();
    if (!preview.error.isEmpty()) {
        m_summary->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_summary->setText(preview.error);
        refresh();
        return;
    }
    m_model->setRows(preview.rows);
    selectFirstProblem();
    const int total = m_model->rowCount();
    const int ok = m_model->applicableCount();
    const int already = m_model->countWithVerdict(BulkVerdict::AlreadyLinked);
    const int problems = total - ok - already;
    QStringList parts{total == 1 ? tr("1 row checked.") : tr("%1 rows checked.").arg(total)};
    parts.append(tr("%n can be linked.", nullptr, ok));
    if (already > 0) {
        parts.append(tr("%n already linked (nothing to do).", nullptr, already));
    }
    if (problems > 0) {
        parts.append(tr("%n with problems will be left out (see Details; Save Result File lists them).",
                        nullptr, problems));
    }
    parts.append(tr("Nothing has been written yet."));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    refresh();
    emit previewReady();
}

void BulkLinkDialog::apply()
{
    const int ok = m_model->applicableCount();
    if (!m_controller || m_busy || m_applied || ok == 0) {
        return;
    }
    m_busy = true;
    m_applying = true;
    m_progress->setRange(0, ok);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m linked"));
    m_progress->show();
    m_stopButton->setEnabled(true);
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->show();
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Linking in Metronome and moving the records in Salesforce…"));
    refresh();
    m_controller->applyBulk(
        m_model->rows(), this,
        [this](int done, int total) {
            m_progress->setMaximum(std::max(1, total));
            m_progress->setValue(done);
        },
        [this](const BulkApplyResult &result) { showResult(result); });
}

void BulkLinkDialog::showResult(const BulkApplyResult &result)
{
    m_busy = false;
    m_applying = false;
    m_applied = true;
    m_result = result;
    m_stopButton->hide();
    m_progress->hide();
    if (!result.error.isEmpty()) {
        m_summary->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_summary->setText(result.error);
        m_applied = false;
        refresh();
        return;
    }
    m_model->setRows(result.rows);
    m_view->setColumnHidden(BulkLinkModel::ResultColumn, false);
    selectFirstProblem();
    int reparented = 0;
    int lagging = 0;
    for (const BulkRow &row : result.rows) {
        reparented += row.reparented;
        lagging += row.result == BulkResult::Applied && !row.resultMessage.isEmpty() ? 1 : 0;
    }
    QStringList parts{tr("Customers linked: %1; records reparented: %2.")
                          .arg(DisplayFormat::number(result.applied()), DisplayFormat::number(reparented))};
    if (result.failedCount() > 0) {
        parts.append(tr("%n failed.", nullptr, result.failedCount()));
    }
    if (lagging > 0) {
        parts.append(tr("%n linked with Salesforce records left for the next sync.", nullptr, lagging));
    }
    if (result.cancelled) {
        parts.append(tr("Stopped: the remaining rows were not linked."));
    }
    const int unsuccessful = static_cast<int>(BulkLinkFile::unsuccessful(result.rows).size());
    if (unsuccessful > 0) {
        parts.append(tr("Save Result File lists the rows that need attention (%1).").arg(unsuccessful));
    }
    m_summary->setStyleSheet(result.failedCount() > 0 || lagging > 0 ? QStringLiteral("color: #b45309;")
                                                                     : QString());
    m_summary->setText(parts.join(QLatin1Char(' ')));
    refresh();
    emit applied(result);
}

bool BulkLinkDialog::saveResultFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    file.write(BulkLinkFile::resultFile(m_model->rows()));
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

void BulkLinkDialog::chooseResultFile()
{
    const QFileInfo source(m_path);
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + tr("-not-linked") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Rows That Were Not Linked"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveResultFile(path, &error)) {
        m_summary->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_summary->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void BulkLinkDialog::selectFirstProblem()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const BulkRow &r = m_model->rows().at(row);
        const bool problem = r.result == BulkResult::Failed ||
                             (r.result == BulkResult::Applied && !r.resultMessage.isEmpty()) ||
                             (r.verdict != BulkVerdict::Ok && r.verdict != BulkVerdict::AlreadyLinked);
        if (problem) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

void BulkLinkDialog::refresh()
{
    const int ok = m_model->applicableCount();
    m_applyButton->setText(ok > 0 && !m_applied
                               ? (ok == 1 ? tr("&Link 1 Customer") : tr("&Link %1 Customers").arg(ok))
                               : tr("&Link"));
    m_applyButton->setEnabled(!m_busy && !m_applied && ok > 0);
    m_applyButton->setVisible(!m_applied);
    m_chooseButton->setEnabled(!m_busy);
    m_saveButton->setEnabled(!m_busy && !BulkLinkFile::unsuccessful(m_model->rows()).isEmpty());
    m_closeButton->setEnabled(!m_applying);
}

void BulkLinkDialog::reject()
{
    if (m_applying) {
        return; // Stop first: a half-applied file is reported, never abandoned silently
    }
    if (m_busy && m_controller) {
        m_controller->cancel();
    }
    QDialog::reject();
}
