#include "SalesforceTestSupport.h"
#include "package/PackageDefinition.h"
#include "salesforce/SalesforceId.h"
#include "salesforce/Soql.h"

#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace sftest;

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kCustomerKey = QStringLiteral("NOME__Metronome_Customer_ID__c");
const QString kInvoice = QStringLiteral("NOME__Metronome_Invoice__c");
const QString kInvoiceKey = QStringLiteral("NOME__Metronome_Invoice_ID__c");
const QString kLink = QStringLiteral("NOME__Metronome_Customer_Account__c");

class SalesforceClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_org = new Org(
            {QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("10")});
        QString error;
        ASSERT_TRUE(s_org->start(&error)) << qPrintable(error);
        // A real Account of the seeded org.
        const auto [e, rows, total] =
            query(*s_org->client, QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name LIMIT 2"));
        ASSERT_FALSE(e.isError()) << qPrintable(e.userMessage());
        ASSERT_EQ(rows.size(), 2);
        s_account = rows.at(0).value(QStringLiteral("Id")).toString();
        s_accountName = rows.at(0).value(QStringLiteral("Name")).toString();
    }
    static void TearDownTestSuite()
    {
        delete s_org;
        s_org = nullptr;
    }
    void SetUp() override
    {
        s_org->admin("PUT", QStringLiteral("/salesforce/sf-faults"));
        s_org->admin("PUT", QStringLiteral("/salesforce/faults"));
        s_org->admin("POST", QStringLiteral("/salesforce/sessions"), {{QStringLiteral("max_calls"), 0}});
    }

    static QJsonObject customer(const QString &id, const QString &name = QStringLiteral("Customer"))
    {
        return QJsonObject{{kCustomerKey, id}, {QStringLiteral("NOME__Name__c"), name}};
    }

    static Org *s_org;
    static QString s_account;
    static QString s_accountName;
};

Org *SalesforceClientTest::s_org = nullptr;
QString SalesforceClientTest::s_account;
QString SalesforceClientTest::s_accountName;

} // namespace

TEST_F(SalesforceClientTest, PinnedVersionIsOfferedAndTheNewestIsReported)
{
    const auto [error, versions, newest] =
        await<const SalesforceError &, const QStringList &, const QString &>(
            [&](auto done) { s_org->client->checkApiVersion(nullptr, done); });
    ASSERT_FALSE(error.isError()) << qPrintable(error.userMessage());
    EXPECT_TRUE(versions.contains(QStringLiteral("62.0")));
    EXPECT_EQ(newest, QStringLiteral("66.0"));
    s_org->client->setApiVersion(QStringLiteral("99.0"));
    const auto [unsupported, v2, n2] = await<const SalesforceError &, const QStringList &, const QString &>(
        [&](auto done) { s_org->client->checkApiVersion(nullptr, done); });
    s_org->client->setApiVersion(QString::fromLatin1(SalesforceClient::DefaultApiVersion));
    EXPECT_EQ(unsupported.kind(), SalesforceError::Kind::UnsupportedApiVersion);
}

