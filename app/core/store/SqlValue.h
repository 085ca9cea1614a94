#pragma once

#include <QString>
#include <QVariant>

// Qt SQL binds a null QString as SQL NULL; columns declared NOT NULL DEFAULT '' and
// comparisons need the empty string instead.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
