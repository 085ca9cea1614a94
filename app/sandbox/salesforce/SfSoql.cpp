#include "salesforce/SfSoql.h"

#include <QRegularExpression>

namespace {

struct Token
{
    enum class Type
    {
        Word,
        String,
        Number,
        Date,
        DateTime,
        Op,
        Punct,
        End
    };
    Type type = Type::End;
    QString text;
    SfSoql::Literal literal; // for strings
    int position = 0;
};

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {}

    bool run(QList<Token> *tokens, QString *error)
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.position = static_cast<int>(i);
            if (c == QLatin1Char('\'')) {
                if (!readString(i, &t, error)) {
                    return false;
                }
                tokens->append(t);
                continue;
            }
            if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < n && m_text.at(i + 1).isDigit())) {
                static const QRegularExpression dateTime(QStringLiteral(
                    "\\G\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})"));
                static const QRegularExpression date(QStringLiteral("\\G\\d{4}-\\d{2}-\\d{2}(?![\\d.])"));
                static const QRegularExpression number(QStringLiteral("\\G-?\\d+(\\.\\d+)?"));
                QRegularExpressionMatch m = dateTime.match(m_text, i);
                if (m.hasMatch()) {
                    t.type = Token::Type::DateTime;
                } else if ((m = date.match(m_text, i)).hasMatch()) {
                    t.type = Token::Type::Date;
                } else if ((m = number.match(m_text, i)).hasMatch()) {
                    t.type = Token::Type::Number;
                } else {
                    *error = QStringLiteral("unexpected character at %1").arg(i);
                    return false;
                }
                t.text = m.captured(0);
                i += m.capturedLength(0);
                tokens->append(t);
                continue;
            }
            if (c.isLetter() || c == QLatin1Char('_')) {
                qsizetype j = i;
                while (j < n && (m_text.at(j).isLetterOrNumber() || m_text.at(j) == QLatin1Char('_') ||
                                 m_text.at(j) == QLatin1Char('.') || m_text.at(j) == QLatin1Char(':'))) {
                    ++j;
                }
                t.type = Token::Type::Word;
                t.text = m_text.mid(i, j - i);
                i = j;
                tokens->append(t);
                continue;
            }
            const QString two = m_text.mid(i, 2);
            if (two == QLatin1String("!=") || two == QLatin1String("<>") || two == QLatin1String("<=") ||
                two == QLatin1String(">=")) {
                t.type = Token::Type::Op;
                t.text = two == QLatin1String("<>") ? QStringLiteral("!=") : two;
                i += 2;
                tokens->append(t);
                continue;
            }
            if (c == QLatin1Char('=') || c == QLatin1Char('<') || c == QLatin1Char('>')) {
                t.type = Token::Type::Op;
                t.text = c;
                ++i;
                tokens->append(t);
                continue;
            }
            if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
                t.type = Token::Type::Punct;
                t.text = c;
                ++i;
                tokens->append(t);
                continue;
            }
            *error = QStringLiteral("line 1:%1 no viable alternative at character '%2'").arg(i).arg(c);
            return false;
        }
        Token end;
        end.position = static_cast<int>(n);
        tokens->append(end);
        return true;
    }

private:
    bool readString(qsizetype &i, Token *t, QString *error)
    {
        const qsizetype n = m_text.size();
        const qsizetype start = i;
        ++i; // opening quote
        QString value;
        QString like;
        bool likeOnly = false;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\'')) {
                ++i;
                t->type = Token::Type::String;
                t->literal.type = SfSoql::Literal::Type::String;
                t->literal.text = value;
                t->literal.likePattern = like;
                t->literal.likeOnly = likeOnly;
                return true;
            }
            if (c != QLatin1Char('\\')) {
                value += c;
                like += c; // unescaped % and _ stay wildcards
                ++i;
                continue;
            }
            if (i + 1 >= n) {
                break;
            }
            const QChar e = m_text.at(i + 1);
            i += 2;
            switch (e.unicode()) {
            case '\'':
            case '"':
                value += e;
                like += e;
                break;
            case '\\':
                value += QLatin1Char('\\');
                like += QLatin1String("\\\\");
                break;
            case 'n':
            case 'N':
                value += QLatin1Char('\n');
                like += QLatin1Char('\n');
                break;
            case 'r':
            case 'R':
                value += QLatin1Char('\r');
                like += QLatin1Char('\r');
                break;
            case 't':
            case 'T':
                value += QLatin1Char('\t');
                like += QLatin1Char('\t');
                break;
            case 'b':
            case 'B':
                value += QLatin1Char('\b');
                like += QLatin1Char('\b');
                break;
            case 'f':
            case 'F':
                value += QLatin1Char('\f');
                like += QLatin1Char('\f');
                break;
            case '_':
            case '%':
                value += e;
                like += QLatin1Char('\\') + e;
                likeOnly = true;
                break;
            case 'u':
            case 'U': {
                bool ok = false;
                const uint code = m_text.mid(i, 4).toUInt(&ok, 16);
                if (!ok || m_text.mid(i, 4).size() != 4) {
                    *error = QStringLiteral("Invalid unicode escape at %1").arg(i - 2);
                    return false;
                }
                value += QChar(static_cast<char16_t>(code));
                like += QChar(static_cast<char16_t>(code));
                i += 4;
                break;
            }
            default:
                *error = QStringLiteral(
                             "line 1:%1 Invalid string literal '%2'. Illegal character sequence '\\%3' in "
                             "string literal.")
                             .arg(start)
                             .arg(m_text.mid(start, i - start))
                             .arg(e);
                return false;
            }
        }
        *error = QStringLiteral("line 1:%1 unterminated string literal").arg(start);
        return false;
    }

    QString m_text;
};

