#include "customers/CustomerLoader.h"

#include "linking/CustomerDirectory.h"
#include "logging/LogCategories.h"
#include "store/WorkspaceDatabase.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

CustomerLoader::CustomerLoader(QObject *parent)
    : QObject(parent)
{
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &CustomerLoader::onFinished);
}

CustomerLoader::~CustomerLoader()
{
    // The read holds no reference to this object; waiting only keeps shutdown orderly.
    m_watcher->waitForFinished();
}

QVector<CustomerEntry> CustomerLoader::read(const QString &databasePath, QString *error)
{
    QVector<CustomerEntry> out;
    {
        WorkspaceDatabase db(databasePath);
        if (!db.open(error)) {
            return out;
        }
        out = CustomerDirectory(db).load(error); // QVector is QList in Qt 6: no copy
    }
    return out;
}

void CustomerLoader::load(const QString &databasePath)
{
    if (databasePath != m_path) {
        m_path = databasePath;
        m_customers.clear();
    }
    if (m_path.isEmpty()) {
        return;
    }
    if (m_loading) {
        m_again = true;
        return;
    }
    start();
}

void CustomerLoader::clear()
{
    m_path.clear();
    m_customers.clear();
    m_again = false;
    emit loaded();
}

void CustomerLoader::start()
{
    m_loading = true;
    m_again = false;
    emit loadingChanged(true);
    const QString path = m_path;
    m_watcher->setFuture(QtConcurrent::run([path]() {
        QElapsedTimer timer;
        timer.start();
        Result r;
        r.path = path;
        r.customers = read(path, &r.error);
        // Pool threads live on: close this one's connection now.
        WorkspaceDatabase::releaseThreadConnections();
        r.ms = timer.elapsed();
        return r;
    }));
}

void CustomerLoader::onFinished()
{
    const Result r = m_watcher->result();
    m_loading = false;
    if (r.path == m_path) {
        if (!r.error.isEmpty()) {
            qCWarning(lcUi) << "customers did not load:" << r.error;
            emit failed(r.error);
        } else {
            m_customers = r.customers;
            m_lastLoadMs = r.ms;
            emit loaded();
        }
    }
    if ((m_again || r.path != m_path) && !m_path.isEmpty()) {
        start();
        return;
    }
    emit loadingChanged(false);
}
