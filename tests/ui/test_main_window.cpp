#include "EmptyStateWidget.h"
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "secrets/MemorySecretStore.h"
#include "store/WorkspaceRegistry.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

TEST(MainWindow, ShowsTheEmptyStateWithoutWorkspacesAndOffersSetup)
{
    QTemporaryDir dir;
    WorkspaceRegistry registry(dir.path());
    MemorySecretStore secrets;
    MainWindow window(&registry, &secrets);
    window.setSandboxAvailable(true);
    window.show();

    auto *empty = window.findChild<EmptyStateWidget *>(QStringLiteral("emptyState"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    auto *selector = window.findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
    ASSERT_NE(selector, nullptr);
    EXPECT_FALSE(selector->isEnabled());

    QSignalSpy setup(&window, &MainWindow::setupRequested);
    auto *setupButton = window.findChild<QPushButton *>(QStringLiteral("setupWorkspaceButton"));
    ASSERT_NE(setupButton, nullptr);
    QTest::mouseClick(setupButton, Qt::LeftButton);
    ASSERT_EQ(setup.count(), 1);
    EXPECT_FALSE(setup.at(0).at(0).toBool());

    auto *sandboxButton = window.findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
    ASSERT_NE(sandboxButton, nullptr);
    EXPECT_TRUE(sandboxButton->isVisible());
    QTest::mouseClick(sandboxButton, Qt::LeftButton);
    ASSERT_EQ(setup.count(), 2);
    EXPECT_TRUE(setup.at(1).at(0).toBool());
}

TEST(MainWindow, SwitchesBetweenWorkspaces)
{
    QTemporaryDir dir;
    WorkspaceRegistry registry(dir.path());
    MemorySecretStore secrets;
    MainWindow window(&registry, &secrets);
    window.show();

    auto prod = registry.create(QStringLiteral("Production"), QStringLiteral("Production"));
    auto staging = registry.create(QStringLiteral("Staging"), QStringLiteral("Staging"));
    ASSERT_TRUE(prod && staging);
    auto *selector = window.findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return selector->count() == 2; }));
    EXPECT_TRUE(selector->isEnabled());
    EXPECT_FALSE(window.findChild<EmptyStateWidget *>(QStringLiteral("emptyState"))->isVisible());

    QSignalSpy changed(&window, &MainWindow::currentWorkspaceChanged);
    window.selectWorkspace(staging->id);
    EXPECT_EQ(window.currentWorkspaceId(), staging->id);
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Staging")));
    window.selectWorkspace(prod->id);
    EXPECT_EQ(window.currentWorkspaceId(), prod->id);
    EXPECT_GE(changed.count(), 2);
}
