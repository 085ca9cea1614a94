#include "salesforce/SalesforceRetryRules.h"

#include "salesforce/SalesforceError.h"

HttpTransport::Verdict SalesforceRetryRules::verdict(const HttpRequest &request, const HttpResponse &response)
{
    using Verdict = HttpTransport::Verdict;
    if (response.outcome == HttpResponse::Outcome::Network) {
        return HttpTransport::defaultVerdict(request, response);
    }
    if (response.outcome != HttpResponse::Outcome::Finished) {
        return Verdict::Done;
    }
    const int s = response.status;
    if (s == 503 || s == 429) {
        return Verdict::Retry; // refused before any work was done
    }
    if (s == 403) {
        // Too many long-running requests right now: back off and try again. The daily
        // allocation will not free up within a retry budget, so that one stops.
        return SalesforceError::isConcurrencyLimit(response) ? Verdict::Retry : Verdict::Done;
    }
    if (s == 400 && request.idempotent && response.body.contains("\"UNABLE_TO_LOCK_ROW\"")) {
        // A single-record write that lost a row lock. (Collections answer 200 with per-row
        // errors; the client resubmits only those rows.)
        return Verdict::Retry;
    }
    if (request.idempotent && (s == 500 || s == 502 || s == 504 || s == 408)) {
        return Verdict::Retry;
    }
    return Verdict::Done;
}
