#include "composeparser.h"

#include "../textutil.h"
#include "../yamlutil.h"
#include "dotenvparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace tfi {

namespace {

constexpr int maxPortsPerEntry = 1000; // a range beyond this is cut with a diagnostic
constexpr int maxPortsPerFile = 65536; // bounds hostile files that repeat huge ranges
constexpr int maxMergeKeyDepth = 16;   // `<<` inside merged maps; also stops alias cycles
constexpr int maxExtendsDepth = 16;
constexpr int maxInterpolationDepth = 16; // defaults nested in defaults

// ---------------------------------------------------------------------------------------------
// Names

QString lowerStem(const QString &fileName)
{
    QString stem = fileName.toLower();
    if (stem.endsWith(u".yaml"))
        stem.chop(5);
    else if (stem.endsWith(u".yml"))
        stem.chop(4);
    return stem;
}

QString composeRole(const QString &fileName)
{
    const QString stem = lowerStem(fileName);
    if (stem == u"compose" || stem == u"docker-compose")
        return u"base"_s;
    if (stem.endsWith(u".override"))
        return u"override"_s;
    for (const QString &prefix : {u"docker-compose."_s, u"compose."_s, u"docker-compose-"_s, u"compose-"_s}) {
        if (stem.startsWith(prefix) && stem.size() > prefix.size())
            return stem.mid(prefix.size());
    }
    return u"base"_s;
}

bool isComposeName(const QString &fileName)
{
    const QString stem = lowerStem(fileName);
    if (stem == fileName.toLower())
        return false; // not a YAML file
    return stem == u"compose" || stem == u"docker-compose" || stem.startsWith(u"compose.") ||
           stem.startsWith(u"docker-compose.");
}

// Files the loader hands to the dotenv parser itself, which reports their problems.
bool isDotenvName(const QString &fileName)
{
    return fileName == u".env" || fileName.startsWith(u".env.") || fileName.startsWith(u".env-") ||
           (fileName.endsWith(u".env") && fileName.size() > 4);
}

QString fileNameOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.mid(slash + 1);
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

bool isRemoteContext(const QString &context)
{
    return context.contains(u"://") || context.startsWith(u"git@") || context.startsWith(u"github.com/");
}

// The Dockerfile a build uses: `dockerfile` is relative to the context, the context to the file.
QString dockerfilePathFor(const QString &directory, const QString &context, const QString &dockerfile)
{
    if (isRemoteContext(context) || context.startsWith(u'/') || dockerfile.startsWith(u'/'))
        return {};
    const QString name = dockerfile.isEmpty() ? u"Dockerfile"_s : dockerfile;
    const QString base = context.isEmpty() ? u"."_s : context;
    return resolveRepoPath(directory, base + u'/' + name);
}

// Go durations as Compose writes them: "1m30s", "10s", "500ms"; a bare number is seconds.
std::optional<double> parseDuration(const QString &text)
{
    static const QRegularExpression number(u"^\\d+(?:\\.\\d+)?$"_s);
    if (number.match(text).hasMatch())
        return text.toDouble();
    static const QRegularExpression part(u"(\\d+(?:\\.\\d+)?)(ms|us|\\x{00B5}s|ns|h|m|s)"_s);
    double seconds = 0;
    qsizetype position = 0;
    while (position < text.size()) {
        const QRegularExpressionMatch match = part.match(text, position, QRegularExpression::NormalMatch,
                                                         QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return std::nullopt;
        const double value = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        if (unit == u"h")
            seconds += value * 3600;
        else if (unit == u"m")
            seconds += value * 60;
        else if (unit == u"s")
            seconds += value;
        else if (unit == u"ms")
            seconds += value / 1000;
        else if (unit == u"ns")
            seconds += value / 1e9;
        else
            seconds += value / 1e6;
        position = match.capturedEnd(0);
    }
    if (text.isEmpty())
        return std::nullopt;
    return seconds;
}

// ---------------------------------------------------------------------------------------------
// Interpolation

struct Interpolation
{
    QString text;                // the result; unresolved references as written (or blanked)
    QStringList variables;       // every variable referenced, in order
    QStringList unresolved;      // variables without a value and without a default
    QStringList missingRequired; // ${VAR:?err} / ${VAR?err} without a value
    bool malformed = false;      // "${" without "}", or no valid name inside

    bool usesVariables() const { return !variables.isEmpty(); }
};

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

class Interpolator
{
public:
    Interpolator() = default;
    explicit Interpolator(const QList<EnvVar> &entries)
    {
        for (const EnvVar &entry : entries) {
            if (entry.kind != ValueKind::Unset)
                m_values.insert(entry.name, entry.value);
        }
    }

    std::optional<QString> value(const QString &name) const
    {
        const auto it = m_values.constFind(name);
        if (it == m_values.constEnd())
            return std::nullopt;
        return *it;
    }

    // blankUnresolved: replace references that have no value by "" (what Compose does) instead of
    // keeping them as written.
    Interpolation apply(const QString &input, bool blankUnresolved = false) const
    {
        Interpolation result;
        if (!input.contains(u'$')) {
            result.text = input;
            return result;
        }
        result.text = expand(input, result, blankUnresolved, 0);
        return result;
    }

private:
    QString expand(QStringView input, Interpolation &result, bool blank, int depth) const
    {
        QString out;
        out.reserve(input.size());
        qsizetype i = 0;
        while (i < input.size()) {
            const QChar c = input.at(i);
            if (c != u'$' || i + 1 >= input.size()) {
                out.append(c);
                ++i;
                continue;
            }
            const QChar next = input.at(i + 1);
            if (next == u'$') {
                out.append(u'$');
                i += 2;
                continue;
            }
            if (next == u'{') {
                qsizetype j = i + 2;
                int nesting = 1;
                while (j < input.size()) {
                    if (input.at(j) == u'$' && j + 1 < input.size() && input.at(j + 1) == u'{') {
                        ++nesting;
                        j += 2;
                        continue;
                    }
                    if (input.at(j) == u'}' && --nesting == 0)
                        break;
                    ++j;
                }
                if (j >= input.size()) {
                    result.malformed = true;
                    out.append(input.mid(i));
                    break;
                }
                out.append(
                    substitute(input.mid(i + 2, j - i - 2), input.mid(i, j - i + 1), result, blank, depth));
                i = j + 1;
                continue;
            }
            if (isNameStart(next)) {
                qsizetype j = i + 1;
                while (j < input.size() && isNameChar(input.at(j)))
                    ++j;
                const QString name = input.mid(i + 1, j - i - 1).toString();
                result.variables.append(name);
                if (const auto found = value(name)) {
                    out.append(*found);
                } else {
                    result.unresolved.append(name);
                    if (!blank)
                        out.append(input.mid(i, j - i));
                }
                i = j;
                continue;
            }
            out.append(c);
            ++i;
        }
        return out;
    }

    QString substitute(QStringView body, QStringView raw, Interpolation &result, bool blank, int depth) const
    {
        qsizetype nameEnd = 0;
        if (!body.isEmpty() && isNameStart(body.at(0))) {
            while (nameEnd < body.size() && isNameChar(body.at(nameEnd)))
                ++nameEnd;
        }
        if (nameEnd == 0) {
            result.malformed = true;
            return raw.toString();
        }
        const QString name = body.left(nameEnd).toString();
        const QStringView rest = body.mid(nameEnd);
        result.variables.append(name);
        const std::optional<QString> found = value(name);
        const auto unresolvedText = [&]() {
            result.unresolved.append(name);
            return blank ? QString() : raw.toString();
        };
        if (rest.isEmpty())
            return found ? *found : unresolvedText();

        const bool colon = rest.startsWith(u':');
        const QStringView operation = rest.mid(colon ? 1 : 0, 1);
        const QStringView word = rest.mid(colon ? 2 : 1);
        // With a colon an empty value counts as unset.
        const bool present = found && (!colon || !found->isEmpty());
        const auto expandWord = [&]() {
            return depth < maxInterpolationDepth ? expand(word, result, blank, depth + 1) : word.toString();
        };
        if (operation == u"-")
            return present ? *found : expandWord();
        if (operation == u"?") {
            if (present)
                return *found;
            result.missingRequired.append(name);
            return unresolvedText();
        }
        if (operation == u"+")
            return present ? expandWord() : QString();
        result.malformed = true;
        return raw.toString();
    }

    QHash<QString, QString> m_values;
};

// ---------------------------------------------------------------------------------------------
// Merging (shared by multi-file projects, `extends` and repeated documents)

template<typename T, typename KeyFunction>
void mergeByKey(QList<T> &into, const QList<T> &from, KeyFunction key)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < into.size(); ++i)
        index.insert(key(into.at(i)), i);
    for (const T &item : from) {
        const QString itemKey = key(item);
        const auto it = index.constFind(itemKey);
        if (it != index.constEnd()) {
            into[*it] = item;
        } else {
            index.insert(itemKey, into.size());
            into.append(item);
        }
    }
}

