// Bad input end to end: customers created through the Metronome API with hostile names (every
// Unicode plane, control characters, bidi overrides, spreadsheet formulas, a name longer than
// Metronome keeps) sync like any other: each arrives in Salesforce exactly as Metronome has it,
// and nothing else is disturbed.
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <gtest/gtest.h>

using namespace Sync;

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kAlias = QStringLiteral("NOME__Metronome_Ingest_Alias__c");

// Creates a customer through the sandbox's Metronome API; returns its id.
QString createCustomer(SyncHarness &rig, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(rig.sandbox().info().metronomeUrl.toString() + QStringLiteral("/v1/customers")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + rig.metronomeToken().toUtf8());
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    TestEnvironment::waitFor([reply]() { return reply->isFinished(); }, 30000);
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    const QString id = QJsonDocument::fromJson(answer)
                           .object()
                           .value(QStringLiteral("data"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    EXPECT_FALSE(id.isEmpty()) << answer.constData();
    return id;
}

} // namespace

TEST(PoisonedRecords, HostileNamesArriveInSalesforceExactlyAsMetronomeHasThem)
{
    SyncHarness rig(
        {QStringLiteral("--customers"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("6")});
    QString error;
    ASSERT_TRUE(rig.start(&error)) << qPrintable(error);
    rig.setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("3"));

    const QString planes =
        QString::fromUcs4(U"A\u00e9\u4e2d\U0001F600\U00020000\U00030000\U000E0001\U000F0000\U0010FFFD") +
        QChar(0x0001) + QChar(0x001F) + QChar(0x007F) + QChar(0x0085) + QChar(0x202E) + QChar(0x200D) +
        QStringLiteral("\t\"\\,;");
    const QString formula = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    const QString tooLong = QString(300, QLatin1Char('n'));
    const QString planesId = createCustomer(
        rig, {{QStringLiteral("name"), planes},
              {QStringLiteral("ingest_aliases"), QJsonArray{QString(planes + QStringLiteral("@alias"))}}});
    const QString formulaId = createCustomer(rig, {{QStringLiteral("name"), formula}});
    const QString longId = createCustomer(rig, {{QStringLiteral("name"), tooLong}});
    ASSERT_FALSE(planesId.isEmpty() || formulaId.isEmpty() || longId.isEmpty());

    const SyncHarness::Outcome out = rig.sync();
    EXPECT_EQ(out.state, RunState::Completed) << qPrintable(out.message);
    EXPECT_EQ(out.run.totalFailed(), 0);

    // Exactly as Metronome has them (Metronome itself keeps 160 characters of a name; what
    // Salesforce cannot hold is a row error, tested in test_record_mapper).
    auto nameOf = [&](const QString &id) {
        const QList<QJsonObject> records =
            rig.salesforceRecords(kCustomer, QStringLiteral("NOME__Metronome_Customer_ID__c"), id);
        return records.size() == 1 ? records.first().value(QStringLiteral("NOME__Name__c")).toString()
                                   : QStringLiteral("<%1 records>").arg(records.size());
    };
    EXPECT_EQ(nameOf(planesId), planes);
    EXPECT_EQ(nameOf(formulaId), formula);
    const QString longInMetronome = rig.metronomeCustomer(longId).value(QStringLiteral("name")).toString();
    EXPECT_FALSE(longInMetronome.isEmpty());
    EXPECT_EQ(nameOf(longId), longInMetronome);
    const QString alias = planes + QStringLiteral("@alias");
    const QList<QJsonObject> aliases =
        rig.salesforceRecords(kAlias, QStringLiteral("NOME__Ingest_Alias__c"), alias);
    ASSERT_EQ(aliases.size(), 1);
    EXPECT_EQ(aliases.first().value(QStringLiteral("NOME__Ingest_Alias__c")).toString(), alias);
    // Nothing valid lost: every other customer and alias is there.
    const QHash<QString, qint64> counts = rig.salesforceCounts();
    const QHash<QString, qint64> expected = rig.expectedCounts();
    EXPECT_EQ(counts.value(kCustomer), expected.value(kCustomer));
    EXPECT_EQ(counts.value(kAlias), expected.value(kAlias));
    for (const QString &object :
         {QStringLiteral("NOME__Metronome_Contract__c"), QStringLiteral("NOME__Metronome_Invoice__c")}) {
        EXPECT_EQ(counts.value(object), expected.value(object)) << qPrintable(object);
    }
}
