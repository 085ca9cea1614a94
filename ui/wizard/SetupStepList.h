#pragma once

#include <QWidget>

class QLabel;

// The wizard's side panel: the four steps, the current one highlighted and the ones behind it
// ticked, so the admin always sees where they are and what is left.
class SetupStepList : public QWidget
{
    Q_OBJECT

public:
    explicit SetupStepList(const QStringList &steps, QWidget *parent = nullptr);

    void setCurrentStep(int step);
    int currentStep() const { return m_current; }

private:
    struct Step
    {
        QLabel *marker = nullptr;
        QLabel *label = nullptr;
    };

    QList<Step> m_steps;
    int m_current = -1;
};
