#include "salesforce/SalesforceBulkJob.h"

#include "logging/LogCategories.h"
#include "net/HttpExchange.h"
#include "salesforce/BulkCsv.h"
#include "salesforce/SalesforceClient.h"
#include "util/FailPoints.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace {

enum ResultKind
{
    Successful,
    Failed,
    Unprocessed
};

SalesforceRecordResult::Error rowError(const QString &code, const QString &message)
{
    SalesforceRecordResult::Error e;
    e.statusCode = code;
    e.message = message;
    return e;
}

} // namespace

SalesforceBulkJob::SalesforceBulkJob(SalesforceClient *client, const QString &object, const QString &extField,
                                     const QList<QJsonObject> &records, QObject *parent)
    : SalesforceBulkJob(client, object, extField, parent)
{
    append(records);
}

SalesforceBulkJob::SalesforceBulkJob(SalesforceClient *client, const QString &object, const QString &extField,
                                     QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
    , m_object(object)
    , m_extField(extField)
{}

void SalesforceBulkJob::append(const QList<QJsonObject> &records)
{
    if (records.isEmpty()) {
        return;
    }
    const int before = static_cast<int>(m_columns.size());
    const QStringList columns = BulkCsv::columnsFor(records);
    if (m_columns.isEmpty()) {
        m_columns = columns;
        if (!m_columns.contains(m_extField)) {
            m_columns.prepend(m_extField);
        }
    } else {
        for (const QString &column : columns) {
            if (!m_columns.contains(column)) {
                m_columns.append(column);
            }
        }
    }
    if (m_columns.size() != before) {
        m_widths.append({static_cast<int>(m_lineEnds.size()), static_cast<int>(m_columns.size())});
    }
    m_results.reserve(m_results.size() + records.size());
    m_reported.reserve(m_reported.size() + records.size());
    m_lineEnds.reserve(m_lineEnds.size() + records.size());
    for (const QJsonObject &record : records) {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (c > 0) {
                m_lines += ',';
            }
            m_lines += BulkCsv::quote(BulkCsv::valueFor(record, m_columns.at(c)));
        }
        m_lines += '\n';
        m_lineEnds.append(m_lines.size());
        SalesforceRecordResult result;
        result.externalId = BulkCsv::valueFor(record, m_extField);
        m_results.append(result);
        m_reported.append(false);
    }
}

SalesforceBulkJob::~SalesforceBulkJob() = default;

QString SalesforceBulkJob::path(const QString &suffix) const
{
    return m_client->dataPath() + QStringLiteral("/jobs/ingest") +
           (m_jobId.isEmpty() ? QString() : QLatin1Char('/') + m_jobId) + suffix;
}

void SalesforceBulkJob::start()
{
    m_lines.squeeze();
    m_pending.clear();
    m_pending.reserve(m_lineEnds.size());
    for (int i = 0; i < m_lineEnds.size(); ++i) {
        m_pending.append(i);
    }
    if (m_pending.isEmpty()) {
        QTimer::singleShot(0, this, [this]() { finish(); });
        return;
    }
    startRound();
}

QByteArray SalesforceBulkJob::header() const
{
    QByteArray header;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i > 0) {
            header += ',';
        }
        header += BulkCsv::quote(m_columns.at(i));
    }
    header += '\n';
    return header;
}

int SalesforceBulkJob::missingColumns(int row) const
{
    int width = 0;
    for (const Width &w : m_widths) {
        if (w.firstRow > row) {
            break;
        }
        width = w.columns;
    }
    return static_cast<int>(m_columns.size()) - width;
}

