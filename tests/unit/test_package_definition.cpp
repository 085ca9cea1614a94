#include "package/PackageDefinition.h"

#include <gtest/gtest.h>

TEST(PackageDefinition, BuiltInV2MatchesSeed001Exactly)
{
    QString error;
    const auto pkg = PackageDefinition::builtIn(QStringLiteral("nome_v2"), &error);
    ASSERT_TRUE(pkg.has_value()) << qPrintable(error);

    const PackageObject *customer = pkg->object(QStringLiteral("NOME__Metronome_Customer__c"));
    ASSERT_NE(customer, nullptr);
    const PackageField *id = customer->field(QStringLiteral("NOME__Metronome_Customer_ID__c"));
    ASSERT_NE(id, nullptr);
    EXPECT_EQ(id->length, 50);
    EXPECT_TRUE(id->externalId && id->unique);
    EXPECT_FALSE(id->caseSensitive); // "Unique Case Insensitive" in seed 001
    EXPECT_TRUE(customer->field(QStringLiteral("Name"))->autoNumber);
    EXPECT_EQ(customer->field(QStringLiteral("NOME__Account__c"))->referenceTo, QStringLiteral("Account"));

    const PackageObject *grant = pkg->object(QStringLiteral("NOME__Metronome_Credit_Grant__c"));
    ASSERT_NE(grant, nullptr);
    const PackageField *balance = grant->field(QStringLiteral("NOME__Balance_Including_Pending__c"));
    EXPECT_EQ(balance->precision, 16);
    EXPECT_EQ(balance->scale, 2);
    EXPECT_EQ(grant->field(QStringLiteral("Name"))->length, 80);
    EXPECT_TRUE(grant->field(QStringLiteral("NOME__Metronome_Credit_Grant_ID__c"))->caseSensitive);

    const PackageObject *line = pkg->object(QStringLiteral("NOME__Metronome_Invoice_Line_Item__c"));
    EXPECT_FALSE(line->field(QStringLiteral("NOME__Metronome_Invoice_Line_Item_ID__c"))->caseSensitive);
    EXPECT_FALSE(line->field(QStringLiteral("NOME__Metronome_Invoice_ID__c"))->unique);
    const PackageObject *invoice = pkg->object(QStringLiteral("NOME__Metronome_Invoice__c"));
    EXPECT_EQ(invoice->field(QStringLiteral("NOME__Start__c"))->type, QStringLiteral("date"));
    EXPECT_TRUE(
        invoice->field(QStringLiteral("NOME__Status__c"))->picklistValues.contains(QStringLiteral("DRAFT")));
    const PackageObject *alias = pkg->object(QStringLiteral("NOME__Metronome_Ingest_Alias__c"));
    EXPECT_EQ(alias->field(QStringLiteral("NOME__Customer_ID__c"))->relationshipName,
              QStringLiteral("NOME__Customer_ID__r"));
}

TEST(PackageDefinition, LoadOrderPutsParentsFirst)
{
    for (const QString &name : PackageDefinition::builtInNames()) {
        SCOPED_TRACE(qPrintable(name));
        QString error;
        const auto pkg = PackageDefinition::builtIn(name, &error);
        ASSERT_TRUE(pkg.has_value()) << qPrintable(error);
        const QList<const PackageObject *> order = pkg->loadOrder();
        ASSERT_EQ(order.size(), pkg->objects().size());
        QStringList seen;
        for (const PackageObject *object : order) {
            for (const PackageField *ref : object->parentReferences()) {
                EXPECT_TRUE(seen.contains(ref->referenceTo))
                    << qPrintable(object->name) << " before its parent " << qPrintable(ref->referenceTo);
            }
            seen.append(object->name);
        }
    }
}

TEST(PackageDefinition, RejectsBrokenDefinitionsWithAReason)
{
    QString error;
    EXPECT_FALSE(PackageDefinition::fromJson("{not json", &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("JSON")));
    const QByteArray danglingLookup =
        R"({"name":"x","objects":[{"name":"A__c","keyPrefix":"a01","externalId":"K__c",
        "fields":[{"name":"K__c","type":"string","length":10,"externalId":true,"source":"id"},
                  {"name":"P__c","type":"reference","referenceTo":"Missing__c","relationshipName":"P__r",
                   "parentKey":"K__c","source":"p"}]}]})";
    EXPECT_FALSE(PackageDefinition::fromJson(danglingLookup, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("Missing__c"))) << qPrintable(error);
    const QByteArray cycle = R"({"name":"x","objects":[
        {"name":"A__c","keyPrefix":"a01","externalId":"K__c","fields":[
            {"name":"K__c","type":"string","length":10,"externalId":true,"source":"id"},
            {"name":"B__c","type":"reference","referenceTo":"B__c","relationshipName":"B__r","parentKey":"K__c","source":"b"}]},
        {"name":"B__c","keyPrefix":"a02","externalId":"K__c","fields":[
            {"name":"K__c","type":"string","length":10,"externalId":true,"source":"id"},
            {"name":"A__c","type":"reference","referenceTo":"A__c","relationshipName":"A__r","parentKey":"K__c","source":"a"}]}]})";
    EXPECT_FALSE(PackageDefinition::fromJson(cycle, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("cycle"))) << qPrintable(error);
}
