#include "kustomizationparser.h"

#include "../textutil.h"
#include "../yamlutil.h"
#include "kubernetesparser.h"

#include <QCoreApplication>

namespace tfi {

namespace {

// Kustomize fetches these instead of reading a directory of the repository.
bool isRemoteReference(const QString &reference)
{
    return reference.contains(u"://") || reference.startsWith(u"github.com/") ||
           reference.startsWith(u"git@") || reference.contains(u"?ref=");
}

// patchesStrategicMerge takes file paths and, since Kustomize 3, inline YAML strings.
bool isInlinePatch(const QString &text)
{
    return text.contains(u'\n') || text.trimmed().startsWith(u'{') || text.contains(u": ");
}

// Kustomize strips one pair of matching quotes around a literal's value.
QString withoutQuotes(const QString &value)
{
    if (value.size() < 2 || value.front() != value.back())
        return value;
    if (value.front() == u'"' || value.front() == u'\'')
        return value.mid(1, value.size() - 2);
    return value;
}

class KustomizationReader : private YamlFieldReader
{
public:
    KustomizationReader(const YamlDocument &document, const ParseContext &context, Diagnostics &diagnostics)
        : YamlFieldReader(document, diagnostics), m_context(context)
    {}

    void read(const YAML::Node &root, KustomizationInfo &info);

private:
    // A list of references, each with its own line; non-strings become warnings.
    QList<KustomizeRef> readRefs(const YAML::Node &map, const char *key);
    void readResources(const YAML::Node &root, const char *key, QList<KustomizeRef> &local,
                       KustomizationInfo &info);
    void readPatches(const YAML::Node &root, KustomizationInfo &info);
    KustomizePatchTarget readTarget(const YAML::Node &node);
    void readImages(const YAML::Node &root, KustomizationInfo &info);
    void readReplicas(const YAML::Node &root, KustomizationInfo &info);
    void readGenerators(const YAML::Node &root, const char *key, ConfigObject::Kind kind, bool disableHash,
                        KustomizationInfo &info);
    void readEnvFile(const QString &directory, const KustomizeRef &reference, KustomizeGenerator &generator);
    void readLabels(const YAML::Node &root, KustomizationInfo &info);

