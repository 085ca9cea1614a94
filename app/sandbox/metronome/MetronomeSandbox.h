#pragma once

#include "common/SandboxExchange.h"
#include "common/SandboxOptions.h"

#include <QObject>

#include <memory>

class QCommandLineParser;
class MetronomeApi;
class MetronomeServer;
class MetronomeWorld;
class SandboxHttpServer;
class SeedWorld;

// The Metronome half of nomesync-sandbox: the world (SQLite in --data), the API server,
// its fault flags, the admin routes under /metronome and the next-day command.
class MetronomeSandbox : public QObject
{
    Q_OBJECT

public:
    static void addOptions(QCommandLineParser &parser);

    MetronomeSandbox(const SandboxOptions &options, const SeedWorld &world, QObject *parent = nullptr);
    ~MetronomeSandbox() override;

    // Reads the Metronome flags and opens (or generates) the world.
    bool configure(const QCommandLineParser &parser, QString *error);
    bool start(QString *error);

    QString url() const;
    QString token() const;
    SandboxHttpServer *server() const;

    SandboxResponse admin(const SandboxRequest &request, const QString &subPath);
    // One-shot commands on stored state (nomesync-sandbox next-day ...).
    bool runCommand(const QString &command, QString *output);

private:
    SandboxOptions m_options;
    const SeedWorld &m_seedWorld;
    std::unique_ptr<MetronomeWorld> m_world;
    std::unique_ptr<MetronomeApi> m_api;
    std::unique_ptr<MetronomeServer> m_server;
};
