#include "salesforce/SfQueryEngine.h"

#include "salesforce/SalesforceId.h"
#include "salesforce/SfIdAllocator.h"
#include "salesforce/SfStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kMalformed = QStringLiteral("MALFORMED_QUERY");
const QString kInvalidField = QStringLiteral("INVALID_FIELD");

QString canonicalDateTime(const QString &text)
{
    QString s = text;
    static const QRegularExpression compact(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    s.replace(compact, QStringLiteral("\\1:\\2"));
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        return QString();
    }
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

bool isTextLike(const SfSchema::Field &f)
{
    return f.isText() || f.type == QLatin1String("id") || f.isReference();
}

QJsonValue toJson(const SfSchema::Field *f, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        return QJsonValue(QJsonValue::Null);
    }
    if (!f) {
        return QJsonValue(v.toString());
    }
    if (f->type == QLatin1String("boolean")) {
        return QJsonValue(v.toLongLong() != 0);
    }
    if (f->type == QLatin1String("int")) {
        return QJsonValue(v.toLongLong());
    }
    if (f->isNumber()) {
        return QJsonValue(v.toDouble());
    }
    return QJsonValue(v.toString());
}

} // namespace

struct SfQueryEngine::Translation
{
    const SfSchema &schema;
    const SfSchema::Object &object;
    QHash<QString, QString> joinAlias; // lookup field name (lower) -> alias
    QStringList joins;
    QVariantList binds;

    QString join(const SfSchema::Field &lookup, const SfSchema::Object &parent)
    {
        const QString key = lookup.name.toLower();
        auto it = joinAlias.constFind(key);
        if (it != joinAlias.constEnd()) {
            return it.value();
        }
        const QString alias = QStringLiteral("r%1").arg(joinAlias.size() + 1);
        joinAlias.insert(key, alias);
        joins.append(QStringLiteral("LEFT JOIN %1 AS %2 ON %2.\"Id\" = t.%3")
                         .arg(SfStore::quoted(parent.name), alias, SfStore::quoted(lookup.name)));
        return alias;
    }

    QString expression(const QString &alias, const SfSchema::Object &owner, const SfSchema::Field &f)
    {
        if (f.stored()) {
            return alias + QLatin1Char('.') + SfStore::quoted(f.name);
        }
        // Formula fields: the two shapes the package uses.
        static const QRegularExpression binary(QStringLiteral("^\\s*(\\w+)\\s*([-+*/])\\s*(\\w+)\\s*$"));
        static const QRegularExpression path(QStringLiteral("^\\s*(\\w+__r)\\.(\\w+)\\s*$"));
        const QRegularExpressionMatch b = binary.match(f.formula);
        if (b.hasMatch()) {
            const SfSchema::Field *left = owner.field(b.captured(1));
            const SfSchema::Field *right = owner.field(b.captured(3));
            if (left && right && left->stored() && right->stored()) {
                const QString l = alias + QLatin1Char('.') + SfStore::quoted(left->name);
                const QString r = alias + QLatin1Char('.') + SfStore::quoted(right->name);
                if (b.captured(2) == QLatin1String("/")) {
                    return QStringLiteral(
                               "(CASE WHEN %2 IS NULL OR %2 = 0 THEN NULL ELSE ROUND(%1 * 1.0 / %2, %3) END)")
                        .arg(l, r)
                        .arg(f.scale);
                }
                return QStringLiteral("ROUND(%1 %2 %3, %4)").arg(l, b.captured(2), r).arg(f.scale);
            }
        }
        const QRegularExpressionMatch p = path.match(f.formula);
        if (p.hasMatch() && alias == QLatin1String("t")) {
            const SfSchema::Field *lookup = owner.lookupByRelationship(p.captured(1));
            const SfSchema::Object *parent = lookup ? schema.object(lookup->referenceTo) : nullptr;
            const SfSchema::Field *target = parent ? parent->field(p.captured(2)) : nullptr;
            if (target && target->stored()) {
                return join(*lookup, *parent) + QLatin1Char('.') + SfStore::quoted(target->name);
            }
        }
        return QStringLiteral("NULL");
    }

