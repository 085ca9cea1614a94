// Compiled with nomesync_core's include path and flags by the widget_guard test, which
// expects this build to FAIL: the core library may not use QtWidgets.
#include <QtWidgets/QWidget>

int widgetGuardProbe()
{
    return 0;
}
