#include "salesforce/SfRestApi.h"

#include "salesforce/SalesforceId.h"
#include "salesforce/SfBulkApi.h"
#include "salesforce/SfFaults.h"
#include "salesforce/SfQueryEngine.h"
#include "salesforce/SfSchema.h"
#include "salesforce/SfStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <optional>

namespace {

constexpr int kMinVersion = 31;
constexpr int kMaxVersion = 66;
const QString kRolledBack =
    QStringLiteral("Record rolled back because not all records were valid and the request "
                   "was using AllOrNone header");
const QString kHalted =
    QStringLiteral("The transaction was rolled back since another operation in the same transaction failed.");

QJsonObject rolledBack()
{
    return QJsonObject{{QStringLiteral("id"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("success"), false},
                       {QStringLiteral("errors"),
                        QJsonArray{QJsonObject{{QStringLiteral("statusCode"),
                                                QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK")},
                                               {QStringLiteral("message"), kRolledBack},
                                               {QStringLiteral("fields"), QJsonArray()}}}}};
}

QJsonObject itemError(const QString &code, const QString &message)
{
    return QJsonObject{
        {QStringLiteral("id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("success"), false},
        {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("statusCode"), code},
                                                          {QStringLiteral("message"), message},
                                                          {QStringLiteral("fields"), QJsonArray()}}}}};
}

int versionMajor(const QString &version)
{
    return static_cast<int>(version.toDouble());
}

// @{ref.path[0].field} inside a Composite subrequest.
std::optional<QJsonValue> walk(const QHash<QString, QJsonValue> &answers, const QString &expression)
{
    static const QRegularExpression token(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QRegularExpressionMatchIterator it = token.globalMatch(expression);
    if (!it.hasNext()) {
        return std::nullopt;
    }
    const QString ref = it.next().captured(1);
    if (!answers.contains(ref)) {
        return std::nullopt;
    }
    QJsonValue current = answers.value(ref);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(2).isEmpty()) {
            const QJsonArray array = current.toArray();
            const int index = m.captured(2).toInt();
            if (index >= array.size()) {
                return std::nullopt;
            }
            current = array.at(index);
        } else {
            const QJsonObject object = current.toObject();
            if (!object.contains(m.captured(1))) {
                return std::nullopt;
            }
            current = object.value(m.captured(1));
        }
    }
    return current;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 17);
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QString();
}

// Replaces every @{...} in `text`; false with the missing reference in *missing.
bool substitute(QString *text, const QHash<QString, QJsonValue> &answers, QString *missing)
{
    static const QRegularExpression ref(QStringLiteral("@\\{([^}]+)\\}"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = ref.globalMatch(*text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto value = walk(answers, m.captured(1));
        if (!value) {
            *missing = m.captured(1);
            return false;
        }
        out += text->mid(last, m.capturedStart(0) - last) + scalarText(*value);
        last = m.capturedEnd(0);
    }
    out += text->mid(last);
    *text = out;
    return true;
}

bool substituteJson(QJsonValue *value, const QHash<QString, QJsonValue> &answers, QString *missing)
{
    if (value->isString()) {
        const QString s = value->toString();
        static const QRegularExpression whole(QStringLiteral("^@\\{([^}]+)\\}$"));
        const QRegularExpressionMatch m = whole.match(s);
        if (m.hasMatch()) {
            const auto v = walk(answers, m.captured(1));
            if (!v) {
                *missing = m.captured(1);
                return false;
            }
            *value = *v;
            return true;
        }
        QString text = s;
        if (!substitute(&text, answers, missing)) {
            return false;
        }
        *value = text;
        return true;
    }
    if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (!substituteJson(&item, answers, missing)) {
                return false;
            }
            array[i] = item;
        }
        *value = array;
        return true;
    }
    if (value->isObject()) {
        QJsonObject object = value->toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue item = it.value();
            if (!substituteJson(&item, answers, missing)) {
                return false;
            }
            it.value() = item;
        }
        *value = object;
    }
    return true;
}

} // namespace

SfRestApi::SfRestApi(const Context &context)
    : m_context(context)
{}

SandboxResponse SfRestApi::error(int status, const QString &code, const QString &message,
                                 const QStringList &fields, bool withFields)
{
    QJsonObject e{{QStringLiteral("message"), message}, {QStringLiteral("errorCode"), code}};
    if (withFields || !fields.isEmpty()) {
        e.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    }
    return SandboxResponse::json(status, QJsonDocument(QJsonArray{e}));
}

