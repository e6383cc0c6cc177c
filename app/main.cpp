#include "cli/cli.h"

int main(int argc, char *argv[])
{
    return acc::cli::run(argc, argv);
}