QString envKey(const EnvVar &var)
{
    return var.name;
}

QString portKey(const PortSpec &port)
{
    return port.hostIp + u'|' + QString::number(port.publishedPort) + u'|' +
           QString::number(port.containerPort) + u'|' + port.protocol + u'|' +
           (port.exposeOnly ? u"expose"_s : u"publish"_s);
}

QString envFromKey(const EnvFromRef &ref)
{
    return QString::number(int(ref.kind)) + u'|' + ref.name;
}

// The environment Compose gives the container: env_file entries in order (later files win),
// then `environment`, which wins over any env_file.
QList<EnvVar> effectiveEnvironment(const QList<EnvVar> &fileEntries, const QList<EnvVar> &inlineEntries)
{
    QList<EnvVar> fromFiles;
    mergeByKey(fromFiles, fileEntries, envKey);
    QList<EnvVar> written;
    mergeByKey(written, inlineEntries, envKey);
    QSet<QString> writtenNames;
    for (const EnvVar &var : std::as_const(written))
        writtenNames.insert(var.name);
    QList<EnvVar> result;
    for (const EnvVar &var : std::as_const(fromFiles)) {
        if (!writtenNames.contains(var.name))
            result.append(var);
    }
    result.append(written);
    return result;
}

QList<Volume> volumesFromMounts(const QList<VolumeMount> &mounts)
{
    QList<Volume> volumes;
    for (const VolumeMount &mount : mounts) {
        Volume volume;
        volume.kind = mount.kind;
        volume.name = mount.kind == Volume::Kind::Named ? mount.name : QString();
        volume.source = mount.name;
        volume.location = mount.location;
        volumes.append(volume);
    }
    return volumes;
}

void appendUnique(QStringList &into, const QStringList &from)
{
    for (const QString &item : from) {
        if (!into.contains(item))
            into.append(item);
    }
}

