#include "linking/CompanyNameMatcher.h"

#include <QSet>

#include <algorithm>
#include <vector>

QStringList CompanyNameMatcher::legalSuffixes()
{
    return {QStringLiteral("inc"),         QStringLiteral("incorporated"), QStringLiteral("corp"),
            QStringLiteral("corporation"), QStringLiteral("co"),           QStringLiteral("company"),
            QStringLiteral("llc"),         QStringLiteral("llp"),          QStringLiteral("lp"),
            QStringLiteral("ltd"),         QStringLiteral("limited"),      QStringLiteral("plc"),
            QStringLiteral("gmbh"),        QStringLiteral("ag"),           QStringLiteral("kg"),
            QStringLiteral("sa"),          QStringLiteral("sas"),          QStringLiteral("sarl"),
            QStringLiteral("srl"),         QStringLiteral("spa"),          QStringLiteral("bv"),
            QStringLiteral("nv"),          QStringLiteral("oy"),           QStringLiteral("ab"),
            QStringLiteral("as"),          QStringLiteral("aps"),          QStringLiteral("pty"),
            QStringLiteral("kk"),          QStringLiteral("sl"),           QStringLiteral("se")};
}

QString CompanyNameMatcher::normalise(const QString &name)
{
    // Decompose accents away, keep letters and digits, split on everything else.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString cleaned;
    cleaned.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            cleaned.append(c);
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // accent marks
        } else if (c == QLatin1Char('&')) {
            cleaned.append(QStringLiteral(" and "));
        } else if (c == QLatin1Char('.')) {
            continue; // "S.A." -> "sa", "Inc." -> "inc"
        } else {
            cleaned.append(QLatin1Char(' '));
        }
    }
    QStringList tokens = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QSet<QString> suffixes = [] {
        const QStringList list = legalSuffixes();
        return QSet<QString>(list.begin(), list.end());
    }();
    // Legal forms only count at the end ("Co" in "Co Op Bank" stays).
    while (tokens.size() > 1 && suffixes.contains(tokens.constLast())) {
        tokens.removeLast();
    }
    if (tokens.size() > 1 && tokens.constFirst() == QLatin1String("the")) {
        tokens.removeFirst();
    }
    return tokens.join(QLatin1Char(' '));
}

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[static_cast<size_t>(j)] =
                std::min({previous[static_cast<size_t>(j)] + 1, current[static_cast<size_t>(j - 1)] + 1,
                          previous[static_cast<size_t>(j - 1)] + cost});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<size_t>(b.size())];
}

} // namespace

double CompanyNameMatcher::similarity(const QString &a, const QString &b)
{
    const QString na = normalise(a);
    const QString nb = normalise(b);
    if (na.isEmpty() || nb.isEmpty()) {
        return 0.0;
    }
    if (na == nb) {
        return 1.0;
    }
    const QStringList ta = na.split(QLatin1Char(' '));
    const QStringList tb = nb.split(QLatin1Char(' '));
    const QSet<QString> sa(ta.begin(), ta.end());
    const QSet<QString> sb(tb.begin(), tb.end());
    const double jaccard = double((sa & sb).size()) / double((sa | sb).size());
    const double edit = 1.0 - double(editDistance(na, nb)) / double(std::max(na.size(), nb.size()));
    return std::max(jaccard, edit) * 0.99; // never as sure as an exact match
}
