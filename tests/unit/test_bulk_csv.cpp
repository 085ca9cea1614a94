#include "salesforce/BulkCsv.h"
#include "salesforce/SalesforceRecordResult.h"

#include <QJsonArray>

#include <gtest/gtest.h>

TEST(BulkCsv, WritesRelationshipColumnsNullsAndUnchangedValues)
{
    const QList<QJsonObject> records = {
        QJsonObject{
            {QStringLiteral("Ext__c"), QStringLiteral("c1")},
            {QStringLiteral("Name"), QStringLiteral("Acme, Inc.")},
            {QStringLiteral("Parent__r"), QJsonObject{{QStringLiteral("Key__c"), QStringLiteral("p1")}}},
            {QStringLiteral("Status__c"), QJsonValue(QJsonValue::Null)}},
        QJsonObject{{QStringLiteral("Ext__c"), QStringLiteral("c2")},
                    {QStringLiteral("Amount__c"), 12.5},
                    {QStringLiteral("Active__c"), true},
                    {QStringLiteral("Name"), QString()}},
    };
    const QStringList columns = BulkCsv::columnsFor(records);
    EXPECT_EQ(columns, (QStringList{QStringLiteral("Ext__c"), QStringLiteral("Name"),
                                    QStringLiteral("Parent__r.Key__c"), QStringLiteral("Status__c"),
                                    QStringLiteral("Active__c"), QStringLiteral("Amount__c")}));
    const QByteArray csv = BulkCsv::write(records, columns);
    // Absent -> empty (unchanged); null and "" -> #N/A; commas quoted; numbers plain.
    EXPECT_EQ(csv, QByteArrayLiteral("Ext__c,Name,Parent__r.Key__c,Status__c,Active__c,Amount__c\n"
                                     "c1,\"Acme, Inc.\",p1,#N/A,,\n"
                                     "c2,#N/A,,,true,12.5\n"));
}

TEST(BulkCsv, QuotesEmbeddedQuotesAndLineBreaks)
{
    EXPECT_EQ(BulkCsv::quote(QStringLiteral("the \"gold\" standard")),
              QByteArrayLiteral("\"the \"\"gold\"\" standard\""));
    EXPECT_EQ(BulkCsv::quote(QStringLiteral("two\nlines")), QByteArrayLiteral("\"two\nlines\""));
    EXPECT_EQ(BulkCsv::quote(QStringLiteral("cr\rhere")), QByteArrayLiteral("\"cr\rhere\""));
    EXPECT_EQ(BulkCsv::quote(QStringLiteral(" spaced ")), QByteArrayLiteral(" spaced "));
    EXPECT_EQ(BulkCsv::quote(QStringLiteral("a|b"), '|'), QByteArrayLiteral("\"a|b\""));
}

TEST(BulkCsv, WritesNumbersWithoutBinaryNoise)
{
    // 17 significant digits would print 12.339999999999999 and 0.10000000000000001.
    const QJsonObject r{
        {QStringLiteral("A"), 12.34}, {QStringLiteral("B"), 1e20}, {QStringLiteral("C"), 0.1}};
    EXPECT_EQ(BulkCsv::valueFor(r, QStringLiteral("A")), QStringLiteral("12.34"));
    EXPECT_EQ(BulkCsv::valueFor(r, QStringLiteral("C")), QStringLiteral("0.1"));
    EXPECT_EQ(BulkCsv::valueFor(r, QStringLiteral("B")), QStringLiteral("100000000000000000000"));
}

TEST(BulkCsv, RoundTripsHostileValues)
{
    const QStringList hostile = {QStringLiteral("plain"),           QStringLiteral("comma, inside"),
                                 QStringLiteral("quote \" inside"), QStringLiteral("multi\nline\r\nvalue"),
                                 QStringLiteral("Zürich 東京 🚀"),   QStringLiteral("\"leading quote"),
                                 QStringLiteral("=SUM(A1)"),        QStringLiteral(" spaces ")};
    QList<QJsonObject> records;
    for (int i = 0; i < hostile.size(); ++i) {
        records.append(QJsonObject{{QStringLiteral("Ext__c"), QStringLiteral("k%1").arg(i)},
                                   {QStringLiteral("Text__c"), hostile.at(i)}});
    }
    const QByteArray csv = BulkCsv::write(records, BulkCsv::columnsFor(records));
    BulkCsv::Table table;
    QString error;
    ASSERT_TRUE(BulkCsv::parse(csv, &table, &error)) << qPrintable(error);
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("Ext__c"), QStringLiteral("Text__c")}));
    ASSERT_EQ(table.rows.size(), hostile.size());
    for (int i = 0; i < hostile.size(); ++i) {
        EXPECT_EQ(table.rows.at(i).values.at(1), hostile.at(i));
    }
    // The raw text of a row is kept verbatim (results echo it).
    EXPECT_EQ(table.rows.at(1).raw, QByteArrayLiteral("k1,\"comma, inside\""));
}

