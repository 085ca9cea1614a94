# One INTERFACE target carries the language level, warnings and strict Qt defines.
# Every target of ours links it; third-party code never sees -Werror.
add_library(nomesync_flags INTERFACE)
add_library(NomeSync::flags ALIAS nomesync_flags)

target_compile_features(nomesync_flags INTERFACE cxx_std_17)
target_compile_options(nomesync_flags INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow=local -Wimplicit-fallthrough)
target_compile_definitions(nomesync_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>)

# Sanitizer builds (the "asan" preset) switch these on for every target of ours.
option(NOMESYNC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(NOMESYNC_SANITIZE)
    target_compile_options(nomesync_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(nomesync_flags INTERFACE -fsanitize=address,undefined)
endif()
