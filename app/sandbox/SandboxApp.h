#pragma once

#include "common/SandboxOptions.h"

#include <QObject>

#include <memory>

class QCommandLineParser;
class MetronomeSandbox;
class SalesforceSandbox;
class SandboxAdminServer;
class SeedWorld;

// Wires the two halves and the admin server together, prints the one-line JSON that tells
// clients where everything is, and runs until killed.
class SandboxApp : public QObject
{
    Q_OBJECT

public:
    static void addOptions(QCommandLineParser &parser);

    explicit SandboxApp(QObject *parent = nullptr);
    ~SandboxApp() override;

    // Reads the flags; false with *error on bad input.
    bool configure(const QCommandLineParser &parser, QString *error);
    bool start(QString *error);
    // Runs a one-shot command on stored state (e.g. "next-day") and returns an exit code.
    int runCommand(const QString &command, QString *output);

    QByteArray startupLine() const;

private:
    SandboxOptions m_options;
    std::unique_ptr<SeedWorld> m_world;
    std::unique_ptr<MetronomeSandbox> m_metronome;
    std::unique_ptr<SalesforceSandbox> m_salesforce;
    std::unique_ptr<SandboxAdminServer> m_admin;
    QString m_temporaryDir;
};
