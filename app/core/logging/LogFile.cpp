#include "logging/LogFile.h"

#include "logging/Redactor.h"

#include <QDir>
#include <QMutexLocker>

LogFile::LogFile(const QString &directory, const QString &baseName, qint64 maxBytes, int keepFiles)
    : m_directory(directory)
    , m_baseName(baseName)
    , m_maxBytes(maxBytes)
    , m_keepFiles(keepFiles)
{}

QString LogFile::filePath() const
{
    return QDir(m_directory).filePath(m_baseName);
}

bool LogFile::open()
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_directory)) {
        return false;
    }
    m_file.setFileName(filePath());
    if (!m_file.open(QIODevice::Append | QIODevice::Text)) {
        return false;
    }
    // Logs may quote record data; keep them private to the user.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void LogFile::write(const QString &line)
{
    const QByteArray bytes = Redactor::redact(line).toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen()) {
        return;
    }
    if (m_file.size() + bytes.size() > m_maxBytes) {
        rotate();
    }
    m_file.write(bytes);
    m_file.flush();
}

void LogFile::rotate()
{
    m_file.close();
    QDir dir(m_directory);
    dir.remove(m_baseName + QLatin1Char('.') + QString::number(m_keepFiles));
    for (int i = m_keepFiles - 1; i >= 1; --i) {
        dir.rename(m_baseName + QLatin1Char('.') + QString::number(i),
                   m_baseName + QLatin1Char('.') + QString::number(i + 1));
    }
    dir.rename(m_baseName, m_baseName + QStringLiteral(".1"));
    m_file.setFileName(filePath());
    if (m_file.open(QIODevice::Append | QIODevice::Text)) {
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}
