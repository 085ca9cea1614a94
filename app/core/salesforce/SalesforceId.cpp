#include "salesforce/SalesforceId.h"

#include <QCoreApplication>

#include <cstring>

namespace {

const char kSuffixAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

bool isBase62(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

bool isUpperLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isLetter(QChar c)
{
    return isUpperLetter(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

int suffixValue(QChar c)
{
    const char *pos = std::strchr(kSuffixAlphabet, c.toUpper().toLatin1());
    return (pos && *pos) ? static_cast<int>(pos - kSuffixAlphabet) : -1;
}

} // namespace

QString SalesforceId::checksum(const QString &id15)
{
    QString suffix;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int value = 0;
        for (int j = 0; j < 5; ++j) {
            const int index = chunk * 5 + j;
            if (index < id15.size() && isUpperLetter(id15.at(index))) {
                value |= 1 << j;
            }
        }
        suffix.append(QLatin1Char(kSuffixAlphabet[value]));
    }
    return suffix;
}

QString SalesforceId::to18(const QString &id15)
{
    return id15.left(15) + checksum(id15.left(15));
}

SalesforceId::Parsed SalesforceId::parse(const QString &input, const QString &expectedPrefix)
{
    Parsed result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.problem = Problem::Empty;
        return result;
    }
    if (text.size() != 15 && text.size() != 18) {
        result.problem = Problem::BadLength;
        return result;
    }
    for (const QChar c : text) {
        if (!isBase62(c)) {
            result.problem = Problem::BadCharacters;
            return result;
        }
    }

    QString body = text.left(15);
    if (text.size() == 18) {
        // The suffix is case-insensitive and encodes the case of each of the 15 characters.
        QString expectedCase;
        bool bitOnDigit = false;
        for (int chunk = 0; chunk < 3; ++chunk) {
            const int value = suffixValue(text.at(15 + chunk));
            if (value < 0) {
                result.problem = Problem::BadChecksum;
                return result;
            }
            for (int j = 0; j < 5; ++j) {
                const QChar c = body.at(chunk * 5 + j);
                const bool upper = value & (1 << j);
                if (upper && !isLetter(c)) {
                    bitOnDigit = true;
                }
                expectedCase.append(upper ? c.toUpper() : c.toLower());
            }
        }
        if (bitOnDigit) {
            result.problem = Problem::BadChecksum;
            return result;
        }
        if (expectedCase != body) {
            // A body in one case only was probably re-cased by a tool: repair it. A mixed-case
            // body kept its case, so a disagreement is a typo.
            const bool singleCase = body == body.toUpper() || body == body.toLower();
            if (!singleCase) {
                result.problem = Problem::BadChecksum;
                return result;
            }
            body = expectedCase;
            result.repairedCase = true;
        }
    }
    result.id18 = to18(body);
    if (!expectedPrefix.isEmpty() && !result.id18.startsWith(expectedPrefix)) {
        result.problem = Problem::WrongObject;
        return result;
    }
    result.problem = Problem::None;
    return result;
}

QString SalesforceId::describe(Problem problem, const QString &typed, const QString &expectedObjectLabel)
{
    const QString shown = typed.trimmed();
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::Empty:
        return QCoreApplication::translate("SalesforceId", "Enter a Salesforce ID.");
    case Problem::BadLength:
        return QCoreApplication::translate("SalesforceId",
                                           "\"%1\" has %2 characters; a Salesforce ID has 15 or 18.")
            .arg(shown)
            .arg(shown.size());
    case Problem::BadCharacters:
        return QCoreApplication::translate("SalesforceId",
                                           "\"%1\" contains characters that never appear in a Salesforce ID "
                                           "(only letters and digits do).")
            .arg(shown);
    case Problem::BadChecksum:
        return QCoreApplication::translate(
                   "SalesforceId", "\"%1\" fails the Salesforce ID checksum: a character was probably "
                                   "mistyped. Copy the ID again from the record's URL.")
            .arg(shown);
    case Problem::WrongObject:
        return QCoreApplication::translate(
                   "SalesforceId", "\"%1\" is a valid Salesforce ID, but not of an %2 (%2 IDs start with "
                                   "\"%3\").")
            .arg(shown,
                 expectedObjectLabel.isEmpty() ? QCoreApplication::translate("SalesforceId", "Account")
                                               : expectedObjectLabel,
                 QString::fromLatin1(AccountPrefix));
    }
    return QString();
}
