#include "SalesforceTestSupport.h"
#include "common/SeedWorld.h"
#include "package/PackageDefinition.h"
#include "salesforce/BulkCsv.h"
#include "salesforce/SalesforceId.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace sftest;

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kCustomerKey = QStringLiteral("NOME__Metronome_Customer_ID__c");

QStringList objectNames(SalesforceClient &client)
{
    const auto [error, objects] = await<const SalesforceError &, const QList<SObjectDescribe> &>(
        [&](auto done) { client.describeGlobal(nullptr, done); });
    EXPECT_FALSE(error.isError()) << qPrintable(error.userMessage());
    QStringList names;
    for (const SObjectDescribe &o : objects) {
        names.append(o.name);
    }
    return names;
}

QList<QPair<QByteArray, QByteArray>> bearer(const Org &org, const QByteArray &contentType = {})
{
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"Authorization", "Bearer " + org.session->tokens().accessToken.toUtf8()}};
    if (!contentType.isEmpty()) {
        headers.append({"Content-Type", contentType});
    }
    return headers;
}

} // namespace

TEST(SalesforceSandbox, ThePackageAppearsOnlyOnceInstalledForTheUser)
{
    Org org({QStringLiteral("--customers"), QStringLiteral("3")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    QStringList names = objectNames(*org.client);
    EXPECT_TRUE(names.contains(QStringLiteral("Account")));
    EXPECT_FALSE(names.contains(kCustomer));

    const auto def = PackageDefinition::builtIn(QStringLiteral("nome_v2"));
    const QUrl page =
        org.url(QStringLiteral("/packaging/installPackage.apexp?p0=") + def->packageVersionId().left(15));
    const RawReply shown = raw("GET", page);
    ASSERT_EQ(shown.status, 200);
    for (const char *text : {"Install for Admins Only", "Install for All Users",
                             "Install for Specific Profiles", "<button type=\"submit\">Install</button>"}) {
        EXPECT_TRUE(shown.body.contains(text)) << text;
    }
    EXPECT_EQ(
        raw("GET", org.url(QStringLiteral("/packaging/installPackage.apexp?p0=04t000000000000"))).status,
        404);

    // Installed for a profile the signed-in admin does not have: still invisible to them.
    const RawReply forSales = raw("POST", page,
                                  form({{QStringLiteral("access"), QStringLiteral("profiles")},
                                        {QStringLiteral("profile"), QStringLiteral("Sales User")}}),
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(forSales.status, 200);
    EXPECT_TRUE(forSales.body.contains("Installation Complete!"));
    EXPECT_FALSE(objectNames(*org.client).contains(kCustomer));

    const RawReply forAll = raw("POST", page, form({{QStringLiteral("access"), QStringLiteral("all")}}),
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_TRUE(forAll.body.contains("all users"));
    names = objectNames(*org.client);
    for (const PackageObject &o : def->objects()) {
        EXPECT_TRUE(names.contains(o.name)) << qPrintable(o.name);
    }
    const auto [checkError, lines] =
        await<const SalesforceError &, const QList<SalesforcePackageCheck::Line> &>(
            [&](auto done) { org.client->checkPackage(*def, nullptr, done); });
    EXPECT_TRUE(SalesforcePackageCheck::allOk(lines));
}

TEST(SalesforceSandbox, APackageMissingOneFieldFailsExactlyThatLine)
{
    Org org({QStringLiteral("--customers"), QStringLiteral("3")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    const QJsonObject installed =
        org.admin("POST", QStringLiteral("/salesforce/package"),
                  {{QStringLiteral("variant"), QStringLiteral("nome_v2")},
                   {QStringLiteral("omit_fields"),
                    QJsonArray{QStringLiteral("NOME__Metronome_Invoice__c.NOME__Total__c")}}});
    EXPECT_EQ(installed.value(QStringLiteral("installed")).toArray().size(), 1);
    const auto def = PackageDefinition::builtIn(QStringLiteral("nome_v2"));
    const auto [checkError, lines] =
        await<const SalesforceError &, const QList<SalesforcePackageCheck::Line> &>(
            [&](auto done) { org.client->checkPackage(*def, nullptr, done); });
    ASSERT_FALSE(checkError.isError());
    QList<SalesforcePackageCheck::Line> bad;
    for (const auto &l : lines) {
        if (l.status != SalesforcePackageCheck::Line::Status::Ok) {
            bad.append(l);
        }
    }
    ASSERT_EQ(bad.size(), 1);
    EXPECT_EQ(bad.at(0).object, QStringLiteral("NOME__Metronome_Invoice__c"));
    EXPECT_EQ(bad.at(0).field, QStringLiteral("NOME__Total__c"));
    EXPECT_EQ(bad.at(0).status, SalesforcePackageCheck::Line::Status::Missing);
    auto [e, results] =
        upsertCollection(*org.client, QStringLiteral("NOME__Metronome_Invoice__c"),
                         QStringLiteral("NOME__Metronome_Invoice_ID__c"),
                         {QJsonObject{{QStringLiteral("NOME__Metronome_Invoice_ID__c"), QStringLiteral("i1")},
                                      {QStringLiteral("NOME__Total__c"), 1}}});
    EXPECT_EQ(results.value(0).firstStatusCode(), QStringLiteral("INVALID_FIELD"));
}

TEST(SalesforceSandbox, TheOrgSurvivesARestart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString firstId;
    QString refreshToken;
    {
        Org org({QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("3"),
                 QStringLiteral("--data"), dir.path()});
        QString error;
        ASSERT_TRUE(org.start(&error)) << qPrintable(error);
        auto [e, results] =
            upsertCollection(*org.client, kCustomer, kCustomerKey,
                             {QJsonObject{{kCustomerKey, QStringLiteral("kept")},
                                          {QStringLiteral("NOME__Name__c"), QStringLiteral("Kept")}}});
        ASSERT_TRUE(results.at(0).success);
        firstId = results.at(0).id;
        refreshToken = org.session->tokens().refreshToken;
    }
    SandboxProcess again(
        {QStringLiteral("--customers"), QStringLiteral("3"), QStringLiteral("--data"), dir.path()});
    QString error;
    ASSERT_TRUE(again.start(&error)) << qPrintable(error);
    // The refresh token was stored (as a hash) and still works.
    SalesforceSession session(configFor(again));
    session.setRefreshToken(refreshToken);
    SalesforceClient client(&session);
    const auto [qe, rows, total] = query(
        client,
        QStringLiteral("SELECT Id, NOME__Name__c FROM %1 WHERE %2 = 'kept'").arg(kCustomer, kCustomerKey));
    ASSERT_FALSE(qe.isError()) << qPrintable(qe.userMessage());
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).value(QStringLiteral("Id")).toString(), firstId);
    auto [e2, more] = upsertCollection(client, kCustomer, kCustomerKey,
                                       {QJsonObject{{kCustomerKey, QStringLiteral("new")}}});
    ASSERT_TRUE(more.at(0).success);
    EXPECT_NE(more.at(0).id, firstId); // numbering continues after a restart
}

TEST(SalesforceSandbox, SeededAccountsAreExactlyTheSeedWorldAccounts)
{
    Org org(
        {QStringLiteral("--customers"), QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("7")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    const SeedWorld world(25, 7);
    const auto [qe, rows, total] =
        query(*org.client, QStringLiteral("SELECT Id, Name, Website FROM Account"));
    ASSERT_FALSE(qe.isError());
    ASSERT_EQ(total, world.accountCount());
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &r : rows) {
        byId.insert(r.value(QStringLiteral("Id")).toString(), r);
    }
    for (int i = 0; i < world.accountCount(); ++i) {
        ASSERT_TRUE(byId.contains(world.accountId(i))) << qPrintable(world.accountId(i));
        EXPECT_EQ(byId.value(world.accountId(i)).value(QStringLiteral("Name")).toString(),
                  world.accountName(i));
        EXPECT_EQ(byId.value(world.accountId(i)).value(QStringLiteral("Website")).toString(),
                  world.accountWebsite(i));
    }
    // An Account is found by its 15-character ID too.
    const QString id15 = world.accountId(3).left(15);
    const RawReply one = raw("GET",
                             org.url(org.client->dataPath() + QStringLiteral("/sobjects/Account/") + id15 +
                                     QStringLiteral("?fields=Id,Name")),
                             {}, bearer(org));
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(one.body).object().value(QStringLiteral("Id")).toString(),
              world.accountId(3));
}

TEST(SalesforceSandbox, RecordIdsCarryTheKeyPrefixAndAValidChecksum)
{
    Org org({QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("2")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    QList<QJsonObject> rows;
    for (int i = 0; i < 300; ++i) {
        rows.append(QJsonObject{{kCustomerKey, QStringLiteral("id_%1").arg(i)}});
    }
    auto [e, results] = upsertCollection(*org.client, kCustomer, kCustomerKey, rows);
    QSet<QString> ids;
    int mixedCase = 0;
    for (const SalesforceRecordResult &r : results) {
        ASSERT_EQ(r.id.size(), 18);
        const SalesforceId::Parsed parsed = SalesforceId::parse(r.id, QStringLiteral("a0E"));
        ASSERT_TRUE(parsed.ok()) << qPrintable(r.id);
        EXPECT_EQ(parsed.id18, r.id); // already canonical
        ids.insert(r.id);
        mixedCase +=
            r.id.left(15) != r.id.left(15).toUpper() && r.id.left(15) != r.id.left(15).toLower() ? 1 : 0;
    }
    EXPECT_EQ(ids.size(), 300);
    EXPECT_GT(mixedCase, 100); // the suffix really encodes case
}

TEST(SalesforceSandbox, TheWriteCounterCountsOnlyWrites)
{
    Org org({QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("2"),
             QStringLiteral("--salesforce-bulk-delay-ms"), QStringLiteral("10")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    org.admin("DELETE", QStringLiteral("/salesforce/stats"));
    const auto [d, desc] = await<const SalesforceError &, const SObjectDescribe &>(
        [&](auto done) { org.client->describe(kCustomer, nullptr, done); });
    const auto [q, rows, total] = query(*org.client, QStringLiteral("SELECT Id FROM Account"));
    const auto [l, limits] = await<const SalesforceError &, const QHash<QString, SalesforceLimits::Entry> &>(
        [&](auto done) { org.client->limits(nullptr, done); });
    const auto [i, identity] = await<const SalesforceError &, const SalesforceIdentity &>(
        [&](auto done) { org.session->fetchIdentity(nullptr, done); });
    ASSERT_FALSE(d.isError() || q.isError() || l.isError() || i.isError());
    EXPECT_EQ(org.writeCalls(), 0u);
    auto [e1, r1] = upsertCollection(*org.client, kCustomer, kCustomerKey,
                                     {QJsonObject{{kCustomerKey, QStringLiteral("w1")}}});
    EXPECT_EQ(org.writeCalls(), 1u);
    const auto [e2, r2] = await<const SalesforceError &, const Results &>([&](auto done) {
        org.client->bulkUpsert(kCustomer, kCustomerKey, {QJsonObject{{kCustomerKey, QStringLiteral("w2")}}},
                               nullptr, done);
    });
    ASSERT_FALSE(e2.isError());
    EXPECT_EQ(org.writeCalls(), 4u); // create, upload, close; polls and results are reads
}

TEST(SalesforceSandbox, BulkJobsFollowTheStateMachineAndCsvFormats)
{
    Org org({QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("2"),
             QStringLiteral("--salesforce-bulk-delay-ms"), QStringLiteral("300")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    const auto [warm, r0, t0] = query(*org.client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    ASSERT_FALSE(warm.isError());
    const QString ingest = org.client->dataPath() + QStringLiteral("/jobs/ingest");
    const RawReply created =
        raw("POST", org.url(ingest),
            QJsonDocument(QJsonObject{{QStringLiteral("object"), kCustomer},
                                      {QStringLiteral("operation"), QStringLiteral("upsert")},
                                      {QStringLiteral("externalIdFieldName"), kCustomerKey},
                                      {QStringLiteral("contentType"), QStringLiteral("CSV")},
                                      {QStringLiteral("lineEnding"), QStringLiteral("LF")}})
                .toJson(),
            bearer(org, "application/json"));
    ASSERT_EQ(created.status, 200) << created.body.constData();
    const QJsonObject info = QJsonDocument::fromJson(created.body).object();
    const QString id = info.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(id.startsWith(QStringLiteral("750")));
    EXPECT_EQ(info.value(QStringLiteral("state")).toString(), QStringLiteral("Open"));
    EXPECT_FALSE(info.value(QStringLiteral("contentUrl")).toString().startsWith(QLatin1Char('/')));
    const QUrl job = org.url(ingest + QLatin1Char('/') + id);
    EXPECT_EQ(raw("GET", org.url(ingest + QLatin1Char('/') + id + QStringLiteral("/successfulResults")), {},
                  bearer(org))
                  .status,
              400);

    const QByteArray csv = "NOME__Metronome_Customer_ID__c,NOME__Name__c,Bogus\n";
    const QByteArray data =
        QByteArrayLiteral("NOME__Metronome_Customer_ID__c,NOME__Name__c,NOME__Environment_Type__c\n"
                          "b1,\"Acme, \"\"the\"\" best\",Production\n"
                          "b2,,#N/A\n"
                          "b3,") +
        QByteArray(300, 'x') + QByteArrayLiteral(",Staging\n");
    Q_UNUSED(csv);
    const QUrl batches = org.url(ingest + QLatin1Char('/') + id + QStringLiteral("/batches"));
    const RawReply upload = raw("PUT", batches, data, bearer(org, "text/csv"));
    EXPECT_EQ(upload.status, 201);
    EXPECT_TRUE(upload.body.isEmpty());
    EXPECT_EQ(raw("PUT", batches, data, bearer(org, "text/csv")).status, 400); // once per job
    const RawReply closed = raw("PATCH", job, QByteArrayLiteral("{\"state\":\"UploadComplete\"}"),
                                bearer(org, "application/json"));
    EXPECT_EQ(QJsonDocument::fromJson(closed.body).object().value(QStringLiteral("state")).toString(),
              QStringLiteral("UploadComplete"));
    QString state;
    QElapsedTimer clock;
    clock.start();
    QStringList seen;
    while (clock.elapsed() < 20000) {
        state = QJsonDocument::fromJson(raw("GET", job, {}, bearer(org)).body)
                    .object()
                    .value(QStringLiteral("state"))
                    .toString();
        if (seen.isEmpty() || seen.last() != state) {
            seen.append(state);
        }
        if (state == QLatin1String("JobComplete") || state == QLatin1String("Failed")) {
            break;
        }
        QThread::msleep(20);
    }
    EXPECT_EQ(seen.first(), QStringLiteral("UploadComplete")); // queued for the processing delay
    ASSERT_EQ(state, QStringLiteral("JobComplete"));
    const QJsonObject done = QJsonDocument::fromJson(raw("GET", job, {}, bearer(org)).body).object();
    EXPECT_EQ(done.value(QStringLiteral("numberRecordsProcessed")).toInt(), 3);
    EXPECT_EQ(done.value(QStringLiteral("numberRecordsFailed")).toInt(), 1);

    const RawReply ok =
        raw("GET", org.url(ingest + QLatin1Char('/') + id + QStringLiteral("/successfulResults")), {},
            bearer(org));
    const QList<QByteArray> okLines = ok.body.split('\n');
    EXPECT_EQ(okLines.at(0), QByteArrayLiteral("\"sf__Id\",\"sf__Created\",NOME__Metronome_Customer_ID__c,"
                                               "NOME__Name__c,NOME__Environment_Type__c"));
    // Each row echoes the uploaded text verbatim after the sf__ columns.
    EXPECT_TRUE(ok.body.contains(",\"true\",b1,\"Acme, \"\"the\"\" best\",Production\n"));
    EXPECT_TRUE(ok.body.contains(",\"true\",b2,,#N/A\n"));
    const RawReply bad = raw(
        "GET", org.url(ingest + QLatin1Char('/') + id + QStringLiteral("/failedResults")), {}, bearer(org));
    BulkCsv::Table failed;
    QString problem;
    ASSERT_TRUE(BulkCsv::parse(bad.body, &failed, &problem));
    EXPECT_EQ(failed.header.mid(0, 2), (QStringList{QStringLiteral("sf__Id"), QStringLiteral("sf__Error")}));
    ASSERT_EQ(failed.rows.size(), 1);
    EXPECT_TRUE(failed.rows.at(0).values.at(1).startsWith(
        QStringLiteral("STRING_TOO_LONG:Name: data value too large: ")));
    EXPECT_TRUE(failed.rows.at(0).values.at(1).endsWith(QStringLiteral(":NOME__Name__c --")));
    const RawReply rest =
        raw("GET", org.url(ingest + QLatin1Char('/') + id + QStringLiteral("/unprocessedrecords")), {},
            bearer(org));
    EXPECT_EQ(rest.body,
              QByteArrayLiteral("NOME__Metronome_Customer_ID__c,NOME__Name__c,NOME__Environment_Type__c\n"));

    // Empty = unchanged, #N/A = null.
    const auto [qe, rows, total] =
        query(*org.client, QStringLiteral("SELECT %1, NOME__Name__c, NOME__Environment_Type__c FROM %2 "
                                          "WHERE %1 IN ('b1','b2') ORDER BY %1")
                               .arg(kCustomerKey, kCustomer));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).value(QStringLiteral("NOME__Name__c")).toString(),
              QStringLiteral("Acme, \"the\" best"));
    EXPECT_TRUE(rows.at(1).value(QStringLiteral("NOME__Name__c")).isNull());
    EXPECT_TRUE(rows.at(1).value(QStringLiteral("NOME__Environment_Type__c")).isNull());

    EXPECT_EQ(raw("DELETE", job, {}, bearer(org)).status, 204);
    EXPECT_EQ(raw("GET", job, {}, bearer(org)).status, 404);
}

TEST(SalesforceSandbox, RestErrorsHaveSalesforcesShape)
{
    Org org({QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("2")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    const auto [warm, r0, t0] = query(*org.client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    ASSERT_FALSE(warm.isError());
    auto firstError = [](const RawReply &r) {
        return QJsonDocument::fromJson(r.body).array().at(0).toObject();
    };
    const QString base = org.client->dataPath();

    const RawReply unknown =
        raw("GET", org.url(base + QStringLiteral("/sobjects/Nope__c/describe")), {}, bearer(org));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(firstError(unknown).value(QStringLiteral("errorCode")).toString(), QStringLiteral("NOT_FOUND"));
    EXPECT_FALSE(unknown.header("Sforce-Limit-Info").isEmpty());

    const RawReply versions = raw("GET", org.url(QStringLiteral("/services/data")));
    EXPECT_EQ(versions.status, 200); // no session needed
    EXPECT_TRUE(versions.header("Sforce-Limit-Info").isEmpty());
    EXPECT_EQ(raw("GET", org.url(QStringLiteral("/services/data/v20.0/sobjects")), {}, bearer(org)).status,
              404);

    const RawReply anonymous = raw("GET", org.url(base + QStringLiteral("/sobjects")));
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(firstError(anonymous).value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("INVALID_SESSION_ID"));
    EXPECT_EQ(firstError(anonymous).value(QStringLiteral("message")).toString(),
              QStringLiteral("Session expired or invalid"));

    const RawReply badJson =
        raw("PATCH", org.url(base + QStringLiteral("/composite/sobjects/%1/%2").arg(kCustomer, kCustomerKey)),
            "{not json", bearer(org, "application/json"));
    EXPECT_EQ(badJson.status, 400);
    EXPECT_EQ(firstError(badJson).value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("JSON_PARSER_ERROR"));

    QJsonArray many;
    for (int i = 0; i < 201; ++i) {
        many.append(
            QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), kCustomer}}},
                        {kCustomerKey, QStringLiteral("m%1").arg(i)}});
    }
    const RawReply tooMany =
        raw("PATCH", org.url(base + QStringLiteral("/composite/sobjects/%1/%2").arg(kCustomer, kCustomerKey)),
            QJsonDocument(QJsonObject{{QStringLiteral("records"), many}}).toJson(),
            bearer(org, "application/json"));
    EXPECT_EQ(tooMany.status, 400);
    EXPECT_EQ(firstError(tooMany).value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("EXCEEDED_ID_LIMIT"));

    // Upsert update: 200 with created=false from v46, 204 before.
    const QUrl upsert62 =
        org.url(base + QStringLiteral("/sobjects/%1/%2/v_test").arg(kCustomer, kCustomerKey));
    EXPECT_EQ(raw("PATCH", upsert62, "{}", bearer(org, "application/json")).status, 201);
    const RawReply updated = raw("PATCH", upsert62, "{}", bearer(org, "application/json"));
    EXPECT_EQ(updated.status, 200);
    EXPECT_FALSE(
        QJsonDocument::fromJson(updated.body).object().value(QStringLiteral("created")).toBool(true));
    const QUrl upsert45 =
        org.url(QStringLiteral("/services/data/v45.0/sobjects/%1/%2/v_test").arg(kCustomer, kCustomerKey));
    EXPECT_EQ(raw("PATCH", upsert45, "{}", bearer(org, "application/json")).status, 204);
    const RawReply notExternal =
        raw("PATCH", org.url(base + QStringLiteral("/sobjects/%1/NOME__Name__c/x").arg(kCustomer)), "{}",
            bearer(org, "application/json"));
    EXPECT_EQ(notExternal.status, 404);
    const RawReply badSoql =
        raw("GET", org.url(base + QStringLiteral("/query?q=SELEKT+Id+FROM+Account")), {}, bearer(org));
    EXPECT_EQ(badSoql.status, 400);
    EXPECT_EQ(firstError(badSoql).value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("MALFORMED_QUERY"));
    const RawReply badField =
        raw("GET", org.url(base + QStringLiteral("/query?q=SELECT+Foo__c+FROM+Account")), {}, bearer(org));
    EXPECT_EQ(firstError(badField).value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("INVALID_FIELD"));
    const RawReply badType =
        raw("GET", org.url(base + QStringLiteral("/query?q=SELECT+Id+FROM+Foo__c")), {}, bearer(org));
    EXPECT_EQ(firstError(badType).value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("INVALID_TYPE"));
}

TEST(SalesforceSandbox, TheCensusVariantInstallsByFlag)
{
    Org org({QStringLiteral("--install-package"), QStringLiteral("census_v1"), QStringLiteral("--customers"),
             QStringLiteral("2")});
    QString error;
    ASSERT_TRUE(org.start(&error)) << qPrintable(error);
    const QStringList names = objectNames(*org.client);
    EXPECT_TRUE(names.contains(QStringLiteral("metronome__Customer__c")));
    EXPECT_FALSE(names.contains(kCustomer));
    QList<PackageDefinition> candidates;
    for (const QString &n : PackageDefinition::builtInNames()) {
        candidates.append(*PackageDefinition::builtIn(n));
    }
    const auto [e, objects] = await<const SalesforceError &, const QList<SObjectDescribe> &>(
        [&](auto done) { org.client->describeGlobal(nullptr, done); });
    EXPECT_EQ(SalesforcePackageCheck::detectVariant(objects, candidates), QStringLiteral("census_v1"));
}