SandboxResponse SfRestApi::writeErrors(const SfWriter::Result &result)
{
    QJsonArray list;
    for (const SfWriter::Error &e : result.errors) {
        list.append(QJsonObject{{QStringLiteral("message"), e.message},
                                {QStringLiteral("errorCode"), e.statusCode},
                                {QStringLiteral("fields"), QJsonArray::fromStringList(e.fields)}});
    }
    return SandboxResponse::json(400, QJsonDocument(list));
}

bool SfRestApi::supportedVersion(const QString &version)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.0$"));
    const QRegularExpressionMatch m = pattern.match(version);
    if (!m.hasMatch()) {
        return false;
    }
    const int major = m.captured(1).toInt();
    return major >= kMinVersion && major <= kMaxVersion;
}

QJsonArray SfRestApi::versions()
{
    static const char *const seasons[] = {"Winter", "Spring", "Summer"};
    QJsonArray list;
    for (int v = kMinVersion; v <= kMaxVersion; ++v) {
        // 62.0 = Winter '25; three releases a year.
        const int step = v - 62;
        const int season = ((step % 3) + 3) % 3;
        const int year = 25 + (step >= 0 ? step / 3 : -((-step + 2) / 3));
        list.append(QJsonObject{
            {QStringLiteral("label"),
             QStringLiteral("%1 '%2").arg(QLatin1String(seasons[season])).arg(year, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("url"), QStringLiteral("/services/data/v%1.0").arg(v)},
            {QStringLiteral("version"), QStringLiteral("%1.0").arg(v)}});
    }
    return list;
}

QString SfRestApi::nextSavepoint()
{
    return QStringLiteral("sp%1").arg(++m_savepoints);
}

SandboxResponse SfRestApi::handle(const SandboxRequest &request, const QString &apiVersion,
                                  const QString &rest)
{
    QStringList segments;
    for (const QString &s : rest.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        segments.append(QUrl::fromPercentEncoding(s.toUtf8()));
    }
    return dispatch(request.method, segments, request.query, request.body, request, apiVersion);
}

SandboxResponse SfRestApi::dispatch(const QByteArray &method, const QStringList &segments,
                                    const QUrlQuery &query, const QByteArray &body,
                                    const SandboxRequest &request, const QString &apiVersion)
{
    const QString base = QStringLiteral("/services/data/v") + apiVersion;
    if (segments.isEmpty()) {
        const QJsonObject directory{
            {QStringLiteral("sobjects"), QString(base + QStringLiteral("/sobjects"))},
            {QStringLiteral("query"), QString(base + QStringLiteral("/query"))},
            {QStringLiteral("queryAll"), QString(base + QStringLiteral("/queryAll"))},
            {QStringLiteral("composite"), QString(base + QStringLiteral("/composite"))},
            {QStringLiteral("limits"), QString(base + QStringLiteral("/limits"))},
            {QStringLiteral("jobs"), QString(base + QStringLiteral("/jobs"))},
            {QStringLiteral("identity"), m_context.identityUrl},
        };
        return SandboxResponse::json(200, QJsonDocument(directory));
    }
    const QString &head = segments.first();
    if (head == QLatin1String("sobjects")) {
        return sobjects(method, segments, query, body, apiVersion);
    }
    if (head == QLatin1String("composite")) {
        if (segments.size() == 1) {
            if (method != "POST") {
                return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                             QStringLiteral("HTTP Method '%1' not allowed. Allowed are POST")
                                 .arg(QString::fromLatin1(method)));
            }
            return composite(body, request, apiVersion);
        }
        if (segments.at(1) == QLatin1String("sobjects")) {
            return collections(method, segments, query, body, apiVersion);
        }
    }
    if (head == QLatin1String("query") || head == QLatin1String("queryAll")) {
        if (method != "GET") {
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                         QStringLiteral("HTTP Method not allowed."));
        }
        if (segments.size() == 2) {
            QJsonObject page;
            SfQueryEngine::Error e;
            if (!m_context.query.more(segments.at(1), apiVersion, &page, &e)) {
                return error(400, e.code, e.message);
            }
            return SandboxResponse::json(200, QJsonDocument(page));
        }
        // '+' is a space in a query string, as in a form.
        QByteArray raw;
        for (const QByteArray &pair : request.url.query(QUrl::FullyEncoded).toUtf8().split('&')) {
            if (pair.startsWith("q=")) {
                raw = pair.mid(2);
            }
        }
        raw.replace('+', ' ');
        QString soql = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
        if (raw.isEmpty()) {
            soql = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        }
        int pageSize = m_context.faults.config().queryPageSize;
        const QByteArray options = request.header("Sforce-Query-Options");
        const qsizetype at = options.indexOf("batchSize=");
        if (at >= 0) {
            const int wanted = options.mid(at + 10).split(',').first().trimmed().toInt();
            if (wanted > 0) {
                pageSize = std::min(pageSize, std::max(200, wanted));
            }
        }
        return runQuery(soql, head == QLatin1String("queryAll"), pageSize, apiVersion);
    }
    if (head == QLatin1String("limits") && segments.size() == 1 && method == "GET") {
        return SandboxResponse::json(200, QJsonDocument(m_context.limits()));
    }
    if (head == QLatin1String("jobs") && segments.value(1) == QLatin1String("ingest")) {
        return m_context.bulk.handle(request, QStringList(segments.mid(2)).join(QLatin1Char('/')),
                                     apiVersion);
    }
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}

