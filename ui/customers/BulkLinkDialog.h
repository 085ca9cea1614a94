#pragma once

#include "linking/LinkTypes.h"

#include <QDialog>
#include <QPointer>

class BulkLinkModel;
class CopyableTableView;
class LinkController;
class QLabel;
class QProgressBar;
class QPushButton;

// Links many customers from a CSV file (customer ID or ingest alias, Account ID). First a
// preview with a verdict per row, before anything is written; then Link applies the rows that
// are ok, with a progress bar that can stop it; finally "Save result file" writes the rows
// that were not linked, with the reason, for the admin to fix and load again.
class BulkLinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkLinkDialog(LinkController *controller, QWidget *parent = nullptr);

    // Reads and checks `path` (off the GUI thread); the preview fills the table.
    void openFile(const QString &path);
    void apply();
    bool saveResultFile(const QString &path, QString *error = nullptr) const;

    BulkLinkModel *model() const { return m_model; }
    CopyableTableView *view() const { return m_view; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isApplied() const { return m_applied; }

Q_SIGNALS:
    void previewReady();
    void applied(const Linking::BulkApplyResult &result);

protected:
    void reject() override;

private:
    void chooseFile();
    void chooseResultFile();
    void showPreview(const Linking::BulkPreview &preview);
    void showResult(const Linking::BulkApplyResult &result);
    void refresh();
    void selectFirstProblem();

    QPointer<LinkController> m_controller;
    BulkLinkModel *m_model = nullptr;
    QString m_path;
    bool m_busy = false;
    bool m_applying = false;
    bool m_applied = false;
    Linking::BulkApplyResult m_result;

    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLabel *m_summary = nullptr;
    CopyableTableView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
