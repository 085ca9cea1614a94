#include "customers/AuditLogDialog.h"

#include "CopyableTableView.h"
#include "customers/AuditLogModel.h"
#include "store/AuditLog.h"
#include "store/WorkspaceDatabase.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int kMaxEntries = 5000;
} // namespace

AuditLogDialog::AuditLogDialog(const QString &databasePath, const QString &customerId,
                               const QString &customerName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(customerId.isEmpty() ? tr("Audit Log") : tr("Audit Log — %1").arg(customerName));
    resize(1000, 520);

    m_summary = new QLabel(tr("Loading…"), this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_model = new AuditLogModel(this);
    m_view = new CopyableTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setColumnWidth(AuditLogModel::WhenColumn, 130);
    m_view->setColumnWidth(AuditLogModel::WhoColumn, 90);
    m_view->setColumnWidth(AuditLogModel::ActionColumn, 150);
    m_view->setColumnWidth(AuditLogModel::SubjectColumn, 150);
    m_view->setColumnWidth(AuditLogModel::BeforeColumn, 170);
    m_view->setColumnWidth(AuditLogModel::AfterColumn, 170);
    m_view->setColumnHidden(AuditLogModel::SubjectColumn, !customerId.isEmpty());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogDialog::onRowChanged);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("What happened, in full"));
    m_detail->setTabChangesFocus(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    m_watcher = new QFutureWatcher<QList<AuditEntry>>(this);
    connect(m_watcher, &QFutureWatcher<QList<AuditEntry>>::finished, this,
            [this, customerId, customerName]() {
                const QList<AuditEntry> entries = m_watcher->result();
                m_model->setEntries(entries);
                m_summary->setText(
                    entries.isEmpty()
                        ? (customerId.isEmpty() ? tr("No link changes in this workspace yet.")
                                                : tr("No link changes for %1 yet.").arg(customerName))
                        : (entries.size() == 1 ? tr("1 change.")
                                               : tr("%1 changes, newest first.").arg(entries.size())));
                if (!entries.isEmpty()) {
                    m_view->setCurrentIndex(m_model->index(0, 0));
                }
                m_loaded = true;
                emit loaded();
            });
    m_watcher->setFuture(QtConcurrent::run([databasePath, customerId]() {
        QList<AuditEntry> entries;
        {
            WorkspaceDatabase db(databasePath);
            if (db.open()) {
                entries = AuditLog(db).entries(customerId, kMaxEntries);
            }
        }
        WorkspaceDatabase::releaseThreadConnections();
        return entries;
    }));
}

AuditLogDialog::~AuditLogDialog()
{
    m_watcher->waitForFinished();
}

void AuditLogDialog::onRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const AuditEntry &e = m_model->entryAt(current.row());
    m_detail->setPlainText(tr("%1 by %2 at %3\nCustomer: %4\nBefore: %5\nAfter: %6\n\n%7")
                               .arg(AuditLogModel::actionText(e.action), e.actor,
                                    e.at.toUTC().toString(Qt::ISODate), e.subject, e.before, e.after,
                                    e.detail));
}