// `over` (a later file, or the extending service) laid over `result` by Compose's merge rules.
Workload mergeService(Workload result, const Workload &over)
{
    if (over.containers.isEmpty())
        return result;
    if (result.containers.isEmpty()) {
        Container container;
        container.name = over.containers.first().name;
        container.location = over.containers.first().location;
        result.containers.append(container);
    }
    Container &c = result.containers.first();
    const Container &o = over.containers.first();

    if (o.imageLocation.isValid()) {
        c.image = o.image;
        c.imageLocation = o.imageLocation;
    }

    if (over.buildLocation.isValid()) {
        // A build map without `context` means ".", which keeps the context set earlier.
        const bool overSetsContext = !result.buildLocation.isValid() || over.buildContext != u".";
        const Workload &contextOwner = overSetsContext ? over : result;
        const QString context = contextOwner.buildContext;
        const QString contextDirectory = directoryOf(contextOwner.buildLocation.path);
        if (!over.buildDockerfile.isEmpty())
            result.buildDockerfile = over.buildDockerfile;
        if (!over.buildTarget.isEmpty())
            result.buildTarget = over.buildTarget;
        mergeByKey(result.buildArgs, over.buildArgs, envKey);
        result.buildContext = context;
        result.dockerfilePath = dockerfilePathFor(contextDirectory, context, result.buildDockerfile);
        result.buildLocation = over.buildLocation;
    }

    if (!o.command.isEmpty()) {
        c.command = o.command;
        c.commandLocation = o.commandLocation;
    }
    if (o.argsLocation.isValid()) {
        c.args = o.args;
        c.argsLocation = o.argsLocation;
    }
    if (c.command.isEmpty())
        c.commandLocation = c.argsLocation;

    // Environment: `environment` merged by name; env_file entries recomputed in list order.
    QList<EnvVar> written;
    QList<EnvVar> overWritten;
    for (const EnvVar &var : std::as_const(c.env)) {
        if (var.envFile.isEmpty())
            written.append(var);
    }
    for (const EnvVar &var : o.env) {
        if (var.envFile.isEmpty())
            overWritten.append(var);
    }
    mergeByKey(written, overWritten, envKey);
    const QList<EnvVar> baseEnv = c.env;
    mergeByKey(c.envFrom, o.envFrom, envFromKey);
    QList<EnvVar> fileEntries;
    for (const EnvFromRef &ref : std::as_const(c.envFrom)) {
        if (ref.kind != EnvFromRef::Kind::EnvFile)
            continue;
        QList<EnvVar> entries;
        for (const EnvVar &var : o.env) {
            if (var.envFile == ref.name)
                entries.append(var);
        }
        if (entries.isEmpty()) {
            for (const EnvVar &var : baseEnv) {
                if (var.envFile == ref.name)
                    entries.append(var);
            }
        }
        fileEntries.append(entries);
    }
    c.env = effectiveEnvironment(fileEntries, written);

    mergeByKey(c.ports, o.ports, portKey);

    // A healthcheck without `test` only tunes timing and keeps the test set earlier.
    for (const Probe &probe : o.probes) {
        if (probe.action != Probe::Action::None || probe.disabled) {
            c.probes = o.probes;
            break;
        }
    }

    if (!o.resources.isEmpty()) {
        for (auto it = o.resources.limits.cbegin(); it != o.resources.limits.cend(); ++it)
            c.resources.limits.insert(it.key(), it.value());
        for (auto it = o.resources.requests.cbegin(); it != o.resources.requests.cend(); ++it)
            c.resources.requests.insert(it.key(), it.value());
        c.resources.location = o.resources.location;
    }

    mergeByKey(c.volumeMounts, o.volumeMounts, [](const VolumeMount &mount) { return mount.mountPath; });
    result.volumes = volumesFromMounts(c.volumeMounts);

    if (over.replicas) {
        result.replicas = over.replicas;
        result.replicasLocation = over.replicasLocation;
    }
    if (over.terminationGracePeriodSeconds) {
        result.terminationGracePeriodSeconds = over.terminationGracePeriodSeconds;
        result.gracePeriodLocation = over.gracePeriodLocation;
    }
    if (over.stopSignalLocation.isValid()) {
        result.stopSignal = over.stopSignal;
        result.stopSignalLocation = over.stopSignalLocation;
    }
    if (over.hostNetworkLocation.isValid()) {
        result.hostNetwork = over.hostNetwork;
        result.hostNetworkLocation = over.hostNetworkLocation;
    }
    if (!over.restartPolicy.isEmpty())
        result.restartPolicy = over.restartPolicy;
    for (auto it = over.labels.cbegin(); it != over.labels.cend(); ++it)
        result.labels.insert(it.key(), it.value());
    mergeByKey(result.dependsOn, over.dependsOn,
               [](const Dependency &dependency) { return dependency.name; });
    mergeByKey(result.links, over.links,
               [](const Dependency &link) -> QString { return link.name + u':' + link.alias; });
    appendUnique(result.profiles, over.profiles);
    appendUnique(result.secrets, over.secrets);

    if (over.loggingLocation.isValid()) {
        const bool driverChanged = !over.loggingDriver.isEmpty() && !result.loggingDriver.isEmpty() &&
                                   over.loggingDriver != result.loggingDriver;
        if (driverChanged)
            result.loggingOptions.clear();
        for (auto it = over.loggingOptions.cbegin(); it != over.loggingOptions.cend(); ++it)
            result.loggingOptions.insert(it.key(), it.value());
        if (!over.loggingDriver.isEmpty())
            result.loggingDriver = over.loggingDriver;
        result.loggingLocation = over.loggingLocation;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Reading

struct MapEntry
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
};

// A mapping with YAML merge keys (`<<: *anchor`, `<<: [*a, *b]`) applied: keys written in the
// mapping win over merged ones, and earlier merged maps win over later ones.
struct MapView
{
    QList<MapEntry> entries;

    const MapEntry *find(QStringView key) const
    {
        for (const MapEntry &entry : entries) {
            if (entry.key == key)
                return &entry;
        }
        return nullptr;
    }
    YAML::Node value(QStringView key) const
    {
        const MapEntry *entry = find(key);
        return entry ? entry->value : YAML::Node(YAML::NodeType::Undefined);
    }
};

struct PortText
{
    QString hostIp;
    QString published; // "", "8000" or "8000-8010"
    QString target;    // "80" or "80-81"
    QString protocol = u"TCP"_s;
    QString name;
};

struct ExtendsKey
{
    QString path;
    QString service;
    friend bool operator==(const ExtendsKey &, const ExtendsKey &) = default;
};

class ComposeReader
{
public:
    ComposeReader(const ParseContext &context, Diagnostics &diagnostics)
        : m_context(context), m_diagnostics(diagnostics)
    {}

    void setInterpolator(Interpolator interpolator) { m_interpolator = std::move(interpolator); }

    void readDocument(const YamlDocument &doc, const QString &directory, ComposeFileInfo &info);

private:
    // Diagnostics, each reported once (anchors and extends read the same node several times).
    void report(const Location &location, DiagnosticSeverity severity, const QString &message)
    {
        const QString key = location.path + u':' + QString::number(location.line) + u':' +
                            QString::number(location.column) + u':' + message;
        if (m_reported.contains(key))
            return;
        m_reported.insert(key);
        m_diagnostics.append({location, severity, message});
    }
    void warn(const Location &location, const QString &message)
    {
        report(location, DiagnosticSeverity::Warning, message);
    }

    MapView view(const YamlDocument &doc, const YAML::Node &node, int depth = 0);
    void collectEntries(const YamlDocument &doc, const YAML::Node &node, int depth, MapView &view,
                        QSet<QString> &seen);

    Interpolation interpolate(const QString &text, const Location &location, bool blankUnresolved = false);
    QString text(const YamlDocument &doc, const YAML::Node &node);
    std::optional<int> integer(const YamlDocument &doc, const YAML::Node &node);
    std::optional<bool> boolean(const YamlDocument &doc, const YAML::Node &node);
    QStringList stringList(const YamlDocument &doc, const YAML::Node &node);
    QStringList commandWords(const YamlDocument &doc, const MapEntry &entry);
    QMap<QString, QString> stringMap(const YamlDocument &doc, const MapEntry &entry);

    Workload readService(const YamlDocument &doc, const QString &directory, const QString &name,
                         const YAML::Node &keyNode, const YAML::Node &body, QList<ExtendsKey> chain);
    std::optional<Workload> readExtends(const YamlDocument &doc, const QString &directory,
                                        const MapEntry &entry, const QList<ExtendsKey> &chain);
    const std::vector<YamlDocument> *extendedFile(const QString &path);
    const MapView &servicesOf(const YamlDocument &doc);

    EnvVar environmentVariable(const QString &name, const QString *value, const Location &location);
    void readEnvironment(const YamlDocument &doc, const MapEntry &entry, QList<EnvVar> &out);
    void readEnvFiles(const YamlDocument &doc, const QString &directory, const MapEntry &entry,
                      Container &container, QList<EnvVar> &fileEntries);
    void readBuild(const YamlDocument &doc, const QString &directory, const MapEntry &entry,
                   Workload &workload);
    void readPorts(const YamlDocument &doc, const MapEntry &entry, Container &container, bool expose);
    void readShortPort(const YamlDocument &doc, const YAML::Node &node, Container &container, bool expose);
    void readLongPort(const YamlDocument &doc, const YAML::Node &node, Container &container);
    void addPorts(const PortText &port, const QString &written, const Location &location, bool expose,
                  Container &container);
    void readVolumes(const YamlDocument &doc, const MapEntry &entry, Container &container);
    void readHealthcheck(const YamlDocument &doc, const MapEntry &entry, Container &container);
    void readDeploy(const YamlDocument &doc, const MapEntry &entry, Workload &workload, Container &container,
                    bool &replicasFromDeploy);
    void readResources(const YamlDocument &doc, const YAML::Node &node, Resources &resources);
    void readDependsOn(const YamlDocument &doc, const MapEntry &entry, Workload &workload);
    void readLogging(const YamlDocument &doc, const MapEntry &entry, Workload &workload);

    bool expectSequence(const YamlDocument &doc, const MapEntry &entry)
    {
        if (yamlIsSeq(entry.value))
            return true;
        if (entry.value.IsDefined() && !entry.value.IsNull())
            warn(doc.at(entry.keyNode),
                 QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a list").arg(entry.key));
        return false;
    }
    bool expectMap(const YamlDocument &doc, const MapEntry &entry)
    {
        if (yamlIsMap(entry.value))
            return true;
        if (entry.value.IsDefined() && !entry.value.IsNull())
            warn(
                doc.at(entry.keyNode),
                QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a mapping").arg(entry.key));
        return false;
    }

    const ParseContext &m_context;
    Diagnostics &m_diagnostics;
    Interpolator m_interpolator;
    QSet<QString> m_reported;
    int m_portCount = 0;
    bool m_portLimitReported = false;
    QHash<QString, std::shared_ptr<const std::vector<YamlDocument>>> m_extendedFiles;
    QHash<QString, MapView> m_servicesByDocument;
};

MapView ComposeReader::view(const YamlDocument &doc, const YAML::Node &node, int depth)
{
    MapView result;
    QSet<QString> seen;
    collectEntries(doc, node, depth, result, seen);
    return result;
}

void ComposeReader::collectEntries(const YamlDocument &doc, const YAML::Node &node, int depth, MapView &view,
                                   QSet<QString> &seen)
{
    if (!yamlIsMap(node))
        return;
    // Keys written here win over merged ones wherever the `<<` appears.
    QSet<QString> written;
    for (const auto &entry : node) {
        if (entry.first.IsScalar())
            written.insert(QString::fromStdString(entry.first.Scalar()));
    }
    written.remove(u"<<"_s);
    for (const auto &entry : node) {
        if (!entry.first.IsScalar())
            continue;
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (key != u"<<") {
            if (seen.contains(key))
                continue;
            seen.insert(key);
            view.entries.append({key, entry.first, entry.second});
            continue;
        }
        if (depth >= maxMergeKeyDepth) {
            warn(doc.at(entry.first),
                 QCoreApplication::translate("tfi::ComposeParser",
                                             "merge keys (<<) are nested deeper than %1 levels")
                     .arg(maxMergeKeyDepth));
            continue;
        }
        QList<YAML::Node> sources;
        if (yamlIsMap(entry.second)) {
            sources.append(entry.second);
        } else if (yamlIsSeq(entry.second)) {
            for (const auto &item : entry.second)
                sources.append(item);
        }
        bool valid = !sources.isEmpty();
        for (const YAML::Node &source : std::as_const(sources)) {
            if (!yamlIsMap(source)) {
                valid = false;
                continue;
            }
            MapView merged;
            QSet<QString> mergedSeen = seen + written;
            collectEntries(doc, source, depth + 1, merged, mergedSeen);
            for (const MapEntry &mergedEntry : std::as_const(merged.entries)) {
                if (seen.contains(mergedEntry.key) || written.contains(mergedEntry.key))
                    continue;
                seen.insert(mergedEntry.key);
                view.entries.append(mergedEntry);
            }
        }
        if (!valid)
            warn(doc.at(entry.first),
                 QCoreApplication::translate(
                     "tfi::ComposeParser", "a merge key (<<) must refer to a mapping or a list of mappings"));
    }
}

Interpolation ComposeReader::interpolate(const QString &input, const Location &location, bool blankUnresolved)
{
    Interpolation result = m_interpolator.apply(input, blankUnresolved);
    for (const QString &name : std::as_const(result.missingRequired))
        warn(location,
             QCoreApplication::translate("tfi::ComposeParser", "the required variable %1 is not set in .env")
                 .arg(name));
    if (result.malformed)
        warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                   "the value has an invalid ${...} interpolation"));
    return result;
}

QString ComposeReader::text(const YamlDocument &doc, const YAML::Node &node)
{
    if (!yamlIsScalar(node))
        return {};
    return interpolate(yamlString(node), doc.at(node)).text;
}

std::optional<int> ComposeReader::integer(const YamlDocument &doc, const YAML::Node &node)
{
    bool ok = false;
    const int value = text(doc, node).trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<bool> ComposeReader::boolean(const YamlDocument &doc, const YAML::Node &node)
{
    const QString value = text(doc, node).trimmed().toLower();
    if (value == u"true" || value == u"yes" || value == u"on")
        return true;
    if (value == u"false" || value == u"no" || value == u"off")
        return false;
    return std::nullopt;
}

QStringList ComposeReader::stringList(const YamlDocument &doc, const YAML::Node &node)
{
    QStringList result;
    if (yamlIsScalar(node)) {
        result.append(text(doc, node));
    } else if (yamlIsSeq(node)) {
        for (const auto &item : node) {
            if (item.IsScalar())
                result.append(text(doc, item));
        }
    }
    return result;
}

// `command` / `entrypoint`: a list, or one string split into words (Compose runs no shell).
QStringList ComposeReader::commandWords(const YamlDocument &doc, const MapEntry &entry)
{
    if (yamlIsScalar(entry.value))
        return splitShellWords(text(doc, entry.value));
    if (yamlIsSeq(entry.value)) {
        QStringList words;
        for (const auto &item : entry.value) {
            if (item.IsScalar())
                words.append(text(doc, item));
            else
                warn(doc.at(item),
                     QCoreApplication::translate("tfi::ComposeParser", "the items of \"%1\" must be strings")
                         .arg(entry.key));
        }
        return words;
    }
    if (entry.value.IsDefined() && !entry.value.IsNull())
        warn(doc.at(entry.keyNode),
             QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a string or a list")
                 .arg(entry.key));
    return {};
}

// Labels and logging options: a mapping, or a list of KEY=VALUE.
QMap<QString, QString> ComposeReader::stringMap(const YamlDocument &doc, const MapEntry &entry)
{
    QMap<QString, QString> result;
    if (yamlIsMap(entry.value)) {
        for (const MapEntry &item : view(doc, entry.value).entries) {
            if (yamlIsScalar(item.value) || !item.value.IsDefined() || item.value.IsNull())
                result.insert(item.key, text(doc, item.value));
        }
    } else if (yamlIsSeq(entry.value)) {
        for (const auto &item : entry.value) {
            const QString line = item.IsScalar() ? QString::fromStdString(item.Scalar()) : QString();
            const qsizetype equals = line.indexOf(u'=');
            if (line.isEmpty() || equals == 0) {
                warn(doc.at(item),
                     QCoreApplication::translate("tfi::ComposeParser",
                                                 "the entries of \"%1\" must be KEY=VALUE strings")
                         .arg(entry.key));
                continue;
            }
            if (equals < 0)
                result.insert(line, QString());
            else
                result.insert(line.left(equals), interpolate(line.mid(equals + 1), doc.at(item)).text);
        }
    } else if (entry.value.IsDefined() && !entry.value.IsNull()) {
        warn(doc.at(entry.keyNode),
             QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a mapping or a list")
                 .arg(entry.key));
    }
    return result;
}

void ComposeReader::readDocument(const YamlDocument &doc, const QString &directory, ComposeFileInfo &info)
{
    if (!yamlIsMap(doc.root)) {
        warn(doc.at(doc.root),
             QCoreApplication::translate("tfi::ComposeParser",
                                         "the top level of a Compose file must be a mapping"));
        return;
    }
    const MapView root = view(doc, doc.root);
    for (const MapEntry &entry : root.entries) {
        if (entry.key == u"services") {
            if (entry.value.IsNull())
                continue;
            if (!yamlIsMap(entry.value)) {
                warn(doc.at(entry.keyNode),
                     QCoreApplication::translate("tfi::ComposeParser",
                                                 "\"services\" must be a mapping of service names"));
                continue;
            }
            QHash<QString, qsizetype> existing;
            for (qsizetype i = 0; i < info.services.size(); ++i)
                existing.insert(info.services.at(i).name, i);
            for (const MapEntry &service : view(doc, entry.value).entries) {
                if (service.key.startsWith(u"x-"))
                    continue;
                if (!yamlIsMap(service.value)) {
                    warn(doc.at(service.keyNode),
                         QCoreApplication::translate("tfi::ComposeParser",
                                                     "the service \"%1\" must be a mapping")
                             .arg(service.key));
                    continue;
                }
                Workload workload =
                    readService(doc, directory, service.key, service.keyNode, service.value, {});
                const auto it = existing.constFind(service.key);
                if (it != existing.constEnd()) {
                    info.services[*it] = mergeService(info.services.at(*it), workload);
                } else {
                    existing.insert(service.key, info.services.size());
                    info.services.append(workload);
                }
            }
        } else if (entry.key == u"volumes" || entry.key == u"networks" || entry.key == u"secrets") {
            if (!expectMap(doc, entry))
                continue;
            QStringList &names = entry.key == u"volumes"    ? info.namedVolumes
                                 : entry.key == u"networks" ? info.networks
                                                            : info.secrets;
            QStringList found;
            for (const MapEntry &item : view(doc, entry.value).entries)
                found.append(item.key);
            appendUnique(names, found);
        }
        // version, name, configs, include and x-* extensions carry nothing the audit reads.
    }
}

Workload ComposeReader::readService(const YamlDocument &doc, const QString &directory, const QString &name,
                                    const YAML::Node &keyNode, const YAML::Node &body,
                                    QList<ExtendsKey> chain)
{
    Workload workload;
    workload.name = name;
    workload.kind = WorkloadKind::ComposeService;
    workload.format = SourceFormat::Compose;
    workload.location = doc.at(keyNode);
    Container container;
    container.name = name;
    container.location = workload.location;

    QList<EnvVar> written;
    QList<EnvVar> fileEntries;
    Location entrypointLocation;
    bool replicasFromDeploy = false;
    const MapEntry *extends = nullptr;
    const MapView service = view(doc, body);

    for (const MapEntry &entry : service.entries) {
        const QString &key = entry.key;
        const Location location = doc.at(entry.keyNode);
        if (key == u"image") {
            if (!yamlIsScalar(entry.value)) {
                warn(location,
                     QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a string").arg(key));
                continue;
            }
            container.image = text(doc, entry.value);
            container.imageLocation = location;
        } else if (key == u"build") {
            readBuild(doc, directory, entry, workload);
        } else if (key == u"command") {
            container.args = commandWords(doc, entry);
            container.argsLocation = location;
        } else if (key == u"entrypoint") {
            container.command = commandWords(doc, entry);
            entrypointLocation = location;
        } else if (key == u"environment") {
            readEnvironment(doc, entry, written);
        } else if (key == u"env_file") {
            readEnvFiles(doc, directory, entry, container, fileEntries);
        } else if (key == u"ports") {
            readPorts(doc, entry, container, false);
        } else if (key == u"expose") {
            readPorts(doc, entry, container, true);
        } else if (key == u"depends_on") {
            readDependsOn(doc, entry, workload);
        } else if (key == u"links") {
            if (!expectSequence(doc, entry))
                continue;
            for (const auto &item : entry.value) {
                const QString link = item.IsScalar() ? text(doc, item).trimmed() : QString();
                if (link.isEmpty()) {
                    warn(doc.at(item),
                         QCoreApplication::translate("tfi::ComposeParser",
                                                     "the entries of \"%1\" must be service names")
                             .arg(key));
                    continue;
                }
                Dependency dependency;
                const qsizetype colon = link.indexOf(u':');
                dependency.name = colon < 0 ? link : link.left(colon);
                dependency.alias = colon < 0 ? QString() : link.mid(colon + 1);
                dependency.location = doc.at(item);
                workload.links.append(dependency);
            }
        } else if (key == u"volumes") {
            readVolumes(doc, entry, container);
        } else if (key == u"healthcheck") {
            readHealthcheck(doc, entry, container);
        } else if (key == u"deploy") {
            readDeploy(doc, entry, workload, container, replicasFromDeploy);
        } else if (key == u"scale") {
            const std::optional<int> scale = integer(doc, entry.value);
            if (!scale || *scale < 0) {
                warn(location,
                     QCoreApplication::translate("tfi::ComposeParser", "\"%1\" needs a whole number")
                         .arg(key));
            } else if (!replicasFromDeploy) {
                workload.replicas = scale;
                workload.replicasLocation = location;
            }
        } else if (key == u"mem_limit" || key == u"mem_reservation" || key == u"cpus") {
            const QString value = text(doc, entry.value);
            if (key == u"mem_limit")
                container.resources.limits.insert(u"memory"_s, value);
            else if (key == u"mem_reservation")
                container.resources.requests.insert(u"memory"_s, value);
            else
                container.resources.limits.insert(u"cpu"_s, value);
            if (!container.resources.location.isValid())
                container.resources.location = location;
        } else if (key == u"stop_grace_period") {
            const QString value = text(doc, entry.value).trimmed();
            const std::optional<double> seconds = parseDuration(value);
            if (!seconds) {
                warn(location,
                     QCoreApplication::translate("tfi::ComposeParser", "unknown duration \"%1\"").arg(value));
                continue;
            }
            workload.terminationGracePeriodSeconds = int(std::lround(std::min(*seconds, 1e9)));
            workload.gracePeriodLocation = location;
        } else if (key == u"stop_signal") {
            workload.stopSignal = text(doc, entry.value);
            workload.stopSignalLocation = location;
        } else if (key == u"logging") {
            readLogging(doc, entry, workload);
        } else if (key == u"profiles") {
            if (expectSequence(doc, entry))
                workload.profiles = stringList(doc, entry.value);
        } else if (key == u"secrets") {
            if (!expectSequence(doc, entry))
                continue;
            for (const auto &item : entry.value) {
                const QString secret =
                    yamlIsMap(item) ? text(doc, view(doc, item).value(u"source")) : text(doc, item);
                if (secret.isEmpty())
                    warn(doc.at(item),
                         QCoreApplication::translate("tfi::ComposeParser",
                                                     "a service secret needs a name or a \"source\""));
                else
                    appendUnique(workload.secrets, {secret});
            }
        } else if (key == u"restart") {
            workload.restartPolicy = text(doc, entry.value);
        } else if (key == u"network_mode") {
            workload.hostNetwork = text(doc, entry.value).trimmed() == u"host";
            workload.hostNetworkLocation = location;
        } else if (key == u"labels") {
            const QMap<QString, QString> labels = stringMap(doc, entry);
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                workload.labels.insert(it.key(), it.value());
        } else if (key == u"extends") {
            extends = &entry;
        }
    }

    container.commandLocation = container.command.isEmpty() ? container.argsLocation : entrypointLocation;
    container.env = effectiveEnvironment(fileEntries, written);
    workload.volumes = volumesFromMounts(container.volumeMounts);
    workload.containers.append(container);

    if (extends) {
        chain.append({doc.path, name});
        if (std::optional<Workload> base = readExtends(doc, directory, *extends, chain)) {
            const Location ownLocation = workload.location;
            workload = mergeService(*base, workload);
            workload.name = name;
            workload.location = ownLocation;
            workload.containers.first().name = name;
            workload.containers.first().location = ownLocation;
        }
    }
    return workload;
}

std::optional<Workload> ComposeReader::readExtends(const YamlDocument &doc, const QString &directory,
                                                   const MapEntry &entry, const QList<ExtendsKey> &chain)
{
    const Location location = doc.at(entry.keyNode);
    QString serviceName;
    QString file;
    if (yamlIsScalar(entry.value)) {
        serviceName = text(doc, entry.value).trimmed();
    } else if (yamlIsMap(entry.value)) {
        const MapView extendsView = view(doc, entry.value);
        serviceName = text(doc, extendsView.value(u"service")).trimmed();
        file = text(doc, extendsView.value(u"file")).trimmed();
    }
    if (serviceName.isEmpty()) {
        warn(location,
             QCoreApplication::translate("tfi::ComposeParser", "\"extends\" needs the name of a service"));
        return std::nullopt;
    }
    if (chain.size() > maxExtendsDepth) {
        warn(location,
             QCoreApplication::translate("tfi::ComposeParser", "\"extends\" is nested deeper than %1 levels")
                 .arg(maxExtendsDepth));
        return std::nullopt;
    }

    const std::vector<YamlDocument> *documents = nullptr;
    std::vector<YamlDocument> sameFile;
    QString targetPath = doc.path;
    if (file.isEmpty()) {
        sameFile.push_back(doc);
        documents = &sameFile;
    } else {
        targetPath = resolveRepoPath(directory, file);
        documents = targetPath.isEmpty() ? nullptr : extendedFile(targetPath);
        if (!documents) {
            warn(location, QCoreApplication::translate(
                               "tfi::ComposeParser",
                               "\"extends\" refers to the file %1, which is not in the repository")
                               .arg(file));
            return std::nullopt;
        }
    }
    if (chain.contains(ExtendsKey{targetPath, serviceName})) {
        warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                   "\"extends\" of the service \"%1\" forms a cycle")
                           .arg(serviceName));
        return std::nullopt;
    }
    for (const YamlDocument &target : *documents) {
        const MapEntry *found = servicesOf(target).find(serviceName);
        if (!found || !yamlIsMap(found->value))
            continue;
        // Copies: reading the base may add to the cache that `found` points into.
        const YAML::Node keyNode = found->keyNode;
        const YAML::Node body = found->value;
        return readService(target, directoryOf(targetPath), serviceName, keyNode, body, chain);
    }
    warn(location,
         QCoreApplication::translate("tfi::ComposeParser", "\"extends\" refers to the unknown service \"%1\"")
             .arg(serviceName));
    return std::nullopt;
}

// The `services` mapping of a document, kept because every `extends` looks a service up in it.
const MapView &ComposeReader::servicesOf(const YamlDocument &doc)
{
    const QString key = doc.path + u'#' + QString::number(doc.index);
    auto it = m_servicesByDocument.find(key);
    if (it == m_servicesByDocument.end()) {
        const YAML::Node services = view(doc, doc.root).value(u"services");
        it = m_servicesByDocument.insert(key, view(doc, services));
    }
    return *it;
}

const std::vector<YamlDocument> *ComposeReader::extendedFile(const QString &path)
{
    const auto cached = m_extendedFiles.constFind(path);
    if (cached != m_extendedFiles.constEnd())
        return cached->get();
    const SourceFile *file = m_context.files.find(path);
    if (!file || !file->isText())
        return nullptr;
    Diagnostics diagnostics;
    auto documents = std::make_shared<const std::vector<YamlDocument>>(
        loadYamlDocuments(*file, m_context.limits, diagnostics));
    // Compose-named files are parsed on their own, which reports their YAML errors.
    if (!isComposeName(file->fileName())) {
        for (const Diagnostic &diagnostic : std::as_const(diagnostics))
            report(diagnostic.location, diagnostic.severity, diagnostic.message);
    }
    m_extendedFiles.insert(path, documents);
    return documents.get();
}

// One `environment` (or build `args`) entry. `value` is null for a bare KEY, which takes its
// value from the environment Compose runs in; .env is the part of that the repository shows.
EnvVar ComposeReader::environmentVariable(const QString &name, const QString *value, const Location &location)
{
    EnvVar var;
    var.name = name;
    var.location = location;
    if (!value) {
        var.kind = ValueKind::Interpolated;
        var.refName = name;
        var.value = m_interpolator.value(name).value_or(QString());
        return var;
    }
    const Interpolation result = interpolate(*value, location);
    if (!result.usesVariables()) {
        var.value = result.text;
        return var;
    }
    var.kind = ValueKind::Interpolated;
    var.required = !result.missingRequired.isEmpty();
    if (result.unresolved.isEmpty()) {
        var.value = result.text;
        var.refName = result.variables.first();
    } else {
        var.value = *value;
        var.refName = result.unresolved.first();
    }
    return var;
}

void ComposeReader::readEnvironment(const YamlDocument &doc, const MapEntry &entry, QList<EnvVar> &out)
{
    if (yamlIsMap(entry.value)) {
        for (const MapEntry &item : view(doc, entry.value).entries) {
            const Location location = doc.at(item.keyNode);
            if (item.key.isEmpty()) {
                warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                           "an entry of \"%1\" has no variable name")
                                   .arg(entry.key));
                continue;
            }
            if (!item.value.IsDefined() || item.value.IsNull()) {
                out.append(environmentVariable(item.key, nullptr, location));
            } else if (yamlIsScalar(item.value)) {
                const QString value = yamlString(item.value);
                out.append(environmentVariable(item.key, &value, location));
            } else {
                warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                           "the variable %1 must have a string value")
                                   .arg(item.key));
            }
        }
    } else if (yamlIsSeq(entry.value)) {
        for (const auto &item : entry.value) {
            const Location location = doc.at(item);
            const QString line = item.IsScalar() ? QString::fromStdString(item.Scalar()) : QString();
            const qsizetype equals = line.indexOf(u'=');
            const QString name = (equals < 0 ? line : line.left(equals)).trimmed();
            if (name.isEmpty()) {
                warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                           "an entry of \"%1\" has no variable name")
                                   .arg(entry.key));
                continue;
            }
            if (name.contains(u' ')) {
                warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                           "the variable name \"%1\" contains spaces")
                                   .arg(name));
                continue;
            }
            if (equals < 0) {
                out.append(environmentVariable(name, nullptr, location));
            } else {
                const QString value = line.mid(equals + 1);
                out.append(environmentVariable(name, &value, location));
            }
        }
    } else if (entry.value.IsDefined() && !entry.value.IsNull()) {
        warn(doc.at(entry.keyNode),
             QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a mapping or a list")
                 .arg(entry.key));
    }
}