SandboxResponse SfRestApi::runQuery(const QString &soql, bool all, int pageSize, const QString &apiVersion)
{
    QJsonObject page;
    SfQueryEngine::Error e;
    if (soql.trimmed().isEmpty()) {
        return error(400, QStringLiteral("MALFORMED_QUERY"),
                     QStringLiteral("A query string is required (q)."));
    }
    if (!m_context.query.run(soql, all, pageSize, apiVersion, &page, &e)) {
        return error(400, e.code, e.message);
    }
    return SandboxResponse::json(200, QJsonDocument(page));
}

QList<QJsonValue> SfRestApi::retrieve(const SfSchema::Object &object, const QStringList &ids,
                                      QStringList fields, const QString &apiVersion)
{
    QList<QJsonValue> out;
    QStringList valid;
    for (const QString &id : ids) {
        const SalesforceId::Parsed parsed = SalesforceId::parse(id, object.keyPrefix);
        if (parsed.ok()) {
            valid.append(QLatin1Char('\'') + parsed.id18 + QLatin1Char('\''));
        }
    }
    if (fields.isEmpty()) {
        for (const SfSchema::Field &f : object.fields) {
            fields.append(f.name);
        }
    }
    bool hasId = false;
    for (const QString &f : std::as_const(fields)) {
        hasId = hasId || f.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0;
    }
    if (!hasId) {
        fields.prepend(QStringLiteral("Id"));
    }
    QHash<QString, QJsonValue> found;
    if (!valid.isEmpty()) {
        QJsonObject page;
        SfQueryEngine::Error e;
        const QString soql =
            QStringLiteral("SELECT %1 FROM %2 WHERE Id IN (%3)")
                .arg(fields.join(QLatin1Char(',')), object.name, valid.join(QLatin1Char(',')));
        if (m_context.query.run(soql, false, 2000, apiVersion, &page, &e)) {
            const QJsonArray records = page.value(QStringLiteral("records")).toArray();
            for (const QJsonValue &r : records) {
                found.insert(r.toObject().value(QStringLiteral("Id")).toString(), r);
            }
        }
    }
    for (const QString &id : ids) {
        const SalesforceId::Parsed parsed = SalesforceId::parse(id);
        out.append(parsed.ok() ? found.value(parsed.id18, QJsonValue(QJsonValue::Null))
                               : QJsonValue(QJsonValue::Null));
    }
    return out;
}

