#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <functional>

// The daily background sync: a systemd *user* timer (07:00 UTC) that starts
// `nomesync sync --all --scheduled`, so scheduled syncs run while the app is closed.
// The .deb ships the two units in /usr/lib/systemd/user; when the app runs from elsewhere
// (a build tree) or on another data folder, enable() first writes matching units into the
// user's unit folder (~/.config/systemd/user). All systemctl calls are asynchronous.
class SystemdUserTimer : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1String TimerUnit{"nomesync-sync.timer"};
    static constexpr QLatin1String ServiceUnit{"nomesync-sync.service"};

    explicit SystemdUserTimer(QObject *parent = nullptr);

    // For tests: another systemctl, unit folder, or place of the packaged units.
    void setSystemctlProgram(const QString &program) { m_systemctl = program; }
    void setUserUnitDirectory(const QString &directory) { m_userUnitDirectory = directory; }
    void setPackagedUnitDirectory(const QString &directory) { m_packagedUnitDirectory = directory; }
    QString userUnitDirectory() const { return m_userUnitDirectory; }

    static QString timerUnitText();
    // `dataDirectory` empty: the default data folder.
    static QString serviceUnitText(const QString &program, const QString &dataDirectory);
    // True when the packaged units already run `program` on the default data folder.
    bool packagedUnitsFit(const QString &program, const QString &dataDirectory) const;

    bool isBusy() const { return m_process != nullptr; }

    // Writes the units if needed, reloads systemd and enables + starts the timer. Emits finished().
    void enable(const QString &program, const QString &dataDirectory);
    // Disables and stops the timer (the unit files stay). Emits finished().
    void disable();
    // Asks whether the timer is enabled. Emits stateKnown().
    void queryState();

Q_SIGNALS:
    void finished(bool ok, const QString &message);
    void stateKnown(bool enabled);

private:
    struct Step
    {
        QStringList arguments;
    };
    bool writeUnits(const QString &program, const QString &dataDirectory, QString *error);
    void runSteps(const QList<QStringList> &steps, const QString &successMessage);
    void runNext();
    void fail(const QString &message);

    QString m_systemctl;
    QString m_userUnitDirectory;
    QString m_packagedUnitDirectory;
    QProcess *m_process = nullptr;
    QList<QStringList> m_steps;
    QString m_successMessage;
};
