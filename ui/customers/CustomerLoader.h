#pragma once

#include "linking/CustomerEntry.h"

#include <QObject>
#include <QVector>

template<typename T>
class QFutureWatcher;

// Reads the workspace's customers (CustomerDirectory) on a pool thread with its own database
// connection, so the GUI never waits on a big read. A request made while a load runs is
// served by one more load afterwards; a result for another workspace is dropped.
class CustomerLoader : public QObject
{
    Q_OBJECT

public:
    explicit CustomerLoader(QObject *parent = nullptr);
    ~CustomerLoader() override;

    void load(const QString &databasePath);
    void clear();
    bool isLoading() const { return m_loading; }
    const QVector<CustomerEntry> &customers() const { return m_customers; }
    const QString &databasePath() const { return m_path; }
    qint64 lastLoadMs() const { return m_lastLoadMs; }

    // Blocking read, for the benchmark and tests.
    static QVector<CustomerEntry> read(const QString &databasePath, QString *error = nullptr);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const QString &error);

private:
    struct Result
    {
        QString path;
        QVector<CustomerEntry> customers;
        QString error;
        qint64 ms = 0;
    };
    void start();
    void onFinished();

    QString m_path;
    QVector<CustomerEntry> m_customers;
    QFutureWatcher<Result> *m_watcher = nullptr;
    bool m_loading = false;
    bool m_again = false;
    qint64 m_lastLoadMs = 0;
};