class Parser
{
public:
    Parser(const QList<Token> &tokens, SfSoql *query)
        : m_tokens(tokens)
        , m_query(query)
    {}

    bool run(QString *error)
    {
        if (!keyword("SELECT")) {
            return fail(error, QStringLiteral("expecting SELECT"));
        }
        if (peekKeyword("COUNT") && peek(1).text == QLatin1String("(")) {
            next();
            next();
            if (peek().text != QLatin1String(")")) {
                return fail(error, QStringLiteral("only COUNT() is supported"));
            }
            next();
            m_query->countOnly = true;
        } else {
            do {
                const Token &field = next();
                if (field.type != Token::Type::Word || isReserved(field.text)) {
                    return fail(error, QStringLiteral("unexpected token: '%1'").arg(field.text));
                }
                m_query->select.append(field.text);
            } while (punct(","));
        }
        if (!keyword("FROM")) {
            return fail(error, QStringLiteral("expecting FROM"));
        }
        const Token &from = next();
        if (from.type != Token::Type::Word) {
            return fail(error, QStringLiteral("expecting an object after FROM"));
        }
        m_query->from = from.text;
        if (keyword("WHERE")) {
            m_query->where = orExpression(error);
            if (!m_query->where) {
                return false;
            }
        }
        if (keyword("ORDER")) {
            if (!keyword("BY")) {
                return fail(error, QStringLiteral("expecting BY"));
            }
            do {
                const Token &field = next();
                if (field.type != Token::Type::Word) {
                    return fail(error, QStringLiteral("expecting a field in ORDER BY"));
                }
                SfSoql::Order order;
                order.path = field.text;
                if (keyword("DESC")) {
                    order.descending = true;
                } else {
                    keyword("ASC");
                }
                if (keyword("NULLS")) {
                    if (keyword("FIRST")) {
                        order.nulls = 1;
                    } else if (keyword("LAST")) {
                        order.nulls = 2;
                    } else {
                        return fail(error, QStringLiteral("expecting FIRST or LAST"));
                    }
                }
                m_query->orderBy.append(order);
            } while (punct(","));
        }
        if (keyword("LIMIT")) {
            const Token &n = next();
            bool ok = false;
            m_query->limit = n.text.toInt(&ok);
            if (n.type != Token::Type::Number || !ok || m_query->limit < 0) {
                return fail(error, QStringLiteral("LIMIT needs a number"));
            }
        }
        if (keyword("OFFSET")) {
            const Token &n = next();
            bool ok = false;
            m_query->offset = n.text.toInt(&ok);
            if (n.type != Token::Type::Number || !ok || m_query->offset < 0) {
                return fail(error, QStringLiteral("OFFSET needs a number"));
            }
        }
        if (peek().type != Token::Type::End) {
            return fail(error, QStringLiteral("unexpected token: '%1'").arg(peek().text));
        }
        return true;
    }

private:
    using Node = std::shared_ptr<SfSoql::Condition>;

