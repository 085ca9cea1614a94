#pragma once

#include "common/SandboxHttpServer.h"

class MetronomeApi;
class MetronomeWorld;

// The Metronome API's HTTP face: checks the bearer token first (401, or 403 for the
// read-only token on writes), then hands the call to MetronomeApi. Fault injection and the
// call log come from SandboxHttpServer.
class MetronomeServer : public SandboxHttpServer
{
    Q_OBJECT

public:
    MetronomeServer(MetronomeWorld &world, MetronomeApi &api, QObject *parent = nullptr);

protected:
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse injectedError(int status, const SandboxRequest &request) override;
    QString routeOf(const SandboxRequest &request) const override;

private:
    MetronomeWorld &m_world;
    MetronomeApi &m_api;
};
