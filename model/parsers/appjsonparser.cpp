#include "appjsonparser.h"

#include "../yamlutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tfi {

namespace {

// The key node of map[key], so that locations point at the key that sets a value.
YAML::Node keyNode(const YAML::Node &map, const char *key)
{
    if (!yamlIsMap(map))
        return YAML::Node(YAML::NodeType::Undefined);
    for (const auto &entry : map) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key)
            return entry.first;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

bool isAbsent(const YAML::Node &node)
{
    return !node.IsDefined() || node.IsNull();
}

// The plan "heroku-postgresql:mini" names the service "heroku-postgresql".
QString addonServiceName(const QString &plan)
{
    return plan.section(u':', 0, 0).trimmed();
}

// app.json is JSON, read through yaml-cpp for its line and column marks.
class AppJsonParser
{
    Q_DECLARE_TR_FUNCTIONS(tfi::AppJsonParser)

public:
    AppJsonParser(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
        : m_file(file), m_context(context), m_out(out)
    {}

    void parse();

private:
    struct Formation
    {
        QString type;
        std::optional<int> quantity;
        Location quantityLocation;
        QString size;
        Location sizeLocation;
        Location location;
    };

    Location at(const YAML::Node &node) const { return m_doc->at(node); }
    Location keyAt(const YAML::Node &map, const char *key) const { return at(keyNode(map, key)); }
    void warn(const Location &location, const QString &message)
    {
        m_out.diagnostics.append({location, DiagnosticSeverity::Warning, message});
    }

    QList<EnvVar> readEnv(const YAML::Node &env);
    QList<Formation> readFormation(const YAML::Node &formation);
    void readScripts(const YAML::Node &scripts, const QString &environment);
    QStringList readAddons(const YAML::Node &addons, const QString &environment);
    void readEnvironments(const YAML::Node &environments);
    QString readString(const YAML::Node &map, const char *key);

    const SourceFile &m_file;
    const ParseContext &m_context;
    DeploymentModel &m_out;
    const YamlDocument *m_doc = nullptr;
};

void AppJsonParser::parse()
{
    if (m_file.kind == SourceFile::Kind::Binary || m_file.kind == SourceFile::Kind::LfsPointer) {
        warn({m_file.path, 0, 0}, tr("app.json is not a text file (binary or a Git LFS pointer); skipped"));
        return;
    }
    if (!m_file.isText())
        return; // too large, a symlink or a submodule: the loader reports those

    const qsizetype diagnosticsBefore = m_out.diagnostics.size();
    const std::vector<YamlDocument> documents =
        loadYamlDocuments(m_file, m_context.limits, m_out.diagnostics);
    if (documents.empty()) {
        if (m_out.diagnostics.size() == diagnosticsBefore)
            warn({m_file.path, 1, 0}, tr("app.json is empty"));
        return;
    }
    m_doc = &documents.front();
    if (documents.size() > 1) {
        warn(documents[1].at(documents[1].root),
             tr("app.json holds more than one document; only the first was read"));
    }

    const YAML::Node &root = m_doc->root;
    if (!yamlIsMap(root)) {
        m_out.diagnostics.append(
            {at(root), DiagnosticSeverity::Error, tr("the top level of app.json is not a JSON object")});
        return;
    }
    if (root.Style() != YAML::EmitterStyle::Flow)
        warn(at(root), tr("app.json is written as YAML, not JSON; Heroku will not accept it"));

    AppJsonInfo info;
    info.path = m_file.path;
    info.location = at(root);
    info.name = readString(root, "name");
    info.stack = readString(root, "stack");
    info.image = readString(root, "image");

    const YAML::Node buildpacks = yamlChild(root, "buildpacks");
    if (yamlIsSeq(buildpacks)) {
        for (const auto &buildpack : buildpacks) {
            const QString url =
                yamlIsScalar(buildpack) ? yamlString(buildpack) : yamlString(yamlChild(buildpack, "url"));
            if (url.isEmpty())
                warn(at(buildpack), tr("a buildpack entry has no \"url\""));
            else
                info.buildpacks.append(url);
        }
    } else if (!isAbsent(buildpacks)) {
        warn(keyAt(root, "buildpacks"), tr("\"buildpacks\" should be an array"));
    }

    info.env = readEnv(yamlChild(root, "env"));

    for (const Formation &formation : readFormation(yamlChild(root, "formation"))) {
        Workload workload;
        workload.name = formation.type;
        workload.kind = WorkloadKind::HerokuFormation;
        workload.format = SourceFormat::AppJson;
        workload.processType = formation.type;
        workload.location = formation.location;
        workload.replicas = formation.quantity;
        workload.replicasLocation = formation.quantityLocation;
        Container container;
        container.name = formation.type;
        container.env = info.env;
        container.location = formation.location;
        if (!formation.size.isEmpty()) {
            container.resources.limits.insert(u"size"_s, formation.size);
            container.resources.location = formation.sizeLocation;
        }
        workload.containers.append(container);
        m_out.workloads.append(workload);
    }

    readScripts(yamlChild(root, "scripts"), QString());
    readAddons(yamlChild(root, "addons"), QString());
    readEnvironments(yamlChild(root, "environments"));
    m_out.appJsonFiles.append(info);
}

QString AppJsonParser::readString(const YAML::Node &map, const char *key)
{
    const YAML::Node node = yamlChild(map, key);
    if (isAbsent(node))
        return {};
    if (!yamlIsScalar(node)) {
        warn(keyAt(map, key), tr("\"%1\" should be a string").arg(QString::fromUtf8(key)));
        return {};
    }
    return yamlString(node);
}

QList<EnvVar> AppJsonParser::readEnv(const YAML::Node &env)
{
    QList<EnvVar> vars;
    if (isAbsent(env))
        return vars;
    if (!yamlIsMap(env)) {
        warn(at(env), tr("\"env\" should be an object of variable names"));
        return vars;
    }
    for (const auto &entry : env) {
        if (!entry.first.IsScalar())
            continue;
        EnvVar var;
        var.name = yamlString(entry.first);
        var.location = at(entry.first);
        var.required = true; // app.json's default
        const YAML::Node &spec = entry.second;
        if (yamlIsScalar(spec)) {
            var.value = yamlString(spec);
        } else if (yamlIsMap(spec)) {
            const YAML::Node value = yamlChild(spec, "value");
            const YAML::Node generator = yamlChild(spec, "generator");
            const YAML::Node required = yamlChild(spec, "required");
            if (!isAbsent(required)) {
                if (const std::optional<bool> flag = yamlBool(required))
                    var.required = *flag;
                else
                    warn(at(required),
                         tr("\"required\" of variable %1 should be true or false").arg(var.name));
            }
            if (!isAbsent(generator)) {
                if (yamlString(generator) == u"secret") {
                    var.kind = ValueKind::SecretRef;
                    var.refName = u"generator:secret"_s;
                } else {
                    warn(at(generator),
                         tr("variable %1 names an unknown generator; only \"secret\" exists").arg(var.name));
                    var.kind = ValueKind::Unset;
                }
            } else if (yamlIsScalar(value)) {
                var.value = yamlString(value);
            } else {
                if (!isAbsent(value))
                    warn(at(value), tr("the value of variable %1 should be a string").arg(var.name));
                var.kind = ValueKind::Unset;
            }
        } else {
            warn(at(entry.first), tr("variable %1 should be a string or an object").arg(var.name));
            var.kind = ValueKind::Unset;
        }
        vars.append(var);
    }
    return vars;
}

QList<AppJsonParser::Formation> AppJsonParser::readFormation(const YAML::Node &formation)
{
    QList<Formation> result;
    if (isAbsent(formation))
        return result;

    const auto readEntry = [this](Formation &entry, const YAML::Node &spec) {
        const YAML::Node quantity = yamlChild(spec, "quantity");
        if (!isAbsent(quantity)) {
            const std::optional<int> count = yamlInt(quantity);
            if (count && *count >= 0) {
                entry.quantity = count;
                entry.quantityLocation = keyAt(spec, "quantity");
            } else {
                warn(at(quantity),
                     tr("the quantity of process type %1 should be a whole number").arg(entry.type));
            }
        }
        const YAML::Node size = yamlChild(spec, "size");
        if (yamlIsScalar(size)) {
            entry.size = yamlString(size);
            entry.sizeLocation = keyAt(spec, "size");
        } else if (!isAbsent(size)) {
            warn(at(size), tr("the size of process type %1 should be a string").arg(entry.type));
        }
    };

    if (yamlIsMap(formation)) {
        for (const auto &item : formation) {
            if (!item.first.IsScalar())
                continue;
            Formation entry;
            entry.type = yamlString(item.first);
            entry.location = at(item.first);
            if (yamlIsMap(item.second))
                readEntry(entry, item.second);
            else if (!isAbsent(item.second))
                warn(at(item.second),
                     tr("process type %1 should be an object with quantity and size").arg(entry.type));
            result.append(entry);
        }
    } else if (yamlIsSeq(formation)) {
        // The older array form: [{"process": "web", "quantity": 1}]
        for (const auto &item : formation) {
            const QString type = yamlString(yamlChild(item, "process"));
            if (type.isEmpty()) {
                warn(at(item), tr("a formation entry has no \"process\""));
                continue;
            }
            Formation entry;
            entry.type = type;
            entry.location = keyAt(item, "process");
            readEntry(entry, item);
            result.append(entry);
        }
    } else {
        warn(at(formation), tr("\"formation\" should be an object of process types"));
    }
    return result;
}

void AppJsonParser::readScripts(const YAML::Node &scripts, const QString &environment)
{
    if (isAbsent(scripts))
        return;
    if (!yamlIsMap(scripts)) {
        warn(at(scripts), tr("\"scripts\" should be an object"));
        return;
    }
    for (const char *name : {"postdeploy", "pr-predestroy"}) {
        const YAML::Node script = yamlChild(scripts, name);
        if (isAbsent(script))
            continue;
        QString command;
        if (yamlIsScalar(script))
            command = yamlString(script);
        else if (yamlIsMap(script))
            command = yamlString(yamlChild(script, "command"));
        if (command.trimmed().isEmpty()) {
            warn(at(script), tr("script %1 has no command").arg(QString::fromUtf8(name)));
            continue;
        }
        AdminTask task;
        task.kind = AdminTask::Kind::AppJsonScript;
        task.name = QString::fromUtf8(name);
        task.command = command;
        task.environment = environment;
        task.location = keyAt(scripts, name);
        m_out.adminTasks.append(task);
    }
}

QStringList AppJsonParser::readAddons(const YAML::Node &addons, const QString &environment)
{
    QStringList plans;
    if (isAbsent(addons))
        return plans;
    if (!yamlIsSeq(addons)) {
        warn(at(addons), tr("\"addons\" should be an array"));
        return plans;
    }
    for (const auto &item : addons) {
        PlatformAddon addon;
        addon.kind = u"heroku-addon"_s;
        addon.environment = environment;
        addon.location = at(item);
        if (yamlIsScalar(item)) {
            addon.plan = yamlString(item);
            addon.name = addonServiceName(addon.plan);
        } else if (yamlIsMap(item)) {
            addon.plan = yamlString(yamlChild(item, "plan"));
            addon.name = yamlString(yamlChild(item, "as"));
            if (addon.name.isEmpty())
                addon.name = addonServiceName(addon.plan);
            addon.location = keyAt(item, "plan");
        }
        if (addon.plan.trimmed().isEmpty()) {
            warn(at(item), tr("an add-on entry has no plan"));
            continue;
        }
        plans.append(addon.plan);
        m_out.addons.append(addon);
    }
    return plans;
}

void AppJsonParser::readEnvironments(const YAML::Node &environments)
{
    if (isAbsent(environments))
        return;
    if (!yamlIsMap(environments)) {
        warn(at(environments), tr("\"environments\" should be an object"));
        return;
    }
    for (const auto &item : environments) {
        if (!item.first.IsScalar())
            continue;
        PlatformEnvironment environment;
        environment.name = yamlString(item.first);
        environment.sourcePath = m_file.path;
        environment.location = at(item.first);
        const YAML::Node &spec = item.second;
        if (!yamlIsMap(spec)) {
            if (!isAbsent(spec))
                warn(at(spec), tr("environment %1 should be an object").arg(environment.name));
            m_out.platformEnvironments.append(environment);
            continue;
        }
        environment.env = readEnv(yamlChild(spec, "env"));
        for (const Formation &formation : readFormation(yamlChild(spec, "formation")))
            environment.formation.insert(formation.type, formation.quantity.value_or(1)); // Heroku's default
        environment.addons = readAddons(yamlChild(spec, "addons"), environment.name);
        readScripts(yamlChild(spec, "scripts"), environment.name);
        m_out.platformEnvironments.append(environment);
    }
}

} // namespace

void parseAppJson(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    try {
        AppJsonParser(file, context, out).parse();
    } catch (const std::exception &error) {
        // yaml-cpp throws on misuse of odd nodes; keep what was read and report the rest
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::AppJsonParser", "could not read app.json: %1")
                 .arg(QString::fromLocal8Bit(error.what()))});
    }
}

} // namespace tfi