    bool resolve(const QString &path, QString *sql, const SfSchema::Field **field, Error *error,
                 QString *relationship = nullptr, const SfSchema::Object **parentOut = nullptr,
                 QString *parentId = nullptr)
    {
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            const SfSchema::Field *f = object.field(path);
            if (!f) {
                *error = {kInvalidField,
                          QStringLiteral(
                              "No such column '%1' on entity '%2'. If you are attempting to use a custom "
                              "field, be sure to append the '__c' after the custom field name. Please "
                              "reference your WSDL or the describe call for the appropriate names.")
                              .arg(path, object.name)};
                return false;
            }
            *field = f;
            *sql = expression(QStringLiteral("t"), object, *f);
            return true;
        }
        const SfSchema::Field *lookup =
            parts.size() == 2 ? object.lookupByRelationship(parts.first()) : nullptr;
        const SfSchema::Object *parent = lookup ? schema.object(lookup->referenceTo) : nullptr;
        if (!parent) {
            *error = {kInvalidField,
                      QStringLiteral("Didn't understand relationship '%1' in field path. If you are "
                                     "attempting to use a custom relationship, be sure to append the "
                                     "'__r' after the custom relationship name.")
                          .arg(parts.first())};
            return false;
        }
        const SfSchema::Field *f = parent->field(parts.at(1));
        if (!f) {
            *error = {kInvalidField,
                      QStringLiteral("No such column '%1' on entity '%2'.").arg(parts.at(1), parent->name)};
            return false;
        }
        const QString alias = join(*lookup, *parent);
        *field = f;
        *sql = expression(alias, *parent, *f);
        if (relationship) {
            *relationship = parts.first();
        }
        if (parentOut) {
            *parentOut = parent;
        }
        if (parentId) {
            *parentId = alias + QStringLiteral(".\"Id\"");
        }
        return true;
    }

    bool value(const SfSchema::Field &f, const SfSoql::Literal &literal, QVariant *out, Error *error)
    {
        using Type = SfSoql::Literal::Type;
        if (literal.type == Type::String && literal.likeOnly) {
            *error = {kMalformed,
                      QStringLiteral("Invalid string literal '%1'. \\_ and \\% are only valid in LIKE.")
                          .arg(literal.text)};
            return false;
        }
        auto typeError = [&](const QString &wanted) {
            *error = {kInvalidField,
                      QStringLiteral("value of filter criterion for field '%1' must be of type %2 and "
                                     "should not be enclosed in quotes")
                          .arg(f.name, wanted)};
            return false;
        };
        if (f.type == QLatin1String("id") || f.isReference()) {
            if (literal.type != Type::String) {
                return typeError(QStringLiteral("id"));
            }
            const SalesforceId::Parsed id = SalesforceId::parse(literal.text);
            *out = id.ok() ? id.id18 : literal.text;
            return true;
        }
        if (f.isText()) {
            if (literal.type != Type::String) {
                return typeError(QStringLiteral("string"));
            }
            *out = literal.text;
            return true;
        }
        if (f.type == QLatin1String("boolean")) {
            if (literal.type != Type::Boolean) {
                return typeError(QStringLiteral("boolean"));
            }
            *out = literal.text == QLatin1String("true") ? 1 : 0;
            return true;
        }
        if (f.isNumber()) {
            if (literal.type != Type::Number) {
                return typeError(QStringLiteral("double"));
            }
            *out = literal.text.toDouble();
            return true;
        }
        if (f.type == QLatin1String("date")) {
            if (literal.type != Type::Date) {
                return typeError(QStringLiteral("date"));
            }
            *out = literal.text;
            return true;
        }
        if (f.type == QLatin1String("datetime")) {
            if (literal.type == Type::Date) {
                *out = QString(literal.text + QStringLiteral("T00:00:00.000+0000"));
                return true;
            }
            if (literal.type != Type::DateTime) {
                return typeError(QStringLiteral("dateTime"));
            }
            *out = canonicalDateTime(literal.text);
            return true;
        }
        *out = literal.text;
        return true;
    }

    bool condition(const SfSoql::Condition &c, QString *sql, Error *error)
    {
        using Kind = SfSoql::Condition::Kind;
        if (c.kind == Kind::And || c.kind == Kind::Or) {
            QString left;
            QString right;
            if (!condition(*c.children.at(0), &left, error) || !condition(*c.children.at(1), &right, error)) {
                return false;
            }
            *sql = QStringLiteral("(%1 %2 %3)")
                       .arg(left, c.kind == Kind::And ? QStringLiteral("AND") : QStringLiteral("OR"), right);
            return true;
        }
        if (c.kind == Kind::Not) {
            QString inner;
            if (!condition(*c.children.at(0), &inner, error)) {
                return false;
            }
            *sql = QStringLiteral("(NOT COALESCE(%1, 0))").arg(inner);
            return true;
        }
        QString expr;
        const SfSchema::Field *f = nullptr;
        if (!resolve(c.path, &expr, &f, error)) {
            return false;
        }
        const QString collate = isTextLike(*f) ? QStringLiteral(" COLLATE NOCASE") : QString();
        if (c.kind == Kind::Like) {
            if (!isTextLike(*f)) {
                *error = {kInvalidField, QStringLiteral("invalid operator on field %1: LIKE").arg(f->name)};
                return false;
            }
            binds.append(c.values.first().likePattern);
            *sql = QStringLiteral("(%1 LIKE ? ESCAPE '\\')").arg(expr);
            return true;
        }
        if (c.kind == Kind::In) {
            QStringList marks;
            bool withNull = false;
            for (const SfSoql::Literal &l : c.values) {
                if (l.type == SfSoql::Literal::Type::Null) {
                    withNull = true;
                    continue;
                }
                QVariant v;
                if (!value(*f, l, &v, error)) {
                    return false;
                }
                binds.append(v);
                marks.append(QStringLiteral("?"));
            }
            const QString list = marks.isEmpty()
                                     ? QStringLiteral("(NULL)")
                                     : QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
            if (c.negated) {
                *sql = QStringLiteral("(%1 IS %3NULL %4 %1%2 NOT IN %5)")
                           .arg(expr, collate, withNull ? QStringLiteral("NOT ") : QString(),
                                withNull ? QStringLiteral("AND") : QStringLiteral("OR"), list);
            } else {
                *sql = QStringLiteral("(%1%2 IN %3%4)")
                           .arg(expr, collate, list,
                                withNull ? QStringLiteral(" OR %1 IS NULL").arg(expr) : QString());
            }
            return true;
        }
        const SfSoql::Literal &literal = c.values.first();
        if (literal.type == SfSoql::Literal::Type::Null) {
            if (c.op == QLatin1String("=")) {
                *sql = QStringLiteral("(%1 IS NULL)").arg(expr);
            } else if (c.op == QLatin1String("!=")) {
                *sql = QStringLiteral("(%1 IS NOT NULL)").arg(expr);
            } else {
                *error = {kMalformed, QStringLiteral("null can only be compared with = or !=")};
                return false;
            }
            return true;
        }
        QVariant v;
        if (!value(*f, literal, &v, error)) {
            return false;
        }
        binds.append(v);
        if (c.op == QLatin1String("!=")) {
            // SOQL: a null field is "not equal" to any value.
            *sql = QStringLiteral("(%1 IS NULL OR %1 != ?%2)").arg(expr, collate);
        } else {
            *sql = QStringLiteral("(%1 %2 ?%3)").arg(expr, c.op, collate);
        }
        return true;
    }
};

