#pragma once

#include <QString>
#include <QStringList>

// Building SOQL safely. String literals follow the SOQL escape rules exactly (backslash
// first, then quotes, then control characters); LIKE patterns additionally escape the
// wildcards. Field and object names cannot be escaped, so they are checked instead.
class Soql
{
public:
    // The body of a quoted literal: `Bob's \ BBQ` -> `Bob\'s \\ BBQ`.
    static QString escape(const QString &value);
    // A complete literal: 'Bob\'s \\ BBQ'.
    static QString quote(const QString &value);
    // The body of a LIKE pattern that matches `value` literally (also escapes _ and %).
    static QString escapeLike(const QString &value);
    // A complete LIKE literal; `prefix`/`suffix` wildcards are added outside the escaped text,
    // e.g. quoteLike("50%", false, true) -> '50\%%'.
    static QString quoteLike(const QString &value, bool anyPrefix = false, bool anySuffix = false);

    // An IN list of record IDs, each validated (15/18 characters, checksum) and normalised
    // to 18 characters. Returns an empty string and fills *invalid with the bad input.
    static QString idList(const QStringList &ids, QString *invalid = nullptr);
    // API names of objects and fields (with optional relationship path: A__r.Name).
    static bool isValidName(const QString &name);
};
