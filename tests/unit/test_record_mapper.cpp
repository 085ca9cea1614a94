#include "package/PackageDefinition.h"
#include "salesforce/SalesforceId.h"
#include "sync/RecordMapper.h"
#include "util/Decimal.h"

#include <gtest/gtest.h>

namespace {

const PackageDefinition &v2()
{
    static const PackageDefinition pkg = *PackageDefinition::builtIn(QStringLiteral("nome_v2"));
    return pkg;
}

const PackageObject &object(const char *name)
{
    return *v2().object(QString::fromLatin1(name));
}

QVariant money(const char *text)
{
    return QVariant::fromValue(*Decimal::fromString(QString::fromLatin1(text)));
}

QVariantHash commitRow()
{
    return QVariantHash{
        {QStringLiteral("id"), QStringLiteral("5e0a1b2c-0000-4000-8000-000000000001")},
        {QStringLiteral("customer_id"), QStringLiteral("cust-1")},
        {QStringLiteral("account_id"), QStringLiteral("0015g00000AbCdE")},
        {QStringLiteral("contract_id"), QStringLiteral("contract-1")},
        {QStringLiteral("credit_type_id"), QStringLiteral("2714e483-4ff1-48e4-9e25-ac732e8f24f2")},
        {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
        {QStringLiteral("display_name"), QStringLiteral("Prepaid commit 2026")},
        {QStringLiteral("name"), QStringLiteral("Prepaid commit 2026")},
        {QStringLiteral("type"), QStringLiteral("PREPAID")},
        {QStringLiteral("priority"), 1},
        {QStringLiteral("starting_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
        {QStringLiteral("ending_before"), QStringLiteral("2027-01-01T00:00:00Z")},
        {QStringLiteral("total_amount"), money("10000000")},
        {QStringLiteral("current_balance"), money("7312345.5")},
        {QStringLiteral("total_cost"), money("9000000")},
    };
}

} // namespace

TEST(RecordMapper, MapsACommitFieldByFieldWithExactMoneyAndLookups)
{
    RecordMapper mapper(object("NOME__Metronome_Commit__c"), QStringLiteral("Production"));
    const MappedRecord r = mapper.map(commitRow());
    ASSERT_TRUE(r.ok()) << qPrintable(r.errorMessage);
    EXPECT_EQ(r.externalId, QStringLiteral("5e0a1b2c-0000-4000-8000-000000000001"));
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Total_Amount__c")).toDouble(), 100000.00);
    // 7,312,345.5 cents = $73,123.455, rounded half away from zero to the field's 2 decimals
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Current_Balance__c")).toDouble(), 73123.46);
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Type__c")).toString(), QStringLiteral("Prepaid"));
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Environment_Type__c")).toString(),
              QStringLiteral("Production"));
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Starting_On__c")).toString(),
              QStringLiteral("2026-01-01T00:00:00.000Z"));
    // Lookups by the parent's external ID, never by a Salesforce Id the sync would have to resolve.
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Customer__r"))
                  .toObject()
                  .value(QStringLiteral("NOME__Metronome_Customer_ID__c")),
              QStringLiteral("cust-1"));
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Contract__r"))
                  .toObject()
                  .value(QStringLiteral("NOME__Metronome_Contract_ID__c")),
              QStringLiteral("contract-1"));
    // The Account is a plain Id, normalised to 18 characters.
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Account__c")).toString(),
              SalesforceId::to18(QStringLiteral("0015g00000AbCdE")));
    EXPECT_FALSE(r.fields.contains(QStringLiteral("NOME__Cost_Basis__c"))); // a formula is never written
    EXPECT_TRUE(
        r.parents.contains({QStringLiteral("NOME__Metronome_Customer__c"), QStringLiteral("cust-1")}));
    EXPECT_EQ(
        r.toCollectionsRecord().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")),
        QStringLiteral("NOME__Metronome_Commit__c"));
}

TEST(RecordMapper, NonCurrencyUnitsAreNotDividedAndNullLookupsClearTheField)
{
    QVariantHash row = commitRow();
    row[QStringLiteral("credit_type_name")] = QStringLiteral("Cloud consumption units");
    row[QStringLiteral("contract_id")] = QVariant();
    RecordMapper mapper(object("NOME__Metronome_Commit__c"), QStringLiteral("Staging"));
    const MappedRecord r = mapper.map(row);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Total_Amount__c")).toDouble(), 10000000.0);
    EXPECT_TRUE(r.fields.value(QStringLiteral("NOME__Contract__c")).isNull());
    EXPECT_FALSE(r.fields.contains(QStringLiteral("NOME__Contract__r")));
}

