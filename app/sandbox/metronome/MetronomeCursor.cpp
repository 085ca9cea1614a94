#include "metronome/MetronomeCursor.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace {
constexpr QByteArray::Base64Options kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int kMacBytes = 16;
} // namespace

MetronomeCursor::MetronomeCursor(const QByteArray &secret)
    : m_secret(secret)
{}

QByteArray MetronomeCursor::mac(const QString &scope, const QByteArray &position) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_secret);
    code.addData(scope.toUtf8());
    code.addData("\n", 1);
    code.addData(position);
    return code.result().left(kMacBytes);
}

QString MetronomeCursor::encode(const QString &scope, const QString &position) const
{
    const QByteArray raw = position.toUtf8();
    return QString::fromLatin1(raw.toBase64(kBase64) + '.' + mac(scope, raw).toBase64(kBase64));
}

std::optional<QString> MetronomeCursor::decode(const QString &scope, const QString &cursor) const
{
    const QByteArray text = cursor.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot <= 0 || dot != text.lastIndexOf('.')) {
        return std::nullopt;
    }
    const auto position =
        QByteArray::fromBase64Encoding(text.left(dot), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto tag =
        QByteArray::fromBase64Encoding(text.mid(dot + 1), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!position || !tag || tag.decoded.size() != kMacBytes) {
        return std::nullopt;
    }
    // Base64 has spare bits in its last character: only the canonical spelling is accepted,
    // so no edited cursor verifies, not even one that decodes to the same bytes.
    if (position.decoded.toBase64(kBase64) != text.left(dot) ||
        tag.decoded.toBase64(kBase64) != text.mid(dot + 1)) {
        return std::nullopt;
    }
    // Constant-time comparison, as one would for any MAC.
    const QByteArray expected = mac(scope, position.decoded);
    unsigned char difference = 0;
    for (int i = 0; i < kMacBytes; ++i) {
        difference |= static_cast<unsigned char>(expected.at(i) ^ tag.decoded.at(i));
    }
    if (difference != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(position.decoded);
}
