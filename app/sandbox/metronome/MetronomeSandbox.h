#pragma once

#include "common/SandboxExchange.h"
#include "common/SandboxOptions.h"

#include <QObject>

#include <memory>

class QCommandLineParser;
class SandboxHttpServer;
class SeedWorld;

// The Metronome half of nomesync-sandbox. (Scaffolding: the API itself arrives with the
// Metronome issue.)
class MetronomeSandbox : public QObject
{
    Q_OBJECT

public:
    static void addOptions(QCommandLineParser &parser);

    MetronomeSandbox(const SandboxOptions &options, const SeedWorld &world, QObject *parent = nullptr);
    ~MetronomeSandbox() override;

    bool configure(const QCommandLineParser &parser, QString *error);
    bool start(QString *error);

    QString url() const;
    QString token() const;
    SandboxHttpServer *server() const;

    SandboxResponse admin(const SandboxRequest &request, const QString &subPath);
    // One-shot commands on stored state (nomesync-sandbox next-day ...).
    bool runCommand(const QString &command, QString *output);

private:
    class Server;
    SandboxOptions m_options;
    const SeedWorld &m_world;
    std::unique_ptr<Server> m_server;
    QString m_token;
};
