# The core library must never use QtWidgets. Linking alone cannot prove that: Qt's base
# include directory makes <QtWidgets/QWidget> resolvable for any Qt target. So core gets a
# directory of stand-in QtWidgets headers, searched before Qt's, each of which stops the build.
set(NOMESYNC_WIDGET_GUARD_DIR "${CMAKE_BINARY_DIR}/widget-guard")
get_target_property(_qt_widgets_includes Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
set(_guard_headers "")
foreach(_dir IN LISTS _qt_widgets_includes)
    if(_dir MATCHES "QtWidgets$" AND IS_DIRECTORY "${_dir}")
        file(GLOB _headers RELATIVE "${_dir}" "${_dir}/*")
        list(APPEND _guard_headers ${_headers})
    endif()
endforeach()
if(NOT _guard_headers)
    message(FATAL_ERROR "Could not list the QtWidgets headers for the core guard")
endif()
set(_guard_text "#error \"nomesync_core must not include QtWidgets: move this code to ui/\"\n")
foreach(_h IN LISTS _guard_headers)
    if(NOT IS_DIRECTORY "${NOMESYNC_WIDGET_GUARD_DIR}/QtWidgets/${_h}")
        file(CONFIGURE OUTPUT "${NOMESYNC_WIDGET_GUARD_DIR}/QtWidgets/${_h}" CONTENT "${_guard_text}")
    endif()
endforeach()

# Applies the guard to a target: the stand-in headers come first on its include path.
function(nomesync_forbid_widgets target)
    target_include_directories(${target} BEFORE PRIVATE "${NOMESYNC_WIDGET_GUARD_DIR}")
endfunction()