    const Token &peek(int ahead = 0) const
    {
        const int at = std::min<int>(m_pos + ahead, static_cast<int>(m_tokens.size()) - 1);
        return m_tokens.at(at);
    }
    const Token &next()
    {
        const Token &t = peek();
        if (m_pos < m_tokens.size() - 1) {
            ++m_pos;
        }
        return t;
    }
    bool peekKeyword(const char *word) const
    {
        return peek().type == Token::Type::Word &&
               peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool keyword(const char *word)
    {
        if (peekKeyword(word)) {
            next();
            return true;
        }
        return false;
    }
    bool punct(const char *p)
    {
        if (peek().type == Token::Type::Punct && peek().text == QLatin1String(p)) {
            next();
            return true;
        }
        return false;
    }
    static bool isReserved(const QString &word)
    {
        static const QStringList reserved = {
            QStringLiteral("FROM"), QStringLiteral("WHERE"), QStringLiteral("AND"),
            QStringLiteral("OR"),   QStringLiteral("NOT"),   QStringLiteral("IN"),
            QStringLiteral("LIKE"), QStringLiteral("ORDER"), QStringLiteral("LIMIT"),
            QStringLiteral("NULL"), QStringLiteral("SELECT")};
        return reserved.contains(word.toUpper());
    }
    bool fail(QString *error, const QString &message)
    {
        *error = QStringLiteral("line 1:%1 %2").arg(peek().position).arg(message);
        return false;
    }
    Node failNode(QString *error, const QString &message)
    {
        fail(error, message);
        return nullptr;
    }

    Node orExpression(QString *error)
    {
        Node left = andExpression(error);
        if (!left) {
            return nullptr;
        }
        while (keyword("OR")) {
            Node right = andExpression(error);
            if (!right) {
                return nullptr;
            }
            auto node = std::make_shared<SfSoql::Condition>();
            node->kind = SfSoql::Condition::Kind::Or;
            node->children = {left, right};
            left = node;
        }
        return left;
    }

    Node andExpression(QString *error)
    {
        Node left = notExpression(error);
        if (!left) {
            return nullptr;
        }
        while (keyword("AND")) {
            Node right = notExpression(error);
            if (!right) {
                return nullptr;
            }
            auto node = std::make_shared<SfSoql::Condition>();
            node->kind = SfSoql::Condition::Kind::And;
            node->children = {left, right};
            left = node;
        }
        return left;
    }

    Node notExpression(QString *error)
    {
        if (keyword("NOT")) {
            Node inner = notExpression(error);
            if (!inner) {
                return nullptr;
            }
            auto node = std::make_shared<SfSoql::Condition>();
            node->kind = SfSoql::Condition::Kind::Not;
            node->children = {inner};
            return node;
        }
        if (punct("(")) {
            Node inner = orExpression(error);
            if (!inner) {
                return nullptr;
            }
            if (!punct(")")) {
                return failNode(error, QStringLiteral("expecting ')'"));
            }
            return inner;
        }
        return comparison(error);
    }

    bool literal(SfSoql::Literal *out, QString *error)
    {
        const Token &t = next();
        switch (t.type) {
        case Token::Type::String:
            *out = t.literal;
            return true;
        case Token::Type::Number:
            out->type = SfSoql::Literal::Type::Number;
            out->text = t.text;
            return true;
        case Token::Type::Date:
            out->type = SfSoql::Literal::Type::Date;
            out->text = t.text;
            return true;
        case Token::Type::DateTime:
            out->type = SfSoql::Literal::Type::DateTime;
            out->text = t.text;
            return true;
        case Token::Type::Word:
            if (t.text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
                out->type = SfSoql::Literal::Type::Null;
                return true;
            }
            if (t.text.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0 ||
                t.text.compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0) {
                out->type = SfSoql::Literal::Type::Boolean;
                out->text = t.text.toLower();
                return true;
            }
            break;
        default:
            break;
        }
        *error = QStringLiteral("line 1:%1 unexpected token: '%2'").arg(t.position).arg(t.text);
        return false;
    }

    Node comparison(QString *error)
    {
        const Token &field = next();
        if (field.type != Token::Type::Word || isReserved(field.text)) {
            return failNode(error, QStringLiteral("unexpected token: '%1'").arg(field.text));
        }
        auto node = std::make_shared<SfSoql::Condition>();
        node->path = field.text;
        bool negated = false;
        if (peekKeyword("NOT") && peek(1).text.compare(QLatin1String("IN"), Qt::CaseInsensitive) == 0) {
            next();
            negated = true;
        }
        if (keyword("IN")) {
            node->kind = SfSoql::Condition::Kind::In;
            node->negated = negated;
            if (!punct("(")) {
                return failNode(error, QStringLiteral("expecting '('"));
            }
            do {
                SfSoql::Literal value;
                if (!literal(&value, error)) {
                    return nullptr;
                }
                node->values.append(value);
            } while (punct(","));
            if (!punct(")")) {
                return failNode(error, QStringLiteral("expecting ')'"));
            }
            return node;
        }
        if (negated) {
            return failNode(error, QStringLiteral("expecting IN"));
        }
        if (keyword("LIKE")) {
            node->kind = SfSoql::Condition::Kind::Like;
            SfSoql::Literal value;
            if (!literal(&value, error)) {
                return nullptr;
            }
            if (value.type != SfSoql::Literal::Type::String) {
                return failNode(error, QStringLiteral("LIKE needs a string"));
            }
            node->values.append(value);
            return node;
        }
        const Token &op = next();
        if (op.type != Token::Type::Op) {
            *error = QStringLiteral("line 1:%1 unexpected token: '%2'").arg(op.position).arg(op.text);
            return nullptr;
        }
        node->kind = SfSoql::Condition::Kind::Compare;
        node->op = op.text;
        SfSoql::Literal value;
        if (!literal(&value, error)) {
            return nullptr;
        }
        node->values.append(value);
        return node;
    }

    const QList<Token> &m_tokens;
    SfSoql *m_query;
    int m_pos = 0;
};

} // namespace

bool SfSoql::parse(const QString &soql, SfSoql *query, QString *error)
{
    *query = SfSoql();
    QList<Token> tokens;
    Lexer lexer(soql);
    if (!lexer.run(&tokens, error)) {
        return false;
    }
    Parser parser(tokens, query);
    return parser.run(error);
}
