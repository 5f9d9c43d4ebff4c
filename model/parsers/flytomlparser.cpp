#include "flytomlparser.h"

#include "../textutil.h"

#include <toml++/toml.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

using namespace Qt::StringLiterals;

namespace tfi {

namespace {

// toml++ builds one nested table per dotted key part and frees them recursively, so a key
// with tens of thousands of parts overflows the stack. Parts per line are bounded before
// toml++ sees the text; inline tables and arrays are bounded by toml++ itself.
constexpr int kMaxKeyPartsPerLine = 256;

// Ports, probes, mounts and limits handed out to processes in total: services x processes
// grows quadratically with hostile input.
constexpr int kMaxAttachments = 100000;

// The first line whose dotted keys nest deeper than the limit, or 0. Skips strings and
// comments; a dot between two digits-only parts (a float) does not count.
int lineWithDeepKeys(QByteArrayView text)
{
    int line = 1;
    int dotsOnLine = 0;
    qsizetype i = 0;
    const qsizetype size = text.size();
    const auto startsWith = [&](qsizetype at, const char *marker) {
        return at + 3 <= size && text[at] == marker[0] && text[at + 1] == marker[1] &&
               text[at + 2] == marker[2];
    };
    while (i < size) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            dotsOnLine = 0;
            ++i;
        } else if (c == '#') {
            while (i < size && text[i] != '\n')
                ++i;
        } else if (startsWith(i, "\"\"\"") || startsWith(i, "'''")) {
            const char quote = c;
            i += 3;
            while (i < size && !startsWith(i, quote == '"' ? "\"\"\"" : "'''")) {
                if (text[i] == '\n') {
                    ++line;
                    dotsOnLine = 0;
                } else if (quote == '"' && text[i] == '\\') {
                    ++i;
                    if (i < size && text[i] == '\n')
                        ++line;
                }
                ++i;
            }
            i += 3;
        } else if (c == '"' || c == '\'') {
            ++i;
            while (i < size && text[i] != c && text[i] != '\n') {
                if (c == '"' && text[i] == '\\')
                    ++i;
                ++i;
            }
            if (i < size && text[i] == c)
                ++i;
        } else if (c == '.') {
            const bool digitBefore = i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9';
            const bool digitAfter = i + 1 < size && text[i + 1] >= '0' && text[i + 1] <= '9';
            if (!(digitBefore && digitAfter) && ++dotsOnLine > kMaxKeyPartsPerLine)
                return line;
            ++i;
        } else {
            ++i;
        }
    }
    return 0;
}

// A Go duration ("5s", "1m30s", "250ms") in seconds.
std::optional<double> parseGoDuration(const QString &text)
{
    static const QList<std::pair<QString, double>> units = {
        {u"ns"_s, 1e-9}, {u"us"_s, 1e-6}, {u"µs"_s, 1e-6},  {u"ms"_s, 1e-3},
        {u"s"_s, 1.0},   {u"m"_s, 60.0},  {u"h"_s, 3600.0},
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed == u"0")
        return 0.0;
    double total = 0.0;
    qsizetype i = 0;
    while (i < trimmed.size()) {
        const qsizetype numberStart = i;
        while (i < trimmed.size() && (trimmed.at(i).isDigit() || trimmed.at(i) == u'.'))
            ++i;
        bool ok = false;
        const double number = trimmed.mid(numberStart, i - numberStart).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < trimmed.size() && !trimmed.at(i).isDigit() && trimmed.at(i) != u'.')
            ++i;
        const QStringView unit = QStringView(trimmed).mid(unitStart, i - unitStart);
        const auto found = std::find_if(units.cbegin(), units.cend(),
                                        [&](const auto &entry) { return entry.first == unit; });
        if (found == units.cend())
            return std::nullopt;
        total += number * found->second;
    }
    return total;
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

