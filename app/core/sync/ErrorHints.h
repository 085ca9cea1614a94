#pragma once

#include <QCoreApplication>
#include <QString>

// A one-line hint of what usually fixes a row error, per Salesforce status code (and the
// codes NomeSync uses for problems found before sending).
class ErrorHints
{
    Q_DECLARE_TR_FUNCTIONS(ErrorHints)

public:
    static QString hintFor(const QString &statusCode, const QString &message = QString());
    // A short, readable name for a code, e.g. "Value too long".
    static QString titleFor(const QString &statusCode);
};