TEST_F(SalesforceClientTest, DescribeShowsThePackageAsDefinedAndIsCached)
{
    const auto [globalError, objects] = await<const SalesforceError &, const QList<SObjectDescribe> &>(
        [&](auto done) { s_org->client->describeGlobal(nullptr, done); });
    ASSERT_FALSE(globalError.isError());
    QHash<QString, QString> prefixes;
    for (const SObjectDescribe &o : objects) {
        prefixes.insert(o.name, o.keyPrefix);
    }
    EXPECT_EQ(prefixes.value(QStringLiteral("Account")), QStringLiteral("001"));
    EXPECT_EQ(prefixes.value(kCustomer), QStringLiteral("a0E"));

    const quint64 sentBefore = s_org->session->transport()->stats().sent;
    const auto [error, d] = await<const SalesforceError &, const SObjectDescribe &>(
        [&](auto done) { s_org->client->describe(kCustomer, nullptr, done); });
    ASSERT_FALSE(error.isError());
    const SObjectDescribe::Field *key = d.field(kCustomerKey);
    ASSERT_NE(key, nullptr);
    EXPECT_EQ(key->type, QStringLiteral("string"));
    EXPECT_EQ(key->length, 50);
    EXPECT_TRUE(key->externalId && key->unique);
    EXPECT_FALSE(key->caseSensitive);
    const SObjectDescribe::Field *account = d.field(QStringLiteral("NOME__Account__c"));
    ASSERT_NE(account, nullptr);
    EXPECT_EQ(account->referenceTo, QStringList{QStringLiteral("Account")});
    EXPECT_EQ(account->relationshipName, QStringLiteral("NOME__Account__r"));
    EXPECT_FALSE(d.field(QStringLiteral("Name"))->createable); // auto number
    const auto [again, d2] = await<const SalesforceError &, const SObjectDescribe &>(
        [&](auto done) { s_org->client->describe(kCustomer, nullptr, done); });
    EXPECT_FALSE(again.isError());
    EXPECT_EQ(d2.fields.size(), d.fields.size());
    EXPECT_EQ(s_org->session->transport()->stats().sent, sentBefore + 1); // the second came from the cache

    const auto [invoiceError, invoice] = await<const SalesforceError &, const SObjectDescribe &>(
        [&](auto done) { s_org->client->describe(kInvoice, nullptr, done); });
    const SObjectDescribe::Field *status = invoice.field(QStringLiteral("NOME__Status__c"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->restrictedPicklist);
    EXPECT_TRUE(status->picklistValues.contains(QStringLiteral("FINALIZED")));
    const SObjectDescribe::Field *total = invoice.field(QStringLiteral("NOME__Total__c"));
    EXPECT_EQ(total->precision, 16);
    EXPECT_EQ(total->scale, 2);
}

TEST_F(SalesforceClientTest, PackageCheckPassesForTheInstalledPackage)
{
    const auto def = PackageDefinition::builtIn(QStringLiteral("nome_v2"));
    ASSERT_TRUE(def.has_value());
    const auto [error, lines] = await<const SalesforceError &, const QList<SalesforcePackageCheck::Line> &>(
        [&](auto done) { s_org->client->checkPackage(*def, nullptr, done); });
    ASSERT_FALSE(error.isError());
    EXPECT_TRUE(SalesforcePackageCheck::allOk(lines));
    int fields = 0;
    for (const PackageObject &o : def->objects()) {
        fields += static_cast<int>(o.fields.size()) + 1;
    }
    EXPECT_EQ(lines.size(), fields);
    const auto census = PackageDefinition::builtIn(QStringLiteral("census_v1"));
    const auto [e2, censusLines] =
        await<const SalesforceError &, const QList<SalesforcePackageCheck::Line> &>(
            [&](auto done) { s_org->client->checkPackage(*census, nullptr, done); });
    EXPECT_FALSE(SalesforcePackageCheck::allOk(censusLines)); // not installed here
}

TEST_F(SalesforceClientTest, CollectionsReportEveryValidationClassPerRowInInputOrder)
{
    // Parents: one customer to point invoices at.
    auto [parentError, parents] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, {customer(QStringLiteral("val_parent"))});
    ASSERT_FALSE(parentError.isError());
    ASSERT_TRUE(parents.at(0).success);

    auto invoice = [](const QString &id) {
        return QJsonObject{
            {kInvoiceKey, id},
            {QStringLiteral("Name"), QString(QStringLiteral("Invoice ") + id)},
            {QStringLiteral("NOME__Customer__r"), QJsonObject{{kCustomerKey, QStringLiteral("val_parent")}}},
            {QStringLiteral("NOME__Status__c"), QStringLiteral("FINALIZED")},
            {QStringLiteral("NOME__Total__c"), 1234.5}};
    };
    QList<QJsonObject> rows;
    QStringList expected;
    auto add = [&](QJsonObject r, const QString &code) {
        rows.append(r);
        expected.append(code);
    };
    add(invoice(QStringLiteral("val_ok")), QString());
    QJsonObject unknown = invoice(QStringLiteral("val_unknown"));
    unknown.insert(QStringLiteral("NOME__Nope__c"), 1);
    add(unknown, QStringLiteral("INVALID_FIELD"));
    QJsonObject readOnly = invoice(QStringLiteral("val_readonly"));
    readOnly.insert(QStringLiteral("CreatedDate"), QStringLiteral("2024-01-01T00:00:00Z"));
    add(readOnly, QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"));
    QJsonObject badDate = invoice(QStringLiteral("val_date"));
    badDate.insert(QStringLiteral("NOME__Issued_At__c"), QStringLiteral("yesterday"));
    add(badDate, QStringLiteral("INVALID_TYPE_ON_FIELD_IN_RECORD"));
    QJsonObject tooLong = invoice(QStringLiteral("val_long"));
    tooLong.insert(QStringLiteral("NOME__Type__c"), QString(41, QChar(0x00e9))); // 41 characters, 82 bytes
    add(tooLong, QStringLiteral("STRING_TOO_LONG"));
    QJsonObject fits = invoice(QStringLiteral("val_fits"));
    fits.insert(QStringLiteral("NOME__Type__c"), QString(40, QChar(0x00e9))); // length counts characters
    add(fits, QString());
    QJsonObject huge = invoice(QStringLiteral("val_huge"));
    huge.insert(QStringLiteral("NOME__Total__c"), QStringLiteral("12345678901234567.5")); // 17 digits > 16-2
    add(huge, QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"));
    QJsonObject picklist = invoice(QStringLiteral("val_pick"));
    picklist.insert(QStringLiteral("NOME__Status__c"), QStringLiteral("finalized"));
    add(picklist, QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    QJsonObject malformed = invoice(QStringLiteral("val_malformed"));
    malformed.insert(QStringLiteral("NOME__Account__c"), QStringLiteral("001-not-an-id"));
    add(malformed, QStringLiteral("MALFORMED_ID"));
    QJsonObject wrongType = invoice(QStringLiteral("val_wrongtype"));
    wrongType.insert(QStringLiteral("NOME__Account__c"),
                     parents.at(0).id); // a customer id in an Account lookup
    add(wrongType, QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));
    QJsonObject missingAccount = invoice(QStringLiteral("val_xref"));
    missingAccount.insert(QStringLiteral("NOME__Account__c"),
                          SalesforceId::to18(QStringLiteral("0015g0000000000")));
    add(missingAccount, QStringLiteral("INVALID_CROSS_REFERENCE_KEY"));
    QJsonObject foreign = invoice(QStringLiteral("val_foreign"));
    foreign.insert(QStringLiteral("NOME__Customer__r"),
                   QJsonObject{{kCustomerKey, QStringLiteral("no_such_customer")}});
    add(foreign, QStringLiteral("INVALID_FIELD"));
    add(invoice(QStringLiteral("val_dup")), QStringLiteral("DUPLICATE_VALUE"));
    add(invoice(QStringLiteral("val_dup")), QStringLiteral("DUPLICATE_VALUE"));
    QJsonObject withAccount = invoice(QStringLiteral("val_account"));
    withAccount.insert(QStringLiteral("NOME__Account__c"), s_account);
    add(withAccount, QString());

    auto [error, results] = upsertCollection(*s_org->client, kInvoice, kInvoiceKey, rows);
    ASSERT_FALSE(error.isError()) << qPrintable(error.userMessage());
    ASSERT_EQ(results.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const SalesforceRecordResult &r = results.at(i);
        EXPECT_EQ(r.externalId, rows.at(i).value(kInvoiceKey).toString());
        if (expected.at(i).isEmpty()) {
            EXPECT_TRUE(r.success) << qPrintable(r.externalId) << " " << qPrintable(r.firstStatusCode());
            EXPECT_TRUE(r.created);
            EXPECT_TRUE(SalesforceId::parse(r.id, QStringLiteral("a0K")).ok()) << qPrintable(r.id);
        } else {
            EXPECT_FALSE(r.success) << qPrintable(r.externalId);
            EXPECT_EQ(r.firstStatusCode(), expected.at(i))
                << qPrintable(r.externalId) << ": " << qPrintable(r.errors.value(0).message);
        }
    }
    // Messages and fields as the reference shows them.
    EXPECT_EQ(results.at(4).errors.at(0).fields, QStringList{QStringLiteral("NOME__Type__c")});
    EXPECT_TRUE(results.at(4).errors.at(0).message.contains(QStringLiteral("max length=40")));
    EXPECT_EQ(
        results.at(11).errors.at(0).message,
        QStringLiteral(
            "Foreign key external ID: no_such_customer not found for field NOME__Metronome_Customer_ID__c "
            "in entity NOME__Metronome_Customer__c"));
    EXPECT_EQ(results.at(12).errors.at(0).message,
              QStringLiteral("Duplicate external id specified: val_dup"));
    EXPECT_EQ(results.at(7).errors.at(0).message,
              QStringLiteral("Status: bad value for restricted picklist field: finalized"));

    // Only the valid rows were stored; a second run updates them (created = false).
    const auto [qe, stored, total] =
        query(*s_org->client,
              QStringLiteral("SELECT %1, NOME__Total__c, NOME__Customer__r.%2, NOME__Account__r.Name FROM %3 "
                             "WHERE %1 LIKE 'val\\_%' ORDER BY %1")
                  .arg(kInvoiceKey, kCustomerKey, kInvoice));
    ASSERT_FALSE(qe.isError()) << qPrintable(qe.message());
    EXPECT_EQ(total, 3);
    for (const QJsonObject &r : stored) {
        EXPECT_EQ(r.value(QStringLiteral("NOME__Total__c")).toDouble(), 1234.5);
        EXPECT_EQ(r.value(QStringLiteral("NOME__Customer__r")).toObject().value(kCustomerKey).toString(),
                  QStringLiteral("val_parent"));
        if (r.value(kInvoiceKey).toString() == QLatin1String("val_account")) {
            EXPECT_EQ(r.value(QStringLiteral("NOME__Account__r"))
                          .toObject()
                          .value(QStringLiteral("Name"))
                          .toString(),
                      s_accountName);
        } else {
            EXPECT_TRUE(r.value(QStringLiteral("NOME__Account__r")).isNull());
        }
    }
    auto [again, second] =
        upsertCollection(*s_org->client, kInvoice, kInvoiceKey, {invoice(QStringLiteral("val_ok"))});
    ASSERT_TRUE(second.at(0).success);
    EXPECT_FALSE(second.at(0).created);
    EXPECT_EQ(second.at(0).id, results.at(0).id);
}

TEST_F(SalesforceClientTest, RequiredFieldsAndUniqueValuesAreEnforced)
{
    auto [e1, links] =
        upsertCollection(*s_org->client, kLink, QStringLiteral("NOME__Link_ID__c"),
                         {QJsonObject{{QStringLiteral("NOME__Link_ID__c"), QStringLiteral("link_1")}}});
    ASSERT_FALSE(e1.isError());
    EXPECT_EQ(links.at(0).firstStatusCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    EXPECT_EQ(links.at(0).errors.at(0).fields, QStringList{QStringLiteral("NOME__Account__c")});
    EXPECT_EQ(links.at(0).errors.at(0).message,
              QStringLiteral("Required fields are missing: [NOME__Account__c]"));

    // Unique external ID through a plain create (Composite POST /sobjects) -> DUPLICATE_VALUE.
    auto [e2, created] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, {customer(QStringLiteral("uniq_1"))});
    ASSERT_TRUE(created.at(0).success);
    SalesforceComposite::Subrequest create;
    create.method = "POST";
    create.url = s_org->client->dataPath() + QStringLiteral("/sobjects/") + kCustomer;
    create.referenceId = QStringLiteral("c1");
    create.body =
        QJsonObject{{kCustomerKey, QStringLiteral("UNIQ_1")}}; // same key: the field is case-insensitive
    const auto [ce, responses] =
        await<const SalesforceError &, const QList<SalesforceComposite::Subresponse> &>(
            [&](auto done) { s_org->client->composite({create}, false, nullptr, done); });
    ASSERT_FALSE(ce.isError());
    ASSERT_EQ(responses.size(), 1);
    EXPECT_EQ(responses.at(0).httpStatus, 400);
    EXPECT_EQ(responses.at(0).errorCode(), QStringLiteral("DUPLICATE_VALUE"));
    EXPECT_TRUE(responses.at(0)
                    .body.toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(created.at(0).id));
}

TEST_F(SalesforceClientTest, ExternalIdMatchingHonoursCaseSensitivity)
{
    // Customer IDs are case-insensitive: ABC and abc are the same record.
    auto [e1, first] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, {customer(QStringLiteral("case_ABC"))});
    auto [e2, second] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, {customer(QStringLiteral("CASE_abc"))});
    ASSERT_TRUE(first.at(0).success && second.at(0).success);
    EXPECT_FALSE(second.at(0).created);
    EXPECT_EQ(second.at(0).id, first.at(0).id);
    // Invoice IDs are case-sensitive: two records.
    auto [e3, invoices] = upsertCollection(*s_org->client, kInvoice, kInvoiceKey,
                                           {QJsonObject{{kInvoiceKey, QStringLiteral("case_INV")}},
                                            QJsonObject{{kInvoiceKey, QStringLiteral("case_inv")}}});
    ASSERT_TRUE(invoices.at(0).success && invoices.at(1).success);
    EXPECT_TRUE(invoices.at(0).created && invoices.at(1).created);
    EXPECT_NE(invoices.at(0).id, invoices.at(1).id);
}

