find_package(GTest 1.12 REQUIRED)

# nomesync_add_test(<name> SOURCES ... [LABELS unit|ui|keychain|integration ...] [LIBS ...]
#                   [GUI] [TIMEOUT seconds])
# One executable per test file, registered as one ctest test with its labels.
# GUI tests get an offscreen QApplication; keychain tests run inside a private D-Bus session
# with a throwaway, unlocked gnome-keyring (tests/support/run-with-keyring.sh).
function(nomesync_add_test name)
    cmake_parse_arguments(arg "GUI" "TIMEOUT" "SOURCES;LABELS;LIBS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    if(arg_GUI)
        target_link_libraries(${name} PRIVATE nomesync_test_main_gui nomesync_ui)
    else()
        target_link_libraries(${name} PRIVATE nomesync_test_main_core)
    endif()
    target_link_libraries(${name} PRIVATE nomesync_test_support nomesync_flags ${arg_LIBS})
    if(NOMESYNC_USE_PCH)
        if(arg_GUI)
            target_precompile_headers(${name} REUSE_FROM nomesync_test_main_gui)
        else()
            target_precompile_headers(${name} REUSE_FROM nomesync_test_main_core)
        endif()
    endif()
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")

    if("keychain" IN_LIST arg_LABELS)
        add_test(NAME ${name}
                 COMMAND "${CMAKE_SOURCE_DIR}/tests/support/run-with-keyring.sh" $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=nomesync.*.debug=false")
endfunction()
