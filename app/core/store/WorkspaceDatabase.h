#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite file per workspace: WAL, foreign keys on, mode 0600, versioned schema.
// Qt SQL connections may only be used on the thread that opened them, so connection()
// hands each thread its own named connection, opened on first use and closed when the
// thread ends (or on releaseThreadConnections()).
class WorkspaceDatabase
{
public:
    explicit WorkspaceDatabase(const QString &filePath);

    const QString &filePath() const { return m_filePath; }

    // Creates the file if needed and brings the schema to the latest version (or to
    // `schemaVersion`, which only tests use). Safe to call from any thread.
    bool open(QString *error = nullptr, int schemaVersion = -1);

    // The calling thread's connection; invalid if the file cannot be opened.
    QSqlDatabase connection(QString *error = nullptr) const;

    int schemaVersion() const;

    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr);
    bool removeSetting(const QString &key);

    // Closes the calling thread's connections to every workspace file.
    static void releaseThreadConnections();

private:
    QString m_filePath;
};
