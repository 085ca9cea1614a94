// The German and French translations are complete and consistent with the sources:
// no unfinished, obsolete or vanished entry, the same placeholders (%1.., %n, %v, %m) and
// the same number of & accelerators as the source text, and nothing in the sources that
// lupdate would add to the .ts files.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement()) {
                    continue;
                }
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                                m.forms.append(xml.readElementText());
                            }
                        }
                    } else {
                        m.forms.append(xml.readElementText());
                    }
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d+|n|v|m)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(1).remove(QLatin1Char('L')));
    }
    std::sort(found.begin(), found.end());
    return found;
}

int accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[a-zA-Z]+|#\\d+);"));
    static const QRegularExpression accelerator(QStringLiteral("&(?=\\S)"));
    text.remove(entity);
    text.remove(QStringLiteral("&&"));
    return static_cast<int>(text.count(accelerator));
}

// Empty when `translation` keeps what the program and the keyboard need from `source`.
QString mismatch(const QString &source, const QString &translation)
{
    if (placeholders(source) != placeholders(translation)) {
        return QStringLiteral("placeholders %1 != %2")
            .arg(placeholders(source).join(QLatin1Char(',')),
                 placeholders(translation).join(QLatin1Char(',')));
    }
    if (accelerators(source) != accelerators(translation)) {
        return QStringLiteral("accelerators %1 != %2")
            .arg(accelerators(source))
            .arg(accelerators(translation));
    }
    return QString();
}

QString tsPath(const QString &language)
{
    return QStringLiteral(NOMESYNC_SOURCE_DIR "/translations/nomesync_%1.ts").arg(language);
}

void expectComplete(const QString &language)
{
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GT(messages.size(), 1000) << "the .ts file looks empty; run the update_translations target";
    int problems = 0;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(70);
        if (!m.type.isEmpty()) {
            ADD_FAILURE() << qPrintable(language) << " " << qPrintable(m.type) << ": " << qPrintable(where);
            ++problems;
            continue;
        }
        // German and French have two plural forms (one; other).
        if (m.forms.size() != (m.numerus ? 2 : 1)) {
            ADD_FAILURE() << qPrintable(language) << " wrong number of forms: " << qPrintable(where);
            ++problems;
            continue;
        }
        for (const QString &form : m.forms) {
            const QString wrong =
                form.trimmed().isEmpty() ? QStringLiteral("empty") : mismatch(m.source, form);
            if (!wrong.isEmpty()) {
                ADD_FAILURE() << qPrintable(language) << " " << qPrintable(wrong) << ": " << qPrintable(where)
                              << " -> " << qPrintable(form.left(70));
                ++problems;
            }
        }
        if (problems > 20) {
            FAIL() << "more than 20 problems; stopping";
        }
    }
}

} // namespace

TEST(Translations, TheCheckNoticesMismatchedPlaceholdersAndAccelerators)
{
    EXPECT_EQ(mismatch(QStringLiteral("%1 of %2 rows"), QStringLiteral("%1 von %2 Zeilen")), QString());
    EXPECT_FALSE(mismatch(QStringLiteral("%1 of %2 rows"), QStringLiteral("%1 Zeilen")).isEmpty());
    EXPECT_FALSE(mismatch(QStringLiteral("%1 of %2"), QStringLiteral("%1 von %3")).isEmpty());
    EXPECT_FALSE(mismatch(QStringLiteral("%n failed."), QStringLiteral("1 fehlgeschlagen.")).isEmpty());
    EXPECT_FALSE(mismatch(QStringLiteral("&Sync Now"), QStringLiteral("Jetzt synchronisieren")).isEmpty());
    EXPECT_FALSE(mismatch(QStringLiteral("&Sync"), QStringLiteral("&Jetzt &synchronisieren")).isEmpty());
    EXPECT_EQ(mismatch(QStringLiteral("Save && &Close"), QStringLiteral("Speichern && &schließen")),
              QString());
    EXPECT_EQ(mismatch(QStringLiteral("a&nbsp;b"), QStringLiteral("a b")), QString());
    EXPECT_EQ(mismatch(QStringLiteral("%1%"), QStringLiteral("%L1 %")), QString());
}

TEST(Translations, GermanIsCompleteAndConsistent)
{
    expectComplete(QStringLiteral("de"));
}

TEST(Translations, FrenchIsCompleteAndConsistent)
{
    expectComplete(QStringLiteral("fr"));
}

// lupdate over today's sources, as the update_translations target runs it (but keeping what
// vanished): any new, changed or removed text shows up as unfinished or vanished.
TEST(Translations, TheTsFilesMatchTheSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList sources;
    for (const QString &root :
         {QStringLiteral(NOMESYNC_SOURCE_DIR "/app/core"), QStringLiteral(NOMESYNC_SOURCE_DIR "/ui")}) {
        QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            sources.append(it.next());
        }
    }
    ASSERT_GT(sources.size(), 100);
    QStringList copies;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        const QString copy = dir.filePath(QStringLiteral("nomesync_%1.ts").arg(language));
        ASSERT_TRUE(QFile::copy(tsPath(language), copy));
        copies.append(copy);
    }
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    ASSERT_TRUE(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(NOMESYNC_LUPDATE),
                  QStringList{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                              QStringLiteral(NOMESYNC_SOURCE_DIR "/app/core"), QStringLiteral("-I"),
                              QStringLiteral(NOMESYNC_SOURCE_DIR "/ui"),
                              QString(QLatin1Char('@') + list.fileName()), QStringLiteral("-ts")} +
                      copies);
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().constData();

    for (const QString &copy : std::as_const(copies)) {
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
        int stale = 0;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                ADD_FAILURE() << qPrintable(QFileInfo(copy).fileName()) << ": " << qPrintable(m.type)
                              << " after lupdate: " << qPrintable(m.context) << ": "
                              << qPrintable(m.source.left(70))
                              << " (run the update_translations target and translate it)";
                if (++stale > 20) {
                    FAIL() << "more than 20 stale entries; stopping";
                }
            }
        }
    }
}
