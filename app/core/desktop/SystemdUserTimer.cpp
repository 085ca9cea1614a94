#include "desktop/SystemdUserTimer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// systemd's ExecStart= quoting: plain paths as they are; anything else in double quotes with
// backslash escapes, and % and $ doubled so they are not taken for specifiers or variables.
QString quoteForExec(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9/._+:@=-]+$"));
    if (plain.match(argument).hasMatch()) {
        return argument;
    }
    QString quoted = argument;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    quoted.replace(QLatin1Char('%'), QLatin1String("%%"));
    quoted.replace(QLatin1Char('$'), QLatin1String("$$"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString trimmedOutput(QProcess *process)
{
    QString text = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
    if (text.isEmpty()) {
        text = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
    }
    return text;
}

} // namespace

SystemdUserTimer::SystemdUserTimer(QObject *parent)
    : QObject(parent)
    , m_systemctl(QStringLiteral("systemctl"))
    , m_userUnitDirectory(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                              .filePath(QStringLiteral("systemd/user")))
    , m_packagedUnitDirectory(QStringLiteral("/usr/lib/systemd/user"))
{}

QString SystemdUserTimer::timerUnitText()
{
    return QStringLiteral(
        "[Unit]\n"
        "Description=Daily NomeSync sync of every workspace\n"
        "Documentation=https://github.com/nomesync/nomesync#headless-commands-and-the-daily-timer\n"
        "\n"
        "[Timer]\n"
        "OnCalendar=*-*-* 07:00:00 UTC\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n");
}

QString SystemdUserTimer::serviceUnitText(const QString &program, const QString &dataDirectory)
{
    QString command = quoteForExec(program) + QLatin1String(" sync --all --scheduled --quiet");
    if (!dataDirectory.isEmpty()) {
        command += QLatin1String(" --data-dir ") + quoteForExec(dataDirectory);
    }
    return QStringLiteral(
               "[Unit]\n"
               "Description=NomeSync: sync every workspace from Metronome to Salesforce\n"
               "Documentation=https://github.com/nomesync/nomesync#headless-commands-and-the-daily-timer\n"
               "\n"
               "[Service]\n"
               "Type=oneshot\n"
               "ExecStart=%1\n")
        .arg(command);
}

bool SystemdUserTimer::packagedUnitsFit(const QString &program, const QString &dataDirectory) const
{
    const QDir packaged(m_packagedUnitDirectory);
    return dataDirectory.isEmpty() && QFile::exists(packaged.filePath(TimerUnit)) &&
           QFile::exists(packaged.filePath(ServiceUnit)) &&
           QFileInfo(program).canonicalFilePath() == QLatin1String("/usr/bin/nomesync");
}

bool SystemdUserTimer::writeUnits(const QString &program, const QString &dataDirectory, QString *error)
{
    if (!QDir().mkpath(m_userUnitDirectory)) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_userUnitDirectory));
        return false;
    }
    const QDir dir(m_userUnitDirectory);
    const QList<std::pair<QString, QString>> units{
        {dir.filePath(ServiceUnit), serviceUnitText(program, dataDirectory)},
        {dir.filePath(TimerUnit), timerUnitText()}};
    for (const auto &[path, text] : units) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
    }
    return true;
}

void SystemdUserTimer::enable(const QString &program, const QString &dataDirectory)
{
    if (isBusy()) {
        return;
    }
    QList<QStringList> steps;
    if (!packagedUnitsFit(program, dataDirectory)) {
        QString error;
        if (!writeUnits(program, dataDirectory, &error)) {
            fail(error);
            return;
        }
        steps.append({QStringLiteral("--user"), QStringLiteral("daemon-reload")});
    }
    steps.append({QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"), TimerUnit});
    runSteps(steps, tr("Every workspace now syncs daily at 07:00 UTC, also while NomeSync is closed."));
}

void SystemdUserTimer::disable()
{
    if (isBusy()) {
        return;
    }
    runSteps({{QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), TimerUnit}},
             tr("The daily background sync is off. NomeSync still syncs on schedule while it is open."));
}

void SystemdUserTimer::queryState()
{
    if (isBusy()) {
        return;
    }
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [this, process]() {
        const bool enabled = process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0 &&
                             process->readAllStandardOutput().trimmed() == "enabled";
        process->deleteLater();
        emit stateKnown(enabled);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            process->deleteLater();
            emit stateKnown(false);
        }
    });
    process->start(m_systemctl, {QStringLiteral("--user"), QStringLiteral("is-enabled"), TimerUnit});
}

void SystemdUserTimer::runSteps(const QList<QStringList> &steps, const QString &successMessage)
{
    m_steps = steps;
    m_successMessage = successMessage;
    runNext();
}

void SystemdUserTimer::runNext()
{
    if (m_steps.isEmpty()) {
        emit finished(true, m_successMessage);
        return;
    }
    const QStringList arguments = m_steps.takeFirst();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart) {
            return;
        }
        fail(tr("systemctl could not be started (%1). The daily background sync needs systemd; without it, "
                "keep NomeSync open or run \"nomesync sync --all --scheduled\" from cron.")
                 .arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this,
            [this, arguments](int exitCode, QProcess::ExitStatus status) {
                if (status != QProcess::NormalExit || exitCode != 0) {
                    //: %1 is a command such as "systemctl --user enable --now nomesync-sync.timer", %2 its
                    //: error output.
                    fail(tr("\"%1\" failed: %2")
                             .arg(QStringList(QStringList{QStringLiteral("systemctl")} + arguments)
                                      .join(QLatin1Char(' ')),
                                  trimmedOutput(m_process)));
                    return;
                }
                m_process->deleteLater();
                m_process = nullptr;
                runNext();
            });
    m_process->start(m_systemctl, arguments);
}

void SystemdUserTimer::fail(const QString &message)
{
    m_steps.clear();
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    emit finished(false, message);
}
