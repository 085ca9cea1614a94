#pragma once

#include "linking/CustomerEntry.h"
#include "linking/LinkTypes.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class LinkController;
class QLabel;
class QPushButton;

// Reviews suggested links one at a time: the orphan on the left, the suggested account on
// the right, why it was suggested and how sure. Link applies only this one suggestion, after
// the org confirmed that the account still exists; Skip moves on. Nothing is ever linked
// without pressing Link.
class SuggestionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    SuggestionReviewDialog(LinkController *controller, const QList<Linking::Suggestion> &suggestions,
                           const QHash<QString, CustomerEntry> &customers, int start,
                           QWidget *parent = nullptr);

    int currentIndex() const { return m_index; }
    const Linking::Suggestion &current() const { return m_suggestions.at(m_index); }
    QPushButton *linkButton() const { return m_linkButton; }
    QLabel *outcomeLabel() const { return m_outcome; }

Q_SIGNALS:
    void linked(const Linking::LinkOutcome &outcome);

private:
    void showSuggestion(int index);
    void linkCurrent();

    QPointer<LinkController> m_controller;
    QList<Linking::Suggestion> m_suggestions;
    QHash<QString, CustomerEntry> m_customers;
    QHash<int, QString> m_done; // index -> what happened
    int m_index = 0;
    bool m_busy = false;

    QLabel *m_position = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_linkButton = nullptr;
};