class FlyTomlParser
{
    Q_DECLARE_TR_FUNCTIONS(tfi::FlyTomlParser)

public:
    FlyTomlParser(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
        : m_file(file), m_context(context), m_out(out)
    {}

    void parse();

private:
    struct Process
    {
        QString name;
        QStringList args;
        Location location;
        Location commandLocation;
    };

    // Something that applies to the processes it lists, or to all when the list is empty.
    template<typename T> struct Scoped
    {
        T item;
        QStringList processes;
        Location location;
    };

    struct Service
    {
        QList<PortSpec> ports;
        QList<Probe> probes;
    };

    Location at(const toml::source_region &region) const
    {
        return {m_file.path, int(region.begin.line), int(region.begin.column)};
    }
    Location at(const toml::node &node) const { return at(node.source()); }
    // The location of the key that sets table[key], falling back to the table itself.
    Location keyAt(const toml::table &table, std::string_view key) const;
    void warn(const Location &location, const QString &message)
    {
        m_out.diagnostics.append({location, DiagnosticSeverity::Warning, message});
    }

    std::optional<QString> stringField(const toml::table &table, std::string_view key);
    std::optional<int> intField(const toml::table &table, std::string_view key);
    QStringList stringListField(const toml::table &table, std::string_view key);
    // A table or an array of tables ([mounts] or [[mounts]]).
    QList<const toml::table *> tables(const toml::table &parent, std::string_view key);
    const toml::table *tableField(const toml::table &parent, std::string_view key);

    void readProcesses(const toml::table &root);
    void readEnv(const toml::table &root);
    void readService(const toml::table &table, bool isHttpService);
    void readChecks(const toml::table &root);
    void readVms(const toml::table &root);
    void readMounts(const toml::table &root);
    void readDeploy(const toml::table &root);
    void readStop(const toml::table &root);
    void checkProcessNames(const QStringList &names, const Location &location);
    bool appliesTo(const QStringList &processes, const QString &process) const
    {
        return processes.isEmpty() || processes.contains(process);
    }
    bool spendAttachment();
    void buildWorkloads(const toml::table &root);

    const SourceFile &m_file;
    const ParseContext &m_context;
    DeploymentModel &m_out;

    QList<Process> m_processes;
    QList<EnvVar> m_env;
    QList<Scoped<Service>> m_services;
    QList<Scoped<Probe>> m_checks;
    QList<Scoped<Resources>> m_vms;
    QList<Scoped<VolumeMount>> m_mounts;
    std::optional<int> m_httpServicePort;
    QString m_stopSignal;
    Location m_stopSignalLocation;
    std::optional<int> m_graceSeconds;
    Location m_graceLocation;
    QString m_strategy;
    int m_attachments = 0;
};

Location FlyTomlParser::keyAt(const toml::table &table, std::string_view key) const
{
    const auto found = table.find(key);
    if (found == table.end())
        return at(table);
    if (found->first.source().begin.line > 0)
        return at(found->first.source());
    return at(found->second);
}

std::optional<QString> FlyTomlParser::stringField(const toml::table &table, std::string_view key)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (const auto *text = node->as_string())
        return toQString(text->get());
    warn(keyAt(table, key), tr("\"%1\" should be a string").arg(toQString(key)));
    return std::nullopt;
}

std::optional<int> FlyTomlParser::intField(const toml::table &table, std::string_view key)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (const auto *number = node->as_integer()) {
        if (number->get() >= 0 && number->get() <= std::numeric_limits<int>::max())
            return int(number->get());
    } else if (const auto *text = node->as_string()) {
        bool ok = false;
        const int value = toQString(text->get()).trimmed().toInt(&ok);
        warn(keyAt(table, key), tr("\"%1\" should be a number, not a string").arg(toQString(key)));
        if (ok)
            return value;
        return std::nullopt;
    }
    warn(keyAt(table, key), tr("\"%1\" should be a whole number").arg(toQString(key)));
    return std::nullopt;
}

