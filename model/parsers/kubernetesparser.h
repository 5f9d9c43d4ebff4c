#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"
#include "../yamlutil.h"

namespace tfi {

// Kubernetes manifests (multi-document YAML): workloads, Services, ConfigMaps, Secrets,
// Ingresses, HPAs and PDBs. Unknown kinds (CRDs) are ignored; a Kustomization file is not parsed here.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseKubernetesYaml(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

// The same for documents already loaded (e.g. a rendered Kustomize overlay through
// loadGeneratedYamlDocuments). Every object it produces gets `environment` (may be empty).
void parseKubernetesDocuments(const std::vector<YamlDocument> &documents, const ParseContext &context,
                              const QString &environment, DeploymentModel &out);

// A YAML map entry: the key, whose line is the provenance of the value, and the value.
struct YamlEntry
{
    YAML::Node key{YAML::NodeType::Undefined};
    YAML::Node value{YAML::NodeType::Undefined};

    // Present with a value; `key:` with nothing after it counts as absent.
    bool isSet() const { return value.IsDefined() && !value.IsNull(); }
};

// The entry of a map with a scalar key equal to name, or an undefined entry; never inserts.
YamlEntry yamlEntry(const YAML::Node &map, const char *name);

// Typed reads of the fields of one manifest document, shared by the Kubernetes, Kustomize and Helm
// parsers. A value of the wrong type becomes a warning diagnostic that names the key (never the
// value) and reads as absent. Locations are those of the keys.
class YamlFieldReader
{
public:
    YamlFieldReader(const YamlDocument &document, Diagnostics &diagnostics)
        : m_document(document), m_diagnostics(diagnostics)
    {}

    Location at(const YAML::Node &node) const { return m_document.at(node); }
    Location at(const YamlEntry &entry) const
    {
        return m_document.at(entry.key.IsDefined() ? entry.key : entry.value);
    }
    void warn(const Location &location, const QString &message);

    std::optional<int> readInt(const YAML::Node &map, const char *key, Location *location = nullptr);
    std::optional<bool> readBool(const YAML::Node &map, const char *key, Location *location = nullptr);
    QString readString(const YAML::Node &map, const char *key, Location *location = nullptr);
    QMap<QString, QString> readStringMap(const YAML::Node &map, const char *key);
    // A list of strings; a lone string is read as one element (with a warning).
    QStringList readStringList(const YAML::Node &map, const char *key, Location *location = nullptr);
    // The sequence / mapping under key, or an undefined node (with a warning when it is something else).
    YAML::Node readSeq(const YAML::Node &map, const char *key);
    YAML::Node readMap(const YAML::Node &map, const char *key);
    // An IntOrString port: a number, or the name of a container port.
    void readPortReference(const YAML::Node &map, const char *key, int &number, QString &name);
    // A port number in 1-65535.
    std::optional<int> readPortNumber(const YAML::Node &map, const char *key, Location *location = nullptr);

    const YamlDocument &document() const { return m_document; }

private:
    const YamlDocument &m_document;
    Diagnostics &m_diagnostics;
};

} // namespace tfi
