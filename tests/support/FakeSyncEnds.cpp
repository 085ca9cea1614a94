#include "FakeSyncEnds.h"

#include "package/PackageObject.h"

void FakeSourceReader::start(const Options &options)
{
    lastOptions = options;
    startedOn = QThread::currentThread();
    m_cancelled = false;
    m_pages.clear();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!options.sources.isEmpty() && !options.sources.contains(it.key())) {
            continue;
        }
        QList<QVariantHash> rows;
        for (const QVariantHash &row : it.value()) {
            const QString customer = row.value(QStringLiteral("customer_id")).toString();
            if (!options.onlyCustomers.isEmpty() && !customer.isEmpty() &&
                !options.onlyCustomers.contains(customer)) {
                continue;
            }
            if (options.scope == Sync::Scope::LinkedOnly && row.contains(QStringLiteral("account_id")) &&
                row.value(QStringLiteral("account_id")).toString().isEmpty()) {
                continue;
            }
            rows.append(row);
        }
        for (int i = 0; i < rows.size(); i += pageSize) {
            m_pages.append({it.key(), rows.mid(i, pageSize)});
        }
    }
    QTimer::singleShot(0, this, &FakeSourceReader::emitNext);
}

void FakeSourceReader::emitNext()
{
    if (m_cancelled) {
        return;
    }
    if (m_pages.isEmpty()) {
        emit finished(!failWith, failMessage);
        return;
    }
    ++m_calls;
    const auto page = m_pages.takeFirst();
    emit rows(page.first, page.second);
    QTimer::singleShot(0, this, &FakeSourceReader::emitNext);
}

void FakeRecordLoader::prepare(const QList<const PackageObject *> &,
                               std::function<void(bool, const QString &)> done)
{
    m_cancelled = false; // a new run
    const QString error = prepareError;
    QTimer::singleShot(0, this, [done, error]() { done(error.isEmpty(), error); });
}

void FakeRecordLoader::upsert(const PackageObject &object, const QList<MappedRecord> &records, Method method,
                              Done done)
{
    ++writes;
    writtenOn = QThread::currentThread();
    ++writesByObject[object.name];
    methodsUsed[object.name] =
        method == Method::Bulk ? QStringLiteral("bulk") : QStringLiteral("collections");
    ++m_inFlight;
    maxInFlightSeen = std::max(maxInFlightSeen, m_inFlight);
    const bool fatal = fatalOnNextCall;
    fatalOnNextCall = false;
    QList<RowResult> results;
    if (!fatal) {
        for (const MappedRecord &record : records) {
            RowResult r;
            r.externalId = record.externalId;
            if (failWith.contains(record.externalId)) {
                const Failure &f = failWith[record.externalId];
                r.success = false;
                r.statusCode = f.code;
                r.message = f.message;
                r.fields = f.fields;
                r.recordId = f.recordId;
            } else if (failKeys.contains(record.externalId)) {
                r.success = false;
                r.statusCode = failCode;
                r.message = QStringLiteral("rejected by a validation rule");
            } else {
                r.success = true;
                r.created = !org[object.name].contains(record.externalId);
                r.recordId = QStringLiteral("a0X%1").arg(qHash(record.externalId) % 1000000000, 15, 10,
                                                         QLatin1Char('0'));
                org[object.name].insert(record.externalId, record.fields);
            }
            results.append(r);
        }
    }
    if (apiMax > 0) {
        emit apiUsage(apiUsedStart + writes + 1, apiMax);
    }
    const int generation = m_generation;
    QTimer::singleShot(delayMs, this, [this, done, results, fatal, generation]() {
        --m_inFlight;
        if (m_cancelled || generation != m_generation) {
            return;
        }
        Fatal f;
        f.happened = fatal;
        f.message =
            fatal ? QStringLiteral("REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.") : QString();
        done(results, f);
    });
}