QStringList FlyTomlParser::stringListField(const toml::table &table, std::string_view key)
{
    QStringList result;
    const toml::node *node = table.get(key);
    if (!node)
        return result;
    if (const auto *text = node->as_string()) {
        result.append(toQString(text->get()));
    } else if (const auto *array = node->as_array()) {
        for (const toml::node &item : *array) {
            if (const auto *itemText = item.as_string())
                result.append(toQString(itemText->get()));
            else
                warn(at(item), tr("\"%1\" should hold only strings").arg(toQString(key)));
        }
    } else {
        warn(keyAt(table, key), tr("\"%1\" should be a list of strings").arg(toQString(key)));
    }
    return result;
}

QList<const toml::table *> FlyTomlParser::tables(const toml::table &parent, std::string_view key)
{
    QList<const toml::table *> result;
    const toml::node *node = parent.get(key);
    if (!node)
        return result;
    if (const auto *table = node->as_table()) {
        result.append(table);
    } else if (const auto *array = node->as_array()) {
        for (const toml::node &item : *array) {
            if (const auto *entry = item.as_table())
                result.append(entry);
            else
                warn(at(item), tr("entries of \"%1\" should be tables").arg(toQString(key)));
        }
    } else {
        warn(keyAt(parent, key), tr("\"%1\" should be a table").arg(toQString(key)));
    }
    return result;
}

const toml::table *FlyTomlParser::tableField(const toml::table &parent, std::string_view key)
{
    const toml::node *node = parent.get(key);
    if (!node)
        return nullptr;
    if (const auto *table = node->as_table())
        return table;
    warn(keyAt(parent, key), tr("\"%1\" should be a table").arg(toQString(key)));
    return nullptr;
}

bool FlyTomlParser::spendAttachment()
{
    if (m_attachments == kMaxAttachments) {
        warn({m_file.path, 0, 0},
             tr("too many ports, checks and mounts across processes; the rest were skipped"));
    }
    return ++m_attachments <= kMaxAttachments;
}

void FlyTomlParser::parse()
{
    if (m_file.kind == SourceFile::Kind::Binary || m_file.kind == SourceFile::Kind::LfsPointer) {
        warn({m_file.path, 0, 0}, tr("fly.toml is not a text file (binary or a Git LFS pointer); skipped"));
        return;
    }
    if (!m_file.isText())
        return; // too large, a symlink or a submodule: the loader reports those

    const QByteArray text = normalizedText(m_file.content);
    if (const int deepLine = lineWithDeepKeys(text)) {
        m_out.diagnostics.append(
            {{m_file.path, deepLine, 0},
             DiagnosticSeverity::Error,
             tr("dotted keys nest deeper than %1 levels; fly.toml skipped").arg(kMaxKeyPartsPerLine)});
        return;
    }

    toml::table root;
    try {
        root = toml::parse(std::string_view(text.constData(), size_t(text.size())));
    } catch (const toml::parse_error &error) {
        const toml::source_region &region = error.source();
        m_out.diagnostics.append({{m_file.path, int(region.begin.line), int(region.begin.column)},
                                  DiagnosticSeverity::Error,
                                  tr("could not parse TOML: %1").arg(toQString(error.description()))});
        return;
    }

    readProcesses(root);
    readEnv(root);
    if (const toml::table *httpService = tableField(root, "http_service"))
        readService(*httpService, true);
    for (const toml::table *service : tables(root, "services"))
        readService(*service, false);
    readChecks(root);
    readVms(root);
    readMounts(root);
    readDeploy(root);
    readStop(root);
    buildWorkloads(root);
}