TEST(RecordMapper, ShortensTooLongNamesWithAnEllipsisButFailsOtherTooLongValues)
{
    RecordMapper invoices(object("NOME__Metronome_Invoice__c"), QStringLiteral("Production"));
    QVariantHash row{{QStringLiteral("id"), QStringLiteral("inv-1")},
                     {QStringLiteral("customer_id"), QStringLiteral("cust-1")},
                     {QStringLiteral("display_name"),
                      QString(QString(120, QLatin1Char('N')) + QStringLiteral(" - 01-11-2026"))},
                     {QStringLiteral("status"), QStringLiteral("DRAFT")},
                     {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
                     {QStringLiteral("total"), money("14392")},
                     {QStringLiteral("start_date"), QStringLiteral("2026-11-01T00:00:00Z")}};
    MappedRecord r = invoices.map(row);
    ASSERT_TRUE(r.ok()) << qPrintable(r.errorMessage);
    const QString name = r.fields.value(QStringLiteral("Name")).toString();
    EXPECT_EQ(name.size(), 80);
    EXPECT_TRUE(name.endsWith(QChar(0x2026)));
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Total__c")).toDouble(), 143.92);
    EXPECT_EQ(r.fields.value(QStringLiteral("NOME__Start__c")).toString(), QStringLiteral("2026-11-01"));

    RecordMapper customers(object("NOME__Metronome_Customer__c"), QStringLiteral("Production"));
    const QVariantHash customer{{QStringLiteral("id"), QStringLiteral("cust-2")},
                                {QStringLiteral("customer_id"), QStringLiteral("cust-2")},
                                {QStringLiteral("name"), QString(300, QLatin1Char('x'))}};
    const MappedRecord tooLong = customers.map(customer);
    EXPECT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.errorCode, QStringLiteral("STRING_TOO_LONG"));
    EXPECT_EQ(tooLong.errorFields, QStringList{QStringLiteral("NOME__Name__c")});
    EXPECT_TRUE(tooLong.errorMessage.contains(QStringLiteral("300"))) << qPrintable(tooLong.errorMessage);
    EXPECT_EQ(tooLong.externalId, QStringLiteral("cust-2")); // still identifiable for the error list
}

TEST(RecordMapper, ShorteningNeverSplitsASurrogatePair)
{
    QString text = QString(78, QLatin1Char('a')) + QString::fromUtf8("😀😀😀");
    const QString cut = RecordMapper::shortenName(text, 80);
    EXPECT_LE(cut.size(), 80);
    EXPECT_FALSE(cut.at(cut.size() - 2).isHighSurrogate());
    EXPECT_TRUE(cut.endsWith(QChar(0x2026)));
}

TEST(RecordMapper, RejectsOutOfRangeNumbersBadDatesBadIdsAndUnknownPicklistValues)
{
    RecordMapper commits(object("NOME__Metronome_Commit__c"), QStringLiteral("Production"));
    QVariantHash row = commitRow();
    row[QStringLiteral("total_amount")] = money("100000000000000000"); // $1e15 > Number(16,2)
    EXPECT_EQ(commits.map(row).errorCode, QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"));

    row = commitRow();
    row[QStringLiteral("starting_at")] = QStringLiteral("0001-01-01T00:00:00Z");
    EXPECT_EQ(commits.map(row).errorCode, QStringLiteral("NOMESYNC_INVALID_DATE"));
    row[QStringLiteral("starting_at")] = QStringLiteral("not a date");
    EXPECT_EQ(commits.map(row).errorCode, QStringLiteral("NOMESYNC_INVALID_DATE"));

    row = commitRow();
    row[QStringLiteral("account_id")] = QStringLiteral("003000000000001"); // a Contact, not an Account
    const MappedRecord wrong = commits.map(row);
    EXPECT_EQ(wrong.errorCode, QStringLiteral("MALFORMED_ID"));
    EXPECT_TRUE(wrong.errorMessage.contains(QStringLiteral("Account"))) << qPrintable(wrong.errorMessage);

    row = commitRow();
    row[QStringLiteral("type")] = QStringLiteral("MYSTERY");
    EXPECT_EQ(commits.map(row).errorCode, QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));

    row = commitRow();
    row.remove(QStringLiteral("id"));
    EXPECT_EQ(commits.map(row).errorCode, QStringLiteral("REQUIRED_FIELD_MISSING"));
}

TEST(RecordMapper, HashIsStableAndFollowsEveryValueSent)
{
    RecordMapper mapper(object("NOME__Metronome_Commit__c"), QStringLiteral("Production"));
    const quint64 a = mapper.map(commitRow()).hash;
    EXPECT_NE(a, 0u);
    EXPECT_EQ(mapper.map(commitRow()).hash, a);
    QVariantHash changed = commitRow();
    changed[QStringLiteral("current_balance")] = money("7312345.4"); // still $73,123.45 after rounding?
    // 7,312,345.4 cents = $73,123.454 -> 73,123.45, which differs from 73,123.46: a real change.
    EXPECT_NE(mapper.map(changed).hash, a);
    // A difference Salesforce cannot see (beyond the field's scale) is not a change.
    QVariantHash same = commitRow();
    same[QStringLiteral("current_balance")] = money("7312345.51");
    EXPECT_EQ(mapper.map(same).hash, a);
    RecordMapper otherEnvironment(object("NOME__Metronome_Commit__c"), QStringLiteral("Staging"));
    EXPECT_NE(otherEnvironment.map(commitRow()).hash, a);
}
