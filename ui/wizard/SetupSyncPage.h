#pragma once

#include <QWizardPage>

class NoticeBanner;
class QLabel;
class QListView;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;
class QTimeEdit;
class SetupWizardController;

// Step 4: which customers, which objects and when. "Complete setup" writes the workspace and
// the first sync starts in the background.
class SetupSyncPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupSyncPage(SetupWizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillObjects();
    void applySchedule();
    void refresh();

    SetupWizardController *m_controller;
    QRadioButton *m_allCustomers = nullptr;
    QRadioButton *m_linkedOnly = nullptr;
    QListView *m_objects = nullptr;
    QStandardItemModel *m_objectModel = nullptr;
    QLabel *m_objectsSummary = nullptr;
    QRadioButton *m_daily = nullptr;
    QTimeEdit *m_dailyTime = nullptr;
    QRadioButton *m_every = nullptr;
    QSpinBox *m_hours = nullptr;
    QLabel *m_scheduleSummary = nullptr;
    QLabel *m_summary = nullptr;
    NoticeBanner *m_result = nullptr;
    QString m_filledVariant;
    bool m_filling = false;
};
