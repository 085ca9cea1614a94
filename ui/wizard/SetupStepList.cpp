#include "wizard/SetupStepList.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>

SetupStepList::SetupStepList(const QStringList &steps, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("setupStepList"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("QWidget#setupStepList { background: #f3f6fa; border-right: 1px solid #dde3ea; }"));
    setMinimumWidth(232);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(18, 22, 14, 18);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(14);
    auto *heading = new QLabel(tr("Setup"), this);
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setCapitalization(QFont::AllUppercase);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 0.85);
    heading->setFont(headingFont);
    heading->setStyleSheet(QStringLiteral("color: #64748b;"));
    layout->addWidget(heading, 0, 0, 1, 2);
    for (int i = 0; i < steps.size(); ++i) {
        Step step;
        step.marker = new QLabel(this);
        step.marker->setFixedSize(24, 24);
        step.marker->setAlignment(Qt::AlignCenter);
        step.label = new QLabel(steps.at(i), this);
        step.label->setWordWrap(true);
        layout->addWidget(step.marker, i + 1, 0, Qt::AlignTop);
        layout->addWidget(step.label, i + 1, 1, Qt::AlignVCenter);
        m_steps.append(step);
    }
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(static_cast<int>(steps.size()) + 1, 1);
    setCurrentStep(0);
}

void SetupStepList::setCurrentStep(int step)
{
    m_current = step;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps.at(i);
        QFont font = s.label->font();
        font.setWeight(i == step ? QFont::DemiBold : QFont::Normal);
        s.label->setFont(font);
        if (i < step) {
            s.marker->setPixmap(QIcon(QStringLiteral(":/icons/state-ok.svg")).pixmap(20, 20));
            s.marker->setStyleSheet(QString());
            s.label->setStyleSheet(QStringLiteral("color: #334155;"));
        } else {
            s.marker->setPixmap(QPixmap());
            s.marker->setText(QString::number(i + 1));
            s.marker->setStyleSheet(
                i == step ? QStringLiteral("background: #2563eb; color: white; border-radius: 12px; "
                                           "font-weight: 600;")
                          : QStringLiteral("background: #e2e8f0; color: #64748b; "
                                           "border-radius: 12px;"));
            s.label->setStyleSheet(i == step ? QStringLiteral("color: #0f172a;")
                                             : QStringLiteral("color: #64748b;"));
        }
    }
}
