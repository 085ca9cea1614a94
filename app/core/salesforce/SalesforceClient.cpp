#include "salesforce/SalesforceClient.h"

#include "logging/LogCategories.h"
#include "net/HttpExchange.h"
#include "net/HttpTransport.h"
#include "salesforce/SalesforceBulkJob.h"
#include "salesforce/SalesforceSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QVersionNumber>

namespace {

// Calls `done` unless the caller's context died meanwhile.
template<typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> done)
{
    return [guard = QPointer<QObject>(context), hasContext = context != nullptr,
            done = std::move(done)](Args... args) {
        if (!hasContext || guard) {
            done(args...);
        }
    };
}

QString extValueOf(const QJsonObject &record, const QString &extField)
{
    const QJsonValue v = record.value(extField);
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 17);
    }
    return v.toString();
}

SalesforceRecordResult failedRow(const QString &externalId, const SalesforceError &error)
{
    SalesforceRecordResult r;
    r.externalId = externalId;
    r.success = false;
    SalesforceRecordResult::Error e;
    e.statusCode =
        error.errorCode().isEmpty() ? SalesforceError::kindName(error.kind()).toUpper() : error.errorCode();
    e.message = error.message();
    e.fields = error.fields();
    r.errors.append(e);
    return r;
}

} // namespace

struct SalesforceClient::CollectionChunk
{
    QString object;
    QString extField;
    bool allOrNone = false;
    QList<QJsonObject> records;         // this chunk's records
    QList<int> inputIndex;              // their index in the caller's list
    QList<SalesforceRecordResult> *out; // shared results of the whole call
    QList<int> pending;                 // chunk positions still to send
    int round = 0;
    quint64 generation = 0;
    std::function<void(const SalesforceError &)> finished;
};

SalesforceClient::SalesforceClient(SalesforceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_lockPolicy.maxRetries = 5;
    m_lockPolicy.baseDelayMs = 1000;
    m_lockPolicy.maxDelayMs = 15000;
}

SalesforceClient::~SalesforceClient()
{
    for (const QPointer<SalesforceBulkJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->cancel();
        }
    }
}

QString SalesforceClient::dataPath() const
{
    return QStringLiteral("/services/data/v") + m_apiVersion;
}

void SalesforceClient::setBulkPolling(int initialMs, int maxMs, double factor)
{
    m_pollInitialMs = std::max(1, initialMs);
    m_pollMaxMs = std::max(m_pollInitialMs, maxMs);
    m_pollFactor = std::max(1.0, factor);
}

HttpRequest SalesforceClient::jsonRequest(const QByteArray &method, const QString &path,
                                          const QJsonValue &body, const QString &label) const
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl(path);
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!body.isUndefined()) {
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    request.idempotent = method == "GET" || method == "PATCH" || method == "PUT" || method == "DELETE";
    request.label = label;
    return request;
}

void SalesforceClient::noteResponse(const HttpResponse &response, const SalesforceError &error)
{
    const QByteArray header = response.header(QByteArrayLiteral("Sforce-Limit-Info"));
    if (!header.isEmpty()) {
        const SalesforceLimits::Usage usage = SalesforceLimits::parseHeader(header);
        if (usage.isValid()) {
            const bool changed = usage.used != m_usage.used || usage.max != m_usage.max;
            m_usage = usage;
            if (changed) {
                emit apiUsageChanged(usage.used, usage.max);
            }
        }
    }
    if (error.kind() == SalesforceError::Kind::DailyLimitExceeded) {
        qCWarning(lcSalesforce) << "the org's daily API allocation is used up";
        emit dailyLimitExceeded(error);
    }
}

void SalesforceClient::send(const HttpRequest &request, QObject *context, ResponseDone done)
{
    HttpRequest r = request;
    if (!m_clientName.isEmpty()) {
        r.headers.append({QByteArrayLiteral("Sforce-Call-Options"), "client=" + m_clientName.toUtf8()});
    }
    auto deliver = guarded(context, std::move(done));
    if (!m_session->isSignedIn()) {
        const SalesforceError error(SalesforceError::Kind::NotSignedIn, tr("Not signed in to Salesforce."));
        QTimer::singleShot(0, this, [deliver, error]() { deliver(error, HttpResponse()); });
        return;
    }
    m_session->send(r, this, [this, deliver](const HttpResponse &response) {
        SalesforceError error = SalesforceError::fromResponse(response);
        noteResponse(response, error);
        deliver(error, response);
    });
}

