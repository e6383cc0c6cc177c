#include "cli.h"

namespace acc::cli {

int runImport(const QStringList &)
{
    return fail(QString(), QStringLiteral("this command is not built yet"));
}

} // namespace acc::cli
