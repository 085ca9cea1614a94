// One libFuzzer executable per target: NOMESYNC_FUZZ_TARGET names the function.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Fuzz::NOMESYNC_FUZZ_TARGET(data, size);
}