void SalesforceBulkJob::startRound()
{
    // Split the rows into jobs of at most m_maxBytes of CSV each; a part's CSV is only built
    // when it is uploaded, so the rows are in memory once.
    m_parts.clear();
    m_partIndex = 0;
    const qsizetype headerBytes = header().size();
    Part part;
    part.bytes = headerBytes;
    for (int row : std::as_const(m_pending)) {
        const qsizetype begin = row == 0 ? 0 : m_lineEnds.at(row - 1);
        const qsizetype bytes = m_lineEnds.at(row) - begin + missingColumns(row);
        if (!part.rows.isEmpty() && part.bytes + bytes > m_maxBytes) {
            m_parts.append(part);
            part = Part();
            part.bytes = headerBytes;
        }
        part.bytes += bytes;
        part.rows.append(row);
        m_reported[row] = false;
    }
    m_parts.append(part);
    runPart();
}

QByteArray SalesforceBulkJob::partCsv() const
{
    const Part &part = m_parts.at(m_partIndex);
    QByteArray csv;
    csv.reserve(part.bytes);
    csv += header();
    for (int row : part.rows) {
        const qsizetype begin = row == 0 ? 0 : m_lineEnds.at(row - 1);
        const QByteArrayView line = QByteArrayView(m_lines).sliced(begin, m_lineEnds.at(row) - begin);
        const int missing = missingColumns(row);
        if (missing == 0) {
            csv += line;
        } else {
            csv += line.chopped(1);
            csv += QByteArray(missing, ',');
            csv += '\n';
        }
    }
    return csv;
}

void SalesforceBulkJob::runPart()
{
    m_jobId.clear();
    m_state.clear();
    m_jobErrorMessage.clear();
    createJob();
}

void SalesforceBulkJob::createJob()
{
    if (!m_client) {
        return;
    }
    const QJsonObject body{{QStringLiteral("object"), m_object},
                           {QStringLiteral("operation"), QStringLiteral("upsert")},
                           {QStringLiteral("externalIdFieldName"), m_extField},
                           {QStringLiteral("contentType"), QStringLiteral("CSV")},
                           {QStringLiteral("lineEnding"), QStringLiteral("LF")},
                           {QStringLiteral("columnDelimiter"), QStringLiteral("COMMA")}};
    HttpRequest request =
        m_client->jsonRequest("POST", path(), body, QStringLiteral("salesforce.bulk.create"));
    request.idempotent = false;
    const quint64 token = m_token;
    m_client->send(request, this, [this, token](const SalesforceError &error, const HttpResponse &response) {
        if (stale(token)) {
            return;
        }
        if (error) {
            if (!restartPart(error)) {
                fail(error);
            }
            return;
        }
        const QJsonObject info = QJsonDocument::fromJson(response.body).object();
        m_jobId = info.value(QStringLiteral("id")).toString();
        if (m_jobId.isEmpty()) {
            fail(SalesforceError(SalesforceError::Kind::Protocol, tr("The new Bulk job has no id.")));
            return;
        }
        m_jobIds.append(m_jobId);
        m_state = info.value(QStringLiteral("state")).toString();
        qCInfo(lcSalesforce).noquote() << "bulk job" << m_jobId << "for" << m_object << "with"
                                       << m_parts.at(m_partIndex).rows.size() << "rows";
        emit jobCreated(m_jobId);
        emit stateChanged(m_state);
        upload();
    });
}

void SalesforceBulkJob::upload()
{
    HttpRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.url = QUrl(path(QStringLiteral("/batches")));
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/csv")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = partCsv();
    request.idempotent = false;
    request.label = QStringLiteral("salesforce.bulk.upload");
    const quint64 token = m_token;
    m_client->send(request, this, [this, token](const SalesforceError &error, const HttpResponse &) {
        if (stale(token)) {
            return;
        }
        if (error) {
            if (!restartPart(error)) {
                fail(error);
            }
            return;
        }
        m_partRestarts = 0;
        // The CSV is on the server now; the request (and its copy of it) is gone.
        emit uploaded(m_parts.at(m_partIndex).bytes);
        closeJob();
    });
}

