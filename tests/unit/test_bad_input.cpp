// Bad input from Metronome: every kind of hostile or broken value either survives exactly
// (names in any script, control characters, huge strings, negative and fractional amounts,
// enum values this version does not know) or is refused with an error that names the field;
// nothing crashes. The mapper-level checks (too long, out of range, bad IDs, unknown
// picklist values) are in test_record_mapper.cpp; truncated answers in test_metronome_client.
#include "metronome/MetronomeCustomer.h"
#include "metronome/MetronomeInvoice.h"
#include "sync/RecordMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json.left(200).constData();
    return doc.object();
}

// No lone surrogate: every supplementary character is whole.
bool wellFormed(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()) {
                return false;
            }
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

QByteArray invoiceWith(const QByteArray &field, const QByteArray &value)
{
    QJsonObject o{{QStringLiteral("id"), QStringLiteral("i")},
                  {QStringLiteral("status"), QStringLiteral("DRAFT")},
                  {QStringLiteral("total"), 1},
                  {QStringLiteral("start_timestamp"), QStringLiteral("2025-01-01T00:00:00Z")},
                  {QStringLiteral("end_timestamp"), QStringLiteral("2025-02-01T00:00:00Z")}};
    o.remove(QString::fromLatin1(field));
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    json.chop(1);
    return json + ",\"" + field + "\":" + value + '}';
}

} // namespace

TEST(BadInput, NamesInEveryUnicodePlaneAndWithControlCharactersSurviveExactly)
{
    // One character of each plane that has any (BMP, SMP, SIP, TIP, SSP, both private use
    // planes), C0 and C1 controls, a NUL, bidi overrides and a zero-width joiner.
    const QString name =
        QString::fromUcs4(U"A\u00e9\u4e2d\U0001F600\U00020000\U00030000\U000E0001\U000F0000\U0010FFFD") +
        QChar(0x0000) + QChar(0x0001) + QChar(0x001F) + QChar(0x007F) + QChar(0x0085) + QChar(0x202E) +
        QChar(0x200D) + QStringLiteral("\t\r\n\"\\,;=+-@");
    QJsonObject json{{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("name"), name}};
    const QByteArray wire = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QString error;
    const auto customer = MetronomeCustomer::fromJson(object(wire), &error);
    ASSERT_TRUE(customer.has_value()) << qPrintable(error);
    EXPECT_EQ(customer->name, name);
    EXPECT_EQ(customer->name.size(), name.size());

    // Shortened for an 80-character Name, a supplementary character is never cut in half.
    QString longName;
    while (longName.size() < 200) {
        longName += QString::fromUcs4(U"\U0001F600x\U00020000");
    }
    for (int length = 2; length < 90; ++length) {
        const QString shortened = RecordMapper::shortenName(longName, length);
        ASSERT_LE(shortened.size(), length);
        ASSERT_TRUE(wellFormed(shortened)) << length;
    }
}

TEST(BadInput, HugeStringsAreReadWithoutLossOrCrash)
{
    const QString huge(4 * 1024 * 1024, QChar(0x00e9));
    const QJsonObject json{{QStringLiteral("id"), QStringLiteral("c1")},
                           {QStringLiteral("name"), huge},
                           {QStringLiteral("ingest_aliases"), QJsonArray{huge, QString()}}};
    QString error;
    const auto customer =
        MetronomeCustomer::fromJson(object(QJsonDocument(json).toJson(QJsonDocument::Compact)), &error);
    ASSERT_TRUE(customer.has_value()) << qPrintable(error);
    EXPECT_EQ(customer->name.size(), huge.size());
    EXPECT_EQ(customer->ingestAliases.value(0).size(), huge.size());
    EXPECT_EQ(RecordMapper::shortenName(customer->name, 80).size(), 80);
}

TEST(BadInput, NegativeAndFractionalAmountsKeepEveryDigitAndSign)
{
    for (const char *amount : {"-0.01", "-1234.5678", "0.000000001", "-9999999999999.99", "1.5e-3", "-0"}) {
        QString error;
        const auto invoice = MetronomeInvoice::fromJson(object(invoiceWith("total", amount)), &error);
        ASSERT_TRUE(invoice.has_value()) << amount << ": " << qPrintable(error);
        EXPECT_EQ(invoice->total, *Decimal::fromString(QString::fromLatin1(amount))) << amount;
    }
}

