// The Metronome half of nomesync-sandbox as an API: error bodies, cursors, paging rules,
// filters, persistence, the next-day command and endpoint (observed through the client),
// determinism and the start-up flags.
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "metronome/MetronomeClient.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    qint64 elapsedMs = 0;
};

// One raw call, no retries, so the test sees exactly what the sandbox answered.
Answer call(const SandboxProcess &sandbox, const QByteArray &method, const QString &pathAndQuery,
            const QByteArray &body = {}, const QString &token = QStringLiteral("<default>"),
            const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    HttpTransport transport;
    RetryPolicy none;
    none.maxRetries = 0;
    transport.setRetryPolicy(none);
    HttpRequest request;
    request.method = method;
    QUrl url = sandbox.info().metronomeUrl;
    const qsizetype at = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(at < 0 ? pathAndQuery : pathAndQuery.left(at));
    if (at >= 0) {
        url.setQuery(pathAndQuery.mid(at + 1));
    }
    request.url = url;
    request.body = body;
    const QString bearer = token == QLatin1String("<default>") ? sandbox.info().metronomeToken : token;
    if (!bearer.isEmpty()) {
        request.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer.toUtf8()});
    }
    if (!body.isEmpty()) {
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    request.headers += headers;
    Answer answer;
    bool done = false;
    transport.send(request, nullptr, [&](const HttpResponse &r) {
        answer.status = r.status;
        answer.body = r.body;
        answer.json = QJsonDocument::fromJson(r.body).object();
        answer.elapsedMs = r.elapsedMs;
        done = true;
    });
    EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }, 30000));
    return answer;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList ids(const QJsonObject &page)
{
    QStringList out;
    for (const QJsonValue &item : page.value(QStringLiteral("data")).toArray()) {
        out.append(item.toObject().value(QStringLiteral("id")).toString());
    }
    return out;
}

class MetronomeSandboxTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_sandbox = new SandboxProcess({QStringLiteral("--customers"), QStringLiteral("130")});
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << qPrintable(error);
        s_customers = s_sandbox->adminGet(QStringLiteral("/metronome/customers"))
                          .object()
                          .value(QStringLiteral("data"))
                          .toArray();
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override
    {
        s_sandbox->admin("PUT", QStringLiteral("/metronome/faults"), QJsonDocument(QJsonObject()));
    }

    static QString customerId(int index)
    {
        return s_customers.at(index).toObject().value(QStringLiteral("id")).toString();
    }

    static SandboxProcess *s_sandbox;
    static QJsonArray s_customers;
};

SandboxProcess *MetronomeSandboxTest::s_sandbox = nullptr;
QJsonArray MetronomeSandboxTest::s_customers;

} // namespace

