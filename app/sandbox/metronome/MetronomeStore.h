#pragma once

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QSqlQuery;

// The Metronome sandbox's state in SQLite (metronome.sqlite in --data DIR): world settings
// (seed, today, cursor secret, tokens), customers with their aliases, Salesforce link and
// billing book, the credit-grant index, voided invoices and idempotency keys. Everything
// else (usage, invoice lines, balances) is derived from this by MetronomeLedger.
class MetronomeStore
{
public:
    struct Customer
    {
        qint64 seq = 0;
        QString id;
        QString name;
        QString externalId;
        QStringList aliases;
        QJsonObject customFields;
        QString salesforceAccountId; // empty: not linked
        qint64 createdDay = 0;
        int createdSecond = 0;
        QString updatedAt;
        qint64 archivedDay = 0; // 0: active
        QString book;           // MetronomeBook JSON
    };
    struct CustomerFilter
    {
        bool archived = false;
        QStringList ids;
        QStringList salesforceAccountIds;
        QString ingestAlias;
    };
    struct GrantRow
    {
        qint64 seq = 0;
        QString id;
        qint64 customerSeq = 0;
        int position = 0; // index in the customer's book
        QString creditTypeId;
        qint64 effectiveDay = 0;
        qint64 expiresDay = 0;
    };
    struct GrantFilter
    {
        QStringList customerIds;
        QStringList creditTypeIds;
        QStringList grantIds;
        std::optional<qint64> effectiveBeforeDay;   // effective_at < this
        std::optional<qint64> notExpiringBeforeDay; // expires_at >= this
    };

    MetronomeStore();
    ~MetronomeStore();
    MetronomeStore(const MetronomeStore &) = delete;
    MetronomeStore &operator=(const MetronomeStore &) = delete;

    bool open(const QString &directory, QString *error);
    void close();
    QString path() const { return m_path; }

    // Empties every table (a generation that never completed is started over).
    bool clear();

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    bool transaction();
    bool commit();
    void rollback();

    bool insertCustomer(const Customer &customer, QString *error = nullptr);
    bool updateCustomerName(qint64 seq, const QString &name, const QString &updatedAt);
    bool updateSalesforceAccount(qint64 seq, const QString &accountId, const QString &updatedAt);
    // Replaces the aliases; false with *conflict set when one belongs to another customer.
    bool setAliases(qint64 seq, const QStringList &aliases, const QString &updatedAt, QString *conflict);
    bool archiveCustomer(qint64 seq, qint64 day, const QString &updatedAt);
    bool updateBook(qint64 seq, const QString &book);

    std::optional<Customer> customerById(const QString &id) const;
    std::optional<Customer> customerBySeq(qint64 seq) const;
    QList<Customer> customers(const CustomerFilter &filter, qint64 afterSeq, int limit) const;
    // Every customer (active and archived) after `afterSeq`, or only those in `ids`.
    QList<Customer> customersFrom(qint64 afterSeq, int limit, const QStringList &ids = {}) const;
    std::optional<qint64> aliasOwner(const QString &alias) const;
    qint64 maxCustomerSeq() const;
    int customerCount(bool archived) const;

    bool insertGrant(const GrantRow &grant);
    QList<GrantRow> grants(const GrantFilter &filter, qint64 afterSeq, int limit) const;
    int grantCount() const;

    bool voidInvoice(const QString &invoiceId, qint64 customerSeq, qint64 day);
    QSet<QString> voidedInvoices(qint64 customerSeq) const;

    struct Replay
    {
        QByteArray requestHash;
        int status = 0;
        QByteArray body;
    };
    std::optional<Replay> idempotentReplay(const QString &key) const;
    bool rememberIdempotent(const QString &key, const Replay &replay);

    QString lastError() const;

private:
    static Customer readCustomer(const QSqlQuery &query);
    bool exec(const QString &sql);

    QString m_connection;
    QString m_path;
    mutable QString m_lastError;
};