TEST_F(SalesforceClientTest, AllOrNoneRollsBackTheWholeRequest)
{
    const QList<QJsonObject> rows = {
        customer(QStringLiteral("aon_1")),
        QJsonObject{{kCustomerKey, QStringLiteral("aon_2")}, {QStringLiteral("Bogus__c"), 1}},
        customer(QStringLiteral("aon_3"))};
    auto [error, results] = upsertCollection(*s_org->client, kCustomer, kCustomerKey, rows, true);
    ASSERT_FALSE(error.isError());
    ASSERT_EQ(results.size(), 3);
    EXPECT_FALSE(results.at(0).success);
    EXPECT_EQ(results.at(0).firstStatusCode(), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    EXPECT_EQ(results.at(1).firstStatusCode(), QStringLiteral("INVALID_FIELD"));
    EXPECT_EQ(results.at(2).firstStatusCode(), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    const auto [qe, found, total] =
        query(*s_org->client,
              QStringLiteral("SELECT Id FROM %1 WHERE %2 IN ('aon_1','aon_3')").arg(kCustomer, kCustomerKey));
    EXPECT_EQ(total, 0);
    // More than one request cannot be all-or-none.
    QList<QJsonObject> many;
    for (int i = 0; i < 201; ++i) {
        many.append(customer(QStringLiteral("aon_many_%1").arg(i)));
    }
    auto [tooMany, none] = upsertCollection(*s_org->client, kCustomer, kCustomerKey, many, true);
    EXPECT_EQ(tooMany.kind(), SalesforceError::Kind::InvalidRequest);
    EXPECT_EQ(none.size(), 201);
}

TEST_F(SalesforceClientTest, CollectionsSplitLargeInputsAndKeepTheOrder)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < 450; ++i) {
        rows.append(customer(QStringLiteral("split_%1").arg(i, 4, 10, QLatin1Char('0')),
                             QStringLiteral("n%1").arg(i)));
    }
    const quint64 writes = s_org->writeCalls();
    auto [error, results] = upsertCollection(*s_org->client, kCustomer, kCustomerKey, rows);
    ASSERT_FALSE(error.isError());
    ASSERT_EQ(results.size(), 450);
    QSet<QString> ids;
    for (int i = 0; i < 450; ++i) {
        EXPECT_EQ(results.at(i).externalId, rows.at(i).value(kCustomerKey).toString());
        EXPECT_TRUE(results.at(i).success);
        ids.insert(results.at(i).id);
    }
    EXPECT_EQ(ids.size(), 450);
    EXPECT_EQ(s_org->writeCalls() - writes, 3u); // 200 + 200 + 50
}