SandboxResponse SfRestApi::sobjects(const QByteArray &method, const QStringList &segments,
                                    const QUrlQuery &query, const QByteArray &body, const QString &apiVersion)
{
    const std::shared_ptr<const SfSchema> schema = m_context.schema();
    if (segments.size() == 1) {
        if (method != "GET") {
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                         QStringLiteral("HTTP Method not allowed."));
        }
        return SandboxResponse::json(200, QJsonDocument(schema->describeGlobal(apiVersion)));
    }
    const SfSchema::Object *object = schema->object(segments.at(1));
    if (!object) {
        return error(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("The requested resource does not exist"));
    }
    auto parseRecord = [&body](SfWriter::Record *record, SandboxResponse *failure) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        QString problem;
        if (!doc.isObject()) {
            *failure = error(
                400, QStringLiteral("JSON_PARSER_ERROR"),
                QStringLiteral("The request body is not a JSON object: %1").arg(parseError.errorString()));
            return false;
        }
        if (!SfWriter::fromJson(doc.object(), record, &problem)) {
            *failure = error(400, QStringLiteral("JSON_PARSER_ERROR"), problem);
            return false;
        }
        return true;
    };
    if (segments.size() == 2) {
        if (method == "GET") {
            return SandboxResponse::json(
                200, QJsonDocument(QJsonObject{
                         {QStringLiteral("objectDescribe"), schema->globalEntry(*object, apiVersion)},
                         {QStringLiteral("recentItems"), QJsonArray()}}));
        }
        if (method != "POST") {
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                         QStringLiteral("HTTP Method not allowed."));
        }
    }
    if (segments.size() == 2 ||
        (segments.size() == 3 && segments.at(2) == QLatin1String("Id") && method == "POST")) {
        SfWriter::Record record;
        SandboxResponse failure;
        if (!parseRecord(&record, &failure)) {
            return failure;
        }
        const SfWriter::Result r = m_context.writer.create(*object, {record}).constFirst();
        if (!r.success) {
            return writeErrors(r);
        }
        SandboxResponse answer = SandboxResponse::json(201, QJsonDocument(r.toJson(false)));
        answer.addHeader(
            "Location",
            QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(apiVersion, object->name, r.id).toUtf8());
        return answer;
    }
    if (segments.size() == 3) {
        if (segments.at(2) == QLatin1String("describe")) {
            if (method != "GET") {
                return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                             QStringLiteral("HTTP Method not allowed."));
            }
            return SandboxResponse::json(200, QJsonDocument(schema->describe(*object, apiVersion)));
        }
        const QString id = segments.at(2);
        if (method == "GET") {
            QStringList fields;
            for (const QString &f : query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                        .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                fields.append(f.trimmed());
            }
            for (const QString &f : std::as_const(fields)) {
                if (!object->field(f)) {
                    return error(400, QStringLiteral("INVALID_FIELD"),
                                 QStringLiteral("No such column '%1' on entity '%2'.").arg(f, object->name));
                }
            }
            const QJsonValue record = retrieve(*object, {id}, fields, apiVersion).constFirst();
            if (record.isNull()) {
                return error(404, QStringLiteral("NOT_FOUND"),
                             QStringLiteral("The requested resource does not exist"));
            }
            return SandboxResponse::json(200, QJsonDocument(record.toObject()));
        }
        if (method == "PATCH") {
            SfWriter::Record record;
            SandboxResponse failure;
            if (!parseRecord(&record, &failure)) {
                return failure;
            }
            const SfWriter::Result r = m_context.writer.update(*object, id, record);
            if (!r.success) {
                if (r.errors.value(0).statusCode == QLatin1String("INVALID_CROSS_REFERENCE_KEY") ||
                    r.errors.value(0).statusCode == QLatin1String("ENTITY_IS_DELETED")) {
                    return error(404, QStringLiteral("NOT_FOUND"),
                                 QStringLiteral("The requested resource does not exist"));
                }
                return writeErrors(r);
            }
            return SandboxResponse::empty(204);
        }
        if (method == "DELETE") {
            const SfWriter::Result r = m_context.writer.remove(id);
            if (!r.success) {
                const QString code = r.errors.value(0).statusCode;
                if (code == QLatin1String("ENTITY_IS_DELETED")) {
                    return error(404, code, QStringLiteral("entity is deleted"));
                }
                return error(404, QStringLiteral("NOT_FOUND"),
                             QStringLiteral("The requested resource does not exist"));
            }
            return SandboxResponse::empty(204);
        }
        return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                     QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,PATCH,DELETE")
                         .arg(QString::fromLatin1(method)));
    }
    if (segments.size() != 4) {
        return error(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("The requested resource does not exist"));
    }
    // /sobjects/{object}/{field}/{value}
    const SfSchema::Field *field = object->field(segments.at(2));
    const QString value = segments.at(3);
    if (!field || (!field->externalId && field->name != QLatin1String("Id"))) {
        return error(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("Provided external ID field does not exist or is not accessible: %1")
                         .arg(segments.at(2)));
    }
    auto urlsOf = [&](const QStringList &ids) {
        QJsonArray urls;
        for (const QString &i : ids) {
            urls.append(QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(apiVersion, object->name, i));
        }
        return SandboxResponse::json(300, QJsonDocument(urls));
    };
    if (field->name == QLatin1String("Id")) {
        if (method == "PATCH") {
            SfWriter::Record record;
            SandboxResponse failure;
            if (!parseRecord(&record, &failure)) {
                return failure;
            }
            const SfWriter::Result r = m_context.writer.update(*object, value, record);
            if (!r.success) {
                return writeErrors(r);
            }
            if (versionMajor(apiVersion) < 46) {
                return SandboxResponse::empty(204);
            }
            QJsonObject answer = r.toJson(true);
            return SandboxResponse::json(200, QJsonDocument(answer));
        }
        return error(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("The requested resource does not exist"));
    }
    if (method == "GET" || method == "DELETE") {
        const QStringList ids = m_context.store.idsByKey(*object, *field, value);
        if (ids.isEmpty()) {
            return error(404, QStringLiteral("NOT_FOUND"),
                         QStringLiteral("The requested resource does not exist"));
        }
        if (ids.size() > 1) {
            return urlsOf(ids);
        }
        if (method == "DELETE") {
            const SfWriter::Result r = m_context.writer.remove(ids.first());
            return r.success ? SandboxResponse::empty(204) : writeErrors(r);
        }
        return SandboxResponse::json(
            200, QJsonDocument(retrieve(*object, ids, {}, apiVersion).constFirst().toObject()));
    }
    if (method != "PATCH") {
        return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("HTTP Method not allowed."));
    }
    SfWriter::Record record;
    SandboxResponse failure;
    if (!parseRecord(&record, &failure)) {
        return failure;
    }
    const SfWriter::Result r = m_context.writer.upsertOne(*object, *field, value, record);
    if (!r.ambiguousIds.isEmpty()) {
        return urlsOf(r.ambiguousIds);
    }
    if (!r.success) {
        return writeErrors(r);
    }
    if (r.created) {
        return SandboxResponse::json(201, QJsonDocument(r.toJson(true)));
    }
    if (versionMajor(apiVersion) < 46) {
        return SandboxResponse::empty(204);
    }
    return SandboxResponse::json(200, QJsonDocument(r.toJson(true)));
}

