// The Metronome sandbox's own logic, in process: cursors are tamper-evident, the generated
// world is deterministic, and the ledger keeps its books consistent (invoice totals equal
// their lines, balances equal amount minus what usage burned, invoices bill all usage).
#include "common/SeedWorld.h"
#include "metronome/MetronomeCursor.h"
#include "metronome/MetronomeDays.h"
#include "metronome/MetronomeWorld.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(SandboxMetronomeCursor, RoundTripsAndRejectsAnyTampering)
{
    const MetronomeCursor cursor(QByteArrayLiteral("secret-one"));
    const QString token = cursor.encode(QStringLiteral("customers:active"), QStringLiteral("1234"));
    EXPECT_FALSE(token.contains(QStringLiteral("1234")));
    EXPECT_EQ(cursor.decode(QStringLiteral("customers:active"), token), QStringLiteral("1234"));

    // Every single-character change is caught.
    for (int i = 0; i < token.size(); ++i) {
        QString changed = token;
        changed[i] = changed.at(i) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        EXPECT_FALSE(cursor.decode(QStringLiteral("customers:active"), changed).has_value()) << i;
    }
    // A position re-encoded without the key does not verify.
    const QString forged = QString::fromLatin1(QByteArrayLiteral("99999").toBase64(
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                           token.mid(token.indexOf(QLatin1Char('.')));
    EXPECT_FALSE(cursor.decode(QStringLiteral("customers:active"), forged).has_value());
    EXPECT_FALSE(cursor.decode(QStringLiteral("customers:archived"), token).has_value()); // another list
    EXPECT_FALSE(
        MetronomeCursor(QByteArrayLiteral("secret-two")).decode(QStringLiteral("customers:active"), token));
    EXPECT_FALSE(cursor.decode(QStringLiteral("customers:active"), token.left(token.size() - 2)).has_value());
    EXPECT_FALSE(cursor.decode(QStringLiteral("customers:active"), QStringLiteral("no-dot")).has_value());
    EXPECT_FALSE(cursor.decode(QStringLiteral("customers:active"), QString()).has_value());
}

TEST(SandboxMetronomeDays, ParsesAndAlignsTimestamps)
{
    const auto midnight = MetronomeDays::parse(QStringLiteral("2025-05-14T00:00:00Z"));
    ASSERT_TRUE(midnight.has_value());
    EXPECT_TRUE(midnight->isMidnight());
    EXPECT_EQ(MetronomeDays::iso(midnight->day), QStringLiteral("2025-05-14T00:00:00Z"));
    const auto offset = MetronomeDays::parse(QStringLiteral("2025-05-14T02:00:00.000+02:00"));
    ASSERT_TRUE(offset.has_value());
    EXPECT_TRUE(offset->isMidnight());
    EXPECT_EQ(offset->day, midnight->day);
    EXPECT_FALSE(MetronomeDays::parse(QStringLiteral("2025-05-14T06:00:00Z"))->isMidnight());
    EXPECT_FALSE(MetronomeDays::parse(QStringLiteral("2025-05-14T00:00:00")).has_value()); // no zone
    EXPECT_FALSE(MetronomeDays::parse(QStringLiteral("tomorrow")).has_value());
    EXPECT_EQ(MetronomeDays::date(MetronomeDays::addMonths(MetronomeDays::fromDate(2025, 1, 31), 1)),
              QStringLiteral("2025-02-28"));
}

namespace {

struct World
{
    QTemporaryDir dir;
    SeedWorld seeds;
    MetronomeWorld world;
    World(int customers, quint64 seed)
        : seeds(customers, seed)
        , world(seeds, seed)
    {
        QString error;
        EXPECT_TRUE(world.open(dir.path(), customers, &error)) << qPrintable(error);
    }
};

} // namespace

TEST(SandboxMetronomeWorld, IsTheSameForTheSameSeed)
{
    World a(40, 11);
    World b(40, 11);
    World c(40, 12);
    const auto rowsA = a.world.store().customersFrom(-1, 100);
    const auto rowsB = b.world.store().customersFrom(-1, 100);
    const auto rowsC = c.world.store().customersFrom(-1, 100);
    ASSERT_EQ(rowsA.size(), 40);
    for (int i = 0; i < rowsA.size(); ++i) {
        EXPECT_EQ(rowsA.at(i).id, rowsB.at(i).id);
        EXPECT_EQ(rowsA.at(i).name, rowsB.at(i).name);
        EXPECT_EQ(rowsA.at(i).book, rowsB.at(i).book);
        EXPECT_EQ(rowsA.at(i).salesforceAccountId, rowsB.at(i).salesforceAccountId);
        EXPECT_EQ(rowsA.at(i).name, a.seeds.customerName(i)); // names from the shared SeedWorld
        const int linked = a.seeds.linkedAccount(i);
        EXPECT_EQ(rowsA.at(i).salesforceAccountId, linked >= 0 ? a.seeds.accountId(linked) : QString());
    }
    EXPECT_NE(rowsA.at(0).id, rowsC.at(0).id);
    QJsonObject summaryA = a.world.summary();
    QJsonObject summaryB = b.world.summary();
    summaryA.remove(QStringLiteral("generation_ms")); // the only thing allowed to differ
    summaryB.remove(QStringLiteral("generation_ms"));
    EXPECT_EQ(summaryA, summaryB);
}

TEST(SandboxMetronomeWorld, KeepsItsBooksConsistent)
{
    World w(300, 42);
    const qint64 usageStart = w.world.usageStart();
    const auto customers = w.world.store().customersFrom(-1, 1000);
    int drafts = 0;
    int checkedCommitments = 0;
    int billedEverything = 0;
    int withArrangement = 0;
    for (const MetronomeStore::Customer &customer : customers) {
        const MetronomeBook book = w.world.book(customer);
        const auto ledger = w.world.ledger(customer, book);
        int customerDrafts = 0;
        QHash<int, qint64> drawnPerCommitment;
        QHash<int, qint64> billedQuantity;
        for (const MetronomeLedger::Invoice &invoice : ledger->invoices()) {
            qint64 lines = invoice.feeUnits;
            for (const MetronomeLedger::Line &line : invoice.lines) {
                EXPECT_EQ(line.total, line.quantity * line.unitPrice);
                lines += line.total;
                billedQuantity[line.metric] += line.quantity;
            }
            if (invoice.type == QLatin1String("USAGE")) {
                EXPECT_EQ(invoice.subtotal, lines);
                qint64 deducted = 0;
                for (const MetronomeLedger::Draw &draw : invoice.draws) {
                    EXPECT_GT(draw.amount, 0);
                    if (invoice.isContract) {
                        drawnPerCommitment[draw.source] += draw.amount;
                        const auto &x = book.contracts.at(invoice.arrangement).commitments.at(draw.source);
                        deducted += x.type == QLatin1String("POSTPAID") ? 0 : draw.amount;
                    } else {
                        deducted += draw.amount;
                    }
                }
                EXPECT_EQ(invoice.total, invoice.subtotal - deducted);
                EXPECT_GE(invoice.total, 0);
            }
            customerDrafts += invoice.status == QLatin1String("DRAFT") ? 1 : 0;
        }
        drafts += customerDrafts;
        const bool billed = !book.contracts.isEmpty() || !book.plans.isEmpty();
        withArrangement += billed && customer.archivedDay == 0 ? 1 : 0;
        if (customer.archivedDay == 0) {
            EXPECT_EQ(customerDrafts, billed ? 1 : 0) << qPrintable(customer.id); // one current draft
        } else {
            EXPECT_EQ(customerDrafts, 0);
        }
        // balance = amount - everything usage burned from it (while it is usable).
        for (int c = 0; c < book.contracts.size(); ++c) {
            for (int x = 0; x < book.contracts.at(c).commitments.size(); ++x) {
                const auto &commitment = book.contracts.at(c).commitments.at(x);
                const qint64 drawn = ledger->commitmentDrawn(c, x);
                EXPECT_LE(drawn, commitment.amountCents * MetronomeCatalog::PriceScale);
                EXPECT_EQ(drawn, drawnPerCommitment.value(x)) << "invoices show every draw";
                const qint64 balance = ledger->commitmentBalance(c, x);
                const qint64 today = w.world.today();
                if (commitment.accessStart <= today && today < commitment.accessEnd) {
                    EXPECT_EQ(balance, commitment.amountCents * MetronomeCatalog::PriceScale - drawn);
                    ++checkedCommitments;
                } else {
                    EXPECT_EQ(balance, 0);
                }
            }
        }
        // A contract that covers the whole history bills every unit of usage.
        if (book.plans.isEmpty() && book.contracts.size() == 1 &&
            book.contracts.constFirst().start <= usageStart && customer.archivedDay == 0 &&
            customer.createdDay <= usageStart) {
            const QJsonObject totals =
                w.world.customerTruth(customer).value(QStringLiteral("usage_totals")).toObject();
            for (int m = 0; m < MetronomeCatalog::UsageMetricCount; ++m) {
                EXPECT_EQ(QString::number(billedQuantity.value(m)),
                          totals.value(w.world.catalog().metrics().at(m).id).toString());
            }
            ++billedEverything;
        }
    }
    EXPECT_EQ(drafts, withArrangement);
    EXPECT_GT(checkedCommitments, 100);
    EXPECT_GT(billedEverything, 50);
}

TEST(SandboxMetronomeWorld, NextDayMovesTodayAndReportsWhatChanged)
{
    World w(60, 5);
    const qint64 before = w.world.today();
    const int customersBefore = w.world.store().customerCount(false);
    QString error;
    const QJsonObject report = w.world.nextDay(&error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_EQ(w.world.today(), before + 1);
    EXPECT_EQ(report.value(QStringLiteral("today")).toString(), MetronomeDays::date(before + 1));
    const QJsonArray created = report.value(QStringLiteral("created")).toArray();
    EXPECT_EQ(created.size(), 1);
    EXPECT_EQ(w.world.store().customerCount(false), customersBefore + 1);
    const auto fresh = w.world.store().customerById(created.at(0).toString());
    ASSERT_TRUE(fresh.has_value());
    EXPECT_EQ(fresh->createdDay, before + 1);
    const QJsonArray renamed = report.value(QStringLiteral("renamed")).toArray();
    ASSERT_FALSE(renamed.isEmpty());
    const auto renamedRow =
        w.world.store().customerById(renamed.at(0).toObject().value(QStringLiteral("id")).toString());
    EXPECT_EQ(renamedRow->name, renamed.at(0).toObject().value(QStringLiteral("new_name")).toString());
    EXPECT_NE(renamedRow->name, renamed.at(0).toObject().value(QStringLiteral("old_name")).toString());
    const QJsonArray voided = report.value(QStringLiteral("voided_invoices")).toArray();
    ASSERT_EQ(voided.size(), 1);
    bool foundVoid = false;
    for (const MetronomeStore::Customer &c : w.world.store().customersFrom(-1, 1000)) {
        const auto ledger = w.world.ledger(c, w.world.book(c));
        for (const MetronomeLedger::Invoice &invoice : ledger->invoices()) {
            if (invoice.id == voided.at(0).toString()) {
                foundVoid = true;
                EXPECT_EQ(invoice.status, QStringLiteral("VOID"));
            }
        }
    }
    EXPECT_TRUE(foundVoid);
    EXPECT_GT(
        report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("commitments_burned")).toInt(),
        0);
}
