#pragma once

#include "store/WorkspaceInfo.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QStandardItemModel;

// The pages of one workspace, with a navigation list on the left.
class WorkspaceView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceView(QWidget *parent = nullptr);

    void setWorkspace(const WorkspaceInfo &workspace);
    const WorkspaceInfo &workspace() const { return m_workspace; }

    // Adds a page under `title`; pages appear in the order they are added.
    void addPage(const QString &objectName, const QIcon &icon, const QString &title, QWidget *page);
    // Inserts a page before the one called `beforeObjectName` (at the end if there is none).
    void insertPage(const QString &beforeObjectName, const QString &objectName, const QIcon &icon,
                    const QString &title, QWidget *page);
    void showPage(const QString &objectName);

private:
    int rowOf(const QString &objectName) const;

    WorkspaceInfo m_workspace;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QListView *m_navigation = nullptr;
    QStandardItemModel *m_navigationModel = nullptr;
    QStackedWidget *m_pages = nullptr;
};
