#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// A size-rotated log file: nomesync.log, nomesync.log.1 ... nomesync.log.N.
// Every line passes through the Redactor before it reaches the disk.
class LogFile
{
public:
    LogFile(const QString &directory, const QString &baseName, qint64 maxBytes = 5 * 1024 * 1024,
            int keepFiles = 5);

    bool open();
    void write(const QString &line);
    QString filePath() const;

private:
    void rotate();

    QString m_directory;
    QString m_baseName;
    qint64 m_maxBytes;
    int m_keepFiles;
    QFile m_file;
    QMutex m_mutex;
};
