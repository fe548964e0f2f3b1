// hqtower-cli entry point: runs one command (see CliCommandTable) and exits with its code.
#include "clirunner.h"

int main(int argc, char *argv[])
{
    return runCliApplication(argc, argv);
}
