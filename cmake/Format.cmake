# `cmake --build build --target format` rewrites all sources; `format-check` fails on a diff.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE _nomesync_format_sources CONFIGURE_DEPENDS
        "${CMAKE_SOURCE_DIR}/app/*.cpp" "${CMAKE_SOURCE_DIR}/app/*.h"
        "${CMAKE_SOURCE_DIR}/ui/*.cpp" "${CMAKE_SOURCE_DIR}/ui/*.h"
        "${CMAKE_SOURCE_DIR}/tests/*.cpp" "${CMAKE_SOURCE_DIR}/tests/*.h")
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i --style=file ${_nomesync_format_sources}
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
        COMMENT "Formatting sources with clang-format"
        VERBATIM)
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror --style=file ${_nomesync_format_sources}
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
        COMMENT "Checking formatting with clang-format"
        VERBATIM)
endif()
