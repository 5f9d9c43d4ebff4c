#include "helmparser.h"

namespace tfi {

void parseHelmChartFile(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

void parseHelmValues(const SourceFile &file, const QString &chartDirectory, const ParseContext &context,
                     DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(chartDirectory);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

void parseHelmTemplate(const SourceFile &file, const QString &chartDirectory, const ParseContext &context,
                       DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(chartDirectory);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

} // namespace tfi
