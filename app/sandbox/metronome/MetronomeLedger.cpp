#include "metronome/MetronomeLedger.h"

#include "metronome/MetronomeCatalog.h"
#include "metronome/MetronomeDays.h"
#include "metronome/MetronomeHash.h"
#include "metronome/MetronomeUsageModel.h"

#include <algorithm>
#include <array>

namespace {

constexpr int kCellSlots = 8; // cells per metric fit in 8 slots

struct PeriodRef
{
    qint64 start = 0;
    qint64 end = 0;
    int invoice = -1; // index in the invoice list, -1 when the period is not shown
};

struct SegmentState
{
    MetronomeBook::Segment segment;
    QList<PeriodRef> periods;
    int cursor = 0;
};

} // namespace

MetronomeLedger::MetronomeLedger(const MetronomeCatalog &catalog, const MetronomeUsageModel &usage,
                                 const MetronomeHash &hash)
    : m_catalog(catalog)
    , m_usage(usage)
    , m_hash(hash)
{}

QString MetronomeLedger::usageInvoiceId(const MetronomeHash &hash, qint64 seq, bool isContract,
                                        int arrangement, int period)
{
    return hash.uuid(MetronomeHash::Kind::Invoice, static_cast<quint64>(seq),
                     static_cast<quint64>((isContract ? 1000 : 2000) + arrangement),
                     static_cast<quint64>(period));
}

qint64 MetronomeLedger::grantCapacity(const MetronomeBook::Grant &grant)
{
    const qint64 centsPerUnit =
        grant.creditType == MetronomeCatalog::ComputeCredits ? MetronomeCatalog::CentsPerComputeCredit : 1;
    return grant.amount * centsPerUnit * MetronomeCatalog::PriceScale;
}

