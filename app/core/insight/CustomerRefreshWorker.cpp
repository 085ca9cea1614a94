#include "insight/CustomerRefreshWorker.h"

#include "linking/LinkStore.h"
#include "logging/LogCategories.h"
#include "metronome/MetronomeClient.h"
#include "net/HttpTransport.h"
#include "package/PackageDefinition.h"
#include "store/WorkspaceDatabase.h"
#include "sync/MetronomeSourceReader.h"
#include "sync/RecordMapper.h"
#include "sync/SourceCache.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

CustomerRefreshWorker::CustomerRefreshWorker(const CustomerRefresh::Request &request)
    : m_request(request)
{}

CustomerRefreshWorker::~CustomerRefreshWorker() = default;

QStringList CustomerRefreshWorker::customerSources()
{
    return {QStringLiteral("customers"),
            QStringLiteral("customer_accounts"),
            QStringLiteral("ingest_aliases"),
            QStringLiteral("contracts"),
            QStringLiteral("commits"),
            QStringLiteral("invoices"),
            QStringLiteral("invoice_line_items"),
            QStringLiteral("invoice_sub_line_items"),
            QStringLiteral("line_item_pricing_dimensions"),
            QStringLiteral("line_item_invoicing_groups"),
            QStringLiteral("customer_plans"),
            QStringLiteral("credit_grants"),
            QStringLiteral("usage")};
}

void CustomerRefreshWorker::run()
{
    WorkspaceDatabase db(m_request.databasePath);
    QString error;
    if (!db.open(&error)) {
        finish(false, error);
        return;
    }
    // Extra accounts change what the rows map to (their Account lookups), as in a sync.
    const QHash<QString, QStringList> extras = LinkStore(db).allExtraAccounts();

    auto *network = new QNetworkAccessManager(this);
    auto *transport = new HttpTransport(network, this);
    transport->setMaxInFlight(std::max(1, m_request.concurrency));
    auto *client = new MetronomeClient(transport, this);
    client->setBaseUrl(m_request.metronomeUrl);
    client->setToken(m_request.token);
    m_reader = new MetronomeSourceReader(client, extras, this);
    connect(m_reader, &SourceReader::rows, this,
            [this](const QString &source, const QList<QVariantHash> &rows) {
                for (const QVariantHash &row : rows) {
                    m_rows.append({source, row});
                }
            });
    connect(m_reader, &SourceReader::finished, this, &CustomerRefreshWorker::onRead);

    SourceReader::Options options;
    options.onlyCustomers.insert(m_request.customerId);
    options.usageDays = m_request.usageDays;
    options.usageUntil = m_request.usageUntil;
    m_reader->start(options);
}

void CustomerRefreshWorker::cancel()
{
    if (m_reader && !m_done) {
        m_reader->cancel();
        finish(false, tr("The refresh was cancelled."));
    }
}

void CustomerRefreshWorker::onRead(bool ok, const QString &error)
{
    if (m_done) {
        return;
    }
    if (!ok) {
        finish(false, tr("Metronome could not be read: %1").arg(error));
        return;
    }
    bool known = false;
    for (const auto &row : std::as_const(m_rows)) {
        if (row.first == QLatin1String("customers") &&
            row.second.value(QStringLiteral("id")).toString() == m_request.customerId) {
            known = true;
            break;
        }
    }
    if (!known) {
        // Nothing is removed for a customer Metronome did not return: a sync decides that.
        finish(false, tr("Metronome did not return this customer; nothing was changed."));
        return;
    }
    int written = 0;
    int removed = 0;
    QString writeError;
    if (!write(&written, &removed, &writeError)) {
        finish(false, tr("Could not save the refreshed rows in the workspace: %1").arg(writeError));
        return;
    }
    finish(true,
           tr("Refreshed from Metronome: %1 rows read, %2 no longer there.")
               .arg(QLocale().toString(written), QLocale().toString(removed)),
           written, removed);
}

bool CustomerRefreshWorker::write(int *written, int *removed, QString *error)
{
    WorkspaceDatabase db(m_request.databasePath);
    QString packageError;
    const std::optional<PackageDefinition> package =
        PackageDefinition::builtIn(m_request.packageVariant, &packageError);
    // Rows map exactly as in a sync, so their hashes compare with what Salesforce confirmed.
    QHash<QString, std::shared_ptr<RecordMapper>> mappers;
    if (package) {
        for (const PackageObject &object : package->objects()) {
            mappers.insert(object.source, std::make_shared<RecordMapper>(object, m_request.environment));
        }
    } else {
        qCWarning(lcSync) << "refresh without a package definition:" << packageError;
    }
    QSqlDatabase connection = db.connection(error);
    if (!connection.isValid()) {
        return false;
    }
    // Rows carry the latest run's id, as if that run had read them: the next full sync
    // purges what it does not read again, exactly as for its own rows.
    qint64 runId = 0;
    {
        QSqlQuery q(connection);
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM sync_runs")) && q.next()) {
            runId = q.value(0).toLongLong();
        }
    }
    if (!connection.transaction()) {
        *error = connection.lastError().text();
        return false;
    }
    SourceCache cache(db);
    const QStringList sources = customerSources();
    QHash<QString, QSet<QString>> seen;
    for (const auto &[source, row] : std::as_const(m_rows)) {
        const auto mapper = mappers.value(source);
        const MappedRecord record = mapper ? mapper->map(row) : MappedRecord();
        if (!cache.put(source, row, record, runId)) {
            continue;
        }
        ++*written;
        if (sources.contains(source)) {
            seen[source].insert(row.value(QStringLiteral("id")).toString());
        }
    }
    // Rows of this customer that Metronome no longer returned (a replaced draft's lines, ...).
    QSqlQuery ids(connection);
    ids.prepare(QStringLiteral("SELECT id FROM source_rows WHERE customer_id = ? AND source = ?"));
    QSqlQuery remove(connection);
    remove.prepare(QStringLiteral("DELETE FROM source_rows WHERE source = ? AND id = ?"));
    for (const QString &source : sources) {
        ids.addBindValue(m_request.customerId);
        ids.addBindValue(source);
        if (!ids.exec()) {
            continue;
        }
        QStringList gone;
        while (ids.next()) {
            const QString id = ids.value(0).toString();
            if (!seen.value(source).contains(id)) {
                gone.append(id);
            }
        }
        ids.finish();
        for (const QString &id : std::as_const(gone)) {
            remove.addBindValue(source);
            remove.addBindValue(id);
            if (remove.exec()) {
                *removed += remove.numRowsAffected();
            }
        }
    }
    if (!connection.commit()) {
        *error = connection.lastError().text();
        connection.rollback();
        return false;
    }
    return true;
}

void CustomerRefreshWorker::finish(bool ok, const QString &message, int rows, int removed)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_rows.clear();
    // This thread's SQLite connections close before it ends.
    WorkspaceDatabase::releaseThreadConnections();
    emit finished(ok, message, rows, removed);
}