void ComposeReader::readEnvFiles(const YamlDocument &doc, const QString &directory, const MapEntry &entry,
                                 Container &container, QList<EnvVar> &fileEntries)
{
    QList<YAML::Node> items;
    if (yamlIsSeq(entry.value)) {
        for (const auto &item : entry.value)
            items.append(item);
    } else if (yamlIsScalar(entry.value) || yamlIsMap(entry.value)) {
        items.append(entry.value);
    } else {
        if (entry.value.IsDefined() && !entry.value.IsNull())
            warn(doc.at(entry.keyNode),
                 QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a string or a list")
                     .arg(entry.key));
        return;
    }
    for (const YAML::Node &item : std::as_const(items)) {
        EnvFromRef ref;
        ref.kind = EnvFromRef::Kind::EnvFile;
        ref.location = doc.at(item);
        if (yamlIsMap(item)) {
            const MapView itemView = view(doc, item);
            ref.name = text(doc, itemView.value(u"path")).trimmed();
            ref.optional = boolean(doc, itemView.value(u"required")) == false;
        } else {
            ref.name = text(doc, item).trimmed();
        }
        if (ref.name.isEmpty()) {
            warn(ref.location,
                 QCoreApplication::translate("tfi::ComposeParser", "an \"env_file\" entry needs a path"));
            continue;
        }
        container.envFrom.append(ref);
        // Often git-ignored, so a missing env_file is not a problem of the repository.
        const QString path = resolveRepoPath(directory, ref.name);
        const SourceFile *file = path.isEmpty() ? nullptr : m_context.files.find(path);
        if (!file || !file->isText())
            continue;
        Diagnostics diagnostics;
        QList<EnvVar> entries = parseDotenvEntries(path, file->content, diagnostics);
        if (!isDotenvName(fileNameOf(path))) {
            for (const Diagnostic &diagnostic : std::as_const(diagnostics))
                report(diagnostic.location, diagnostic.severity, diagnostic.message);
        }
        for (EnvVar &var : entries)
            var.envFile = ref.name;
        fileEntries.append(entries);
    }
}