void MetronomeLedger::compute(const Customer &customer, const MetronomeBook &book, qint64 usageStart,
                              qint64 today, const QSet<QString> &voided)
{
    m_book = &book;
    m_today = today;
    m_invoices.clear();
    m_currentPeriodEnd.reset();
    m_commitmentDrawn.clear();
    for (const MetronomeBook::Contract &c : book.contracts) {
        m_commitmentDrawn.append(QList<qint64>(c.commitments.size(), 0));
    }
    m_grantDrawn = QList<qint64>(book.grants.size(), 0);
    m_grantDrawnFinalized = QList<qint64>(book.grants.size(), 0);

    const qint64 lastDay = customer.archivedDay > 0 ? std::min(today, customer.archivedDay) : today;

    // Billing periods of every contract and plan, up to the one containing today.
    QList<SegmentState> segments;
    const QList<MetronomeBook::Segment> bookSegments = book.segments(m_catalog);
    for (const MetronomeBook::Segment &segment : bookSegments) {
        SegmentState state;
        state.segment = segment;
        const qint64 segmentEnd = MetronomeBook::openEnd(segment.end);
        for (int k = 0;; ++k) {
            const qint64 start = MetronomeDays::addMonths(segment.start, k);
            if (start > today || start >= segmentEnd) {
                break;
            }
            PeriodRef period{start, std::min(MetronomeDays::addMonths(segment.start, k + 1), segmentEnd), -1};
            const bool overlapsHistory = period.end > usageStart && period.end > customer.createdDay;
            const bool beforeArchive = customer.archivedDay == 0 || start < customer.archivedDay;
            if (overlapsHistory && beforeArchive) {
                Invoice invoice;
                invoice.id = usageInvoiceId(m_hash, customer.seq, segment.isContract, segment.index, k);
                invoice.type = QStringLiteral("USAGE");
                invoice.isContract = segment.isContract;
                invoice.arrangement = segment.index;
                invoice.period = k;
                invoice.start = period.start;
                invoice.end = period.end;
                invoice.draft = today < period.end;
                if (invoice.draft) {
                    m_currentPeriodEnd = period.end;
                }
                if (!segment.isContract) {
                    invoice.feeUnits =
                        m_catalog.plans().at(book.plans.at(segment.index).plan).platformFeeCents *
                        MetronomeCatalog::PriceScale;
                }
                period.invoice = static_cast<int>(m_invoices.size());
                m_invoices.append(invoice);
            }
            state.periods.append(period);
        }
        segments.append(state);
    }

    // Draw-down order per contract (priority, then start) and for grants.
    QList<QList<int>> commitmentOrder;
    for (const MetronomeBook::Contract &c : book.contracts) {
        QList<int> order;
        for (int i = 0; i < c.commitments.size(); ++i) {
            order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [&c](int a, int b) {
            const auto &x = c.commitments.at(a);
            const auto &y = c.commitments.at(b);
            return x.priority != y.priority ? x.priority < y.priority : x.accessStart < y.accessStart;
        });
        commitmentOrder.append(order);
    }
    QList<int> grantOrder;
    for (int i = 0; i < book.grants.size(); ++i) {
        grantOrder.append(i);
    }
    std::stable_sort(grantOrder.begin(), grantOrder.end(), [&book](int a, int b) {
        return book.grants.at(a).priority < book.grants.at(b).priority;
    });

    // Per invoice, quantity and total per (metric, cell), and draws per source.
    QList<std::array<qint64, MetronomeCatalog::UsageMetricCount * kCellSlots>> quantities(m_invoices.size());
    QList<std::array<qint64, MetronomeCatalog::UsageMetricCount * kCellSlots>> totals(m_invoices.size());
    for (int i = 0; i < m_invoices.size(); ++i) {
        quantities[i].fill(0);
        totals[i].fill(0);
    }
    QList<QList<qint64>> draws(m_invoices.size());

    const MetronomeUsageModel::Profile profile = m_usage.profile(customer.seq);
    const qint64 firstDay = std::max(usageStart, customer.createdDay);
    for (qint64 d = firstDay; book.hasUsage && d < lastDay; ++d) {
        SegmentState *state = nullptr;
        for (SegmentState &s : segments) {
            if (s.segment.start <= d && d < MetronomeBook::openEnd(s.segment.end)) {
                state = &s;
                break;
            }
        }
        if (!state) {
            continue; // no contract or plan bills this day
        }
        while (state->cursor < state->periods.size() && state->periods.at(state->cursor).end <= d) {
            ++state->cursor;
        }
        if (state->cursor >= state->periods.size()) {
            continue;
        }
        const int invoiceIndex = state->periods.at(state->cursor).invoice;
        if (invoiceIndex < 0) {
            continue;
        }
        qint64 spend = 0;
        for (int m = 0; m < MetronomeCatalog::UsageMetricCount; ++m) {
            const int cells = static_cast<int>(m_catalog.metrics().at(m).cells.size());
            for (int cell = 0; cell < cells; ++cell) {
                const qint64 q = m_usage.quantity(profile, m, cell, d);
                if (q == 0) {
                    continue;
                }
                const qint64 charge = q * m_catalog.price(m, cell, state->segment.pricePercent);
                quantities[invoiceIndex][m * kCellSlots + cell] += q;
                totals[invoiceIndex][m * kCellSlots + cell] += charge;
                spend += charge;
            }
        }
        QList<qint64> &invoiceDraws = draws[invoiceIndex];
        if (state->segment.isContract) {
            const int contract = state->segment.index;
            const MetronomeBook::Contract &c = book.contracts.at(contract);
            if (invoiceDraws.isEmpty()) {
                invoiceDraws = QList<qint64>(c.commitments.size(), 0);
            }
            for (int i : std::as_const(commitmentOrder.at(contract))) {
                if (spend <= 0) {
                    break;
                }
                const MetronomeBook::Commitment &x = c.commitments.at(i);
                if (d < x.accessStart || d >= x.accessEnd) {
                    continue;
                }
                const qint64 remaining =
                    x.amountCents * MetronomeCatalog::PriceScale - m_commitmentDrawn[contract][i];
                const qint64 draw = std::min(remaining, spend);
                if (draw > 0) {
                    m_commitmentDrawn[contract][i] += draw;
                    invoiceDraws[i] += draw;
                    spend -= draw;
                }
            }
        } else {
            if (invoiceDraws.isEmpty()) {
                invoiceDraws = QList<qint64>(book.grants.size(), 0);
            }
            for (int i : std::as_const(grantOrder)) {
                if (spend <= 0) {
                    break;
                }
                const MetronomeBook::Grant &g = book.grants.at(i);
                if (d < g.effective || d >= g.expires) {
                    continue;
                }
                const qint64 draw = std::min(grantCapacity(g) - m_grantDrawn[i], spend);
                if (draw > 0) {
                    m_grantDrawn[i] += draw;
                    invoiceDraws[i] += draw;
                    spend -= draw;
                }
            }
        }
    }

    // Lines, draws and totals per invoice.
    for (int i = 0; i < m_invoices.size(); ++i) {
        Invoice &invoice = m_invoices[i];
        const int percent =
            invoice.isContract
                ? m_catalog.rateCards().at(book.contracts.at(invoice.arrangement).rateCard).pricePercent
                : m_catalog.plans().at(book.plans.at(invoice.arrangement).plan).pricePercent;
        for (int m = 0; m < MetronomeCatalog::UsageMetricCount; ++m) {
            const int cells = static_cast<int>(m_catalog.metrics().at(m).cells.size());
            for (int cell = 0; cell < cells; ++cell) {
                const qint64 q = quantities[i][m * kCellSlots + cell];
                if (q == 0) {
                    continue;
                }
                invoice.lines.append(
                    Line{m, cell, q, m_catalog.price(m, cell, percent), totals[i][m * kCellSlots + cell]});
                invoice.subtotal += totals[i][m * kCellSlots + cell];
            }
        }
        invoice.subtotal += invoice.feeUnits;
        invoice.total = invoice.subtotal;
        const QList<qint64> &invoiceDraws = draws.at(i);
        for (int source = 0; source < invoiceDraws.size(); ++source) {
            const qint64 amount = invoiceDraws.at(source);
            if (amount == 0) {
                continue;
            }
            invoice.draws.append(Draw{source, amount});
            if (invoice.isContract) {
                // A postpaid commit's application is shown but not taken off the total.
                const auto &x = book.contracts.at(invoice.arrangement).commitments.at(source);
                if (x.type != QLatin1String("POSTPAID")) {
                    invoice.total -= amount;
                }
            } else {
                invoice.total -= amount;
                if (!invoice.draft) {
                    m_grantDrawnFinalized[source] += amount;
                }
            }
        }
    }

    // SCHEDULED invoices for commit purchases that have been billed.
    for (int c = 0; c < book.contracts.size(); ++c) {
        const MetronomeBook::Contract &contract = book.contracts.at(c);
        for (int x = 0; x < contract.commitments.size(); ++x) {
            const MetronomeBook::Commitment &commitment = contract.commitments.at(x);
            if (commitment.invoiceId.isEmpty() || commitment.invoiceDay > today) {
                continue;
            }
            Invoice invoice;
            invoice.id = commitment.invoiceId;
            invoice.type = QStringLiteral("SCHEDULED");
            invoice.isContract = true;
            invoice.arrangement = c;
            invoice.start = commitment.invoiceDay;
            invoice.end = commitment.invoiceDay + 1;
            invoice.commitment = x;
            invoice.subtotal = commitment.invoiceAmountCents * MetronomeCatalog::PriceScale;
            invoice.total = invoice.subtotal;
            m_invoices.append(invoice);
        }
    }

    for (Invoice &invoice : m_invoices) {
        if (customer.archivedDay > 0 || voided.contains(invoice.id)) {
            invoice.status = QStringLiteral("VOID");
        } else {
            invoice.status = invoice.draft ? QStringLiteral("DRAFT") : QStringLiteral("FINALIZED");
        }
    }
    // date_asc: by issue date; drafts (not issued yet) sort by their period end, after the rest.
    std::stable_sort(m_invoices.begin(), m_invoices.end(), [](const Invoice &a, const Invoice &b) {
        if (a.issuedDay() != b.issuedDay()) {
            return a.issuedDay() < b.issuedDay();
        }
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return a.id < b.id;
    });
}

qint64 MetronomeLedger::commitmentDrawn(int contract, int commitment) const
{
    return m_commitmentDrawn.at(contract).at(commitment);
}

qint64 MetronomeLedger::commitmentBalance(int contract, int commitment) const
{
    const MetronomeBook::Commitment &x = m_book->contracts.at(contract).commitments.at(commitment);
    if (m_today < x.accessStart || m_today >= x.accessEnd) {
        return 0; // future and expired segments count 0
    }
    return x.amountCents * MetronomeCatalog::PriceScale - commitmentDrawn(contract, commitment);
}

qint64 MetronomeLedger::grantDrawn(int grant) const
{
    return m_grantDrawn.at(grant);
}

qint64 MetronomeLedger::grantBalance(int grant, bool includingPending) const
{
    const MetronomeBook::Grant &g = m_book->grants.at(grant);
    if (m_today >= g.expires || m_today < g.effective) {
        return 0;
    }
    return grantCapacity(g) - (includingPending ? m_grantDrawn.at(grant) : m_grantDrawnFinalized.at(grant));
}