void SalesforceClient::checkApiVersion(QObject *context, VersionsDone done)
{
    HttpRequest request = jsonRequest("GET", QStringLiteral("/services/data"), QJsonValue::Undefined,
                                      QStringLiteral("salesforce.versions"));
    send(request, context, [this, done](const SalesforceError &error, const HttpResponse &response) {
        if (error) {
            done(error, {}, {});
            return;
        }
        const QJsonArray list = QJsonDocument::fromJson(response.body).array();
        QStringList versions;
        QVersionNumber newest;
        QString newestText;
        for (const QJsonValue &v : list) {
            const QString version = v.toObject().value(QStringLiteral("version")).toString();
            versions.append(version);
            const QVersionNumber n = QVersionNumber::fromString(version);
            if (n > newest) {
                newest = n;
                newestText = version;
            }
        }
        if (versions.isEmpty()) {
            done(SalesforceError(SalesforceError::Kind::Protocol, tr("The version list is empty.")), versions,
                 newestText);
            return;
        }
        if (!versions.contains(m_apiVersion)) {
            done(SalesforceError(SalesforceError::Kind::UnsupportedApiVersion, m_apiVersion), versions,
                 newestText);
            return;
        }
        done(SalesforceError(), versions, newestText);
    });
}

void SalesforceClient::describeGlobal(QObject *context, GlobalDone done)
{
    send(jsonRequest("GET", dataPath() + QStringLiteral("/sobjects"), QJsonValue::Undefined,
                     QStringLiteral("salesforce.describeGlobal")),
         context, [done](const SalesforceError &error, const HttpResponse &response) {
             if (error) {
                 done(error, {});
                 return;
             }
             const QJsonDocument doc = QJsonDocument::fromJson(response.body);
             if (!doc.isObject()) {
                 done(SalesforceError(SalesforceError::Kind::Protocol, tr("describeGlobal is not JSON.")),
                      {});
                 return;
             }
             done(SalesforceError(), SObjectDescribe::fromGlobalJson(doc.object()));
         });
}

void SalesforceClient::describe(const QString &object, QObject *context, DescribeDone done)
{
    const QString key = object.toLower();
    auto cached = m_describeCache.constFind(key);
    if (cached != m_describeCache.constEnd()) {
        const SObjectDescribe d = cached.value();
        auto deliver = guarded(context, std::move(done));
        QTimer::singleShot(0, this, [deliver, d]() { deliver(SalesforceError(), d); });
        return;
    }
    send(jsonRequest("GET", dataPath() + QStringLiteral("/sobjects/%1/describe").arg(object),
                     QJsonValue::Undefined, QStringLiteral("salesforce.describe")),
         context, [this, key, done](const SalesforceError &error, const HttpResponse &response) {
             if (error) {
                 done(error, SObjectDescribe());
                 return;
             }
             const QJsonDocument doc = QJsonDocument::fromJson(response.body);
             if (!doc.isObject()) {
                 done(SalesforceError(SalesforceError::Kind::Protocol, tr("describe is not JSON.")), {});
                 return;
             }
             const SObjectDescribe d = SObjectDescribe::fromJson(doc.object());
             m_describeCache.insert(key, d);
             done(SalesforceError(), d);
         });
}

void SalesforceClient::limits(QObject *context, LimitsDone done)
{
    send(jsonRequest("GET", dataPath() + QStringLiteral("/limits"), QJsonValue::Undefined,
                     QStringLiteral("salesforce.limits")),
         context, [done](const SalesforceError &error, const HttpResponse &response) {
             if (error) {
                 done(error, {});
                 return;
             }
             done(SalesforceError(),
                  SalesforceLimits::parseLimits(QJsonDocument::fromJson(response.body).object()));
         });
}

void SalesforceClient::checkPackage(const PackageDefinition &definition, QObject *context, CheckDone done)
{
    auto deliver = guarded(context, std::move(done));
    describeGlobal(this, [this, definition, deliver](const SalesforceError &error,
                                                     const QList<SObjectDescribe> &global) {
        if (error) {
            deliver(error, {});
            return;
        }
        QSet<QString> present;
        for (const SObjectDescribe &o : global) {
            present.insert(o.name.toLower());
        }
        QStringList wanted;
        for (const PackageObject &o : definition.objects()) {
            if (present.contains(o.name.toLower())) {
                wanted.append(o.name);
            }
        }
        auto describes = std::make_shared<QHash<QString, SObjectDescribe>>();
        auto remaining = std::make_shared<int>(static_cast<int>(wanted.size()));
        auto failure = std::make_shared<SalesforceError>();
        if (wanted.isEmpty()) {
            deliver(SalesforceError(), SalesforcePackageCheck::check(definition, global, *describes));
            return;
        }
        for (const QString &name : std::as_const(wanted)) {
            describe(name, this,
                     [definition, global, describes, remaining, failure, deliver](const SalesforceError &e,
                                                                                  const SObjectDescribe &d) {
                         if (e && !*failure) {
                             *failure = e;
                         } else if (!e) {
                             describes->insert(d.name.toLower(), d);
                         }
                         if (--*remaining == 0) {
                             if (*failure) {
                                 deliver(*failure, {});
                             } else {
                                 deliver(SalesforceError(),
                                         SalesforcePackageCheck::check(definition, global, *describes));
                             }
                         }
                     });
        }
    });
}