TEST(BulkCsv, ParsesCrlfQuotedHeadersAndATrailingNewline)
{
    BulkCsv::Table table;
    QString error;
    ASSERT_TRUE(BulkCsv::parse(
        QByteArrayLiteral("\"sf__Id\",\"sf__Created\",Ext__c\r\n\"a0E000000000001AAA\",\"true\",x\r\n"),
        &table, &error));
    EXPECT_EQ(table.header.at(0), QStringLiteral("sf__Id"));
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows.at(0).values, (QStringList{QStringLiteral("a0E000000000001AAA"),
                                                    QStringLiteral("true"), QStringLiteral("x")}));
}

TEST(BulkCsv, RejectsBrokenFiles)
{
    BulkCsv::Table table;
    QString error;
    EXPECT_FALSE(BulkCsv::parse(QByteArrayLiteral("A,B\n\"open,1\n"), &table, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(BulkCsv::parse(QByteArrayLiteral("A,B\n\"a\" ,b\n"), &table, &error)); // space after quote
    EXPECT_FALSE(BulkCsv::parse(QByteArrayLiteral("A,B\n1,2,3\n"), &table, &error));    // column count
    EXPECT_FALSE(BulkCsv::parse(QByteArray(), &table, &error));
}

TEST(BulkCsv, AValueThatStartsWithAByteOrderMarkKeepsIt)
{
    // Found by fuzzing: U+FEFF at the start of a value was dropped on reading (only the file's
    // own BOM may be skipped).
    const QString bom(QChar(0xFEFF));
    for (const QString &value : {bom, QString(bom + bom), QString(bom + QStringLiteral("x")),
                                 QString(bom + bom + bom + QStringLiteral("\u00e9"))}) {
        EXPECT_EQ(BulkCsv::parseLine(BulkCsv::quote(value)), QStringList{value}) << value.size();
        BulkCsv::Table table;
        QString error;
        ASSERT_TRUE(BulkCsv::parse(
            QByteArray("\xEF\xBB\xBF" + BulkCsv::quote(value) + ",b\n" + BulkCsv::quote(value) + ",2\n"),
            &table, &error))
            << qPrintable(error);
        EXPECT_EQ(table.header, QStringList({value, QStringLiteral("b")}));
        ASSERT_EQ(table.rows.size(), 1);
        EXPECT_EQ(table.rows.first().values.first(), value);
    }
}

TEST(BulkCsv, KnowsTheBulkDelimiters)
{
    EXPECT_EQ(BulkCsv::delimiterFor(QStringLiteral("COMMA")), ',');
    EXPECT_EQ(BulkCsv::delimiterFor(QStringLiteral("TAB")), '\t');
    EXPECT_EQ(BulkCsv::delimiterFor(QStringLiteral("PIPE")), '|');
    EXPECT_EQ(BulkCsv::delimiterFor(QStringLiteral("SEMICOLON")), ';');
    EXPECT_EQ(BulkCsv::delimiterFor(QStringLiteral("CARET")), '^');
    EXPECT_EQ(BulkCsv::delimiterFor(QStringLiteral("BACKQUOTE")), '`');
    EXPECT_EQ(BulkCsv::delimiterFor(QStringLiteral("COLON")), 0);
}

TEST(BulkErrorText, ParsesTheSfErrorForms)
{
    using Error = SalesforceRecordResult::Error;
    const Error picklist =
        Error::fromBulkText(QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for "
                                           "restricted picklist field: Foo:NOME__Status__c --"));
    EXPECT_EQ(picklist.statusCode, QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    EXPECT_EQ(picklist.message, QStringLiteral("Status: bad value for restricted picklist field: Foo"));
    EXPECT_EQ(picklist.fields, QStringList{QStringLiteral("NOME__Status__c")});

    const Error xref =
        Error::fromBulkText(QStringLiteral("INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--"));
    EXPECT_EQ(xref.statusCode, QStringLiteral("INVALID_CROSS_REFERENCE_KEY"));
    EXPECT_EQ(xref.message, QStringLiteral("invalid cross reference id"));
    EXPECT_TRUE(xref.fields.isEmpty());

    const Error foreign =
        Error::fromBulkText(QStringLiteral("INVALID_FIELD:Foreign key external ID: A-9 not found for field "
                                           "AccountNumber_Ext__c in entity Account:--"));
    EXPECT_EQ(foreign.statusCode, QStringLiteral("INVALID_FIELD"));
    EXPECT_EQ(foreign.message,
              QStringLiteral(
                  "Foreign key external ID: A-9 not found for field AccountNumber_Ext__c in entity Account"));

    const Error lock = Error::fromBulkText(QStringLiteral(
        "UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 200 records: 001x,001y:--"));
    EXPECT_EQ(lock.statusCode, QStringLiteral("UNABLE_TO_LOCK_ROW"));
    EXPECT_EQ(lock.message,
              QStringLiteral("unable to obtain exclusive access to this record or 200 records: 001x,001y"));
    EXPECT_TRUE(lock.fields.isEmpty());

    const Error required = Error::fromBulkText(
        QStringLiteral("REQUIRED_FIELD_MISSING:Required fields are missing: [A__c, B__c]:A__c,B__c --"));
    EXPECT_EQ(required.fields, (QStringList{QStringLiteral("A__c"), QStringLiteral("B__c")}));
    EXPECT_EQ(required.message, QStringLiteral("Required fields are missing: [A__c, B__c]"));
}
