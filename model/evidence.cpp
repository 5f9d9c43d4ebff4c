#include "evidence.h"

#include "secrets.h"
#include "sensitive.h"
#include "textutil.h"

#include <algorithm>

namespace tfi {

namespace {
constexpr int shortestMaskedSecret = 4; // shorter values would mask ordinary words
}

EvidenceRedactor::EvidenceRedactor(const AuditResult &result)
{
    const DeploymentModel &model = result.model;
    const auto collectAll = [this](const QList<EnvVar> &vars) {
        for (const EnvVar &var : vars)
            collect(var.name, var.value);
    };
    for (const Workload &workload : model.workloads) {
        for (const Container &container : workload.containers)
            collectAll(container.env);
        collectAll(workload.buildArgs);
    }
    for (const ConfigObject &object : model.configObjects)
        for (const ConfigEntry &entry : object.entries) {
            // Secret data is shown base64-encoded in the file; mask both forms.
            if (object.kind == ConfigObject::Kind::Secret && !isPlaceholderValue(entry.value, entry.key)) {
                collect(QStringLiteral("secret"), entry.value);
                if (entry.fromBase64)
                    collect(QStringLiteral("secret"), QString::fromLatin1(entry.value.toUtf8().toBase64()));
            } else {
                collect(entry.key, entry.value);
            }
        }
    for (const DockerfileInfo &dockerfile : model.dockerfiles) {
        collectAll(dockerfile.globalArgs);
        collectAll(dockerfile.env);
        collectAll(dockerfile.args);
    }
    for (const DotenvFile &file : model.dotenvFiles)
        collectAll(file.entries);
    for (const EnvGroup &group : model.envGroups)
        collectAll(group.vars);
    for (const PlatformEnvironment &environment : model.platformEnvironments)
        collectAll(environment.env);
    for (const AppJsonInfo &app : model.appJsonFiles)
        collectAll(app.env);
    for (const KustomizationInfo &kustomization : model.kustomizations)
        for (const KustomizeGenerator &generator : kustomization.generators) {
            for (const ConfigEntry &entry : generator.literals)
                collect((generator.kind == ConfigObject::Kind::Secret) ? QStringLiteral("secret") : entry.key,
                        entry.value);
            for (const ConfigEntry &entry : generator.envEntries)
                collect((generator.kind == ConfigObject::Kind::Secret) ? QStringLiteral("secret") : entry.key,
                        entry.value);
        }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void EvidenceRedactor::collect(const QString &name, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < shortestMaskedSecret || m_seen.contains(trimmed))
        return;
    if (!isSensitive(name, trimmed) || isPlaceholderValue(trimmed, name))
        return;
    m_seen.insert(trimmed);
    m_secrets.append(trimmed);
}

QString EvidenceRedactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        if (result.contains(secret))
            result.replace(secret, maskedValue(secret));
    return redactText(result);
}

QString redactedFileText(const AuditResult &result, const EvidenceRedactor &redactor, const QString &path)
{
    const SourceFile *file = result.snapshot ? result.snapshot->find(path) : nullptr;
    if (!file || !file->isText())
        return {};
    return redactor.redact(decodedText(file->content));
}

EvidenceSnippet evidenceSnippet(const AuditResult &result, const EvidenceRedactor &redactor,
                                const Location &location, int context)
{
    EvidenceSnippet snippet;
    snippet.path = location.path;
    snippet.focusLine = location.line;
    if (location.line <= 0)
        return snippet;
    // Redact the whole file, so that multi-line secrets (key blocks) are caught as a whole.
    const QStringList all = redactedFileText(result, redactor, location.path).split(u'\n');
    if (location.line > all.size())
        return snippet;
    const int first = qMax(1, location.line - context);
    const int last = qMin(int(all.size()), location.line + context);
    snippet.firstLine = first;
    snippet.lines = all.mid(first - 1, last - first + 1);
    return snippet;
}

} // namespace tfi