void ComposeReader::readBuild(const YamlDocument &doc, const QString &directory, const MapEntry &entry,
                              Workload &workload)
{
    const Location location = doc.at(entry.keyNode);
    QString context;
    QString dockerfile;
    if (yamlIsScalar(entry.value)) {
        context = text(doc, entry.value).trimmed();
    } else if (yamlIsMap(entry.value)) {
        const MapView build = view(doc, entry.value);
        context = text(doc, build.value(u"context")).trimmed();
        dockerfile = text(doc, build.value(u"dockerfile")).trimmed();
        workload.buildTarget = text(doc, build.value(u"target")).trimmed();
        if (const MapEntry *args = build.find(u"args")) {
            QList<EnvVar> buildArgs;
            readEnvironment(doc, *args, buildArgs);
            workload.buildArgs.clear();
            mergeByKey(workload.buildArgs, buildArgs, envKey);
        }
    } else {
        warn(location,
             QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a string or a mapping")
                 .arg(entry.key));
        return;
    }
    if (context.isEmpty())
        context = u"."_s;
    workload.buildContext = context;
    workload.buildDockerfile = dockerfile;
    workload.buildLocation = location;
    workload.dockerfilePath = dockerfilePathFor(directory, context, dockerfile);
}

void ComposeReader::readPorts(const YamlDocument &doc, const MapEntry &entry, Container &container,
                              bool expose)
{
    if (!expectSequence(doc, entry))
        return;
    for (const auto &item : entry.value) {
        if (yamlIsScalar(item))
            readShortPort(doc, item, container, expose);
        else if (yamlIsMap(item) && !expose)
            readLongPort(doc, item, container);
        else
            warn(doc.at(item),
                 QCoreApplication::translate("tfi::ComposeParser",
                                             "the entries of \"%1\" must be port numbers or port strings")
                     .arg(entry.key));
    }
}

