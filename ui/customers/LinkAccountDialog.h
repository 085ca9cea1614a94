#pragma once

#include "linking/CustomerEntry.h"
#include "linking/LinkTypes.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class AccountSearchModel;
class LinkController;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

// Links one customer to a Salesforce Account: by pasting its ID (15 or 18 characters; the
// format is judged as it is typed, then the org is asked whether the account exists and what
// it is called) or by finding it by name. Nothing is saved until Link is pressed and the
// account's name has been shown. Saving writes the link to Metronome and updates Salesforce at
// once; the dialog then shows what moved (per object) and what did not.
class LinkAccountDialog : public QDialog
{
    Q_OBJECT

public:
    LinkAccountDialog(LinkController *controller, const CustomerEntry &customer, QWidget *parent = nullptr);

    // Starts on "By Account ID" with `id` typed in (a suggestion, or a value to correct).
    void setAccountId(const QString &id);
    // Starts on "Find by name" with `text` searched.
    void searchByName(const QString &text);
    // When the customer is linked: add the account as a further one instead of replacing.
    void setAddAsFurther(bool further);
    // Labels of the package objects for the reparenting report ("Invoice", "Usage").
    void setObjectLabels(const QHash<QString, QString> &labels) { m_labels = labels; }

    const Linking::Account &selectedAccount() const { return m_selected; }
    bool hasOutcome() const { return m_hasOutcome; }
    const Linking::LinkOutcome &outcome() const { return m_outcome; }

    QLineEdit *idEdit() const { return m_idEdit; }
    QLabel *idStatus() const { return m_idStatus; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QTableView *resultsView() const { return m_resultsView; }
    QPushButton *linkButton() const { return m_linkButton; }
    QLabel *outcomeLabel() const { return m_outcomeLabel; }

Q_SIGNALS:
    void linked(const Linking::LinkOutcome &outcome);

protected:
    void reject() override;

private:
    void onIdEdited();
    void checkIdNow();
    void runSearch();
    void onResultChosen();
    void select(const Linking::Account &account, const QStringList &alsoLinkedTo = {});
    void clearSelection();
    void refreshButtons();
    void startLink();
    void showOutcome(const Linking::LinkOutcome &outcome);
    void setStatus(QLabel *label, const QString &text, bool error);

    QPointer<LinkController> m_controller;
    CustomerEntry m_customer;
    QHash<QString, QString> m_labels;
    Linking::Account m_selected;
    Linking::LinkOutcome m_outcome;
    bool m_hasOutcome = false;
    bool m_busy = false;
    quint64 m_checkToken = 0;
    quint64 m_searchToken = 0;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_idStatus = nullptr;
    QTimer *m_idTimer = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLabel *m_searchStatus = nullptr;
    AccountSearchModel *m_results = nullptr;
    QTableView *m_resultsView = nullptr;
    QLabel *m_selectedLabel = nullptr;
    QRadioButton *m_asPrimary = nullptr;
    QRadioButton *m_asFurther = nullptr;
    QLabel *m_effect = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QStandardItemModel *m_report = nullptr;
    QTableView *m_reportView = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
