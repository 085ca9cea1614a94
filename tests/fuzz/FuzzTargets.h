#pragma once

#include <cstddef>
#include <cstdint>

// The parsers that read what other systems send us, as fuzz targets. Each takes any bytes,
// must not crash, hang or trip a sanitizer, and checks the parser's own promises (a refusal
// comes with a message; what is written can be read back). Built two ways: as libFuzzer
// executables (NOMESYNC_FUZZERS, scripts/fuzz.sh) and into test_fuzz_corpus, which replays
// the seed corpus in tests/fuzz/corpus in every test run.
namespace Fuzz {

using Target = int (*)(const uint8_t *data, size_t size);

int metronomeParsers(const uint8_t *data, size_t size);  // every Metronome response type, error bodies
int salesforceResults(const uint8_t *data, size_t size); // Collections results, error bodies, Bulk error text
int bulkCsv(const uint8_t *data, size_t size);           // Bulk API 2.0 result CSV, quoting round trip
int bulkLinkFile(const uint8_t *data, size_t size);      // the bulk link CSV importer and its result file
int salesforceId(const uint8_t *data, size_t size);      // what a user types as an Account ID

struct Entry
{
    const char *name; // also the corpus folder
    Target run;
};
// All targets, ending with {nullptr, nullptr}.
const Entry *targets();

} // namespace Fuzz
