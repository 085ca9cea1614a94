#pragma once

#include <QDialog>

class AuditLogModel;
class CopyableTableView;
class QLabel;
class QPlainTextEdit;
template<typename T>
class QFutureWatcher;
struct AuditEntry;

// The audit log of a workspace, or of one customer: who linked, unlinked or reparented what,
// when, and the accounts before and after. Read on a pool thread.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    // `customerId` empty: the whole workspace.
    AuditLogDialog(const QString &databasePath, const QString &customerId, const QString &customerName,
                   QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void onRowChanged();

    AuditLogModel *m_model = nullptr;
    CopyableTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QFutureWatcher<QList<AuditEntry>> *m_watcher = nullptr;
    bool m_loaded = false;
};
