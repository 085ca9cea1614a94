#include "EmptyStateWidget.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/nomesync.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("No workspace yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *body = new QLabel(
        tr("A workspace pairs one Metronome environment with one Salesforce org. Set one up to sync "
           "customers, contracts, commits and credits, invoices and usage into the Metronome package "
           "objects of your org."),
        this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setFixedWidth(520);
    // Centred by alignment, the label gets no height-for-width: give it its wrapped height.
    body->setMinimumHeight(body->heightForWidth(520));
    body->setForegroundRole(QPalette::PlaceholderText);

    m_setupButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Set up a workspace…"), this);
    m_setupButton->setObjectName(QStringLiteral("setupWorkspaceButton"));
    m_setupButton->setDefault(true);
    m_setupButton->setMinimumHeight(36);
    connect(m_setupButton, &QPushButton::clicked, this, &EmptyStateWidget::setupRequested);

    m_sandboxButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/sandbox.svg")), tr("&Try it with sandbox data"), this);
    m_sandboxButton->setObjectName(QStringLiteral("trySandboxButton"));
    m_sandboxButton->setMinimumHeight(36);
    m_sandboxButton->setToolTip(tr("Walk through the setup against local Metronome and Salesforce servers "
                                   "with generated data. No account needed."));
    connect(m_sandboxButton, &QPushButton::clicked, this, &EmptyStateWidget::sandboxRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_setupButton);
    buttons->addSpacing(8);
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(4);
}

void EmptyStateWidget::setSandboxAvailable(bool available)
{
    m_sandboxButton->setVisible(available);
    // Started with a sandbox (the README's first command): trying it is the obvious next step.
    m_sandboxButton->setDefault(available);
    m_setupButton->setDefault(!available);
}