// [HOST_IP:][PUBLISHED[-RANGE]:]TARGET[-RANGE][/PROTOCOL], with "[v6]:" host addresses.
void ComposeReader::readShortPort(const YamlDocument &doc, const YAML::Node &node, Container &container,
                                  bool expose)
{
    const Location location = doc.at(node);
    const QString written = yamlString(node).trimmed();
    const Interpolation interpolated = interpolate(written, location, true);
    for (const QString &name : std::as_const(interpolated.unresolved)) {
        warn(location,
             QCoreApplication::translate(
                 "tfi::ComposeParser",
                 "the port uses the variable %1, which .env does not set; Compose would use an empty "
                 "value")
                 .arg(name));
    }
    QString spec = interpolated.text.trimmed();
    const QString unknown =
        QCoreApplication::translate("tfi::ComposeParser", "unknown port syntax \"%1\"").arg(written);
    PortText port;
    const qsizetype slash = spec.lastIndexOf(u'/');
    if (slash >= 0) {
        const QString protocol = spec.mid(slash + 1).trimmed().toLower();
        if (protocol != u"tcp" && protocol != u"udp" && protocol != u"sctp") {
            warn(location, QCoreApplication::translate("tfi::ComposeParser", "unknown port protocol \"%1\"")
                               .arg(protocol));
            return;
        }
        port.protocol = protocol.toUpper();
        spec = spec.left(slash);
    }
    QStringList parts;
    if (spec.startsWith(u'[')) {
        const qsizetype close = spec.indexOf(u']');
        if (close < 0 || spec.mid(close + 1, 1) != u":") {
            warn(location, unknown);
            return;
        }
        port.hostIp = spec.mid(1, close - 1);
        parts = spec.mid(close + 2).split(u':');
        if (parts.size() != 2) {
            warn(location, unknown);
            return;
        }
        parts.prepend(port.hostIp);
    } else {
        parts = spec.split(u':');
        if (parts.size() > 3) {
            // an IPv6 host address without brackets
            const QString target = parts.takeLast();
            const QString published = parts.takeLast();
            parts = {parts.join(u':'), published, target};
        }
    }
    if (expose && parts.size() != 1) {
        warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                   "\"expose\" takes container ports only, not \"%1\"")
                           .arg(written));
        return;
    }
    switch (parts.size()) {
    case 1:
        port.target = parts.at(0).trimmed();
        break;
    case 2:
        port.published = parts.at(0).trimmed();
        port.target = parts.at(1).trimmed();
        break;
    default:
        port.hostIp = parts.at(0).trimmed();
        port.published = parts.at(1).trimmed();
        port.target = parts.at(2).trimmed();
        break;
    }
    addPorts(port, written, location, expose, container);
}

