#include "sync/RecordMapper.h"
#include "util/StableHash.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

// The hashes are stored in workspaces: a change of algorithm would make the next sync resend
// every row of every object. These fixed values catch that before a release does.
TEST(StableHash, KnownValuesDoNotChangeBetweenBuilds)
{
    EXPECT_EQ(StableHash::of(QByteArrayView("")), 1244421019447619467ULL);
    EXPECT_EQ(StableHash::of(QByteArrayView("NomeSync")), 6950769831587457757ULL);
    StableHash hash;
    hash.addString(u"NOME__Metronome_Customer__c");
    hash.addInt(42);
    hash.addDouble(12.5);
    EXPECT_EQ(hash.result(), 5423755182891479098ULL);
    const QJsonObject fields{{QStringLiteral("Name"), QStringLiteral("Acme")},
                             {QStringLiteral("NOME__Amount__c"), 12.5}};
    EXPECT_EQ(RecordMapper::hashOf(QStringLiteral("NOME__Metronome_Commit__c"), fields),
              7412923060988153577ULL);
}

TEST(StableHash, BoundariesBetweenValuesCount)
{
    StableHash ab_c;
    ab_c.addString(u"ab");
    ab_c.addString(u"c");
    StableHash a_bc;
    a_bc.addString(u"a");
    a_bc.addString(u"bc");
    EXPECT_NE(ab_c.result(), a_bc.result());

    StableHash number;
    number.addInt(1);
    StableHash text;
    text.addString(u"1");
    EXPECT_NE(number.result(), text.result());
}

TEST(StableHash, NegativeZeroIsZero)
{
    StableHash plus;
    plus.addDouble(0.0);
    StableHash minus;
    minus.addDouble(-0.0);
    EXPECT_EQ(plus.result(), minus.result());
}

TEST(RecordMapperHash, SameFieldsSameHashWhateverTheInsertOrder)
{
    QJsonObject one{{QStringLiteral("Name"), QStringLiteral("Acme")},
                    {QStringLiteral("NOME__Amount__c"), 12.5},
                    {QStringLiteral("NOME__Contract__r"),
                     QJsonObject{{QStringLiteral("NOME__Metronome_ID__c"), QStringLiteral("c-1")}}}};
    QJsonObject two;
    two.insert(QStringLiteral("NOME__Contract__r"),
               QJsonObject{{QStringLiteral("NOME__Metronome_ID__c"), QStringLiteral("c-1")}});
    two.insert(QStringLiteral("NOME__Amount__c"), 12.5);
    two.insert(QStringLiteral("Name"), QStringLiteral("Acme"));
    const QString object = QStringLiteral("NOME__Metronome_Commit__c");
    EXPECT_EQ(RecordMapper::hashOf(object, one), RecordMapper::hashOf(object, two));
    EXPECT_NE(RecordMapper::hashOf(object, one), 0u);

    two.insert(QStringLiteral("NOME__Amount__c"), 12.51);
    EXPECT_NE(RecordMapper::hashOf(object, one), RecordMapper::hashOf(object, two));
    EXPECT_NE(RecordMapper::hashOf(object, one), RecordMapper::hashOf(QStringLiteral("NOME__Other__c"), one))
        << "the object is part of the hash";
    QJsonObject cleared = one;
    cleared.insert(QStringLiteral("Name"), QJsonValue::Null);
    EXPECT_NE(RecordMapper::hashOf(object, one), RecordMapper::hashOf(object, cleared));
}