    const ParseContext &m_context;
};

QList<KustomizeRef> KustomizationReader::readRefs(const YAML::Node &map, const char *key)
{
    QList<KustomizeRef> refs;
    const YAML::Node list = readSeq(map, key);
    if (!list.IsDefined())
        return refs;
    for (const auto &item : list) {
        if (!yamlIsScalar(item) || yamlString(item).trimmed().isEmpty()) {
            warn(at(item), QCoreApplication::translate("tfi::KustomizationParser",
                                                       "an entry of \"%1\" is not a path and was ignored")
                               .arg(QString::fromUtf8(key)));
            continue;
        }
        refs.append({yamlString(item).trimmed(), at(item)});
    }
    return refs;
}

void KustomizationReader::readResources(const YAML::Node &root, const char *key, QList<KustomizeRef> &local,
                                        KustomizationInfo &info)
{
    const QList<KustomizeRef> refs = readRefs(root, key);
    for (const KustomizeRef &ref : refs) {
        if (isRemoteReference(ref.value))
            info.remoteResources.append(ref);
        else
            local.append(ref);
    }
}

KustomizePatchTarget KustomizationReader::readTarget(const YAML::Node &node)
{
    KustomizePatchTarget target;
    target.group = readString(node, "group");
    target.version = readString(node, "version");
    target.kind = readString(node, "kind");
    target.name = readString(node, "name");
    target.namespaceName = readString(node, "namespace");
    target.labelSelector = readString(node, "labelSelector");
    target.annotationSelector = readString(node, "annotationSelector");
    return target;
}

void KustomizationReader::readPatches(const YAML::Node &root, KustomizationInfo &info)
{
    // Kept in the order Kustomize applies them: patchesStrategicMerge, patchesJson6902, patches.
    const YAML::Node strategicMerge = readSeq(root, "patchesStrategicMerge");
    if (strategicMerge.IsDefined()) {
        for (const auto &item : strategicMerge) {
            if (!yamlIsScalar(item)) {
                warn(at(item),
                     QCoreApplication::translate("tfi::KustomizationParser",
                                                 "an entry of \"patchesStrategicMerge\" is not a path "
                                                 "or a YAML string and was ignored"));
                continue;
            }
            KustomizePatch patch;
            patch.style = KustomizePatch::Style::StrategicMerge;
            patch.location = at(item);
            const QString text = yamlString(item);
            if (isInlinePatch(text)) {
                patch.text = text;
            } else {
                patch.path = text.trimmed();
                info.patchFiles.append({patch.path, patch.location});
            }
            info.patches.append(patch);
        }
    }

    for (const auto &[key, style] : {std::pair{"patchesJson6902", KustomizePatch::Style::Json6902},
                                     std::pair{"patches", KustomizePatch::Style::Patch}}) {
        const YAML::Node list = readSeq(root, key);
        if (!list.IsDefined())
            continue;
        for (const auto &item : list) {
            if (!yamlIsMap(item)) {
                warn(at(item),
                     QCoreApplication::translate("tfi::KustomizationParser",
                                                 "an entry of \"%1\" is not a mapping and was ignored")
                         .arg(QString::fromUtf8(key)));
                continue;
            }
            KustomizePatch patch;
            patch.style = style;
            Location pathLocation;
            Location textLocation;
            patch.path = readString(item, "path", &pathLocation).trimmed();
            patch.text = readString(item, "patch", &textLocation);
            patch.target = readTarget(readMap(item, "target"));
            if (patch.path.isEmpty() && patch.text.isEmpty()) {
                warn(at(item),
                     QCoreApplication::translate("tfi::KustomizationParser",
                                                 "an entry of \"%1\" has neither a path nor a patch "
                                                 "and was ignored")
                         .arg(QString::fromUtf8(key)));
                continue;
            }
            patch.location = patch.path.isEmpty() ? textLocation : pathLocation;
            if (!patch.path.isEmpty())
                info.patchFiles.append({patch.path, pathLocation});
            info.patches.append(patch);
        }
    }
}

void KustomizationReader::readImages(const YAML::Node &root, KustomizationInfo &info)
{
    const YAML::Node images = readSeq(root, "images");
    if (!images.IsDefined())
        return;
    for (const auto &item : images) {
        KustomizeImage image;
        image.name = readString(item, "name", &image.location);
        if (image.name.isEmpty()) {
            warn(at(item), QCoreApplication::translate("tfi::KustomizationParser",
                                                       "an entry of \"images\" has no name and was ignored"));
            continue;
        }
        image.newName = readString(item, "newName");
        image.newTag = readString(item, "newTag");
        image.digest = readString(item, "digest");
        info.images.append(image);
    }
}

void KustomizationReader::readReplicas(const YAML::Node &root, KustomizationInfo &info)
{
    const YAML::Node replicas = readSeq(root, "replicas");
    if (!replicas.IsDefined())
        return;
    for (const auto &item : replicas) {
        KustomizeReplicas entry;
        entry.name = readString(item, "name", &entry.location);
        const std::optional<int> count = readInt(item, "count"); // warns when it is not a number
        if (entry.name.isEmpty() || !yamlEntry(item, "count").isSet()) {
            warn(entry.location.isValid() ? entry.location : at(item),
                 QCoreApplication::translate(
                     "tfi::KustomizationParser",
                     "an entry of \"replicas\" needs a name and a count; it was ignored"));
            continue;
        }
        if (!count)
            continue;
        entry.count = *count;
        info.replicas.append(entry);
    }
}

void KustomizationReader::readEnvFile(const QString &directory, const KustomizeRef &reference,
                                      KustomizeGenerator &generator)
{
    const QString path = resolveRepoPath(directory, reference.value);
    const SourceFile *file = path.isEmpty() ? nullptr : m_context.files.find(path);
    // A missing env file is often deliberate (secrets kept out of git); `envs` still names it.
    if (!file || !file->isText())
        return;
    const QStringList lines = textLines(file->content);
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        qsizetype start = 0;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        if (start == line.size() || line.at(start) == u'#')
            continue;
        ConfigEntry entry;
        entry.location = {path, int(index) + 1, int(start) + 1};
        const qsizetype equals = line.indexOf(u'=', start);
        // Kustomize keeps the value as written; a line without '=' takes the value from the
        // environment of whoever runs the build, so it is unknown here.
        entry.key = line.mid(start, equals < 0 ? -1 : equals - start);
        if (equals >= 0)
            entry.value = line.mid(equals + 1);
        if (entry.key.isEmpty()) {
            warn(entry.location, QCoreApplication::translate("tfi::KustomizationParser",
                                                             "a line of env file %1 has no variable name")
                                     .arg(path));
            continue;
        }
        generator.envEntries.append(entry);
    }
}

void KustomizationReader::readGenerators(const YAML::Node &root, const char *key, ConfigObject::Kind kind,
                                         bool disableHash, KustomizationInfo &info)
{
    const YAML::Node list = readSeq(root, key);
    if (!list.IsDefined())
        return;
    for (const auto &item : list) {
        if (!yamlIsMap(item)) {
            warn(at(item), QCoreApplication::translate("tfi::KustomizationParser",
                                                       "an entry of \"%1\" is not a mapping and was ignored")
                               .arg(QString::fromUtf8(key)));
            continue;
        }
        KustomizeGenerator generator;
        generator.kind = kind;
        generator.name = readString(item, "name", &generator.location);
        if (!generator.location.isValid())
            generator.location = at(item);
        if (generator.name.isEmpty()) {
            warn(generator.location,
                 QCoreApplication::translate("tfi::KustomizationParser", "an entry of \"%1\" has no name")
                     .arg(QString::fromUtf8(key)));
        }
        generator.namespaceName = readString(item, "namespace");
        generator.behavior = readString(item, "behavior");
        if (kind == ConfigObject::Kind::Secret)
            generator.secretType = readString(item, "type");
        generator.disableNameSuffixHash =
            readBool(readMap(item, "options"), "disableNameSuffixHash").value_or(disableHash);

        const YAML::Node literals = readSeq(item, "literals");
        if (literals.IsDefined()) {
            for (const auto &literal : literals) {
                const QString text = yamlString(literal);
                const qsizetype equals = text.indexOf(u'=');
                if (!yamlIsScalar(literal) || equals <= 0) {
                    warn(at(literal),
                         QCoreApplication::translate("tfi::KustomizationParser",
                                                     "a literal of generator %1 is not KEY=VALUE "
                                                     "and was ignored")
                             .arg(generator.name));
                    continue;
                }
                ConfigEntry entry;
                entry.key = text.left(equals);
                entry.value = withoutQuotes(text.mid(equals + 1));
                entry.location = at(literal);
                generator.literals.append(entry);
            }
        }
        generator.files = readRefs(item, "files");
        const YAML::Node legacyEnv = yamlEntry(item, "env").value;
        if (yamlIsScalar(legacyEnv))
            generator.envs.append({yamlString(legacyEnv).trimmed(), at(yamlEntry(item, "env"))});
        generator.envs.append(readRefs(item, "envs"));
        for (const KustomizeRef &env : std::as_const(generator.envs))
            readEnvFile(info.directory, env, generator);
        info.generators.append(generator);
    }
}

void KustomizationReader::readLabels(const YAML::Node &root, KustomizationInfo &info)
{
    const YAML::Node labels = readSeq(root, "labels");
    if (labels.IsDefined()) {
        for (const auto &item : labels) {
            KustomizeLabelSet set;
            const YamlEntry pairs = yamlEntry(item, "pairs");
            set.pairs = readStringMap(item, "pairs");
            set.location = pairs.isSet() ? at(pairs) : at(item);
            set.includeSelectors = readBool(item, "includeSelectors").value_or(false);
            set.includeTemplates = readBool(item, "includeTemplates").value_or(false);
            if (set.pairs.isEmpty())
                continue;
            info.labels.append(set);
        }
    }
    const YamlEntry common = yamlEntry(root, "commonLabels");
    if (common.isSet()) {
        KustomizeLabelSet set;
        set.pairs = readStringMap(root, "commonLabels");
        set.includeSelectors = true;
        set.includeTemplates = true;
        set.location = at(common);
        if (!set.pairs.isEmpty())
            info.labels.append(set);
    }
}

void KustomizationReader::read(const YAML::Node &root, KustomizationInfo &info)
{
    info.isComponent = readString(root, "kind") == u"Component";
    readResources(root, "resources", info.resources, info);
    readResources(root, "bases", info.resources, info);
    readResources(root, "components", info.components, info);
    readPatches(root, info);
    info.namespaceName = readString(root, "namespace");
    info.namePrefix = readString(root, "namePrefix");
    info.nameSuffix = readString(root, "nameSuffix");
    readImages(root, info);
    readReplicas(root, info);
    const bool disableHash =
        readBool(readMap(root, "generatorOptions"), "disableNameSuffixHash").value_or(false);
    readGenerators(root, "configMapGenerator", ConfigObject::Kind::ConfigMap, disableHash, info);
    readGenerators(root, "secretGenerator", ConfigObject::Kind::Secret, disableHash, info);
    readLabels(root, info);
    const YamlEntry annotations = yamlEntry(root, "commonAnnotations");
    if (annotations.isSet()) {
        info.commonAnnotations = readStringMap(root, "commonAnnotations");
        info.commonAnnotationsLocation = at(annotations);
    }
}

} // namespace

