// A Helm chart: the input is values.yaml; further files (Chart.yaml, values-prod.yaml, templates/...)
// come through "#file:" markers. Values are flattened, templates parsed for hooks, and the chart
// rendered per environment through the templates' .Values references.
#include "fuzzrepo.h"
#include "helmrender.h"
#include "parsers/helmparser.h"

namespace {
const QString chartDirectory = QStringLiteral("chart");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(chartDirectory + QStringLiteral("/values.yaml"), data, size);
    const tfi::ParseContext context = repo.context();
    tfi::DeploymentModel model;
    tfi::HelmChartInfo chart;
    for (const QString &path : repo.paths()) {
        if (!path.startsWith(chartDirectory + u'/'))
            continue;
        const QString relative = path.mid(chartDirectory.size() + 1);
        if (relative == u"Chart.yaml") {
            tfi::parseHelmChartFile(repo.file(path), context, model);
        } else if (relative.startsWith(u"templates/")) {
            tfi::parseHelmTemplate(repo.file(path), chartDirectory, context, model);
            chart.templateFiles.append(path);
        } else {
            tfi::parseHelmValues(repo.file(path), chartDirectory, context, model);
            chart.valuesFiles.append(path);
        }
    }
    if (!model.helmCharts.isEmpty())
        chart.name = model.helmCharts.first().name;
    chart.directory = chartDirectory;
    tfi::renderHelmEnvironment(chart, model.helmValues, QString(), context);
    tfi::renderHelmEnvironment(chart, model.helmValues, QStringLiteral("prod"), context);
    return 0;
}