void ComposeReader::readLongPort(const YamlDocument &doc, const YAML::Node &node, Container &container)
{
    const Location location = doc.at(node);
    const MapView ports = view(doc, node);
    PortText port;
    port.target = text(doc, ports.value(u"target")).trimmed();
    port.published = text(doc, ports.value(u"published")).trimmed();
    port.hostIp = text(doc, ports.value(u"host_ip")).trimmed();
    port.name = text(doc, ports.value(u"name")).trimmed();
    const QString protocol = text(doc, ports.value(u"protocol")).trimmed().toLower();
    if (!protocol.isEmpty()) {
        if (protocol != u"tcp" && protocol != u"udp" && protocol != u"sctp") {
            warn(location, QCoreApplication::translate("tfi::ComposeParser", "unknown port protocol \"%1\"")
                               .arg(protocol));
            return;
        }
        port.protocol = protocol.toUpper();
    }
    if (port.target.isEmpty()) {
        warn(location,
             QCoreApplication::translate("tfi::ComposeParser", "a port mapping needs a \"target\" port"));
        return;
    }
    addPorts(port, port.published.isEmpty() ? port.target : port.published + u':' + port.target, location,
             false, container);
}

// "8000" or "8000-8010" into first and last, both within 0..65535.
bool parsePortRange(const QString &text, int &first, int &last)
{
    static const QRegularExpression pattern(u"^(\\d{1,5})(?:-(\\d{1,5}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    first = match.captured(1).toInt();
    last = match.hasCaptured(2) ? match.captured(2).toInt() : first;
    return first <= last && last <= 65535;
}

void ComposeReader::addPorts(const PortText &port, const QString &written, const Location &location,
                             bool expose, Container &container)
{
    const QString unknown =
        QCoreApplication::translate("tfi::ComposeParser", "unknown port syntax \"%1\"").arg(written);
    int targetFirst = 0;
    int targetLast = 0;
    if (!parsePortRange(port.target, targetFirst, targetLast) || targetFirst == 0) {
        warn(location, unknown);
        return;
    }
    int publishedFirst = 0;
    int publishedLast = 0;
    if (!port.published.isEmpty() && !parsePortRange(port.published, publishedFirst, publishedLast)) {
        warn(location, unknown);
        return;
    }
    const int targetCount = targetLast - targetFirst + 1;
    const int publishedCount = port.published.isEmpty() ? 0 : publishedLast - publishedFirst + 1;
    if (publishedCount > 1 && targetCount > 1 && publishedCount != targetCount) {
        warn(location,
             QCoreApplication::translate("tfi::ComposeParser",
                                         "the published and container port ranges of \"%1\" differ in length")
                 .arg(written));
        return;
    }
    if (publishedCount > 1 && targetCount == 1) {
        // Compose picks one free host port from the range; the first one stands for it.
        publishedLast = publishedFirst;
    }
    if (publishedCount == 1 && targetCount > 1) {
        warn(location, QCoreApplication::translate(
                           "tfi::ComposeParser",
                           "a container port range needs a published range of the same length in \"%1\"")
                           .arg(written));
        return;
    }
    int count = targetCount;
    if (count > maxPortsPerEntry) {
        warn(location, QCoreApplication::translate(
                           "tfi::ComposeParser",
                           "the port range \"%1\" has more than %2 ports; only the first %2 were read")
                           .arg(written)
                           .arg(maxPortsPerEntry));
        count = maxPortsPerEntry;
    }
    for (int offset = 0; offset < count; ++offset) {
        if (m_portCount >= maxPortsPerFile) {
            if (!m_portLimitReported) {
                warn(location,
                     QCoreApplication::translate(
                         "tfi::ComposeParser", "the file declares more than %1 ports; the rest were skipped")
                         .arg(maxPortsPerFile));
                m_portLimitReported = true;
            }
            return;
        }
        ++m_portCount;
        PortSpec spec;
        spec.name = port.name;
        spec.protocol = port.protocol;
        spec.containerPort = targetFirst + offset;
        if (publishedCount > 0)
            spec.publishedPort = publishedFirst == publishedLast ? publishedFirst : publishedFirst + offset;
        spec.hostIp = port.hostIp;
        spec.exposeOnly = expose;
        spec.location = location;
        container.ports.append(spec);
    }
}

void ComposeReader::readVolumes(const YamlDocument &doc, const MapEntry &entry, Container &container)
{
    if (!expectSequence(doc, entry))
        return;
    static const QRegularExpression volumeName(u"^[A-Za-z0-9][A-Za-z0-9_.-]*$"_s);
    for (const auto &item : entry.value) {
        const Location location = doc.at(item);
        VolumeMount mount;
        mount.location = location;
        if (yamlIsScalar(item)) {
            const QString written = yamlString(item).trimmed();
            const QStringList parts = text(doc, item).trimmed().split(u':');
            QString mode;
            if (parts.size() == 1) {
                mount.mountPath = parts.at(0); // an anonymous volume
            } else if (parts.size() <= 3) {
                mount.name = parts.at(0);
                mount.mountPath = parts.at(1);
                mode = parts.size() == 3 ? parts.at(2) : QString();
            } else {
                warn(location,
                     QCoreApplication::translate("tfi::ComposeParser", "unknown volume syntax \"%1\"")
                         .arg(written));
                continue;
            }
            if (mount.mountPath.isEmpty()) {
                warn(location,
                     QCoreApplication::translate("tfi::ComposeParser", "unknown volume syntax \"%1\"")
                         .arg(written));
                continue;
            }
            mount.kind = mount.name.isEmpty() || volumeName.match(mount.name).hasMatch() ? Volume::Kind::Named
                                                                                         : Volume::Kind::Bind;
            mount.readOnly = mode.split(u',').contains(u"ro"_s);
        } else if (yamlIsMap(item)) {
            const MapView volume = view(doc, item);
            const QString type = text(doc, volume.value(u"type")).trimmed().toLower();
            mount.name = text(doc, volume.value(u"source")).trimmed();
            mount.mountPath = text(doc, volume.value(u"target")).trimmed();
            mount.readOnly = boolean(doc, volume.value(u"read_only")).value_or(false);
            if (type == u"bind")
                mount.kind = Volume::Kind::Bind;
            else if (type == u"volume" || type.isEmpty())
                mount.kind = Volume::Kind::Named;
            else if (type == u"tmpfs")
                mount.kind = Volume::Kind::Tmpfs;
            else
                mount.kind = Volume::Kind::Other;
            if (mount.mountPath.isEmpty()) {
                warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                           "a volume mount needs a \"target\" path"));
                continue;
            }
        } else {
            warn(location, QCoreApplication::translate("tfi::ComposeParser",
                                                       "the entries of \"%1\" must be strings or mappings")
                               .arg(entry.key));
            continue;
        }
        container.volumeMounts.append(mount);
    }
}