void parseKustomization(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    const qsizetype diagnosticsBefore = out.diagnostics.size();
    const std::vector<YamlDocument> documents = loadYamlDocuments(file, context.limits, out.diagnostics);
    if (documents.empty()) {
        if (out.diagnostics.size() == diagnosticsBefore) {
            out.diagnostics.append(
                {{file.path, 1, 0},
                 DiagnosticSeverity::Warning,
                 QCoreApplication::translate("tfi::KustomizationParser", "the kustomization is empty")});
        }
        return;
    }
    const YamlDocument &document = documents.front();
    if (!yamlIsMap(document.root)) {
        out.diagnostics.append({document.at(document.root), DiagnosticSeverity::Error,
                                QCoreApplication::translate("tfi::KustomizationParser",
                                                            "the kustomization is not a YAML mapping")});
        return;
    }
    KustomizationInfo info;
    info.path = file.path;
    info.directory = file.directory();
    info.location = document.at(document.root);
    try {
        KustomizationReader reader(document, context, out.diagnostics);
        reader.read(document.root, info);
    } catch (const std::exception &error) {
        out.diagnostics.append(
            {info.location, DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::KustomizationParser", "could not read the kustomization: %1")
                 .arg(QString::fromLocal8Bit(error.what()))});
    }
    out.kustomizations.append(std::move(info));
}

} // namespace tfi