void SalesforceBulkJob::closeJob()
{
    FailPoints::hit("bulk.uploaded"); // the data is up, the job not yet closed
    HttpRequest request = m_client->jsonRequest(
        "PATCH", path(), QJsonObject{{QStringLiteral("state"), QStringLiteral("UploadComplete")}},
        QStringLiteral("salesforce.bulk.close"));
    const quint64 token = m_token;
    m_client->send(request, this, [this, token](const SalesforceError &error, const HttpResponse &response) {
        if (stale(token)) {
            return;
        }
        if (error) {
            fail(error);
            return;
        }
        m_state = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("state")).toString();
        emit stateChanged(m_state);
        m_pollDelayMs = m_client->bulkPollInitialMs();
        schedulePoll();
    });
}

void SalesforceBulkJob::schedulePoll()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SalesforceBulkJob::poll);
    }
    m_timer->start(m_pollDelayMs);
    m_pollDelayMs =
        std::min(m_client->bulkPollMaxMs(), static_cast<int>(m_pollDelayMs * m_client->bulkPollFactor()));
}

void SalesforceBulkJob::poll()
{
    FailPoints::hit("bulk.poll");
    if (!m_client || m_cancelled) {
        return;
    }
    const quint64 token = m_token;
    m_client->send(
        m_client->jsonRequest("GET", path(), QJsonValue::Undefined, QStringLiteral("salesforce.bulk.poll")),
        this, [this, token](const SalesforceError &error, const HttpResponse &response) {
            if (stale(token)) {
                return;
            }
            if (error) {
                fail(error);
                return;
            }
            const QJsonObject info = QJsonDocument::fromJson(response.body).object();
            const QString state = info.value(QStringLiteral("state")).toString();
            if (state != m_state) {
                m_state = state;
                emit stateChanged(state);
            }
            emit progress(
                static_cast<qint64>(info.value(QStringLiteral("numberRecordsProcessed")).toDouble()),
                static_cast<qint64>(info.value(QStringLiteral("numberRecordsFailed")).toDouble()),
                m_parts.at(m_partIndex).rows.size());
            if (state == QLatin1String("JobComplete") || state == QLatin1String("Failed")) {
                m_jobErrorMessage = info.value(QStringLiteral("errorMessage")).toString();
                fetchResults();
            } else if (state == QLatin1String("Aborted")) {
                m_jobErrorMessage = tr("The job was aborted in Salesforce.");
                fetchResults();
            } else if (state == QLatin1String("Open") || state == QLatin1String("UploadComplete") ||
                       state == QLatin1String("InProgress")) {
                schedulePoll();
            } else {
                fail(SalesforceError(SalesforceError::Kind::Protocol,
                                     tr("The Bulk job is in an unknown state \"%1\".").arg(state)));
            }
        });
}

void SalesforceBulkJob::fetchResults()
{
    static const char *const suffixes[] = {"/successfulResults", "/failedResults", "/unprocessedrecords"};
    m_resultsPending = 3;
    const quint64 token = m_token;
    for (int kind = 0; kind < 3; ++kind) {
        HttpRequest request;
        request.url = QUrl(path(QString::fromLatin1(suffixes[kind])));
        request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")}};
        request.label = QStringLiteral("salesforce.bulk.results");
        m_client->send(request, this,
                       [this, token, kind](const SalesforceError &error, const HttpResponse &response) {
                           if (stale(token)) {
                               return;
                           }
                           if (error) {
                               fail(error);
                               return;
                           }
                           absorb(response.body, kind);
                           if (--m_resultsPending == 0) {
                               partDone();
                           }
                       });
    }
}

