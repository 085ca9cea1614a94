#include "CsvDownloadController.h"

#include "DisplayFormat.h"
#include "FailureCsvExporter.h"
#include "WorkspaceSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kLastDirectoryKey = QStringLiteral("exports/lastDirectory");

QString defaultDirectory()
{
    const QString remembered = QSettings().value(kLastDirectoryKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        return remembered;
    }
    for (auto location : {QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty() && QFileInfo(dir).isDir()) {
            return dir;
        }
    }
    return QDir::homePath();
}

} // namespace

CsvDownloadController::CsvDownloadController(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_exporter(new FailureCsvExporter(this))
{
    m_chooser = [](QWidget *owner, const QString &caption, const QString &suggested) {
        return QFileDialog::getSaveFileName(owner, caption, suggested,
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    connect(m_exporter, &FailureCsvExporter::progress, this, [this](qint64 written, qint64 total) {
        if (m_progress) {
            m_progress->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
            m_progress->setValue(static_cast<int>(std::min<qint64>(written, INT_MAX)));
        }
    });
    connect(m_exporter, &FailureCsvExporter::finished, this,
            [this](const FailureCsvExporter::Result &result) {
                if (m_progress) {
                    m_progress->reset();
                    m_progress->deleteLater();
                }
                const QString path = QDir::toNativeSeparators(m_exporter->path());
                if (result.ok) {
                    emit finished(
                        true, tr("Saved %n row(s) to %1", nullptr, static_cast<int>(result.rows)).arg(path));
                } else if (result.cancelled) {
                    emit finished(false, tr("Export cancelled; no file was written."));
                } else {
                    emit finished(false, tr("Could not save the CSV: %1").arg(result.error));
                }
            });
}

bool CsvDownloadController::isRunning() const
{
    return m_exporter->isRunning();
}

QString CsvDownloadController::suggestedFileName(const QString &workspaceName, qint64 runId,
                                                 const QString &objectLabel)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = QStringLiteral("%1-run-%2-%3-failures.csv")
                       .arg(workspaceName, QString::number(runId),
                            objectLabel.isEmpty() ? QStringLiteral("all") : objectLabel);
    name.replace(unsafe, QStringLiteral("-"));
    return name.toLower();
}

bool CsvDownloadController::download(WorkspaceSession *session, qint64 runId, const QString &object,
                                     int limit)
{
    if (!session || runId <= 0 || isRunning()) {
        return false;
    }
    const QString label = object.isEmpty() ? QString() : session->objectLabel(object);
    const QString caption = object.isEmpty() ? tr("Export All Failures of Run #%1").arg(runId)
                                             : tr("Download Up to %1 Failures of %2").arg(limit).arg(label);
    const QString suggested =
        QDir(defaultDirectory()).filePath(suggestedFileName(session->workspace().name, runId, label));
    const QString path = m_chooser(m_parent, caption, suggested);
    if (path.isEmpty()) {
        return false;
    }
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    if (!m_exporter->start(session->database().filePath(), runId, object, limit, path)) {
        return false;
    }
    // Appears only when the export takes longer than a moment (a full export of a large run).
    m_progress =
        new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(caption);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &FailureCsvExporter::cancel);
    return true;
}
