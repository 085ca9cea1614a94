#pragma once

#include "FakeSyncEnds.h"

#include <QHash>
#include <QVariantHash>

// Believable billing data for the fake Metronome (company names, contracts, commits,
// invoices with line items, daily usage) and the rejections a real org tends to produce
// (validation rules, record locks, duplicates, missing access), deterministic per seed.
// Used by the UI tests that need volume and by the screenshot demo.
class DemoWorld
{
public:
    struct Options
    {
        int customers = 300;
        int invoicesPerCustomer = 6;
        int linesPerInvoice = 4;
        int usageDays = 14; // per customer and metric
        quint32 seed = 7;
    };

    using Rows = QHash<QString, QList<QVariantHash>>;

    static Rows build(const Options &options);
    // Roughly `share` of the customer-bound rows rejected, spread over several error codes.
    static QHash<QString, FakeRecordLoader::Failure> failures(const Rows &world, double share,
                                                              quint32 seed = 11);
    static QString companyName(int index);
    static qint64 rowCount(const Rows &world);
};
