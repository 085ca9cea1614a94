#pragma once

#include "insight/CustomerRefresh.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QVariantHash>

class MetronomeSourceReader;

// Lives on the refresh thread: builds its own network access and Metronome client there,
// reads one customer with the sync's own MetronomeSourceReader, keeps the rows in memory and
// writes them in one transaction at the end (so a failed read changes nothing).
class CustomerRefreshWorker : public QObject
{
    Q_OBJECT

public:
    explicit CustomerRefreshWorker(const CustomerRefresh::Request &request);
    ~CustomerRefreshWorker() override;

    void run();
    void cancel();

    // The sources whose rows belong to one customer (purged per customer after a refresh).
    static QStringList customerSources();

Q_SIGNALS:
    void finished(bool ok, const QString &message, int rows, int removed);

private:
    void onRead(bool ok, const QString &error);
    bool write(int *written, int *removed, QString *error);
    void finish(bool ok, const QString &message, int rows = 0, int removed = 0);

    CustomerRefresh::Request m_request;
    MetronomeSourceReader *m_reader = nullptr;
    QList<QPair<QString, QVariantHash>> m_rows;
    bool m_done = false;
};
