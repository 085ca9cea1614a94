#include "salesforce/Soql.h"

#include "salesforce/SalesforceId.h"

#include <QRegularExpression>

namespace {

QString escapeImpl(const QString &value, bool like)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\'':
            out += QLatin1String("\\'");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '_':
            out += like ? QStringLiteral("\\_") : QStringLiteral("_");
            break;
        case '%':
            out += like ? QStringLiteral("\\%") : QStringLiteral("%");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                // Other control characters have no short escape: use the Unicode form.
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    return out;
}

} // namespace

QString Soql::escape(const QString &value)
{
    return escapeImpl(value, false);
}

QString Soql::quote(const QString &value)
{
    return QLatin1Char('\'') + escape(value) + QLatin1Char('\'');
}

QString Soql::escapeLike(const QString &value)
{
    return escapeImpl(value, true);
}

QString Soql::quoteLike(const QString &value, bool anyPrefix, bool anySuffix)
{
    return QLatin1Char('\'') + (anyPrefix ? QStringLiteral("%") : QString()) + escapeLike(value) +
           (anySuffix ? QStringLiteral("%") : QString()) + QLatin1Char('\'');
}

QString Soql::idList(const QStringList &ids, QString *invalid)
{
    QStringList quoted;
    for (const QString &id : ids) {
        const SalesforceId::Parsed parsed = SalesforceId::parse(id);
        if (!parsed.ok()) {
            if (invalid) {
                *invalid = id;
            }
            return QString();
        }
        quoted.append(QLatin1Char('\'') + parsed.id18 + QLatin1Char('\''));
    }
    return QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

bool Soql::isValidName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String("___"));
}