TEST_F(SalesforceClientTest, CompositeReferencesAndRollsBackWithProcessingHalted)
{
    const QString base = s_org->client->dataPath();
    SalesforceComposite::Subrequest upsertCustomer{
        "PATCH", base + QStringLiteral("/sobjects/%1/%2/cmp_1").arg(kCustomer, kCustomerKey),
        QStringLiteral("cust"), QJsonObject{{QStringLiteral("NOME__Name__c"), QStringLiteral("Composite")}}};
    SalesforceComposite::Subrequest read{
        "GET", base + QStringLiteral("/sobjects/%1/@{cust.id}?fields=Id,NOME__Name__c").arg(kCustomer),
        QStringLiteral("read"), QJsonValue::Undefined};
    SalesforceComposite::Subrequest invoice{
        "PATCH", base + QStringLiteral("/sobjects/%1/%2/cmp_inv").arg(kInvoice, kInvoiceKey),
        QStringLiteral("inv"),
        QJsonObject{{QStringLiteral("NOME__Customer__c"), QStringLiteral("@{cust.id}")},
                    {QStringLiteral("NOME__Status__c"), QStringLiteral("DRAFT")}}};
    const auto [ok, responses] =
        await<const SalesforceError &, const QList<SalesforceComposite::Subresponse> &>([&](auto done) {
            s_org->client->composite({upsertCustomer, read, invoice}, true, nullptr, done);
        });
    ASSERT_FALSE(ok.isError()) << qPrintable(ok.userMessage());
    ASSERT_EQ(responses.size(), 3);
    EXPECT_EQ(responses.at(0).httpStatus, 201);
    EXPECT_EQ(responses.at(1).httpStatus, 200);
    EXPECT_EQ(responses.at(1).body.toObject().value(QStringLiteral("NOME__Name__c")).toString(),
              QStringLiteral("Composite"));
    EXPECT_EQ(responses.at(2).httpStatus, 201);

    // The same, but the invoice is invalid: everything rolls back.
    SalesforceComposite::Subrequest second = upsertCustomer;
    second.url = base + QStringLiteral("/sobjects/%1/%2/cmp_2").arg(kCustomer, kCustomerKey);
    SalesforceComposite::Subrequest badInvoice = invoice;
    badInvoice.url = base + QStringLiteral("/sobjects/%1/%2/cmp_inv2").arg(kInvoice, kInvoiceKey);
    badInvoice.body = QJsonObject{{QStringLiteral("NOME__Customer__c"), QStringLiteral("@{cust.id}")},
                                  {QStringLiteral("NOME__Status__c"), QStringLiteral("Bogus")}};
    const auto [e2, halted] =
        await<const SalesforceError &, const QList<SalesforceComposite::Subresponse> &>([&](auto done) {
            s_org->client->composite({second, read, badInvoice}, true, nullptr, done);
        });
    ASSERT_FALSE(e2.isError());
    ASSERT_EQ(halted.size(), 3);
    EXPECT_EQ(halted.at(0).httpStatus, 400);
    EXPECT_EQ(halted.at(0).errorCode(), QStringLiteral("PROCESSING_HALTED"));
    EXPECT_EQ(halted.at(1).errorCode(), QStringLiteral("PROCESSING_HALTED"));
    EXPECT_EQ(halted.at(2).errorCode(), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    const auto [qe, rows, total] = query(
        *s_org->client, QStringLiteral("SELECT Id FROM %1 WHERE %2 = 'cmp_2'").arg(kCustomer, kCustomerKey));
    EXPECT_EQ(total, 0);
    // Over 25 subrequests never leave the client.
    QList<SalesforceComposite::Subrequest> many(26, read);
    const auto [tooMany, nothing] =
        await<const SalesforceError &, const QList<SalesforceComposite::Subresponse> &>(
            [&](auto done) { s_org->client->composite(many, false, nullptr, done); });
    EXPECT_EQ(tooMany.kind(), SalesforceError::Kind::InvalidRequest);
}

TEST_F(SalesforceClientTest, SingleUpsertAnswersCreatedUpdatedAndAmbiguous)
{
    auto upsert = [&](const QString &object, const QString &field, const QString &value,
                      const QJsonObject &fields) {
        return await<const SalesforceError &, const SalesforceRecordResult &>(
            [&](auto done) { s_org->client->upsert(object, field, value, fields, nullptr, done); });
    };
    const auto [e1, created] =
        upsert(kCustomer, kCustomerKey, QStringLiteral("single/with slash"), customer(QString()));
    ASSERT_FALSE(e1.isError()) << qPrintable(e1.userMessage());
    EXPECT_TRUE(created.created);
    const auto [e2, updated] =
        upsert(kCustomer, kCustomerKey, QStringLiteral("single/with slash"), customer(QString()));
    EXPECT_FALSE(updated.created);
    EXPECT_EQ(updated.id, created.id);
    // Ingest alias IDs are not unique: two records with one key make an upsert ambiguous (300).
    const QString alias = QStringLiteral("NOME__Metronome_Ingest_Alias__c");
    const QString aliasKey = QStringLiteral("NOME__Customer_Ingest_Alias_ID__c");
    for (int i = 0; i < 2; ++i) {
        SalesforceComposite::Subrequest create{
            "POST", s_org->client->dataPath() + QStringLiteral("/sobjects/") + alias,
            QStringLiteral("a%1").arg(i), QJsonObject{{aliasKey, QStringLiteral("twice")}}};
        const auto [ce, r] = await<const SalesforceError &, const QList<SalesforceComposite::Subresponse> &>(
            [&](auto done) { s_org->client->composite({create}, false, nullptr, done); });
        ASSERT_EQ(r.value(0).httpStatus, 201);
    }
    const auto [e3, ambiguous] = upsert(alias, aliasKey, QStringLiteral("twice"), QJsonObject{});
    EXPECT_EQ(e3.kind(), SalesforceError::Kind::AmbiguousExternalId);
    EXPECT_EQ(e3.httpStatus(), 300);
    // A validation error comes back as an Api error with the row's code.
    const auto [e4, bad] = upsert(kInvoice, kInvoiceKey, QStringLiteral("single_bad"),
                                  QJsonObject{{QStringLiteral("NOME__Status__c"), QStringLiteral("Nope")}});
    EXPECT_EQ(e4.kind(), SalesforceError::Kind::Api);
    EXPECT_EQ(e4.errorCode(), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    EXPECT_EQ(bad.firstStatusCode(), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
}

TEST_F(SalesforceClientTest, QueryPagesPastTwoThousandRows)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < 4500; ++i) {
        rows.append(
            customer(QStringLiteral("page_%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Paged")));
    }
    auto [error, results] = upsertCollection(*s_org->client, kCustomer, kCustomerKey, rows);
    ASSERT_FALSE(error.isError());
    int pages = 0;
    QSet<QString> seen;
    const auto [qe, collected, total] =
        await<const SalesforceError &, const QList<QJsonObject> &, qint64>([&](auto done) {
            s_org->client->queryPages(
                QStringLiteral("SELECT Id, %1 FROM %2 WHERE NOME__Name__c = 'Paged'")
                    .arg(kCustomerKey, kCustomer),
                nullptr,
                [&](const QList<QJsonObject> &page, qint64) {
                    ++pages;
                    for (const QJsonObject &r : page) {
                        seen.insert(r.value(kCustomerKey).toString());
                    }
                    return true;
                },
                done);
        });
    ASSERT_FALSE(qe.isError()) << qPrintable(qe.message());
    EXPECT_EQ(total, 4500);
    EXPECT_EQ(pages, 3); // 2000 + 2000 + 500
    EXPECT_EQ(seen.size(), 4500);
    const auto [ce, none, count] =
        query(*s_org->client,
              QStringLiteral("SELECT COUNT() FROM %1 WHERE NOME__Name__c = 'Paged'").arg(kCustomer));
    EXPECT_EQ(count, 4500);
    EXPECT_TRUE(none.isEmpty());
}

TEST_F(SalesforceClientTest, HostileLiteralsFindExactlyTheRightRecord)
{
    const QStringList hostile = {QStringLiteral("O'Brien & Sons"),
                                 QStringLiteral("back\\slash"),
                                 QStringLiteral("ends with backslash \\"),
                                 QStringLiteral("\\' OR Name != '"),
                                 QStringLiteral("100% real"),
                                 QStringLiteral("under_score"),
                                 QStringLiteral("line\nbreak"),
                                 QStringLiteral("tab\there"),
                                 QStringLiteral("say \"hi\""),
                                 QStringLiteral("Zürich – 東京 🚀"),
                                 QStringLiteral("'; DELETE FROM Account; --")};
    const QStringList decoys = {QStringLiteral("100 percent real"), QStringLiteral("underXscore"),
                                QStringLiteral("O'Brien & Sons Ltd"), QStringLiteral("back"),
                                QStringLiteral("1000 real")};
    QList<QJsonObject> rows;
    int n = 0;
    for (const QString &name : hostile + decoys) {
        rows.append(customer(QStringLiteral("hostile_%1").arg(n++), name));
    }
    auto [error, results] = upsertCollection(*s_org->client, kCustomer, kCustomerKey, rows);
    ASSERT_FALSE(error.isError());
    for (int i = 0; i < hostile.size(); ++i) {
        const auto [qe, found, total] =
            query(*s_org->client, QStringLiteral("SELECT %1, NOME__Name__c FROM %2 WHERE NOME__Name__c = %3")
                                      .arg(kCustomerKey, kCustomer, Soql::quote(hostile.at(i))));
        ASSERT_FALSE(qe.isError()) << qPrintable(hostile.at(i)) << ": " << qPrintable(qe.message());
        ASSERT_EQ(total, 1) << qPrintable(hostile.at(i));
        EXPECT_EQ(found.at(0).value(QStringLiteral("NOME__Name__c")).toString(), hostile.at(i));
        EXPECT_EQ(found.at(0).value(kCustomerKey).toString(), QStringLiteral("hostile_%1").arg(i));
    }
    // LIKE with user text: wildcards in the text match literally.
    auto likeCount = [&](const QString &prefix) {
        const auto [qe, found, total] =
            query(*s_org->client,
                  QStringLiteral("SELECT Id FROM %1 WHERE NOME__Name__c LIKE %2 AND %3 LIKE 'hostile\\_%'")
                      .arg(kCustomer, Soql::quoteLike(prefix, false, true), kCustomerKey));
        EXPECT_FALSE(qe.isError()) << qPrintable(qe.message());
        return total;
    };
    EXPECT_EQ(likeCount(QStringLiteral("100%")), 1);   // not "100 percent real" nor "1000 real"
    EXPECT_EQ(likeCount(QStringLiteral("under_")), 1); // not "underXscore"
    EXPECT_EQ(likeCount(QStringLiteral("O'Brien")), 2);
    EXPECT_EQ(likeCount(QStringLiteral("back\\")), 1);
    // An escape SOQL does not know is a MALFORMED_QUERY.
    const auto [bad, none, total] = query(
        *s_org->client, QStringLiteral("SELECT Id FROM %1 WHERE NOME__Name__c = 'a\\qb'").arg(kCustomer));
    EXPECT_EQ(bad.errorCode(), QStringLiteral("MALFORMED_QUERY"));
    const auto [bad2, none2, total2] = query(
        *s_org->client, QStringLiteral("SELECT Id FROM %1 WHERE NOME__Name__c = '100\\%'").arg(kCustomer));
    EXPECT_EQ(bad2.errorCode(), QStringLiteral("MALFORMED_QUERY")); // \% only inside LIKE
}

TEST_F(SalesforceClientTest, FormulaFieldsAreComputedOnRead)
{
    const QString plan = QStringLiteral("NOME__Metronome_Plan__c");
    auto [e1, plans] = upsertCollection(
        *s_org->client, plan, QStringLiteral("NOME__Metronome_Plan_ID__c"),
        {QJsonObject{{QStringLiteral("NOME__Metronome_Plan_ID__c"), QStringLiteral("plan_f")},
                     {QStringLiteral("NOME__Name__c"), QStringLiteral("Enterprise")}}});
    ASSERT_TRUE(plans.at(0).success);
    auto [e2, cps] = upsertCollection(
        *s_org->client, QStringLiteral("NOME__Metronome_Customer_Plan__c"),
        QStringLiteral("NOME__Metronome_Customer_Plan_ID__c"),
        {QJsonObject{
            {QStringLiteral("NOME__Metronome_Customer_Plan_ID__c"), QStringLiteral("cp_f")},
            {QStringLiteral("NOME__Plan__r"),
             QJsonObject{{QStringLiteral("NOME__Metronome_Plan_ID__c"), QStringLiteral("plan_f")}}}}});
    ASSERT_TRUE(cps.at(0).success) << qPrintable(cps.at(0).firstStatusCode());
    auto [e3, commits] = upsertCollection(
        *s_org->client, QStringLiteral("NOME__Metronome_Commit__c"),
        QStringLiteral("NOME__Metronome_Commit_ID__c"),
        {QJsonObject{{QStringLiteral("NOME__Metronome_Commit_ID__c"), QStringLiteral("commit_f")},
                     {QStringLiteral("NOME__Total_Cost__c"), 250},
                     {QStringLiteral("NOME__Total_Amount__c"), 1000}},
         QJsonObject{{QStringLiteral("NOME__Metronome_Commit_ID__c"), QStringLiteral("commit_zero")},
                     {QStringLiteral("NOME__Total_Cost__c"), 5},
                     {QStringLiteral("NOME__Total_Amount__c"), 0}}});
    ASSERT_TRUE(commits.at(0).success && commits.at(1).success);
    const auto [q1, planRows, t1] = query(
        *s_org->client, QStringLiteral("SELECT NOME__Plan_Name__c FROM NOME__Metronome_Customer_Plan__c "
                                       "WHERE NOME__Metronome_Customer_Plan_ID__c = 'cp_f'"));
    ASSERT_EQ(planRows.size(), 1);
    EXPECT_EQ(planRows.at(0).value(QStringLiteral("NOME__Plan_Name__c")).toString(),
              QStringLiteral("Enterprise"));
    const auto [q2, commitRows, t2] = query(
        *s_org->client, QStringLiteral("SELECT NOME__Metronome_Commit_ID__c, NOME__Cost_Basis__c FROM "
                                       "NOME__Metronome_Commit__c ORDER BY NOME__Metronome_Commit_ID__c"));
    ASSERT_EQ(commitRows.size(), 2);
    EXPECT_DOUBLE_EQ(commitRows.at(0).value(QStringLiteral("NOME__Cost_Basis__c")).toDouble(), 0.25);
    EXPECT_TRUE(
        commitRows.at(1).value(QStringLiteral("NOME__Cost_Basis__c")).isNull()); // division by zero: blank
}

TEST_F(SalesforceClientTest, LimitsAreReadFromTheHeaderAndTheResource)
{
    QSignalSpy usage(s_org->client.get(), &SalesforceClient::apiUsageChanged);
    const auto [error, limits] =
        await<const SalesforceError &, const QHash<QString, SalesforceLimits::Entry> &>(
            [&](auto done) { s_org->client->limits(nullptr, done); });
    ASSERT_FALSE(error.isError());
    ASSERT_TRUE(limits.contains(QStringLiteral("DailyApiRequests")));
    EXPECT_EQ(limits.value(QStringLiteral("DailyApiRequests")).max, 5000000);
    ASSERT_GE(usage.count(), 1);
    const SalesforceLimits::Usage seen = s_org->client->apiUsage();
    EXPECT_EQ(seen.max, 5000000);
    const qint64 used = static_cast<qint64>(
        s_org->admin("GET", QStringLiteral("/salesforce/limits")).value(QStringLiteral("used")).toDouble());
    EXPECT_EQ(seen.used, used);
    EXPECT_EQ(limits.value(QStringLiteral("DailyApiRequests")).remaining, 5000000 - used);
}

TEST_F(SalesforceClientTest, AnExpiredSessionIsRefreshedOnceAndTheCallReplayed)
{
    QSignalSpy tokens(s_org->session.get(), &SalesforceSession::tokensChanged);
    // Every access token now lasts three calls.
    s_org->admin("POST", QStringLiteral("/salesforce/sessions"), {{QStringLiteral("max_calls"), 3}});
    for (int i = 0; i < 10; ++i) {
        const auto [e, rows, total] = query(*s_org->client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
        ASSERT_FALSE(e.isError()) << i << ": " << qPrintable(e.userMessage());
        EXPECT_EQ(rows.size(), 1);
    }
    EXPECT_GE(tokens.count(), 3);
    EXPECT_LE(tokens.count(), 4);
}

TEST_F(SalesforceClientTest, ParallelCallsShareOneRefresh)
{
    const auto [warm, r0, t0] = query(*s_org->client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    ASSERT_FALSE(warm.isError());
    s_org->admin("POST", QStringLiteral("/salesforce/sessions/expire"));
    const quint64 refreshesBefore = s_org->session->transport()->stats().attemptsByLabel.value(
        QStringLiteral("salesforce.oauth.refresh"));
    int done = 0;
    int failures = 0;
    for (int i = 0; i < 8; ++i) {
        s_org->client->query(QStringLiteral("SELECT Id FROM Account LIMIT 1"), nullptr,
                             [&](const SalesforceError &e, const QList<QJsonObject> &, qint64) {
                                 failures += e.isError() ? 1 : 0;
                                 ++done;
                             });
    }
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done == 8; }, 30000));
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(s_org->session->transport()->stats().attemptsByLabel.value(
                  QStringLiteral("salesforce.oauth.refresh")) -
                  refreshesBefore,
              1u);
}

TEST_F(SalesforceClientTest, CancelAllLeavesNothingRunning)
{
    s_org->admin("POST", QStringLiteral("/salesforce/faults"), {{QStringLiteral("latency_ms"), 2000}});
    int cancelled = 0;
    for (int i = 0; i < 5; ++i) {
        s_org->client->query(QStringLiteral("SELECT Id FROM Account"), nullptr,
                             [&](const SalesforceError &e, const QList<QJsonObject> &, qint64) {
                                 cancelled += e.kind() == SalesforceError::Kind::Cancelled ? 1 : 0;
                             });
    }
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return s_org->session->transport()->inFlight() > 0; }));
    s_org->client->cancelAll();
    EXPECT_EQ(cancelled, 5);
    EXPECT_EQ(s_org->session->transport()->inFlight(), 0);
    EXPECT_EQ(s_org->session->transport()->pending(), 0);
    s_org->admin("PUT", QStringLiteral("/salesforce/faults"));
}
