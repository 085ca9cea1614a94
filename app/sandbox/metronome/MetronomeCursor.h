#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Opaque, tamper-evident page cursors: the position in a list plus an HMAC-SHA256 over the
// list's scope and that position, keyed with a secret kept in the sandbox's data folder.
// A cursor that was edited, truncated, or issued for another list does not decode.
class MetronomeCursor
{
public:
    explicit MetronomeCursor(const QByteArray &secret = {});

    void setSecret(const QByteArray &secret) { m_secret = secret; }
    QString encode(const QString &scope, const QString &position) const;
    std::optional<QString> decode(const QString &scope, const QString &cursor) const;

private:
    QByteArray mac(const QString &scope, const QByteArray &position) const;

    QByteArray m_secret;
};