SfQueryEngine::SfQueryEngine(SfStore &store)
    : m_store(store)
{}

bool SfQueryEngine::translate(const SfSoql &query, bool includeDeleted, Cursor *cursor, qint64 *countOut,
                              Error *error)
{
    const SfSchema::Object *object = m_schema->object(query.from);
    if (!object) {
        *error = {QStringLiteral("INVALID_TYPE"),
                  QStringLiteral(
                      "sObject type '%1' is not supported. If you are attempting to use a custom object, "
                      "be sure to append the '__c' after the entity name. Please reference your WSDL or "
                      "the describe call for the appropriate names.")
                      .arg(query.from)};
        return false;
    }
    Translation t{*m_schema, *object, {}, {}, {}};
    QStringList selects = {QStringLiteral("t.\"Id\"")};
    QList<Column> columns;
    for (const QString &path : query.select) {
        Column c;
        c.path = path;
        if (!t.resolve(path, &c.sql, &c.field, error, &c.relationship, &c.parent, &c.parentIdSql)) {
            return false;
        }
        columns.append(c);
    }
    for (const Column &c : std::as_const(columns)) {
        selects.append(c.sql);
        selects.append(c.parentIdSql.isEmpty() ? QStringLiteral("NULL") : c.parentIdSql);
    }
    QStringList where;
    if (!includeDeleted) {
        where.append(QStringLiteral("t.\"IsDeleted\" = 0"));
    }
    if (query.where) {
        QString condition;
        if (!t.condition(*query.where, &condition, error)) {
            return false;
        }
        where.append(condition);
    }
    QStringList order;
    for (const SfSoql::Order &o : query.orderBy) {
        QString expr;
        const SfSchema::Field *f = nullptr;
        if (!t.resolve(o.path, &expr, &f, error)) {
            return false;
        }
        const bool nullsFirst = o.nulls == 1 || (o.nulls == 0 && !o.descending);
        order.append(QStringLiteral("(%1 IS NULL) %2")
                         .arg(expr, nullsFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
        order.append(expr + (isTextLike(*f) ? QStringLiteral(" COLLATE NOCASE") : QString()) +
                     (o.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    }
    order.append(QStringLiteral("t.rowid"));

    const QString from =
        QStringLiteral(" FROM %1 AS t %2%3")
            .arg(SfStore::quoted(object->name), t.joins.join(QLatin1Char(' ')),
                 where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    cursor->sql = QStringLiteral("SELECT ") + selects.join(QLatin1Char(',')) + from +
                  QStringLiteral(" ORDER BY ") + order.join(QLatin1Char(','));
    cursor->binds = t.binds;
    cursor->columns = columns;
    cursor->object = object;
    cursor->schema = m_schema;
    cursor->limit = query.limit;
    cursor->offset = query.offset;

    // totalSize honours LIMIT and OFFSET.
    QSqlQuery count(m_store.database());
    QString countSql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + from;
    if (query.limit >= 0 || query.offset > 0) {
        countSql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    }
    countSql += QLatin1Char(')');
    count.prepare(countSql);
    for (const QVariant &b : std::as_const(t.binds)) {
        count.addBindValue(b);
    }
    if (!count.exec() || !count.next()) {
        *error = {kMalformed, count.lastError().text()};
        return false;
    }
    *countOut = count.value(0).toLongLong();
    return true;
}

bool SfQueryEngine::run(const QString &soql, bool includeDeleted, int pageSize, const QString &apiVersion,
                        QJsonObject *page, Error *error)
{
    SfSoql query;
    QString problem;
    if (!SfSoql::parse(soql, &query, &problem)) {
        *error = {kMalformed, problem};
        return false;
    }
    Cursor cursor;
    qint64 total = 0;
    if (!translate(query, includeDeleted, &cursor, &total, error)) {
        return false;
    }
    cursor.total = total;
    cursor.pageSize = std::max(1, pageSize);
    if (query.countOnly) {
        *page = QJsonObject{{QStringLiteral("totalSize"), total},
                            {QStringLiteral("done"), true},
                            {QStringLiteral("records"), QJsonArray()}};
        return true;
    }
    const QString id = SfIdAllocator::idFor(QStringLiteral("01g"), ++m_nextCursor);
    return fetch(id, cursor, 0, apiVersion, page, error);
}

bool SfQueryEngine::more(const QString &locator, const QString &apiVersion, QJsonObject *page, Error *error)
{
    const int dash = locator.lastIndexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 position = dash > 0 ? locator.mid(dash + 1).toLongLong(&ok) : -1;
    const QString id = dash > 0 ? locator.left(dash) : locator;
    auto it = m_cursors.find(id);
    if (!ok || it == m_cursors.end() || position < 0 || position > it->total) {
        *error = {QStringLiteral("INVALID_QUERY_LOCATOR"), QStringLiteral("invalid query locator")};
        return false;
    }
    Cursor cursor = it.value();
    return fetch(id, cursor, position, apiVersion, page, error);
}

bool SfQueryEngine::fetch(const QString &cursorId, Cursor &cursor, qint64 position, const QString &apiVersion,
                          QJsonObject *page, Error *error)
{
    const qint64 count = std::min<qint64>(cursor.pageSize, cursor.total - position);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        cursor.sql +
        QStringLiteral(" LIMIT %1 OFFSET %2").arg(std::max<qint64>(0, count)).arg(cursor.offset + position));
    for (const QVariant &b : std::as_const(cursor.binds)) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        *error = {kMalformed, q.lastError().text()};
        return false;
    }
    const QString base = QStringLiteral("/services/data/v%1/sobjects/").arg(apiVersion);
    QJsonArray records;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QJsonObject record{{QStringLiteral("attributes"),
                            QJsonObject{{QStringLiteral("type"), cursor.object->name},
                                        {QStringLiteral("url"),
                                         QString(base + cursor.object->name + QLatin1Char('/') + id)}}}};
        QHash<QString, QJsonObject> parents;
        QHash<QString, bool> parentPresent;
        QHash<QString, QString> parentNames;
        for (int i = 0; i < cursor.columns.size(); ++i) {
            const Column &c = cursor.columns.at(i);
            const QJsonValue value = toJson(c.field, q.value(1 + i * 2));
            if (c.relationship.isEmpty()) {
                record.insert(c.field->name, value);
                continue;
            }
            const QString rel = c.relationship;
            const QVariant parentId = q.value(2 + i * 2);
            if (!parents.contains(rel)) {
                parentPresent.insert(rel, !parentId.isNull());
                parentNames.insert(rel, c.parent->name);
                parents.insert(rel,
                               QJsonObject{{QStringLiteral("attributes"),
                                            QJsonObject{{QStringLiteral("type"), c.parent->name},
                                                        {QStringLiteral("url"),
                                                         QString(base + c.parent->name + QLatin1Char('/') +
                                                                 parentId.toString())}}}});
            }
            parents[rel].insert(c.field->name, value);
        }
        for (auto it = parents.constBegin(); it != parents.constEnd(); ++it) {
            const SfSchema::Field *lookup = cursor.object->lookupByRelationship(it.key());
            const QString name = lookup ? lookup->relationshipName : it.key();
            record.insert(name, parentPresent.value(it.key()) ? QJsonValue(it.value())
                                                              : QJsonValue(QJsonValue::Null));
        }
        records.append(record);
    }
    const qint64 reached = position + records.size();
    const bool done = reached >= cursor.total || records.isEmpty();
    QJsonObject out{{QStringLiteral("totalSize"), cursor.total},
                    {QStringLiteral("done"), done},
                    {QStringLiteral("records"), records}};
    if (!done) {
        out.insert(QStringLiteral("nextRecordsUrl"),
                   QStringLiteral("/services/data/v%1/query/%2-%3").arg(apiVersion, cursorId).arg(reached));
        if (!m_cursors.contains(cursorId)) {
            m_cursors.insert(cursorId, cursor);
            m_cursorOrder.append(cursorId);
            while (m_cursorOrder.size() > 500) {
                m_cursors.remove(m_cursorOrder.takeFirst());
            }
        }
    }
    *page = out;
    return true;
}