TEST_F(MetronomeSandboxTest, AnswersErrorsWithAMessageBody)
{
    const SandboxProcess &sb = *s_sandbox;
    Answer a = call(sb, "GET", QStringLiteral("/v1/customers"), {}, QString());
    EXPECT_EQ(a.status, 401);
    EXPECT_EQ(a.json.value(QStringLiteral("message")).toString(), QStringLiteral("Unauthorized"));
    EXPECT_EQ(call(sb, "GET", QStringLiteral("/v1/customers"), {}, QStringLiteral("wrong")).status, 401);

    a = call(sb, "GET", QStringLiteral("/v1/customers/00000000-0000-4000-8000-000000000000"));
    EXPECT_EQ(a.status, 404);
    EXPECT_FALSE(a.json.value(QStringLiteral("message")).toString().isEmpty());

    a = call(sb, "POST", QStringLiteral("/v2/contracts/list"),
             json({{QStringLiteral("include_balance"), true}}));
    EXPECT_EQ(a.status, 400);
    EXPECT_TRUE(a.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("customer_id")));

    a = call(sb, "POST", QStringLiteral("/v2/contracts/list"), QByteArrayLiteral("{not json"));
    EXPECT_EQ(a.status, 400);
    EXPECT_TRUE(a.json.contains(QStringLiteral("message")));

    a = call(sb, "POST", QStringLiteral("/v1/usage"),
             json({{QStringLiteral("starting_on"), QStringLiteral("2025-05-01T06:00:00Z")},
                   {QStringLiteral("ending_before"), QStringLiteral("2025-05-03T00:00:00Z")},
                   {QStringLiteral("window_size"), QStringLiteral("day")}}));
    EXPECT_EQ(a.status, 400);
    EXPECT_TRUE(a.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("midnight")));

    a = call(sb, "POST", QStringLiteral("/v1/usage"),
             json({{QStringLiteral("starting_on"), QStringLiteral("2025-05-01T00:00:00Z")},
                   {QStringLiteral("ending_before"), QStringLiteral("2025-05-03T00:00:00Z")}}));
    EXPECT_EQ(a.status, 400);
    EXPECT_TRUE(a.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("window_size")));

    const QString readOnly = s_sandbox->adminGet(QStringLiteral("/metronome/tokens"))
                                 .object()
                                 .value(QStringLiteral("read_only_token"))
                                 .toString();
    a = call(sb, "POST", QStringLiteral("/v1/customers/%1/updateConfig").arg(customerId(0)),
             json({{QStringLiteral("salesforce_account_id"), QStringLiteral("0015g00000ABCDEAAA")}}),
             readOnly);
    EXPECT_EQ(a.status, 403);
    EXPECT_TRUE(a.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("read-only")));
    EXPECT_EQ(call(sb, "GET", QStringLiteral("/v1/plans"), {}, readOnly).status, 200);

    a = call(sb, "GET", QStringLiteral("/v1/no-such-endpoint"));
    EXPECT_EQ(a.status, 404);
    EXPECT_TRUE(a.json.contains(QStringLiteral("message")));
}

TEST_F(MetronomeSandboxTest, CursorsAreOpaqueAndTamperEvident)
{
    const Answer first = call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=2"));
    ASSERT_EQ(first.status, 200);
    const QString cursor = first.json.value(QStringLiteral("next_page")).toString();
    ASSERT_FALSE(cursor.isEmpty());
    // Not a bare offset: an encoded position and a 128-bit MAC.
    EXPECT_EQ(cursor.count(QLatin1Char('.')), 1);
    EXPECT_EQ(cursor.section(QLatin1Char('.'), 1).size(), 22);

    const Answer second =
        call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=2&next_page=") + cursor);
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(ids(second.json).size(), 2);
    EXPECT_NE(ids(second.json), ids(first.json));

    // Change one character of the position part: the MAC no longer matches.
    QString tampered = cursor;
    tampered[0] = tampered.at(0) == QLatin1Char('M') ? QLatin1Char('N') : QLatin1Char('M');
    Answer bad = call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=2&next_page=") + tampered);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json.value(QStringLiteral("message")).toString(),
              QStringLiteral("Invalid next_page cursor"));
    bad = call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=2&next_page=garbage"));
    EXPECT_EQ(bad.status, 400);
    // A genuine cursor of another list does not work here either.
    bad = call(*s_sandbox, "GET", QStringLiteral("/v1/credit-types/list?limit=2&next_page=") + cursor);
    EXPECT_EQ(bad.status, 400);
    bad = call(*s_sandbox, "GET", QStringLiteral("/v1/customers?only_archived=true&next_page=") + cursor);
    EXPECT_EQ(bad.status, 400);
}