void SalesforceBulkJob::absorb(const QByteArray &csv, int kind)
{
    if (csv.trimmed().isEmpty()) {
        return; // no rows of this kind (some orgs send no header either)
    }
    // Rows come back in any order: match them by external ID. Equal keys (which Salesforce
    // rejects as duplicates anyway) are handed out in input order.
    QHash<QString, QList<int>> byKey;
    byKey.reserve(m_parts.at(m_partIndex).rows.size());
    for (int row : std::as_const(m_parts.at(m_partIndex).rows)) {
        if (!m_reported.at(row)) {
            byKey[m_results.at(row).externalId].append(row);
        }
    }
    // Read row by row: a result file echoes every column, so keeping it parsed would cost
    // kilobytes a row.
    QStringList header;
    int extColumn = -1;
    bool headerChecked = false;
    QString problem;
    const bool parsed = BulkCsv::parse(
        csv, &header,
        [&](const QStringList &values, QByteArrayView) {
            if (!headerChecked) {
                headerChecked = true;
                for (int i = 0; i < header.size(); ++i) {
                    if (header.at(i).compare(m_extField, Qt::CaseInsensitive) == 0) {
                        extColumn = i;
                        break;
                    }
                }
            }
            if (extColumn < 0) {
                return;
            }
            const QString &key = values.at(extColumn);
            auto it = byKey.find(key);
            if (it == byKey.end() || it->isEmpty()) {
                qCWarning(lcSalesforce).noquote() << "bulk result row matches no uploaded row:" << key;
                return;
            }
            const int row = it->takeFirst();
            SalesforceRecordResult &result = m_results[row];
            m_reported[row] = true;
            result.errors.clear();
            switch (kind) {
            case Successful:
                result.success = true;
                result.id = values.value(0);
                result.created = values.value(1).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                break;
            case Failed:
                result.success = false;
                result.created = false;
                result.id = values.value(0);
                result.errors.append(SalesforceRecordResult::Error::fromBulkText(values.value(1)));
                break;
            default:
                result.success = false;
                result.errors.append(
                    rowError(QStringLiteral("NOT_PROCESSED"),
                             m_jobErrorMessage.isEmpty()
                                 ? tr("Salesforce did not process this row.")
                                 : tr("Salesforce did not process this row: %1").arg(m_jobErrorMessage)));
            }
        },
        &problem);
    if (!parsed) {
        qCWarning(lcSalesforce).noquote() << "unreadable bulk results of job" << m_jobId << ":" << problem;
        if (!m_error) {
            m_error = SalesforceError(SalesforceError::Kind::Protocol, problem);
        }
        return;
    }
    if (extColumn < 0 && !header.isEmpty()) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).compare(m_extField, Qt::CaseInsensitive) == 0) {
                extColumn = i;
            }
        }
        if (extColumn < 0 && !m_error) {
            m_error =
                SalesforceError(SalesforceError::Kind::Protocol,
                                tr("The Bulk results have no %1 column to match rows by.").arg(m_extField));
        }
    }
}

void SalesforceBulkJob::partDone()
{
    for (int row : std::as_const(m_parts.at(m_partIndex).rows)) {
        if (!m_reported.at(row)) {
            SalesforceRecordResult &result = m_results[row];
            result.success = false;
            result.errors = {rowError(QStringLiteral("NOT_REPORTED"),
                                      tr("Salesforce did not report a result for this row."))};
            m_reported[row] = true;
        }
    }
    if (m_state == QLatin1String("Failed") || m_state == QLatin1String("Aborted")) {
        if (!m_error) {
            m_error = SalesforceError(SalesforceError::Kind::BulkJobFailed,
                                      m_jobErrorMessage.isEmpty() ? m_state : m_jobErrorMessage);
        }
    }
    ++m_partIndex;
    if (m_partIndex < m_parts.size()) {
        runPart();
        return;
    }
    finishRound();
}

void SalesforceBulkJob::finishRound()
{
    QList<int> locked;
    for (int row : std::as_const(m_pending)) {
        if (!m_results.at(row).success &&
            m_results.at(row).hasStatusCode(QStringLiteral("UNABLE_TO_LOCK_ROW"))) {
            locked.append(row);
        }
    }
    const RetryPolicy &policy = m_client->lockRetryPolicy();
    if (locked.isEmpty() || m_round >= policy.maxRetries || m_cancelled) {
        finish();
        return;
    }
    ++m_round;
    const int delay =
        policy.backoffMs(m_round, []() { return QRandomGenerator::global()->generateDouble(); });
    qCInfo(lcSalesforce) << "resubmitting" << locked.size() << m_object
                         << "row(s) after UNABLE_TO_LOCK_ROW in a"
                         << "follow-up job, round" << m_round << "in" << delay << "ms";
    emit m_client->lockRetryScheduled(m_object, static_cast<int>(locked.size()), m_round, delay);
    m_pending = locked;
    const quint64 token = m_token;
    QTimer::singleShot(delay, this, [this, token]() {
        if (!stale(token)) {
            startRound();
        }
    });
}