void FlyTomlParser::readProcesses(const toml::table &root)
{
    const toml::table *processes = tableField(root, "processes");
    if (processes) {
        for (const auto &[key, node] : *processes) {
            Process process;
            process.name = toQString(key.str());
            process.location = at(key.source());
            process.commandLocation = process.location;
            if (const auto *command = node.as_string()) {
                // Fly runs it as the image's CMD, split like a shell would but without one
                process.args = splitShellWords(toQString(command->get()));
            } else if (const auto *array = node.as_array()) {
                for (const toml::node &word : *array) {
                    if (const auto *wordText = word.as_string())
                        process.args.append(toQString(wordText->get()));
                }
                if (process.args.size() != qsizetype(array->size()))
                    warn(at(node),
                         tr("the command of process %1 should hold only strings").arg(process.name));
            } else {
                warn(at(node), tr("the command of process %1 should be a string").arg(process.name));
            }
            m_processes.append(process);
        }
        // toml++ keeps keys sorted; report processes in file order
        std::stable_sort(m_processes.begin(), m_processes.end(), [](const Process &a, const Process &b) {
            return std::pair(a.location.line, a.location.column) <
                   std::pair(b.location.line, b.location.column);
        });
    }
    if (m_processes.isEmpty()) {
        Process process;
        process.name = u"app"_s;
        process.location = root.contains("app") ? keyAt(root, "app") : Location{m_file.path, 1, 0};
        if (const toml::table *experimental = tableField(root, "experimental")) {
            process.args = stringListField(*experimental, "cmd");
            process.commandLocation = keyAt(*experimental, "cmd");
        }
        m_processes.append(process);
    }
}

