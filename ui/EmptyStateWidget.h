#pragma once

#include <QWidget>

class QPushButton;

// What the main window shows before any workspace exists: what NomeSync does and the two
// ways to start (real accounts, or the local sandbox).
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setSandboxAvailable(bool available);

Q_SIGNALS:
    void setupRequested();
    void sandboxRequested();

private:
    QPushButton *m_setupButton = nullptr;
    QPushButton *m_sandboxButton = nullptr;
};