void SalesforceClient::upsert(const QString &object, const QString &extField, const QString &extValue,
                              const QJsonObject &fields, QObject *context, RecordDone done)
{
    QJsonObject body = fields;
    body.remove(extField); // the value travels in the URL
    body.remove(QStringLiteral("attributes"));
    const QString path =
        dataPath() + QStringLiteral("/sobjects/%1/%2/%3")
                         .arg(object, extField, QString::fromUtf8(QUrl::toPercentEncoding(extValue)));
    HttpRequest request = jsonRequest("PATCH", path, body, QStringLiteral("salesforce.upsert"));
    request.url = QUrl::fromEncoded(path.toUtf8());
    send(request, context, [extValue, done](const SalesforceError &error, const HttpResponse &response) {
        if (error) {
            done(error, failedRow(extValue, error));
            return;
        }
        SalesforceRecordResult result;
        if (response.status == 204) {
            result.success = true; // an update before API 46.0: no body
        } else {
            result = SalesforceRecordResult::fromJson(QJsonDocument::fromJson(response.body).object());
            result.created = response.status == 201 || result.created;
        }
        result.externalId = extValue;
        done(SalesforceError(), result);
    });
}

void SalesforceClient::upsertCollection(const QString &object, const QString &extField,
                                        const QList<QJsonObject> &records, bool allOrNone, QObject *context,
                                        RecordsDone done)
{
    auto deliver = guarded(context, std::move(done));
    if (records.isEmpty()) {
        QTimer::singleShot(0, this, [deliver]() { deliver(SalesforceError(), {}); });
        return;
    }
    if (allOrNone && records.size() > MaxCollectionRecords) {
        const SalesforceError error(SalesforceError::Kind::InvalidRequest,
                                    tr("allOrNone covers one request of at most %1 records; %2 were given.")
                                        .arg(MaxCollectionRecords)
                                        .arg(records.size()));
        QList<SalesforceRecordResult> results;
        for (const QJsonObject &r : records) {
            results.append(failedRow(extValueOf(r, extField), error));
        }
        QTimer::singleShot(0, this, [deliver, error, results]() { deliver(error, results); });
        return;
    }

    auto results = std::make_shared<QList<SalesforceRecordResult>>();
    results->reserve(records.size());
    for (const QJsonObject &r : records) {
        SalesforceRecordResult pending;
        pending.externalId = extValueOf(r, extField);
        results->append(pending);
    }
    const int chunkCount =
        static_cast<int>((records.size() + MaxCollectionRecords - 1) / MaxCollectionRecords);
    auto remaining = std::make_shared<int>(chunkCount);
    auto firstError = std::make_shared<SalesforceError>();
    for (int c = 0; c < chunkCount; ++c) {
        auto chunk = std::make_shared<CollectionChunk>();
        chunk->object = object;
        chunk->extField = extField;
        chunk->allOrNone = allOrNone;
        chunk->out = results.get();
        chunk->generation = m_generation;
        const int begin = c * MaxCollectionRecords;
        const int end = std::min<int>(static_cast<int>(records.size()), begin + MaxCollectionRecords);
        for (int i = begin; i < end; ++i) {
            QJsonObject record = records.at(i);
            record.insert(QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), object}});
            chunk->records.append(record);
            chunk->inputIndex.append(i);
            chunk->pending.append(i - begin);
        }
        chunk->finished = [results, remaining, firstError, deliver](const SalesforceError &error) {
            if (error && !*firstError) {
                *firstError = error;
            }
            if (--*remaining == 0) {
                deliver(*firstError, *results);
            }
        };
        runCollectionChunk(chunk);
    }
}