void ComposeReader::readHealthcheck(const YamlDocument &doc, const MapEntry &entry, Container &container)
{
    if (!expectMap(doc, entry))
        return;
    const MapView healthcheck = view(doc, entry.value);
    Probe probe;
    probe.kind = Probe::Kind::Healthcheck;
    probe.location = doc.at(entry.keyNode);
    probe.disabled = boolean(doc, healthcheck.value(u"disable")).value_or(false);
    if (const MapEntry *test = healthcheck.find(u"test")) {
        if (yamlIsScalar(test->value)) {
            probe.action = Probe::Action::Exec;
            probe.command = {u"/bin/sh"_s, u"-c"_s, text(doc, test->value)};
        } else if (yamlIsSeq(test->value)) {
            QStringList words = stringList(doc, test->value);
            const QString form = words.isEmpty() ? QString() : words.takeFirst().toUpper();
            if (form == u"NONE") {
                probe.disabled = true;
            } else if (form == u"CMD") {
                probe.action = Probe::Action::Exec;
                probe.command = words;
            } else if (form == u"CMD-SHELL") {
                probe.action = Probe::Action::Exec;
                probe.command = {u"/bin/sh"_s, u"-c"_s, words.join(u' ')};
            } else {
                warn(doc.at(test->keyNode),
                     QCoreApplication::translate(
                         "tfi::ComposeParser", "a healthcheck test must start with CMD, CMD-SHELL or NONE"));
            }
        } else {
            warn(doc.at(test->keyNode),
                 QCoreApplication::translate("tfi::ComposeParser",
                                             "a healthcheck test must be a string or a list"));
        }
    }
    // Without a test the healthcheck only tunes the image's own; that leaves nothing to record.
    if (probe.action != Probe::Action::None || probe.disabled)
        container.probes = {probe};
}

void ComposeReader::readResources(const YamlDocument &doc, const YAML::Node &node, Resources &resources)
{
    const MapView groups = view(doc, node);
    for (const MapEntry &group : groups.entries) {
        QMap<QString, QString> *target = group.key == u"limits"         ? &resources.limits
                                         : group.key == u"reservations" ? &resources.requests
                                                                        : nullptr;
        if (!target || !yamlIsMap(group.value))
            continue;
        for (const MapEntry &resource : view(doc, group.value).entries) {
            if (!yamlIsScalar(resource.value))
                continue;
            const QString name = resource.key == u"cpus" ? u"cpu"_s : resource.key;
            target->insert(name, text(doc, resource.value).trimmed());
        }
    }
}

void ComposeReader::readDeploy(const YamlDocument &doc, const MapEntry &entry, Workload &workload,
                               Container &container, bool &replicasFromDeploy)
{
    if (!expectMap(doc, entry))
        return;
    const MapView deploy = view(doc, entry.value);
    if (const MapEntry *replicas = deploy.find(u"replicas")) {
        const std::optional<int> count = integer(doc, replicas->value);
        if (!count || *count < 0) {
            warn(doc.at(replicas->keyNode),
                 QCoreApplication::translate("tfi::ComposeParser", "\"%1\" needs a whole number")
                     .arg(replicas->key));
        } else {
            workload.replicas = count;
            workload.replicasLocation = doc.at(replicas->keyNode);
            replicasFromDeploy = true;
        }
    }
    if (const MapEntry *resources = deploy.find(u"resources"); resources && yamlIsMap(resources->value)) {
        readResources(doc, resources->value, container.resources);
        if (!container.resources.isEmpty())
            container.resources.location = doc.at(resources->keyNode);
    }
    if (const MapEntry *policy = deploy.find(u"restart_policy"); policy && yamlIsMap(policy->value)) {
        const QString condition = text(doc, view(doc, policy->value).value(u"condition")).trimmed();
        if (workload.restartPolicy.isEmpty() && !condition.isEmpty())
            workload.restartPolicy = condition;
    }
}

void ComposeReader::readDependsOn(const YamlDocument &doc, const MapEntry &entry, Workload &workload)
{
    if (yamlIsSeq(entry.value)) {
        for (const auto &item : entry.value) {
            const QString name = item.IsScalar() ? text(doc, item).trimmed() : QString();
            if (name.isEmpty()) {
                warn(doc.at(item), QCoreApplication::translate("tfi::ComposeParser",
                                                               "the entries of \"%1\" must be service names")
                                       .arg(entry.key));
                continue;
            }
            workload.dependsOn.append({name, QString(), doc.at(item), QString()});
        }
    } else if (yamlIsMap(entry.value)) {
        for (const MapEntry &item : view(doc, entry.value).entries) {
            Dependency dependency;
            dependency.name = item.key;
            dependency.location = doc.at(item.keyNode);
            if (yamlIsMap(item.value))
                dependency.condition = text(doc, view(doc, item.value).value(u"condition")).trimmed();
            workload.dependsOn.append(dependency);
        }
    } else if (entry.value.IsDefined() && !entry.value.IsNull()) {
        warn(doc.at(entry.keyNode),
             QCoreApplication::translate("tfi::ComposeParser", "\"%1\" must be a mapping or a list")
                 .arg(entry.key));
    }
}

void ComposeReader::readLogging(const YamlDocument &doc, const MapEntry &entry, Workload &workload)
{
    if (!expectMap(doc, entry))
        return;
    const MapView logging = view(doc, entry.value);
    workload.loggingLocation = doc.at(entry.keyNode);
    workload.loggingDriver = text(doc, logging.value(u"driver")).trimmed();
    if (const MapEntry *options = logging.find(u"options"))
        workload.loggingOptions = stringMap(doc, *options);
}

} // namespace

void parseCompose(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    ComposeFileInfo info;
    info.path = file.path;
    info.projectDirectory = file.directory();
    info.role = composeRole(file.fileName());
    info.location = {file.path, 1, 0};
    if (!file.isText()) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Warning,
             QCoreApplication::translate("tfi::ComposeParser",
                                         "the Compose file is not a readable text file; skipped")});
        out.composeFiles.append(info);
        return;
    }

    ComposeReader reader(context, out.diagnostics);
    const QString dotenvPath = resolveRepoPath(info.projectDirectory, u".env"_s);
    if (const SourceFile *dotenv = context.files.find(dotenvPath); dotenv && dotenv->isText()) {
        Diagnostics ignored; // the dotenv parser reports .env's own problems
        reader.setInterpolator(Interpolator(parseDotenvEntries(dotenvPath, dotenv->content, ignored)));
    }
    try {
        const std::vector<YamlDocument> documents = loadYamlDocuments(file, context.limits, out.diagnostics);
        for (const YamlDocument &doc : documents)
            reader.readDocument(doc, info.projectDirectory, info);
    } catch (const std::exception &error) {
        // yaml-cpp throws on nodes that turn out to be malformed while they are walked
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::ComposeParser", "could not read the Compose file: %1")
                 .arg(QString::fromLocal8Bit(error.what()))});
    }
    out.composeFiles.append(info);
}

QList<Workload> mergeComposeFiles(const QList<ComposeFileInfo> &filesInOrder, const QString &environment)
{
    QList<Workload> services;
    QHash<QString, qsizetype> index;
    for (const ComposeFileInfo &file : filesInOrder) {
        for (const Workload &service : file.services) {
            const auto it = index.constFind(service.name);
            if (it != index.constEnd()) {
                services[*it] = mergeService(services.at(*it), service);
            } else {
                index.insert(service.name, services.size());
                services.append(service);
            }
        }
    }
    for (Workload &service : services)
        service.environment = environment;
    return services;
}

} // namespace tfi
