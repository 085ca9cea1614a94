#pragma once

#include <QString>

// Salesforce record IDs: 15 case-sensitive characters, or 18 with a case-encoding suffix.
// Parses what a user typed or pasted, repairs the case of an 18-character ID that a
// spreadsheet upper- or lower-cased, and checks the key prefix.
class SalesforceId
{
public:
    enum class Problem
    {
        None,
        Empty,
        BadLength,     // not 15 or 18 characters
        BadCharacters, // outside 0-9 A-Z a-z
        BadChecksum,   // the 18-character suffix cannot belong to these 15 characters
        WrongObject    // valid ID, but not of the expected object (key prefix)
    };

    struct Parsed
    {
        Problem problem = Problem::Empty;
        QString id18; // canonical form when problem == None (or WrongObject)
        bool repairedCase = false;
        bool ok() const { return problem == Problem::None; }
    };

    // The 3-character suffix for a 15-character ID (no validation).
    static QString checksum(const QString &id15);
    static QString to18(const QString &id15);

    // Validates and normalises input; `expectedPrefix` (e.g. "001") is checked if given.
    static Parsed parse(const QString &input, const QString &expectedPrefix = QString());

    static bool isValid(const QString &input) { return parse(input).ok(); }
    static QString keyPrefix(const QString &id) { return id.left(3); }

    // A message for the user; `typed` is quoted back to them.
    static QString describe(Problem problem, const QString &typed,
                            const QString &expectedObjectLabel = QString());

    static constexpr const char *AccountPrefix = "001";
};