void FlyTomlParser::readEnv(const toml::table &root)
{
    const toml::table *env = tableField(root, "env");
    if (!env)
        return;
    for (const auto &[key, node] : *env) {
        EnvVar var;
        var.name = toQString(key.str());
        var.location = at(key.source());
        if (const auto *text = node.as_string()) {
            var.value = toQString(text->get());
        } else if (const auto *integer = node.as_integer()) {
            var.value = QString::number(integer->get());
        } else if (const auto *floating = node.as_floating_point()) {
            var.value = QString::number(floating->get());
        } else if (const auto *boolean = node.as_boolean()) {
            var.value = boolean->get() ? u"true"_s : u"false"_s;
        } else {
            warn(var.location, tr("variable %1 should be a string").arg(var.name));
            continue;
        }
        m_env.append(var);
    }
    std::stable_sort(m_env.begin(), m_env.end(), [](const EnvVar &a, const EnvVar &b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
}

void FlyTomlParser::readService(const toml::table &table, bool isHttpService)
{
    Scoped<Service> scoped;
    scoped.location = at(table);
    scoped.processes = stringListField(table, "processes");
    checkProcessNames(scoped.processes, keyAt(table, "processes"));

    const std::optional<int> internalPort = intField(table, "internal_port");
    if (!internalPort) {
        warn(at(table), isHttpService ? tr("[http_service] has no internal_port")
                                      : tr("a [[services]] entry has no internal_port"));
        return;
    }
    const Location internalPortLocation = keyAt(table, "internal_port");
    QString protocol = u"TCP"_s;
    if (const std::optional<QString> written = stringField(table, "protocol"))
        protocol = written->toUpper();

    Service &service = scoped.item;
    if (isHttpService) {
        m_httpServicePort = internalPort;
        // [http_service] is shorthand for ports 80 (http) and 443 (tls + http)
        for (const auto &[port, handlers] :
             {std::pair(80, QStringList{u"http"_s}), std::pair(443, QStringList{u"tls"_s, u"http"_s})}) {
            PortSpec spec;
            spec.protocol = protocol;
            spec.containerPort = *internalPort;
            spec.publishedPort = port;
            spec.handlers = handlers;
            spec.location = internalPortLocation;
            service.ports.append(spec);
        }
    } else {
        for (const toml::table *portTable : tables(table, "ports")) {
            PortSpec spec;
            spec.protocol = protocol;
            spec.containerPort = *internalPort;
            std::optional<int> published = intField(*portTable, "port");
            spec.location = keyAt(*portTable, "port");
            if (!published) {
                published = intField(*portTable, "start_port"); // a port range: its first port
                spec.location = keyAt(*portTable, "start_port");
            }
            if (!published) {
                warn(at(*portTable), tr("a [[services.ports]] entry has no port"));
                continue;
            }
            spec.publishedPort = *published;
            spec.handlers = stringListField(*portTable, "handlers");
            service.ports.append(spec);
        }
        if (service.ports.isEmpty()) {
            // No public port: still reachable on the private network
            PortSpec spec;
            spec.protocol = protocol;
            spec.containerPort = *internalPort;
            spec.location = internalPortLocation;
            service.ports.append(spec);
        }
    }

    const auto addProbes = [&](std::string_view key, Probe::Action defaultAction) {
        for (const toml::table *check : tables(table, key)) {
            Probe probe;
            probe.kind = Probe::Kind::Readiness; // service checks decide routing
            probe.action = defaultAction;
            if (const std::optional<QString> type = stringField(*check, "type"))
                probe.action = type->compare(u"tcp", Qt::CaseInsensitive) == 0 ? Probe::Action::Tcp
                                                                               : Probe::Action::Http;
            probe.port = *internalPort;
            probe.location = at(*check);
            if (probe.action == Probe::Action::Http)
                probe.path = stringField(*check, "path").value_or(u"/"_s);
            service.probes.append(probe);
        }
    };
    if (isHttpService) {
        addProbes("checks", Probe::Action::Http);
    } else {
        addProbes("http_checks", Probe::Action::Http);
        addProbes("tcp_checks", Probe::Action::Tcp);
    }
    m_services.append(scoped);
}

void FlyTomlParser::readChecks(const toml::table &root)
{
    const toml::table *checks = tableField(root, "checks");
    if (!checks)
        return;
    for (const auto &[key, node] : *checks) {
        const QString name = toQString(key.str());
        const auto *check = node.as_table();
        if (!check) {
            warn(at(key.source()), tr("check %1 should be a table").arg(name));
            continue;
        }
        Scoped<Probe> scoped;
        scoped.location = at(key.source());
        scoped.processes = stringListField(*check, "processes");
        checkProcessNames(scoped.processes, keyAt(*check, "processes"));
        Probe &probe = scoped.item;
        probe.kind = Probe::Kind::Healthcheck; // machine checks: watched, not routed on
        probe.location = scoped.location;
        const std::optional<QString> type = stringField(*check, "type");
        const std::optional<QString> path = stringField(*check, "path");
        if (!type)
            warn(scoped.location, tr("check %1 has no type").arg(name));
        const bool isTcp = type ? type->compare(u"tcp", Qt::CaseInsensitive) == 0 : !path.has_value();
        probe.action = isTcp ? Probe::Action::Tcp : Probe::Action::Http;
        if (!isTcp)
            probe.path = path.value_or(u"/"_s);
        if (const std::optional<int> port = intField(*check, "port"))
            probe.port = *port;
        else if (m_httpServicePort)
            probe.port = *m_httpServicePort; // fly takes the http_service port
        else
            warn(scoped.location,
                 tr("check %1 has no port and there is no [http_service] to take it from").arg(name));
        m_checks.append(scoped);
    }
    std::stable_sort(m_checks.begin(), m_checks.end(), [](const auto &a, const auto &b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
}

void FlyTomlParser::readVms(const toml::table &root)
{
    QList<const toml::table *> vms = tables(root, "vm");
    vms.append(tables(root, "compute")); // the older name of [[vm]]
    for (const toml::table *vm : std::as_const(vms)) {
        Scoped<Resources> scoped;
        scoped.location = at(*vm);
        scoped.processes = stringListField(*vm, "processes");
        checkProcessNames(scoped.processes, keyAt(*vm, "processes"));
        Resources &resources = scoped.item;
        resources.location = scoped.location;
        for (const char *key : {"size", "memory", "cpu_kind", "gpu_kind"}) {
            const toml::node *node = vm->get(key);
            if (!node)
                continue;
            if (const auto *text = node->as_string())
                resources.limits.insert(QString::fromUtf8(key), toQString(text->get()));
            else if (const auto *number = node->as_integer())
                resources.limits.insert(QString::fromUtf8(key), QString::number(number->get()));
            else
                warn(keyAt(*vm, key), tr("\"%1\" should be a string").arg(QString::fromUtf8(key)));
        }
        if (const std::optional<int> cpus = intField(*vm, "cpus"))
            resources.limits.insert(u"cpus"_s, QString::number(*cpus));
        if (const std::optional<int> memory = intField(*vm, "memory_mb"))
            resources.limits.insert(u"memory"_s, QString::number(*memory) + u"mb"_s);
        m_vms.append(scoped);
    }
}

void FlyTomlParser::readMounts(const toml::table &root)
{
    for (const toml::table *table : tables(root, "mounts")) {
        const std::optional<QString> source = stringField(*table, "source");
        const std::optional<QString> destination = stringField(*table, "destination");
        if (!source || !destination || source->isEmpty() || destination->isEmpty()) {
            warn(at(*table), tr("a mount needs both source and destination"));
            continue;
        }
        Scoped<VolumeMount> scoped;
        scoped.location = keyAt(*table, "source");
        scoped.processes = stringListField(*table, "processes");
        checkProcessNames(scoped.processes, keyAt(*table, "processes"));
        scoped.item.name = *source;
        scoped.item.mountPath = *destination;
        scoped.item.kind = Volume::Kind::Named;
        scoped.item.location = scoped.location;
        m_mounts.append(scoped);

        PlatformAddon volume;
        volume.kind = u"fly-volume"_s;
        volume.name = *source;
        volume.plan = stringField(*table, "initial_size").value_or(QString());
        volume.location = scoped.location;
        m_out.addons.append(volume);
    }
}

void FlyTomlParser::readDeploy(const toml::table &root)
{
    const toml::table *deploy = tableField(root, "deploy");
    if (!deploy)
        return;
    if (const std::optional<QString> command = stringField(*deploy, "release_command")) {
        if (command->trimmed().isEmpty()) {
            warn(keyAt(*deploy, "release_command"), tr("release_command is empty"));
        } else {
            AdminTask task;
            task.kind = AdminTask::Kind::FlyReleaseCommand;
            task.name = u"release_command"_s;
            task.command = *command;
            task.location = keyAt(*deploy, "release_command");
            m_out.adminTasks.append(task);
        }
    }
    m_strategy = stringField(*deploy, "strategy").value_or(QString());
}

void FlyTomlParser::readStop(const toml::table &root)
{
    if (const std::optional<QString> signal = stringField(root, "kill_signal")) {
        m_stopSignal = *signal;
        m_stopSignalLocation = keyAt(root, "kill_signal");
    }
    const toml::node *timeout = root.get("kill_timeout");
    if (!timeout)
        return;
    const Location location = keyAt(root, "kill_timeout");
    if (const auto *seconds = timeout->as_integer()) {
        if (seconds->get() >= 0 && seconds->get() <= std::numeric_limits<int>::max())
            m_graceSeconds = int(seconds->get());
        else
            warn(location, tr("kill_timeout is out of range"));
    } else if (const auto *text = timeout->as_string()) {
        const std::optional<double> parsed = parseGoDuration(toQString(text->get()));
        if (parsed && *parsed >= 0 && *parsed <= std::numeric_limits<int>::max())
            m_graceSeconds = int(std::lround(*parsed));
        else
            warn(location, tr("kill_timeout is not a duration such as \"30s\""));
    } else {
        warn(location, tr("kill_timeout should be a number of seconds or a duration such as \"30s\""));
    }
    if (m_graceSeconds)
        m_graceLocation = location;
}

void FlyTomlParser::checkProcessNames(const QStringList &names, const Location &location)
{
    for (const QString &name : names) {
        const bool known = std::any_of(m_processes.cbegin(), m_processes.cend(),
                                       [&](const Process &process) { return process.name == name; });
        if (!known)
            warn(location, tr("\"processes\" names %1, which is not a process of this app").arg(name));
    }
}

void FlyTomlParser::buildWorkloads(const toml::table &root)
{
    const QString appName = stringField(root, "app").value_or(QString());
    const QString region = stringField(root, "primary_region").value_or(QString());

    QString image;
    Location imageLocation;
    QString dockerfile;
    bool buildsWithoutDockerfile = false;
    if (const toml::table *build = tableField(root, "build")) {
        image = stringField(*build, "image").value_or(QString());
        imageLocation = keyAt(*build, "image");
        if (const std::optional<QString> written = stringField(*build, "dockerfile")) {
            dockerfile = resolveRepoPath(m_file.directory(), *written);
            if (dockerfile.isEmpty())
                warn(keyAt(*build, "dockerfile"), tr("the dockerfile path leaves the repository"));
        }
        buildsWithoutDockerfile =
            build->contains("builder") || build->contains("buildpacks") || build->contains("builtin");
    }
    if (image.isEmpty() && dockerfile.isEmpty() && !buildsWithoutDockerfile) {
        // flyctl builds the Dockerfile next to fly.toml by default
        const QString fallback = resolveRepoPath(m_file.directory(), u"Dockerfile"_s);
        if (m_context.files.find(fallback))
            dockerfile = fallback;
    }
    QStringList entrypoint;
    Location entrypointLocation;
    if (const toml::table *experimental = root.get_as<toml::table>("experimental")) {
        entrypoint = stringListField(*experimental, "entrypoint");
        entrypointLocation = keyAt(*experimental, "entrypoint");
    }

    for (const Process &process : std::as_const(m_processes)) {
        Workload workload;
        workload.name = process.name;
        workload.kind = WorkloadKind::FlyProcess;
        workload.format = SourceFormat::FlyToml;
        workload.processType = process.name;
        workload.location = process.location;
        workload.stopSignal = m_stopSignal;
        workload.stopSignalLocation = m_stopSignalLocation;
        workload.terminationGracePeriodSeconds = m_graceSeconds;
        workload.gracePeriodLocation = m_graceLocation;
        workload.dockerfilePath = dockerfile;
        workload.platformApp = appName;
        workload.region = region;
        workload.deployStrategy = m_strategy;

        Container container;
        container.name = process.name;
        container.location = process.location;
        container.image = image;
        if (!image.isEmpty())
            container.imageLocation = imageLocation;
        container.command = entrypoint;
        container.args = process.args;
        if (entrypoint.isEmpty()) {
            if (!process.args.isEmpty())
                container.commandLocation = process.commandLocation;
        } else {
            container.commandLocation = entrypointLocation;
            if (!process.args.isEmpty())
                container.argsLocation = process.commandLocation;
        }
        container.env = m_env;

        for (const Scoped<Service> &service : std::as_const(m_services)) {
            if (!appliesTo(service.processes, process.name))
                continue;
            for (const PortSpec &port : service.item.ports) {
                if (spendAttachment())
                    container.ports.append(port);
            }
            for (const Probe &probe : service.item.probes) {
                if (spendAttachment())
                    container.probes.append(probe);
            }
        }
        for (const Scoped<Probe> &check : std::as_const(m_checks)) {
            if (appliesTo(check.processes, process.name) && spendAttachment())
                container.probes.append(check.item);
        }
        for (const Scoped<Resources> &vm : std::as_const(m_vms)) {
            if (!appliesTo(vm.processes, process.name) || !spendAttachment())
                continue;
            for (auto it = vm.item.limits.cbegin(); it != vm.item.limits.cend(); ++it)
                container.resources.limits.insert(it.key(), it.value());
            container.resources.location = vm.location;
        }
        for (const Scoped<VolumeMount> &mount : std::as_const(m_mounts)) {
            if (!appliesTo(mount.processes, process.name) || !spendAttachment())
                continue;
            container.volumeMounts.append(mount.item);
            Volume volume;
            volume.name = mount.item.name;
            volume.kind = Volume::Kind::Named;
            volume.source = mount.item.name;
            volume.location = mount.location;
            workload.volumes.append(volume);
        }
        workload.containers.append(container);
        m_out.workloads.append(workload);
    }
}

} // namespace

void parseFlyToml(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    try {
        FlyTomlParser(file, context, out).parse();
    } catch (const std::exception &error) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::FlyTomlParser", "could not read fly.toml: %1")
                 .arg(QString::fromLocal8Bit(error.what()))});
    }
}

} // namespace tfi
