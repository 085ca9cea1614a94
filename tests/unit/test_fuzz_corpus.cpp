// The CI smoke run of the fuzz targets (tests/fuzz): every input of the seed corpus, plus every
// prefix of each (truncations are where parsers break), goes through each target. A broken
// promise aborts, which fails this test. Longer runs: scripts/fuzz.sh (RELIABILITY.md).
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

TEST(FuzzCorpus, EverySeedAndEveryTruncationOfItPassesEveryTarget)
{
    for (const Fuzz::Entry *target = Fuzz::targets(); target->name; ++target) {
        const QDir corpus(QStringLiteral(NOMESYNC_FUZZ_CORPUS "/") + QLatin1String(target->name));
        const QStringList files = corpus.entryList(QDir::Files);
        EXPECT_GE(files.size(), 3) << target->name << ": the seed corpus is missing";
        qint64 inputs = 0;
        for (const QString &name : files) {
            QFile file(corpus.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
            const QByteArray data = file.readAll();
            for (qsizetype cut = 0; cut <= data.size(); ++cut) {
                target->run(reinterpret_cast<const uint8_t *>(data.constData()), static_cast<size_t>(cut));
                ++inputs;
            }
        }
        std::printf("[ fuzz     ] %s: %lld inputs from %lld seeds\n", target->name, inputs,
                    static_cast<long long>(files.size()));
    }
}