void SalesforceBulkJob::fail(const SalesforceError &error)
{
    m_error = error;
    const QString code =
        error.errorCode().isEmpty() ? SalesforceError::kindName(error.kind()).toUpper() : error.errorCode();
    // Rows without an answer carry the job's error; rows already answered keep theirs.
    for (int i = 0; i < m_results.size(); ++i) {
        if (!m_reported.at(i)) {
            SalesforceRecordResult &result = m_results[i];
            result.success = false;
            result.errors = {rowError(code, error.message())};
            m_reported[i] = true;
        }
    }
    finish();
}

bool SalesforceBulkJob::restartPart(const SalesforceError &error)
{
    // Creating a job and uploading its data are not repeated by the transport (a POST that
    // may have worked is not safe to send twice). But Salesforce only processes a job once it
    // is closed (UploadComplete), so a job that failed before that changes nothing: the part
    // can go again in a new job, and the half-made one is aborted.
    const int status = error.httpStatus();
    const bool transient = error.kind() == SalesforceError::Kind::Network || status == 500 || status == 502 ||
                           status == 503 || status == 504;
    constexpr int MaxRestarts = 3;
    if (!transient || m_cancelled || !m_client || m_partRestarts >= MaxRestarts) {
        return false;
    }
    ++m_partRestarts;
    if (!m_jobId.isEmpty()) {
        m_client->send(m_client->jsonRequest(
                           "PATCH", path(), QJsonObject{{QStringLiteral("state"), QStringLiteral("Aborted")}},
                           QStringLiteral("salesforce.bulk.abort")),
                       this, [](const SalesforceError &, const HttpResponse &) {});
    }
    const int delayMs = 500 << (m_partRestarts - 1);
    qCInfo(lcSalesforce).noquote() << "bulk job for" << m_object << "failed before it was closed ("
                                   << error.message() << "); starting the part again in" << delayMs << "ms";
    const quint64 token = m_token;
    QTimer::singleShot(delayMs, this, [this, token]() {
        if (!stale(token)) {
            runPart();
        }
    });
    return true;
}

void SalesforceBulkJob::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    ++m_token;
    if (m_timer) {
        m_timer->stop();
    }
    fail(SalesforceError(SalesforceError::Kind::Cancelled, tr("Cancelled.")));
}

void SalesforceBulkJob::abort()
{
    if (m_finished) {
        return;
    }
    const QString jobId = m_jobId;
    const bool open = !jobId.isEmpty() && m_state != QLatin1String("JobComplete") &&
                      m_state != QLatin1String("Failed") && m_state != QLatin1String("Aborted");
    ++m_token;
    if (m_timer) {
        m_timer->stop();
    }
    if (!open || !m_client) {
        cancel();
        return;
    }
    const quint64 token = m_token;
    HttpRequest request = m_client->jsonRequest(
        "PATCH", path(), QJsonObject{{QStringLiteral("state"), QStringLiteral("Aborted")}},
        QStringLiteral("salesforce.bulk.abort"));
    m_client->send(request, this, [this, token](const SalesforceError &error, const HttpResponse &response) {
        if (m_cancelled || token != m_token) {
            return;
        }
        if (!error) {
            m_state =
                QJsonDocument::fromJson(response.body).object().value(QStringLiteral("state")).toString();
            emit stateChanged(m_state);
        }
        cancel();
    });
}

void SalesforceBulkJob::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_timer) {
        m_timer->stop();
    }
    emit finished();
}
