#include "WorkspaceView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

WorkspaceView::WorkspaceView(QWidget *parent)
    : QWidget(parent)
{
    m_navigationModel = new QStandardItemModel(this);
    m_navigation = new QListView(this);
    m_navigation->setObjectName(QStringLiteral("workspaceNavigation"));
    m_navigation->setModel(m_navigationModel);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_pages = new QStackedWidget(this);

    auto *content = new QVBoxLayout;
    content->setContentsMargins(18, 14, 18, 12);
    content->addWidget(m_title);
    content->addWidget(m_subtitle);
    content->addSpacing(8);
    content->addWidget(m_pages, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addLayout(content, 1);

    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_pages->setCurrentIndex(current.row());
                }
            });
}

void WorkspaceView::setWorkspace(const WorkspaceInfo &workspace)
{
    m_workspace = workspace;
    m_title->setText(workspace.name);
    m_subtitle->setText(workspace.environment.isEmpty() ? QString()
                                                        : tr("Environment: %1").arg(workspace.environment));
}

void WorkspaceView::addPage(const QString &objectName, const QIcon &icon, const QString &title, QWidget *page)
{
    insertPage(QString(), objectName, icon, title, page);
}

void WorkspaceView::insertPage(const QString &beforeObjectName, const QString &objectName, const QIcon &icon,
                               const QString &title, QWidget *page)
{
    page->setObjectName(objectName);
    auto *item = new QStandardItem(icon, title);
    item->setData(objectName, Qt::UserRole);
    item->setSizeHint(QSize(0, 34));
    int row = beforeObjectName.isEmpty() ? -1 : rowOf(beforeObjectName);
    if (row < 0) {
        row = m_navigationModel->rowCount();
    }
    // The navigation row and the stack index stay equal.
    m_navigationModel->insertRow(row, item);
    m_pages->insertWidget(row, page);
    if (m_navigationModel->rowCount() == 1) {
        m_navigation->setCurrentIndex(m_navigationModel->index(0, 0));
    } else if (m_navigation->currentIndex().isValid()) {
        m_pages->setCurrentIndex(m_navigation->currentIndex().row());
    }
}

int WorkspaceView::rowOf(const QString &objectName) const
{
    for (int row = 0; row < m_navigationModel->rowCount(); ++row) {
        if (m_navigationModel->item(row)->data(Qt::UserRole).toString() == objectName) {
            return row;
        }
    }
    return -1;
}

void WorkspaceView::showPage(const QString &objectName)
{
    const int row = rowOf(objectName);
    if (row >= 0) {
        m_navigation->setCurrentIndex(m_navigationModel->index(row, 0));
    }
}
