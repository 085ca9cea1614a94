#pragma once

#include <QString>
#include <QStringList>

// Compares company names the way an admin would: case, punctuation, accents and legal
// suffixes (Inc, GmbH, Ltd, ...) do not matter; "Northwind Analytics" and
// "NORTHWIND ANALYTICS, INC." are the same company.
class CompanyNameMatcher
{
public:
    static QString normalise(const QString &name);
    // 0..1: 1 for the same normalised name; token overlap and edit distance otherwise.
    static double similarity(const QString &a, const QString &b);
    static QStringList legalSuffixes();
};