TEST(BadInput, AmountsThatAreNotNumbersAreRefusedWithTheFieldPath)
{
    for (const char *amount : {"\"12.50\"", "true", "[1]", "{}", "null"}) {
        QString error;
        const auto invoice = MetronomeInvoice::fromJson(object(invoiceWith("total", amount)), &error);
        EXPECT_FALSE(invoice.has_value()) << amount;
        EXPECT_TRUE(error.startsWith(QStringLiteral("invoice.total: ")))
            << amount << ": " << qPrintable(error);
    }
    // Numbers beyond what a double can hold are refused, never turned into infinity. (Qt's
    // JSON parser reads numbers as doubles: past 15 significant digits the last ones may
    // differ from what the server wrote - see RELIABILITY.md.)
    for (const char *amount : {"1e400", "-1e400"}) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(invoiceWith("total", amount), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            continue; // refused by the JSON parser already: a malformed page
        }
        QString error;
        const auto invoice = MetronomeInvoice::fromJson(doc.object(), &error);
        EXPECT_FALSE(invoice.has_value()) << amount << " became " << qPrintable(invoice->total.toString());
        EXPECT_TRUE(error.startsWith(QStringLiteral("invoice.total: ")))
            << amount << ": " << qPrintable(error);
    }
}

TEST(BadInput, DatesThatDoNotExistOrAreOutOfRangeAreRefusedWithTheFieldPath)
{
    for (const char *date :
         {"\"2024-13-01T00:00:00Z\"", "\"2024-02-30T00:00:00Z\"", "\"0000-00-00T00:00:00Z\"",
          "\"2024-01-01T25:00:00Z\"", "\"99999-01-01T00:00:00Z\"", "\"\"", "1735689600",
          "\"2024-01-01T00:00:00+99:00\""}) {
        QString error;
        const auto invoice = MetronomeInvoice::fromJson(object(invoiceWith("start_timestamp", date)), &error);
        EXPECT_FALSE(invoice.has_value()) << date;
        EXPECT_TRUE(error.startsWith(QStringLiteral("invoice.start_timestamp: ")))
            << date << ": " << qPrintable(error);
    }
}

TEST(BadInput, UnknownEnumValuesAreKeptAsSentForTheMapperToJudge)
{
    QString error;
    const auto invoice =
        MetronomeInvoice::fromJson(object(invoiceWith("status", "\"PARTIALLY_VOIDED_2030\"")), &error);
    ASSERT_TRUE(invoice.has_value()) << qPrintable(error);
    EXPECT_EQ(invoice->status, QStringLiteral("PARTIALLY_VOIDED_2030"));
}

TEST(BadInput, AnEmptyAccountIsNoLink)
{
    for (const char *account : {"\"\"", "null"}) {
        QString error;
        const auto customer = MetronomeCustomer::fromJson(
            object(
                QByteArray("{\"id\":\"c\",\"name\":\"n\",\"customer_config\":{\"salesforce_account_id\":") +
                account + "}}"),
            &error);
        ASSERT_TRUE(customer.has_value()) << account << ": " << qPrintable(error);
        EXPECT_FALSE(customer->isLinked()) << account;
    }
}

TEST(BadInput, BrokenJsonIsAParseErrorNotACrash)
{
    const QByteArray good =
        QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                                                          {QStringLiteral("name"), QStringLiteral("n")}}}}})
            .toJson(QJsonDocument::Compact);
    // Every truncation of a valid page, and the page with bytes that are not UTF-8.
    for (qsizetype cut = 0; cut < good.size(); ++cut) {
        QJsonParseError error;
        QJsonDocument::fromJson(good.left(cut), &error);
        EXPECT_NE(error.error, QJsonParseError::NoError) << cut;
    }
    for (const QByteArray &bad : {QByteArray("\xff\xfe"), QByteArray("\xc3\x28"), QByteArray("\xed\xa0\x80"),
                                  QByteArray("\xf4\x90\x80\x80"), QByteArray("\xc0\xaf")}) {
        QByteArray page = good;
        page.replace(QByteArrayLiteral("\"n\""),
                     QByteArray(QByteArrayLiteral("\"") + bad + QByteArrayLiteral("\"")));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(page, &error);
        if (error.error == QJsonParseError::NoError) {
            // Qt may replace the bytes instead of failing: then the name is valid text again.
            const QString name = doc.object()
                                     .value(QStringLiteral("data"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
            EXPECT_EQ(QString::fromUtf8(name.toUtf8()), name);
        }
    }
}
