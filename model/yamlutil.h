#pragma once

#include "location.h"
#include "parsecontext.h"
#include "sourcefile.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tfi {

// Where each line of generated YAML (e.g. a rendered Kustomize overlay) came from:
// rendered line (1-based, whole stream) -> the original file, line and column.
using LineOrigins = QHash<int, Location>;

struct YamlDocument
{
    YAML::Node root;
    QString path;
    int index = 0;      // 0-based position in the stream
    int lineOffset = 0; // lines before this document in the file
    // Set for generated YAML: at() then reports the original location of a line.
    std::shared_ptr<const LineOrigins> origins;

    // The file location of a node of this document (1-based line and column).
    Location at(const YAML::Node &node) const;
};

// Loads every document of a YAML stream. Each document is parsed on its own, so a broken
// document becomes a diagnostic (path:line) and the others still load. The text is checked
// for nesting depth and alias count before yaml-cpp sees it (yaml-cpp recurses), and the
// document count is bounded. Handles BOM, CRLF and invalid UTF-8.
std::vector<YamlDocument> loadYamlDocuments(const SourceFile &file, const ParseLimits &limits,
                                            Diagnostics &diagnostics);

// The same for generated YAML whose lines map back to original files through `origins`;
// diagnostics name the original location too.
std::vector<YamlDocument> loadGeneratedYamlDocuments(const SourceFile &generated,
                                                     std::shared_ptr<const LineOrigins> origins,
                                                     const ParseLimits &limits, Diagnostics &diagnostics);

bool yamlIsMap(const YAML::Node &node);
bool yamlIsSeq(const YAML::Node &node);
bool yamlIsScalar(const YAML::Node &node);
// The scalar text, or an empty string for null, maps and sequences.
QString yamlString(const YAML::Node &node);
std::optional<int> yamlInt(const YAML::Node &node);
std::optional<bool> yamlBool(const YAML::Node &node);
// A map of scalars (labels, annotations); non-scalar values are skipped.
QMap<QString, QString> yamlStringMap(const YAML::Node &node);
// A sequence of scalars; a lone scalar gives a one-element list.
QStringList yamlStringList(const YAML::Node &node);
// node[key] without inserting, safe on non-maps (returns an undefined node).
YAML::Node yamlChild(const YAML::Node &node, const char *key);

} // namespace tfi
