#include "AppLauncher.h"

int main(int argc, char **argv)
{
    return AppLauncher::run(argc, argv);
}
