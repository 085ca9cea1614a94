#pragma once

// Entry point behind the `nomesync` executable: answers --version and --help without a
// display, runs headless sub-commands with a QCoreApplication, and otherwise opens the window.
class AppLauncher
{
public:
    static int run(int argc, char **argv);
};
