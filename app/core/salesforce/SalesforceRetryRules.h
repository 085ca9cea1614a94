#pragma once

#include "net/HttpTransport.h"

// Which Salesforce answers the transport may repeat on its own: transport failures, 503
// (and 429, which a proxy may send), REQUEST_LIMIT_EXCEEDED in its concurrency form, and a
// single-record UNABLE_TO_LOCK_ROW. The daily-allocation form, 401s (handled by refreshing)
// and every other error go back to the caller.
class SalesforceRetryRules
{
public:
    static HttpTransport::Verdict verdict(const HttpRequest &request, const HttpResponse &response);
};
