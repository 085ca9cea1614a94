#include "store/WorkspaceDatabase.h"
#include "sync/FailureExport.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"
#include "util/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Sync;

TEST(CsvWriter, QuotesPerRfc4180AndNeutralisesFormulas)
{
    EXPECT_EQ(CsvWriter::line({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}),
              QByteArray("a,\"b,c\",\"say \"\"hi\"\"\"\r\n"));
    EXPECT_EQ(CsvWriter::line({QStringLiteral("two\nlines")}), QByteArray("\"two\nlines\"\r\n"));
    for (const char *danger : {"=SUM(A1:A9)", "+1", "-2+3", "@cmd", "\tx", "\rx"}) {
        const QString cell = QString::fromLatin1(danger);
        EXPECT_TRUE(CsvWriter::neutralise(cell).startsWith(QLatin1Char('\''))) << danger;
    }
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::line({QStringLiteral("=HYPERLINK(\"http://x\")")}),
              QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"));
}

TEST(FailureExport, WritesAtMostTheSampleForOneObjectOrEverythingForTheRun)
{
    QTemporaryDir dir;
    WorkspaceDatabase db(QDir(dir.path()).filePath(QStringLiteral("w.db")));
    ASSERT_TRUE(db.open());
    RunRepository runs(db);
    const auto run = runs.begin(RunRecord());
    ASSERT_TRUE(run.has_value());
    QList<RowError> errors;
    for (int i = 0; i < 130; ++i) {
        RowError e;
        e.runId = run->id;
        e.object = QStringLiteral("NOME__Metronome_Invoice__c");
        e.externalId = QStringLiteral("inv-%1").arg(i);
        e.statusCode = QStringLiteral("STRING_TOO_LONG");
        e.message = i == 0 ? QStringLiteral("=cmd|' /C calc'!A0") : QStringLiteral("too long");
        errors.append(e);
    }
    RowError other;
    other.runId = run->id;
    other.object = QStringLiteral("NOME__Metronome_Customer__c");
    other.externalId = QStringLiteral("c-1");
    other.kind = RowError::Kind::Skipped;
    errors.append(other);
    ASSERT_TRUE(RowErrorStore(db).add(errors));

    QBuffer sample;
    sample.open(QIODevice::WriteOnly);
    EXPECT_EQ(FailureExport::write(db, run->id, QStringLiteral("NOME__Metronome_Invoice__c"),
                                   FailureExport::SampleSize, &sample),
              100);
    const QList<QByteArray> lines = sample.data().split('\n');
    EXPECT_EQ(lines.size(), 1 + 100 + 1); // header, rows, empty tail after the last CRLF
    EXPECT_TRUE(lines.at(0).startsWith(QByteArray(CsvWriter::byteOrderMark() + "run_id,object,external_id")));
    EXPECT_TRUE(lines.at(1).contains(",'=cmd|"));

    const QString path = QDir(dir.path()).filePath(QStringLiteral("all.csv"));
    EXPECT_EQ(FailureExport::writeFile(db, run->id, QString(), 0, path), 131);
    WorkspaceDatabase::releaseThreadConnections();
}
