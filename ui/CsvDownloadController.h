#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class FailureCsvExporter;
class QProgressDialog;
class QWidget;
class WorkspaceSession;

// Download CSV (up to 100 failures of one object, seed 000) and Export all failures (every
// failed and skipped row of a run): asks where with a sensible default name, writes off
// the GUI thread, shows progress with Cancel when it takes a moment, and reports the outcome.
class CsvDownloadController : public QObject
{
    Q_OBJECT

public:
    // Returns the chosen path, or empty when the user cancelled. Tests replace the dialog.
    using SavePathChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &suggested)>;

    explicit CsvDownloadController(QWidget *parent);

    void setSavePathChooser(SavePathChooser chooser) { m_chooser = std::move(chooser); }

    // object empty: every object; limit <= 0: every row. False when nothing started.
    bool download(WorkspaceSession *session, qint64 runId, const QString &object, int limit);
    bool isRunning() const;
    FailureCsvExporter *exporter() const { return m_exporter; }

    static QString suggestedFileName(const QString &workspaceName, qint64 runId, const QString &objectLabel);

Q_SIGNALS:
    // A line for the page to show ("Saved 100 rows to …" or the error).
    void finished(bool ok, const QString &message);

private:
    QWidget *m_parent;
    FailureCsvExporter *m_exporter = nullptr;
    QPointer<QProgressDialog> m_progress;
    SavePathChooser m_chooser;
};
