#pragma once

#include "common/SandboxHttpServer.h"

#include <functional>

// The admin endpoint of the sandbox (not part of either API): next day, fault settings,
// call counts and stored records, for tests, benchmarks and the curious.
// Routes: /health, /calls (GET, DELETE), /metronome/..., /salesforce/...
class SandboxAdminServer : public SandboxHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &, const QString &subPath)>;

    explicit SandboxAdminServer(QObject *parent = nullptr);

    void mount(const QString &prefix, Handler handler, SandboxHttpServer *apiServer);

protected:
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse injectedError(int status, const SandboxRequest &request) override;
    bool exemptFromFaults(const SandboxRequest &) const override { return true; }

private:
    struct Mount
    {
        QString prefix;
        Handler handler;
        SandboxHttpServer *server = nullptr;
    };
    QList<Mount> m_mounts;
};