SandboxResponse SfRestApi::collections(const QByteArray &method, const QStringList &segments,
                                       const QUrlQuery &query, const QByteArray &body,
                                       const QString &apiVersion)
{
    const std::shared_ptr<const SfSchema> schema = m_context.schema();
    const bool isUpsert = segments.size() == 4;
    if (versionMajor(apiVersion) < (isUpsert ? 46 : 42)) {
        return error(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("The requested resource does not exist"));
    }
    if (segments.size() == 3) {
        const SfSchema::Object *object = schema->object(segments.at(2));
        if (!object) {
            return error(404, QStringLiteral("NOT_FOUND"),
                         QStringLiteral("The requested resource does not exist"));
        }
        QStringList ids;
        QStringList fields;
        if (method == "GET") {
            ids = query.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded)
                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
            fields = query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (method == "POST") {
            const QJsonObject request = QJsonDocument::fromJson(body).object();
            for (const QJsonValue &v : request.value(QStringLiteral("ids")).toArray()) {
                ids.append(v.toString());
            }
            for (const QJsonValue &v : request.value(QStringLiteral("fields")).toArray()) {
                fields.append(v.toString());
            }
        } else {
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                         QStringLiteral("HTTP Method not allowed."));
        }
        if (ids.size() > 2000) {
            return error(400, QStringLiteral("EXCEEDED_ID_LIMIT"), QStringLiteral("Too many ids."));
        }
        for (const QString &f : std::as_const(fields)) {
            if (!object->field(f.trimmed())) {
                return error(400, QStringLiteral("INVALID_FIELD"),
                             QStringLiteral("No such column '%1' on entity '%2'.").arg(f, object->name));
            }
        }
        QJsonArray out;
        for (const QJsonValue &v : retrieve(*object, ids, fields, apiVersion)) {
            out.append(v);
        }
        return SandboxResponse::json(200, QJsonDocument(out));
    }

    bool allOrNone = false;
    QJsonArray records;
    QStringList deleteIds;
    if (method == "DELETE") {
        deleteIds = query.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded)
                        .split(QLatin1Char(','), Qt::SkipEmptyParts);
        allOrNone = query.queryItemValue(QStringLiteral("allOrNone")).toLower() == QLatin1String("true");
        if (deleteIds.size() > 200) {
            return error(
                400, QStringLiteral("EXCEEDED_ID_LIMIT"),
                QStringLiteral("record limit reached. cannot submit more than 200 records into this call"));
        }
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject()) {
            return error(
                400, QStringLiteral("JSON_PARSER_ERROR"),
                QStringLiteral("The request body is not a JSON object: %1").arg(parseError.errorString()));
        }
        allOrNone = doc.object().value(QStringLiteral("allOrNone")).toBool(false);
        records = doc.object().value(QStringLiteral("records")).toArray();
        if (records.size() > 200) {
            return error(
                400, QStringLiteral("EXCEEDED_ID_LIMIT"),
                QStringLiteral("record limit reached. cannot submit more than 200 records into this call"));
        }
    }

    const QString savepoint = nextSavepoint();
    m_context.store.begin(savepoint);
    QList<QJsonObject> results;
    bool anyFailed = false;
    auto add = [&](const QJsonObject &item) {
        anyFailed = anyFailed || !item.value(QStringLiteral("success")).toBool();
        results.append(item);
    };

    if (method == "DELETE" && segments.size() == 2) {
        for (const QString &id : std::as_const(deleteIds)) {
            add(m_context.writer.remove(id.trimmed()).toJson(false));
        }
    } else if (isUpsert && method == "PATCH") {
        const SfSchema::Object *object = schema->object(segments.at(2));
        if (!object) {
            m_context.store.rollback(savepoint);
            return error(404, QStringLiteral("NOT_FOUND"),
                         QStringLiteral("The requested resource does not exist"));
        }
        const SfSchema::Field *key = object->field(segments.at(3));
        if (!key || !key->externalId) {
            m_context.store.rollback(savepoint);
            return error(
                400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("Field name provided, %1 is not an External ID or indexed field for %2")
                    .arg(segments.at(3), object->name));
        }
        QList<SfWriter::Record> valid;
        QList<int> positions;
        QList<QJsonObject> early(records.size());
        for (int i = 0; i < records.size(); ++i) {
            const QJsonObject json = records.at(i).toObject();
            const QString type =
                json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
            if (!type.isEmpty() && type.compare(object->name, Qt::CaseInsensitive) != 0) {
                m_context.store.rollback(savepoint);
                return error(400, QStringLiteral("INVALID_TYPE"),
                             QStringLiteral("The record type %1 does not match the upsert type %2.")
                                 .arg(type, object->name));
            }
            SfWriter::Record record;
            QString problem;
            if (type.isEmpty()) {
                early[i] = itemError(QStringLiteral("INVALID_TYPE"),
                                     QStringLiteral("Must send a concrete entity type."));
            } else if (json.contains(QStringLiteral("Id")) || json.contains(QStringLiteral("id"))) {
                early[i] = itemError(
                    QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("Upsert by Id is not supported here; only external ids are supported."));
            } else if (!SfWriter::fromJson(json, &record, &problem)) {
                early[i] = itemError(QStringLiteral("JSON_PARSER_ERROR"), problem);
            } else {
                valid.append(record);
                positions.append(i);
            }
        }
        const QList<SfWriter::Result> written = m_context.writer.upsert(*object, *key, valid);
        for (int j = 0; j < positions.size(); ++j) {
            QJsonObject item = written.at(j).toJson(true);
            if (!written.at(j).success) {
                item.remove(QStringLiteral("created")); // failed items carry no "created"
            }
            early[positions.at(j)] = item;
        }
        for (const QJsonObject &item : std::as_const(early)) {
            add(item);
        }
    } else if (segments.size() == 2 && (method == "POST" || method == "PATCH")) {
        for (const QJsonValue &value : std::as_const(records)) {
            const QJsonObject json = value.toObject();
            const SfSchema::Object *object = schema->object(
                json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString());
            if (!object) {
                add(itemError(QStringLiteral("INVALID_TYPE"),
                              QStringLiteral("Must send a concrete entity type.")));
                continue;
            }
            QJsonObject fields = json;
            const QString id =
                fields.take(QStringLiteral("id")).toString() + fields.take(QStringLiteral("Id")).toString();
            SfWriter::Record record;
            QString problem;
            if (!SfWriter::fromJson(fields, &record, &problem)) {
                add(itemError(QStringLiteral("JSON_PARSER_ERROR"), problem));
                continue;
            }
            if (method == "POST") {
                if (!id.isEmpty()) {
                    add(itemError(QStringLiteral("INVALID_FIELD"),
                                  QStringLiteral("cannot specify Id in an insert call")));
                    continue;
                }
                add(m_context.writer.create(*object, {record}).constFirst().toJson(false));
            } else {
                if (id.isEmpty()) {
                    add(itemError(QStringLiteral("MISSING_ARGUMENT"),
                                  QStringLiteral("Id not specified in an update call")));
                    continue;
                }
                add(m_context.writer.update(*object, id, record).toJson(false));
            }
        }
    } else {
        m_context.store.rollback(savepoint);
        return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("HTTP Method not allowed."));
    }

    if (allOrNone && anyFailed) {
        // Every record that would have succeeded reports the rollback; the culprits keep their errors.
        m_context.store.rollback(savepoint);
        for (QJsonObject &item : results) {
            if (item.value(QStringLiteral("success")).toBool()) {
                item = rolledBack();
            }
        }
    } else {
        m_context.store.commit(savepoint);
    }
    QJsonArray out;
    for (const QJsonObject &item : std::as_const(results)) {
        out.append(item);
    }
    return SandboxResponse::json(200, QJsonDocument(out));
}

