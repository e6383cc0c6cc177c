#include "demogenerator.h"

namespace acc::demo {

Dataset generate(const Options &options)
{
    Dataset data;
    data.companyName = QStringLiteral("Demo company");
    Q_UNUSED(options);
    data.finalize();
    return data;
}

} // namespace acc::demo