TEST_F(MetronomeSandboxTest, CapsLimitAtOneHundredAndWalksToTheEnd)
{
    Answer a = call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=500"));
    ASSERT_EQ(a.status, 200);
    EXPECT_EQ(ids(a.json).size(), 100);
    const QString next = a.json.value(QStringLiteral("next_page")).toString();
    ASSERT_FALSE(next.isEmpty());
    a = call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=500&next_page=") + next);
    EXPECT_GT(ids(a.json).size(), 0);
    EXPECT_TRUE(a.json.value(QStringLiteral("next_page")).isNull()); // the last page says so
    EXPECT_EQ(call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=0")).status, 400);
    EXPECT_EQ(call(*s_sandbox, "GET", QStringLiteral("/v1/customers?limit=ten")).status, 400);
}

TEST_F(MetronomeSandboxTest, TakesPagingWhereEachEndpointHasIt)
{
    // listGrants: limit in the query; a limit in the body is not this endpoint's.
    Answer a = call(*s_sandbox, "POST", QStringLiteral("/v1/credits/listGrants?limit=2"), json({}));
    ASSERT_EQ(a.status, 200);
    EXPECT_EQ(ids(a.json).size(), 2);
    a = call(*s_sandbox, "POST", QStringLiteral("/v1/credits/listGrants"),
             json({{QStringLiteral("limit"), 2}}));
    EXPECT_GT(ids(a.json).size(), 2);

    // customerCommits/list: limit and next_page in the body, 25 at most.
    QString many;
    for (const QJsonValue &c : s_customers) {
        const QJsonObject truth = s_sandbox
                                      ->adminGet(QStringLiteral("/metronome/customers/") +
                                                 c.toObject().value(QStringLiteral("id")).toString())
                                      .object();
        if (truth.value(QStringLiteral("commitments")).toArray().size() > 25 &&
            !truth.value(QStringLiteral("archived")).toBool()) {
            many = truth.value(QStringLiteral("id")).toString();
            break;
        }
    }
    ASSERT_FALSE(many.isEmpty());
    const QJsonObject body{{QStringLiteral("customer_id"), many},
                           {QStringLiteral("include_contract_credits"), true}};
    a = call(*s_sandbox, "POST", QStringLiteral("/v1/contracts/customerCredits/list?limit=3"), json(body));
    EXPECT_EQ(ids(a.json).size(), 25); // a query limit is ignored here; the page is capped at 25
    QJsonObject paged = body;
    paged.insert(QStringLiteral("limit"), 10);
    a = call(*s_sandbox, "POST", QStringLiteral("/v1/contracts/customerCredits/list"), json(paged));
    EXPECT_EQ(ids(a.json).size(), 10);
    paged.insert(QStringLiteral("next_page"), a.json.value(QStringLiteral("next_page")).toString());
    const Answer b =
        call(*s_sandbox, "POST", QStringLiteral("/v1/contracts/customerCredits/list"), json(paged));
    EXPECT_EQ(ids(b.json).size(), 10);
    EXPECT_NE(ids(a.json), ids(b.json));
    // Without include_contract_credits only customer-level credits count: there are none.
    a = call(*s_sandbox, "POST", QStringLiteral("/v1/contracts/customerCredits/list"),
             json({{QStringLiteral("customer_id"), many}}));
    EXPECT_TRUE(ids(a.json).isEmpty());

    // v2 contracts are one unpaginated answer.
    a = call(*s_sandbox, "POST", QStringLiteral("/v2/contracts/list"),
             json({{QStringLiteral("customer_id"), many}}));
    ASSERT_EQ(a.status, 200);
    EXPECT_FALSE(a.json.contains(QStringLiteral("next_page")));
    const QJsonObject contract = a.json.value(QStringLiteral("data")).toArray().at(0).toObject();
    EXPECT_TRUE(
        contract.value(QStringLiteral("has_more")).toObject().value(QStringLiteral("credits")).toBool());
    EXPECT_FALSE(contract.value(QStringLiteral("credits"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("balance")));
}

TEST_F(MetronomeSandboxTest, AcceptsCommaSeparatedAndRepeatedArrayParameters)
{
    const QString a = customerId(1);
    const QString b = customerId(2);
    const Answer comma =
        call(*s_sandbox, "GET", QStringLiteral("/v1/customers?customer_ids=%1,%2").arg(a, b));
    const Answer repeated =
        call(*s_sandbox, "GET", QStringLiteral("/v1/customers?customer_ids=%1&customer_ids=%2").arg(a, b));
    EXPECT_EQ(ids(comma.json).size(), 2);
    EXPECT_EQ(ids(comma.json), ids(repeated.json));

    // Invoice status and date filters.
    const QString customer = customerId(3);
    const Answer all = call(*s_sandbox, "GET", QStringLiteral("/v1/customers/%1/invoices").arg(customer));
    const Answer finalized =
        call(*s_sandbox, "GET", QStringLiteral("/v1/customers/%1/invoices?status=FINALIZED").arg(customer));
    for (const QJsonValue &i : finalized.json.value(QStringLiteral("data")).toArray()) {
        EXPECT_EQ(i.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("FINALIZED"));
    }
    const QJsonArray every = all.json.value(QStringLiteral("data")).toArray();
    ASSERT_GE(every.size(), 2);
    const QString start =
        every.at(every.size() - 1).toObject().value(QStringLiteral("start_timestamp")).toString();
    const Answer recent = call(
        *s_sandbox, "GET", QStringLiteral("/v1/customers/%1/invoices?starting_on=%2").arg(customer, start));
    for (const QJsonValue &i : recent.json.value(QStringLiteral("data")).toArray()) {
        EXPECT_GE(i.toObject().value(QStringLiteral("start_timestamp")).toString(), start);
    }
    EXPECT_LT(ids(recent.json).size(), every.size());
    const Answer before = call(
        *s_sandbox, "GET", QStringLiteral("/v1/customers/%1/invoices?ending_before=%2").arg(customer, start));
    for (const QJsonValue &i : before.json.value(QStringLiteral("data")).toArray()) {
        EXPECT_LE(i.toObject().value(QStringLiteral("end_timestamp")).toString(), start);
    }
}

TEST_F(MetronomeSandboxTest, ReplaysACreateWithTheSameIdempotencyKey)
{
    const QByteArray body =
        json({{QStringLiteral("name"), QStringLiteral("Replay Test Ltd")},
              {QStringLiteral("ingest_aliases"), QJsonArray{QStringLiteral("replay-test")}}});
    const QList<QPair<QByteArray, QByteArray>> key{
        {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("k-1")}};
    const Answer first =
        call(*s_sandbox, "POST", QStringLiteral("/v1/customers"), body, QStringLiteral("<default>"), key);
    const Answer again =
        call(*s_sandbox, "POST", QStringLiteral("/v1/customers"), body, QStringLiteral("<default>"), key);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(first.json, again.json);
    const Answer other =
        call(*s_sandbox, "POST", QStringLiteral("/v1/customers"),
             json({{QStringLiteral("name"), QStringLiteral("Other")}}), QStringLiteral("<default>"), key);
    EXPECT_EQ(other.status, 409);
    EXPECT_EQ(call(*s_sandbox, "POST", QStringLiteral("/v1/customers"), json({})).status,
              400); // name is required
}

TEST_F(MetronomeSandboxTest, HelpDescribesEveryFlag)
{
    QProcess help;
    help.start(SandboxProcess::executable(), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(10000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *flag :
         {"--customers", "--seed", "--data", "--port-metronome", "--port-salesforce", "--latency-ms",
          "--metronome-fault-5xx", "--metronome-fault-429", "--metronome-retry-after-share",
          "--metronome-retry-after-seconds", "--metronome-malformed", "--metronome-hang",
          "--metronome-jitter-ms", "--metronome-latency-ms", "--metronome-fault-seed", "next-day"}) {
        EXPECT_TRUE(text.contains(QLatin1String(flag))) << flag;
    }
}

TEST(MetronomeSandboxWorld, IsDeterministicForASeed)
{
    SandboxProcess one(
        {QStringLiteral("--customers"), QStringLiteral("15"), QStringLiteral("--seed"), QStringLiteral("7")});
    SandboxProcess two(
        {QStringLiteral("--customers"), QStringLiteral("15"), QStringLiteral("--seed"), QStringLiteral("7")});
    SandboxProcess other(
        {QStringLiteral("--customers"), QStringLiteral("15"), QStringLiteral("--seed"), QStringLiteral("8")});
    ASSERT_TRUE(one.start());
    ASSERT_TRUE(two.start());
    ASSERT_TRUE(other.start());
    const QJsonArray a =
        one.adminGet(QStringLiteral("/metronome/customers")).object().value(QStringLiteral("data")).toArray();
    const QJsonArray b =
        two.adminGet(QStringLiteral("/metronome/customers")).object().value(QStringLiteral("data")).toArray();
    const QJsonArray c = other.adminGet(QStringLiteral("/metronome/customers"))
                             .object()
                             .value(QStringLiteral("data"))
                             .toArray();
    EXPECT_EQ(a, b);
    EXPECT_NE(a.at(0).toObject().value(QStringLiteral("id")), c.at(0).toObject().value(QStringLiteral("id")));
    const QString id = a.at(0).toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(one.adminGet(QStringLiteral("/metronome/customers/") + id),
              two.adminGet(QStringLiteral("/metronome/customers/") + id));
    EXPECT_NE(one.info().metronomeToken, two.info().metronomeToken); // tokens are random per data folder
}

TEST(MetronomeSandboxWorld, KeepsStateAcrossARestartAndRefusesOtherFlags)
{
    QTemporaryDir dir;
    const QStringList flags{QStringLiteral("--customers"), QStringLiteral("12"), QStringLiteral("--data"),
                            dir.path()};
    QString renamedId;
    QString token;
    QString today;
    {
        SandboxProcess first(flags);
        ASSERT_TRUE(first.start());
        token = first.info().metronomeToken;
        renamedId = first.adminGet(QStringLiteral("/metronome/customers"))
                        .object()
                        .value(QStringLiteral("data"))
                        .toArray()
                        .at(4)
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString();
        const Answer renamed = call(first, "POST", QStringLiteral("/v1/customers/%1/setName").arg(renamedId),
                                    json({{QStringLiteral("name"), QStringLiteral("Renamed For Restart")}}));
        ASSERT_EQ(renamed.status, 200);
        ASSERT_EQ(
            call(first, "POST", QStringLiteral("/v1/customers/%1/updateConfig").arg(renamedId),
                 json({{QStringLiteral("salesforce_account_id"), QStringLiteral("0015g00000RESTAAAA")}}))
                .status,
            200);
        const QJsonObject report = first.adminPost(QStringLiteral("/metronome/next-day")).object();
        today = report.value(QStringLiteral("today")).toString();
        ASSERT_FALSE(today.isEmpty());
    }
    {
        SandboxProcess second(flags);
        ASSERT_TRUE(second.start());
        EXPECT_EQ(second.info().metronomeToken, token);
        const Answer customer = call(second, "GET", QStringLiteral("/v1/customers/") + renamedId);
        const QJsonObject data = customer.json.value(QStringLiteral("data")).toObject();
        EXPECT_EQ(data.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed For Restart"));
        EXPECT_EQ(data.value(QStringLiteral("customer_config"))
                      .toObject()
                      .value(QStringLiteral("salesforce_account_id"))
                      .toString(),
                  QStringLiteral("0015g00000RESTAAAA"));
        EXPECT_EQ(second.adminGet(QStringLiteral("/metronome/summary"))
                      .object()
                      .value(QStringLiteral("today"))
                      .toString(),
                  today);
        EXPECT_EQ(second.adminGet(QStringLiteral("/metronome/summary"))
                      .object()
                      .value(QStringLiteral("generation_ms"))
                      .toInt(),
                  -1);
    }
    SandboxProcess mismatched(
        {QStringLiteral("--customers"), QStringLiteral("13"), QStringLiteral("--data"), dir.path()});
    QString error;
    EXPECT_FALSE(mismatched.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("--customers 12"))) << qPrintable(error);
}

TEST(MetronomeSandboxWorld, AppliesFaultFlagsGivenAtStart)
{
    SandboxProcess faulty({QStringLiteral("--customers"), QStringLiteral("5"),
                           QStringLiteral("--metronome-fault-5xx"), QStringLiteral("1"),
                           QStringLiteral("--latency-ms"), QStringLiteral("120"),
                           QStringLiteral("--metronome-malformed"), QStringLiteral("/v1/plans")});
    ASSERT_TRUE(faulty.start());
    const QJsonObject faults = faulty.adminGet(QStringLiteral("/metronome/faults")).object();
    EXPECT_EQ(faults.value(QStringLiteral("server_error_rate")).toDouble(), 1.0);
    EXPECT_EQ(faults.value(QStringLiteral("latency_ms")).toInt(), 120);
    Answer a = call(faulty, "GET", QStringLiteral("/v1/credit-types/list"));
    EXPECT_GE(a.status, 500);
    EXPECT_GE(a.elapsedMs, 110);
    faulty.adminPost(QStringLiteral("/metronome/faults"), {{QStringLiteral("server_error_rate"), 0}});
    a = call(faulty, "GET", QStringLiteral("/v1/plans"));
    EXPECT_EQ(a.status, 200);
    EXPECT_TRUE(QJsonDocument::fromJson(a.body).isNull()); // truncated on purpose
    EXPECT_FALSE(a.body.isEmpty());
}

TEST(MetronomeSandboxWorld, NextDayChangesWhatAClientSees)
{
    QTemporaryDir dir;
    const QStringList flags{QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--data"),
                            dir.path()};
    SandboxProcess sandbox(flags);
    ASSERT_TRUE(sandbox.start());
    MetronomeClient client;
    client.setBaseUrl(sandbox.info().metronomeUrl);
    client.setToken(sandbox.info().metronomeToken);
    QObject context;

    auto invoicesOf = [&](const QString &customer) {
        QList<MetronomeInvoice> out;
        bool done = false;
        client.listInvoices(
            customer, MetronomeInvoiceQuery(), &context,
            [&](const QList<MetronomeInvoice> &page) { out += page; },
            [&](const MetronomeError &e) {
                EXPECT_TRUE(e.isOk());
                done = true;
            });
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }));
        return out;
    };
    auto customer = [&](const QString &id) {
        MetronomeCustomer out;
        bool done = false;
        client.getCustomer(
            id, &context, [&](const MetronomeCustomer &c) { out = c; },
            [&](const MetronomeError &) { done = true; });
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }));
        return out;
    };
    auto balances = [&](const QString &id) {
        QHash<QString, Decimal> out;
        bool done = false;
        client.listContracts(
            id, MetronomeContractQuery(), &context,
            [&](const QList<MetronomeContract> &page) {
                for (const MetronomeContract &c : page) {
                    for (const MetronomeCommit &x : c.commits + c.credits) {
                        out.insert(x.id, x.balance.value_or(Decimal()));
                    }
                }
            },
            [&](const MetronomeError &) { done = true; });
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }));
        return out;
    };

    // Before: remember every draft total and every balance.
    const QJsonArray all = sandbox.adminGet(QStringLiteral("/metronome/customers"))
                               .object()
                               .value(QStringLiteral("data"))
                               .toArray();
    QHash<QString, Decimal> draftTotals;
    QHash<QString, Decimal> balanceBefore;
    for (const QJsonValue &c : all) {
        const QString id = c.toObject().value(QStringLiteral("id")).toString();
        for (const MetronomeInvoice &i : invoicesOf(id)) {
            if (i.status == QLatin1String("DRAFT")) {
                draftTotals.insert(i.id, i.total);
            }
        }
        const QHash<QString, Decimal> b = balances(id);
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            balanceBefore.insert(it.key(), it.value());
        }
    }

    // Advance with the one-shot command first (it works on the stored state), then by the
    // admin endpoint until a billing period closes.
    QProcess command;
    command.start(SandboxProcess::executable(), {QStringLiteral("next-day"), QStringLiteral("--customers"),
                                                 QStringLiteral("40"), QStringLiteral("--data"), dir.path()});
    ASSERT_TRUE(command.waitForFinished(60000));
    EXPECT_EQ(command.exitCode(), 0) << command.readAllStandardError().constData();
    const QJsonObject commandReport = QJsonDocument::fromJson(command.readAllStandardOutput()).object();
    EXPECT_EQ(commandReport.value(QStringLiteral("today")).toString(), QStringLiteral("2025-05-15"));

    QJsonObject report;
    QStringList renamed;
    QStringList created;
    QStringList voided;
    for (int day = 0; day < 31; ++day) {
        report = sandbox.adminPost(QStringLiteral("/metronome/next-day")).object();
        for (const QJsonValue &r : report.value(QStringLiteral("renamed")).toArray()) {
            renamed.append(r.toObject().value(QStringLiteral("id")).toString());
        }
        for (const QJsonValue &c : report.value(QStringLiteral("created")).toArray()) {
            created.append(c.toString());
        }
        for (const QJsonValue &v : report.value(QStringLiteral("voided_invoices")).toArray()) {
            voided.append(v.toString());
        }
        if (!report.value(QStringLiteral("finalized_invoices")).toArray().isEmpty()) {
            break;
        }
    }
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    ASSERT_FALSE(report.value(QStringLiteral("finalized_invoices")).toArray().isEmpty());
    EXPECT_EQ(counts.value(QStringLiteral("finalized_invoices")).toInt(),
              report.value(QStringLiteral("finalized_invoices")).toArray().size());
    EXPECT_GE(counts.value(QStringLiteral("new_draft_invoices")).toInt(), 1);
    EXPECT_GT(counts.value(QStringLiteral("draft_invoices_updated")).toInt(), 0);
    EXPECT_GT(counts.value(QStringLiteral("commitments_burned")).toInt(), 0);
    ASSERT_FALSE(renamed.isEmpty());
    ASSERT_FALSE(created.isEmpty());
    ASSERT_FALSE(voided.isEmpty());

    // The client sees each change.
    const QString renamedId = renamed.constLast();
    const QJsonObject truth = sandbox.adminGet(QStringLiteral("/metronome/customers/") + renamedId).object();
    EXPECT_EQ(customer(renamedId).name, truth.value(QStringLiteral("name")).toString());
    const MetronomeCustomer fresh = customer(created.constLast());
    EXPECT_EQ(fresh.id, created.constLast());
    EXPECT_TRUE(fresh.createdAt.isValid());

    int finalizedSeen = 0;
    int newDraftsSeen = 0;
    int voidSeen = 0;
    int draftsChanged = 0;
    int balancesBurned = 0;
    const QSet<QString> finalized = [&]() {
        QSet<QString> s;
        for (const QJsonValue &v : report.value(QStringLiteral("finalized_invoices")).toArray()) {
            s.insert(v.toString());
        }
        return s;
    }();
    const QJsonArray after = sandbox.adminGet(QStringLiteral("/metronome/customers"))
                                 .object()
                                 .value(QStringLiteral("data"))
                                 .toArray();
    for (const QJsonValue &c : after) {
        const QString id = c.toObject().value(QStringLiteral("id")).toString();
        const QList<MetronomeInvoice> invoices = invoicesOf(id);
        for (const MetronomeInvoice &i : invoices) {
            if (finalized.contains(i.id)) {
                EXPECT_EQ(i.status, QStringLiteral("FINALIZED"));
                EXPECT_TRUE(i.issuedAt.isValid());
                ++finalizedSeen;
            }
            if (voided.contains(i.id)) {
                EXPECT_EQ(i.status, QStringLiteral("VOID"));
                ++voidSeen;
            }
            if (i.status == QLatin1String("DRAFT") && !draftTotals.contains(i.id)) {
                ++newDraftsSeen;
            }
            if (i.status == QLatin1String("DRAFT") && draftTotals.contains(i.id) &&
                draftTotals.value(i.id) != i.total) {
                ++draftsChanged;
            }
        }
        const QHash<QString, Decimal> b = balances(id);
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            if (balanceBefore.contains(it.key()) && it.value() < balanceBefore.value(it.key())) {
                ++balancesBurned;
            }
        }
    }
    EXPECT_EQ(finalizedSeen, finalized.size());
    EXPECT_EQ(voidSeen, voided.size());
    EXPECT_GE(newDraftsSeen, 1);
    EXPECT_GT(draftsChanged, 0);
    EXPECT_GT(balancesBurned, 0);

    // Usage of the day that just ended is there now.
    const QDateTime today = QDateTime::fromString(
        report.value(QStringLiteral("today")).toString() + QStringLiteral("T00:00:00Z"), Qt::ISODate);
    QString withUsage;
    for (const QJsonValue &c : all) {
        const QJsonObject t = sandbox
                                  .adminGet(QStringLiteral("/metronome/customers/") +
                                            c.toObject().value(QStringLiteral("id")).toString())
                                  .object();
        if (!t.value(QStringLiteral("archived")).toBool() &&
            t.value(QStringLiteral("usage_days")).toInt() > 0) {
            withUsage = t.value(QStringLiteral("id")).toString();
            break;
        }
    }
    ASSERT_FALSE(withUsage.isEmpty());
    MetronomeUsageQuery usage;
    usage.customerIds = {withUsage};
    usage.startingOn = today.addDays(-1);
    usage.endingBefore = today;
    QList<MetronomeUsage> rows;
    bool done = false;
    client.listDailyUsage(
        usage, &context, [&](const QList<MetronomeUsage> &page) { rows += page; },
        [&](const MetronomeError &) { done = true; });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done; }));
    EXPECT_EQ(rows.size(), 4);
}
