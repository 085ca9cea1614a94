#include "metronome/MetronomeProbe.h"

#include "metronome/MetronomeClient.h"
#include "secrets/SecretStore.h"

#include <QPointer>

void MetronomeProbe::checkWithToken(const QUrl &baseUrl, const QString &token, QObject *context, Done done)
{
    auto *client = new MetronomeClient(nullptr, context);
    client->setBaseUrl(baseUrl);
    client->setToken(token);
    client->setPageSize(1);
    auto metrics = std::make_shared<int>(0);
    client->listBillableMetrics(
        false, client, [metrics](const QList<MetronomeBillableMetric> &page) { *metrics += page.size(); },
        [client, done](const MetronomeError &error) {
            client->deleteLater();
            if (error.isCancelled()) {
                return;
            }
            done(error.isOk(), error.isOk() ? tr("Metronome answered.") : error.userMessage());
        });
}

void MetronomeProbe::check(const QUrl &baseUrl, SecretStore *secrets, const QString &workspaceId,
                           QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    secrets->read(SecretStore::keyFor(workspaceId, SecretStore::Kind::MetronomeToken), context,
                  [guard, baseUrl, done](const SecretResult &result) {
                      if (!guard) {
                          return;
                      }
                      if (!result.ok()) {
                          done(false, result.userMessage());
                          return;
                      }
                      checkWithToken(baseUrl, result.value, guard, done);
                  });
}
