#pragma once

#include "sync/RecordLoader.h"
#include "sync/SourceReader.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QTimer>

// In-memory stand-ins for Metronome and Salesforce, for engine tests that need exact control.
class FakeSourceReader : public SourceReader
{
    Q_OBJECT

public:
    using SourceReader::SourceReader;

    QHash<QString, QList<QVariantHash>> data; // source -> rows
    int pageSize = 50;
    Options lastOptions;
    QThread *startedOn = nullptr;
    bool failWith = false;
    QString failMessage;

    void start(const Options &options) override;
    void cancel() override { m_cancelled = true; }
    qint64 callCount() const override { return m_calls; }

private:
    void emitNext();
    QList<QPair<QString, QList<QVariantHash>>> m_pages;
    bool m_cancelled = false;
    qint64 m_calls = 0;
};

class FakeRecordLoader : public RecordLoader
{
    Q_OBJECT

public:
    using RecordLoader::RecordLoader;

    // object -> external id -> fields as last written
    QHash<QString, QHash<QString, QJsonObject>> org;
    QSet<QString> failKeys; // external IDs that fail with failCode
    QString failCode = QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION");
    // External IDs that fail with their own code, message, fields and (existing) record Id.
    struct Failure
    {
        QString code;
        QString message;
        QStringList fields;
        QString recordId;
    };
    QHash<QString, Failure> failWith;
    // Sforce-Limit-Info: when apiMax > 0, every call reports apiUsedStart + calls so far.
    qint64 apiUsedStart = 0;
    qint64 apiMax = 0;
    bool fatalOnNextCall = false;
    QString prepareError;
    int collectionsLimit = 200;
    int concurrency = 4;
    int delayMs = 0;
    qint64 writes = 0;
    QHash<QString, int> writesByObject;
    QHash<QString, QString> methodsUsed; // object -> "collections" / "bulk"
    int maxInFlightSeen = 0;
    QThread *writtenOn = nullptr;

    void prepare(const QList<const PackageObject *> &objects,
                 std::function<void(bool, const QString &)> done) override;
    void upsert(const PackageObject &object, const QList<MappedRecord> &records, Method method,
                Done done) override;
    void cancel() override
    {
        m_cancelled = true;
        ++m_generation; // answers still on their way belong to the cancelled run
    }
    int maxRecordsPerCall(Method method) const override
    {
        return method == Method::Bulk ? 100000 : collectionsLimit;
    }
    int maxConcurrentCalls(Method) const override { return concurrency; }
    qint64 callCount() const override { return writes + 1; }
    qint64 writeCallCount() const override { return writes; }

private:
    bool m_cancelled = false;
    int m_inFlight = 0;
    int m_generation = 0;
};
