#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// The SOQL subset the sandbox understands, parsed: SELECT fields (with one-level parent
// paths like NOME__Account__r.Name) or COUNT(), FROM, WHERE with = != <> < > <= >= IN,
// NOT IN, LIKE, AND, OR, NOT, parentheses and NULL, ORDER BY (ASC/DESC, NULLS FIRST/LAST),
// LIMIT and OFFSET. String literals follow the backslash escape rules exactly; \_ and \%
// are only valid in LIKE patterns and any other escape is a MALFORMED_QUERY.
class SfSoql
{
public:
    struct Literal
    {
        enum class Type
        {
            String,
            Number,
            Boolean,
            Null,
            Date,
            DateTime
        };
        Type type = Type::Null;
        QString text;          // decoded value
        QString likePattern;   // strings: an SQL LIKE pattern with '\' as escape character
        bool likeOnly = false; // the literal used \_ or \%
    };

    struct Condition
    {
        enum class Kind
        {
            And,
            Or,
            Not,
            Compare,
            In,
            Like
        };
        Kind kind = Kind::Compare;
        QList<std::shared_ptr<Condition>> children;
        QString path;
        QString op;           // = != < > <= >=
        bool negated = false; // NOT IN
        QList<Literal> values;
    };

    struct Order
    {
        QString path;
        bool descending = false;
        int nulls = 0; // 0 default, 1 first, 2 last
    };

    QStringList select;
    bool countOnly = false;
    QString from;
    std::shared_ptr<Condition> where;
    QList<Order> orderBy;
    int limit = -1;
    int offset = 0;

    // Parses `soql`; false with *error (a MALFORMED_QUERY message) on anything else.
    static bool parse(const QString &soql, SfSoql *query, QString *error);
};
