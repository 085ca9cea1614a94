#pragma once

#include "linking/LinkTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class CopyableTableView;
class CustomerLoader;
class LinkController;
class OrphanListModel;
class QAction;
class QLabel;
class QPushButton;
class QToolButton;
class WorkspaceSession;

// Customers with no Salesforce account, ranked by this month's spend; the top 10 % are lead
// candidates (seed 002). The suggestion column offers the account each one most likely belongs
// to (same company name, or the account already carries its Metronome ID), read from the org
// off the GUI thread; Review shows a suggestion side by side and links it only when the admin
// says so. Linking an orphan moves all its Salesforce records to the account at once.
class OrphansPage : public QWidget
{
    Q_OBJECT

public:
    OrphansPage(CustomerLoader *loader, LinkController *controller, QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);

    OrphanListModel *model() const { return m_model; }
    CopyableTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *suggestionStatus() const { return m_suggestStatus; }
    QAction *findSuggestionsAction() const { return m_findSuggestions; }
    QAction *reviewAction() const { return m_review; }
    QAction *linkAction() const { return m_link; }
    const QList<Linking::Suggestion> &suggestions() const { return m_suggestions; }
    bool selectCustomer(const QString &customerId);

    void findSuggestions();
    void openReview();
    void openLinkDialog();

Q_SIGNALS:
    void customerActivated(const QString &customerId);
    void suggestionsReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded();
    void refreshActions();
    void refreshSummary();
    QString currentCustomerId() const;
    void showNotice(const QString &text, bool warning);

    QPointer<WorkspaceSession> m_session;
    CustomerLoader *m_loader;
    QPointer<LinkController> m_controller;
    OrphanListModel *m_model = nullptr;
    QList<Linking::Suggestion> m_suggestions;
    bool m_suggesting = false;
    bool m_suggestedOnce = false;
    QString m_pendingSelection;

    CopyableTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_suggestStatus = nullptr;
    QLabel *m_notice = nullptr;
    QAction *m_findSuggestions = nullptr;
    QAction *m_cancelSuggestions = nullptr;
    QToolButton *m_stopButton = nullptr;
    QAction *m_review = nullptr;
    QAction *m_link = nullptr;
};
