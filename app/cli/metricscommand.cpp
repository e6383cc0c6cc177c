#include "cli.h"

namespace acc::cli {

int runMetrics(const QStringList &)
{
    return fail(QString(), QStringLiteral("this command is not built yet"));
}

} // namespace acc::cli
