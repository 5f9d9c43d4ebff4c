#include "formatdetect.h"

#include <QRegularExpression>

namespace tfi {

namespace {

bool hasYamlSuffix(const QString &name)
{
    return name.endsWith(u".yaml", Qt::CaseInsensitive) || name.endsWith(u".yml", Qt::CaseInsensitive);
}

// True when some line starts with "apiVersion:" and some line with "kind:", the least a
// Kubernetes object has; rejects CI configs, OpenAPI documents and the like without parsing.
bool looksLikeKubernetes(const QByteArray &content)
{
    bool apiVersion = false;
    bool kind = false;
    qsizetype pos = 0;
    while (pos < content.size() && !(apiVersion && kind)) {
        qsizetype eol = content.indexOf('\n', pos);
        if (eol < 0)
            eol = content.size();
        QByteArrayView line(content.constData() + pos, eol - pos);
        while (!line.isEmpty() && (line.front() == ' ' || line.front() == '-'))
            line = line.sliced(1);
        if (line.startsWith("apiVersion:"))
            apiVersion = true;
        else if (line.startsWith("kind:"))
            kind = true;
        pos = eol + 1;
    }
    return apiVersion && kind;
}

QString chartOf(const QString &path, const QSet<QString> &chartDirectories, QString *rest)
{
    // The nearest enclosing chart directory.
    QString directory = path;
    for (qsizetype slash = directory.lastIndexOf(u'/');; slash = directory.lastIndexOf(u'/')) {
        directory = slash < 0 ? QString() : directory.left(slash);
        if (chartDirectories.contains(directory)) {
            *rest = directory.isEmpty() ? path : path.mid(directory.size() + 1);
            return directory;
        }
        if (slash < 0)
            return {};
    }
}

} // namespace

bool isComposeFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(docker-)?compose(\.[\w.-]+)?\.ya?ml$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(fileName).hasMatch();
}

bool isDockerfileName(const QString &fileName)
{
    return fileName == u"Dockerfile" || fileName == u"Containerfile" || fileName.startsWith(u"Dockerfile.") ||
           fileName.endsWith(u".Dockerfile") || fileName.endsWith(u".dockerfile") ||
           fileName.startsWith(u"Containerfile.");
}

bool isDotenvFileName(const QString &fileName)
{
    // .env, .env.prod, .env-sample, prod.env, prod.env.sample, prod.env-example
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\.env([.-][\w.-]+)?|[\w.-]+\.env([.-](sample|example|template|dist|tpl|local))?)$)"));
    return fileName != u".envrc" && pattern.match(fileName).hasMatch();
}

DetectedFile detectFile(const SourceFile &file, const QSet<QString> &chartDirectories)
{
    DetectedFile detected;
    if (!file.isText())
        return detected;
    const QString name = file.fileName();

    QString inChart;
    const QString chart =
        chartDirectories.isEmpty() ? QString() : chartOf(file.path, chartDirectories, &inChart);
    const bool insideChart = !inChart.isEmpty();
    if (insideChart) {
        detected.chartDirectory = chart;
        if (inChart == u"Chart.yaml") {
            detected.role = FileRole::HelmChart;
            return detected;
        }
        if (inChart.startsWith(u"templates/")) {
            if (hasYamlSuffix(name) || name.endsWith(u".tpl"))
                detected.role = FileRole::HelmTemplate;
            return detected;
        }
        static const QRegularExpression values(
            QStringLiteral(R"(^(values([-.][\w.-]+)?\.ya?ml|values/[\w.-]+\.ya?ml)$)"));
        if (values.match(inChart).hasMatch()) {
            detected.role = FileRole::HelmValues;
            return detected;
        }
        if (inChart.startsWith(u"charts/") || inChart.startsWith(u"ci/"))
            return detected; // packaged subcharts and chart-testing values are not deployments
    }

    if (name == u"Procfile")
        detected.role = FileRole::Procfile;
    else if (isDockerfileName(name))
        detected.role = FileRole::Dockerfile;
    else if (isDotenvFileName(name))
        detected.role = FileRole::Dotenv;
    else if (name == u"app.json")
        detected.role = file.content.contains("\"expo\"") ? FileRole::None : FileRole::AppJson;
    else if (name == u"fly.toml" || (name.startsWith(u"fly.") && name.endsWith(u".toml")))
        detected.role = FileRole::FlyToml;
    else if (name == u"render.yaml" || name == u"render.yml")
        detected.role = FileRole::RenderYaml;
    else if (name == u"kustomization.yaml" || name == u"kustomization.yml" || name == u"Kustomization")
        detected.role = FileRole::Kustomization;
    else if (isComposeFileName(name))
        detected.role = FileRole::Compose;
    else if (hasYamlSuffix(name) && looksLikeKubernetes(file.content))
        detected.role = FileRole::KubernetesYaml;
    return detected;
}

} // namespace tfi