void SalesforceClient::runCollectionChunk(const std::shared_ptr<CollectionChunk> &chunk)
{
    QJsonArray list;
    for (int position : std::as_const(chunk->pending)) {
        list.append(chunk->records.at(position));
    }
    const QJsonObject body{{QStringLiteral("allOrNone"), chunk->allOrNone},
                           {QStringLiteral("records"), list}};
    HttpRequest request = jsonRequest(
        "PATCH", dataPath() + QStringLiteral("/composite/sobjects/%1/%2").arg(chunk->object, chunk->extField),
        body, QStringLiteral("salesforce.collections.upsert"));
    request.idempotent = true; // upsert by external ID
    send(request, this, [this, chunk](const SalesforceError &error, const HttpResponse &response) {
        if (!error) {
            const QJsonDocument doc = QJsonDocument::fromJson(response.body);
            if (!doc.isArray() || doc.array().size() != chunk->pending.size()) {
                const SalesforceError bad(SalesforceError::Kind::Protocol,
                                          tr("The Collections answer does not have one result per record."),
                                          response.status);
                for (int position : std::as_const(chunk->pending)) {
                    const int index = chunk->inputIndex.at(position);
                    (*chunk->out)[index] = failedRow((*chunk->out)[index].externalId, bad);
                }
                chunk->finished(bad);
                return;
            }
            const QJsonArray array = doc.array();
            QList<int> locked;
            bool onlyLockAndRollback = true;
            for (int i = 0; i < chunk->pending.size(); ++i) {
                const int position = chunk->pending.at(i);
                const int index = chunk->inputIndex.at(position);
                SalesforceRecordResult result = SalesforceRecordResult::fromJson(array.at(i).toObject());
                result.externalId = (*chunk->out)[index].externalId;
                if (!result.success) {
                    if (result.hasStatusCode(QStringLiteral("UNABLE_TO_LOCK_ROW"))) {
                        locked.append(position);
                    } else if (!result.hasStatusCode(QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"))) {
                        onlyLockAndRollback = false;
                    }
                }
                (*chunk->out)[index] = result;
            }
            // Resubmit only the rows that lost a lock; with allOrNone the whole chunk was
            // rolled back, so it goes again as long as locks were the only reason.
            QList<int> again;
            if (!locked.isEmpty()) {
                if (!chunk->allOrNone) {
                    again = locked;
                } else if (onlyLockAndRollback) {
                    again = chunk->pending;
                }
            }
            if (!again.isEmpty() && chunk->round < m_lockPolicy.maxRetries &&
                chunk->generation == m_generation) {
                ++chunk->round;
                const int delay = m_lockPolicy.backoffMs(
                    chunk->round, []() { return QRandomGenerator::global()->generateDouble(); });
                qCInfo(lcSalesforce) << "resubmitting" << again.size() << "row(s) of" << chunk->object
                                     << "after UNABLE_TO_LOCK_ROW, round" << chunk->round << "in" << delay
                                     << "ms";
                emit lockRetryScheduled(chunk->object, static_cast<int>(again.size()), chunk->round, delay);
                chunk->pending = again;
                later(delay, [this, chunk]() {
                    if (chunk->generation != m_generation) {
                        const SalesforceError cancelled(SalesforceError::Kind::Cancelled, tr("Cancelled."));
                        for (int position : std::as_const(chunk->pending)) {
                            const int index = chunk->inputIndex.at(position);
                            (*chunk->out)[index] = failedRow((*chunk->out)[index].externalId, cancelled);
                        }
                        chunk->finished(cancelled);
                        return;
                    }
                    runCollectionChunk(chunk);
                });
                return;
            }
            chunk->finished(SalesforceError());
            return;
        }
        for (int position : std::as_const(chunk->pending)) {
            const int index = chunk->inputIndex.at(position);
            (*chunk->out)[index] = failedRow((*chunk->out)[index].externalId, error);
        }
        chunk->finished(error);
    });
}

void SalesforceClient::composite(const QList<SalesforceComposite::Subrequest> &requests, bool allOrNone,
                                 QObject *context, CompositeDone done)
{
    auto deliver = guarded(context, std::move(done));
    if (requests.isEmpty() || requests.size() > SalesforceComposite::MaxSubrequests) {
        const SalesforceError error(SalesforceError::Kind::InvalidRequest,
                                    tr("A Composite request holds 1 to %1 subrequests; %2 were given.")
                                        .arg(SalesforceComposite::MaxSubrequests)
                                        .arg(requests.size()));
        QTimer::singleShot(0, this, [deliver, error]() { deliver(error, {}); });
        return;
    }
    HttpRequest request =
        jsonRequest("POST", dataPath() + QStringLiteral("/composite"),
                    SalesforceComposite::toJson(requests, allOrNone), QStringLiteral("salesforce.composite"));
    bool readOnly = true;
    for (const auto &r : requests) {
        readOnly = readOnly && r.method == "GET";
    }
    request.idempotent = readOnly;
    send(request, this, [deliver](const SalesforceError &error, const HttpResponse &response) {
        if (error) {
            deliver(error, {});
            return;
        }
        deliver(SalesforceError(),
                SalesforceComposite::parse(QJsonDocument::fromJson(response.body).object()));
    });
}

void SalesforceClient::query(const QString &soql, QObject *context, QueryDone done)
{
    queryPages(soql, context, nullptr, std::move(done));
}

void SalesforceClient::queryPages(const QString &soql, QObject *context, QueryPage onPage, QueryDone done)
{
    const QString path =
        dataPath() + QStringLiteral("/query?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql));
    fetchPage(path, context, std::make_shared<QList<QJsonObject>>(), std::move(onPage), std::move(done));
}

void SalesforceClient::fetchPage(const QString &path, QObject *context,
                                 const std::shared_ptr<QList<QJsonObject>> &collected, QueryPage onPage,
                                 QueryDone done)
{
    HttpRequest request =
        jsonRequest("GET", QString(), QJsonValue::Undefined, QStringLiteral("salesforce.query"));
    request.url = QUrl::fromEncoded(path.toUtf8(), QUrl::StrictMode);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    send(request, this,
         [this, guard, hasContext, collected, onPage, done](const SalesforceError &error,
                                                            const HttpResponse &r) {
             if (hasContext && !guard) {
                 return;
             }
             if (error) {
                 done(error, *collected, -1);
                 return;
             }
             const QJsonObject page = QJsonDocument::fromJson(r.body).object();
             if (!page.contains(QStringLiteral("totalSize"))) {
                 done(SalesforceError(SalesforceError::Kind::Protocol,
                                      tr("The query answer is not a result page.")),
                      *collected, -1);
                 return;
             }
             const qint64 total = static_cast<qint64>(page.value(QStringLiteral("totalSize")).toDouble());
             const QJsonArray records = page.value(QStringLiteral("records")).toArray();
             QList<QJsonObject> rows;
             rows.reserve(records.size());
             for (const QJsonValue &v : records) {
                 rows.append(v.toObject());
             }
             bool more = !page.value(QStringLiteral("done")).toBool(true);
             if (onPage) {
                 more = onPage(rows, total) && more;
             } else {
                 collected->append(rows);
             }
             const QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
             if (!more || next.isEmpty()) {
                 done(SalesforceError(), *collected, total);
                 return;
             }
             fetchPage(next, guard.data(), collected, onPage, done);
         });
}

SalesforceBulkJob *SalesforceClient::bulkUpsert(const QString &object, const QString &extField,
                                                const QList<QJsonObject> &records, QObject *context,
                                                RecordsDone done)
{
    SalesforceBulkJob *job = prepareBulkUpsert(object, extField, context, std::move(done));
    job->append(records);
    job->start();
    return job;
}

SalesforceBulkJob *SalesforceClient::prepareBulkUpsert(const QString &object, const QString &extField,
                                                       QObject *context, RecordsDone done)
{
    auto *job = new SalesforceBulkJob(this, object, extField);
    m_jobs.append(job);
    auto deliver = guarded(context, std::move(done));
    connect(job, &SalesforceBulkJob::finished, this, [this, job, deliver]() {
        m_jobs.removeAll(job);
        const SalesforceError error = job->error();
        const QList<SalesforceRecordResult> results = job->results();
        job->deleteLater();
        deliver(error, results);
    });
    return job;
}

void SalesforceClient::later(int ms, std::function<void()> fn)
{
    const quint64 id = ++m_nextDelayed;
    m_delayed.insert(id, std::move(fn));
    QTimer::singleShot(ms, this, [this, id]() {
        const std::function<void()> run = m_delayed.take(id);
        if (run) {
            run();
        }
    });
}

void SalesforceClient::cancelAll()
{
    ++m_generation;
    const QHash<quint64, std::function<void()>> delayed = std::move(m_delayed);
    m_delayed.clear();
    for (const auto &fn : delayed) {
        fn();
    }
    const QList<QPointer<SalesforceBulkJob>> jobs = m_jobs;
    for (const QPointer<SalesforceBulkJob> &job : jobs) {
        if (job) {
            job->cancel();
        }
    }
    m_session->cancelAll();
}