SandboxResponse SfRestApi::composite(const QByteArray &body, const SandboxRequest &request,
                                     const QString &apiVersion)
{
    Q_UNUSED(apiVersion); // every subrequest names its own version
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        return error(400, QStringLiteral("JSON_PARSER_ERROR"), parseError.errorString());
    }
    const QJsonObject envelope = doc.object();
    const bool allOrNone = envelope.value(QStringLiteral("allOrNone")).toBool(false);
    const QJsonArray subrequests = envelope.value(QStringLiteral("compositeRequest")).toArray();
    if (subrequests.isEmpty()) {
        return error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("compositeRequest is required."));
    }
    if (subrequests.size() > 25) {
        return error(400, QStringLiteral("LIMIT_EXCEEDED"),
                     QStringLiteral("Composite request cannot have more than 25 subrequests."));
    }
    int heavy = 0;
    QSet<QString> references;
    static const QRegularExpression pathPattern(
        QStringLiteral("^/services/data/v(\\d+\\.\\d)(/[^?]*)(\\?.*)?$"));
    for (const QJsonValue &v : subrequests) {
        const QJsonObject s = v.toObject();
        const QString url = s.value(QStringLiteral("url")).toString();
        const QString ref = s.value(QStringLiteral("referenceId")).toString();
        if (ref.isEmpty() || references.contains(ref)) {
            return error(
                400, QStringLiteral("INVALID_INPUT"),
                QStringLiteral("Every subrequest needs its own referenceId; '%1' is missing or repeated.")
                    .arg(ref));
        }
        references.insert(ref);
        if (url.contains(QLatin1String("/query")) || url.contains(QLatin1String("/composite/sobjects"))) {
            ++heavy;
        }
        const QJsonObject headers = s.value(QStringLiteral("httpHeaders")).toObject();
        for (const QString &h : headers.keys()) {
            if (h.compare(QLatin1String("Accept"), Qt::CaseInsensitive) == 0 ||
                h.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 ||
                h.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0) {
                return error(400, QStringLiteral("INVALID_INPUT"),
                             QStringLiteral("Subrequests cannot set the %1 header.").arg(h));
            }
        }
    }
    if (heavy > 5) {
        return error(400, QStringLiteral("LIMIT_EXCEEDED"),
                     QStringLiteral(
                         "A Composite request can have at most 5 query or sObject Collections subrequests."));
    }

    const QString savepoint = nextSavepoint();
    m_context.store.begin(savepoint);
    QHash<QString, QJsonValue> answers;
    QList<QJsonObject> responses;
    int failedAt = -1;
    auto subError = [](const QString &code, const QString &message) {
        return QJsonValue(QJsonArray{
            QJsonObject{{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}}});
    };
    for (int i = 0; i < subrequests.size(); ++i) {
        const QJsonObject s = subrequests.at(i).toObject();
        const QString ref = s.value(QStringLiteral("referenceId")).toString();
        QString url = s.value(QStringLiteral("url")).toString();
        QJsonValue subBody = s.value(QStringLiteral("body"));
        QString missing;
        int status = 0;
        QJsonValue answer;
        QJsonObject headers;
        if (!substitute(&url, answers, &missing) ||
            (!subBody.isUndefined() && !substituteJson(&subBody, answers, &missing))) {
            status = 400;
            const QString refId = missing.section(QLatin1Char('.'), 0, 0);
            answer =
                subError(QStringLiteral("PROCESSING_HALTED"),
                         QStringLiteral("Invalid reference specified. No value for %1 found in %2. Provided "
                                        "referenceId ('%2') is invalid or not previously defined.")
                             .arg(missing, refId));
        } else {
            const QRegularExpressionMatch m = pathPattern.match(url);
            if (!m.hasMatch() || !supportedVersion(m.captured(1))) {
                status = 400;
                answer =
                    subError(QStringLiteral("INVALID_INPUT"), QStringLiteral("Invalid url: %1").arg(url));
            } else {
                QStringList segments;
                for (const QString &part : m.captured(2).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                    segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
                }
                SandboxRequest sub = request;
                sub.method = s.value(QStringLiteral("method")).toString().toUpper().toLatin1();
                sub.url = QUrl(QStringLiteral("http://composite") + url);
                sub.query = QUrlQuery(m.captured(3).mid(1));
                QByteArray subBytes;
                if (subBody.isObject()) {
                    subBytes = QJsonDocument(subBody.toObject()).toJson(QJsonDocument::Compact);
                } else if (subBody.isArray()) {
                    subBytes = QJsonDocument(subBody.toArray()).toJson(QJsonDocument::Compact);
                }
                sub.body = subBytes;
                if (segments.value(0) == QLatin1String("composite") && segments.size() == 1) {
                    status = 400;
                    answer = subError(QStringLiteral("INVALID_INPUT"),
                                      QStringLiteral("Composite cannot be nested."));
                } else if (segments.value(0) == QLatin1String("jobs")) {
                    status = 400;
                    answer = subError(QStringLiteral("INVALID_INPUT"),
                                      QStringLiteral("Bulk API resources are not supported in Composite."));
                } else {
                    const SandboxResponse r =
                        dispatch(sub.method, segments, sub.query, sub.body, sub, m.captured(1));
                    status = r.status;
                    const QJsonDocument parsed = QJsonDocument::fromJson(r.body);
                    answer = parsed.isArray()    ? QJsonValue(parsed.array())
                             : parsed.isObject() ? QJsonValue(parsed.object())
                                                 : QJsonValue(QJsonValue::Null);
                    for (const auto &h : r.headers) {
                        if (h.first == "Location") {
                            headers.insert(QStringLiteral("Location"), QString::fromUtf8(h.second));
                        }
                    }
                }
            }
        }
        answers.insert(ref, answer);
        responses.append(QJsonObject{{QStringLiteral("body"), answer},
                                     {QStringLiteral("httpHeaders"), headers},
                                     {QStringLiteral("httpStatusCode"), status},
                                     {QStringLiteral("referenceId"), ref}});
        if (status >= 400 && allOrNone) {
            failedAt = i;
            break;
        }
    }
    if (failedAt >= 0) {
        m_context.store.rollback(savepoint);
        QJsonArray out;
        for (int i = 0; i < subrequests.size(); ++i) {
            if (i == failedAt) {
                out.append(responses.at(i));
                continue;
            }
            out.append(
                QJsonObject{{QStringLiteral("body"), subError(QStringLiteral("PROCESSING_HALTED"), kHalted)},
                            {QStringLiteral("httpHeaders"), QJsonObject()},
                            {QStringLiteral("httpStatusCode"), 400},
                            {QStringLiteral("referenceId"),
                             subrequests.at(i).toObject().value(QStringLiteral("referenceId")).toString()}});
        }
        return SandboxResponse::json(200,
                                     QJsonDocument(QJsonObject{{QStringLiteral("compositeResponse"), out}}));
    }
    m_context.store.commit(savepoint);
    QJsonArray out;
    for (const QJsonObject &r : std::as_const(responses)) {
        out.append(r);
    }
    return SandboxResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("compositeResponse"), out}}));
}
