#include "sync/MappedRecord.h"

namespace {
const QChar kUnit(0x1f);
const QChar kRecord(0x1e);
} // namespace

QJsonObject MappedRecord::toCollectionsRecord() const
{
    QJsonObject record = fields;
    record.insert(QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), object}});
    return record;
}

QString MappedRecord::encodeParents() const
{
    QStringList parts;
    for (const auto &p : parents) {
        parts.append(p.first + kUnit + p.second);
    }
    return parts.join(kRecord);
}

QList<QPair<QString, QString>> MappedRecord::decodeParents(const QString &text)
{
    QList<QPair<QString, QString>> out;
    if (text.isEmpty()) {
        return out;
    }
    const QStringList parts = text.split(kRecord);
    for (const QString &part : parts) {
        const int at = part.indexOf(kUnit);
        if (at > 0) {
            out.append({part.left(at), part.mid(at + 1)});
        }
    }
    return out;
}
