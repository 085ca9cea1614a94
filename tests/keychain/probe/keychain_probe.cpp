// keychain_probe read|write|delete <key> [value]
// Prints "<status>\t<user message>" for one operation through KeychainSecretStore.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: keychain_probe read|write|delete <key> [value]\n");
        return 2;
    }
    KeychainSecretStore store(QStringLiteral("NomeSyncTests"));
    int exitCode = 1;
    auto report = [&](const SecretResult &result) {
        std::printf("%s\t%s\n", qPrintable(SecretResult::statusName(result.status)),
                    qPrintable(result.userMessage()));
        std::fflush(stdout);
        exitCode = result.ok() ? 0 : 1;
        app.quit();
    };
    const QString op = args.at(1);
    const QString key = args.at(2);
    if (op == QLatin1String("read")) {
        store.read(key, nullptr, report);
    } else if (op == QLatin1String("write")) {
        store.write(key, args.value(3, QStringLiteral("probe-value")), nullptr, report);
    } else {
        store.remove(key, nullptr, report);
    }
    QTimer::singleShot(60000, &app, [&]() {
        std::printf("timeout\t\n");
        app.exit(3);
    });
    const int loop = app.exec();
    return loop == 3 ? 3 : exitCode;
}
