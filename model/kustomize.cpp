#include "kustomize.h"

#include "parsers/kubernetesparser.h"
#include "parsers/kustomizationparser.h"
#include "textutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace tfi {

namespace {

// ---------------------------------------------------------------------------------------------
// A small YAML tree that keeps a location per node and per map key.

struct KEntry;

struct KNode
{
    enum class Type
    {
        Null,
        Scalar,
        Map,
        Seq
    };
    Type type = Type::Null;
    QString text;                // scalars
    bool plain = false;          // a plain scalar: may read as a number, boolean or null
    Location location;           // where the node itself is written (or the line that set it)
    std::vector<KEntry> entries; // maps, in order
    std::vector<KNode> items;    // sequences

    // Defined after KEntry: constructing a KNode needs KEntry complete (clang's libstdc++ check).
    static KNode scalar(const QString &value, const Location &where, bool isPlain = false);
    static KNode map(const Location &where);
    static KNode seq(const Location &where);

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isMap() const { return type == Type::Map; }
    bool isSeq() const { return type == Type::Seq; }

    const KEntry *entry(QStringView key) const;
    KEntry *entry(QStringView key);
    const KNode *child(QStringView key) const;
    KNode *child(QStringView key);
    // The scalar text of a child, or an empty string.
    QString string(QStringView key) const;
    // Follows a path of map keys; nullptr when a step is missing.
    const KNode *path(std::initializer_list<QStringView> keys) const;
    // Inserts or replaces key.
    KEntry &set(const QString &key, KNode value, const Location &keyLocation);
    // The map under key, created (with keyLocation) when absent or not a map.
    KNode &ensureMap(const QString &key, const Location &keyLocation);
    bool remove(QStringView key);
};

struct KEntry
{
    QString key;
    Location keyLocation;
    KNode value;
};

KNode KNode::scalar(const QString &value, const Location &where, bool isPlain)
{
    KNode node;
    node.type = Type::Scalar;
    node.text = value;
    node.plain = isPlain;
    node.location = where;
    return node;
}

KNode KNode::map(const Location &where)
{
    KNode node;
    node.type = Type::Map;
    node.location = where;
    return node;
}

[[maybe_unused]] KNode KNode::seq(const Location &where)
{
    KNode node;
    node.type = Type::Seq;
    node.location = where;
    return node;
}

const KEntry *KNode::entry(QStringView key) const
{
    for (const KEntry &item : entries) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

KEntry *KNode::entry(QStringView key)
{
    for (KEntry &item : entries) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

const KNode *KNode::child(QStringView key) const
{
    const KEntry *found = entry(key);
    return found ? &found->value : nullptr;
}

KNode *KNode::child(QStringView key)
{
    KEntry *found = entry(key);
    return found ? &found->value : nullptr;
}

QString KNode::string(QStringView key) const
{
    const KNode *found = child(key);
    return found && found->isScalar() ? found->text : QString();
}

const KNode *KNode::path(std::initializer_list<QStringView> keys) const
{
    const KNode *node = this;
    for (QStringView key : keys) {
        node = node->child(key);
        if (!node)
            return nullptr;
    }
    return node;
}

KEntry &KNode::set(const QString &key, KNode value, const Location &keyLocation)
{
    if (KEntry *existing = entry(key)) {
        existing->value = std::move(value);
        existing->keyLocation = keyLocation;
        return *existing;
    }
    type = Type::Map;
    entries.push_back({key, keyLocation, std::move(value)});
    return entries.back();
}

KNode &KNode::ensureMap(const QString &key, const Location &keyLocation)
{
    if (KEntry *existing = entry(key)) {
        if (!existing->value.isMap()) {
            existing->value = KNode::map(keyLocation);
            existing->keyLocation = keyLocation;
        }
        return existing->value;
    }
    return set(key, KNode::map(keyLocation), keyLocation).value;
}

bool KNode::remove(QStringView key)
{
    const auto it =
        std::find_if(entries.begin(), entries.end(), [&](const KEntry &item) { return item.key == key; });
    if (it == entries.end())
        return false;
    entries.erase(it);
    return true;
}

qint64 countNodes(const KNode &node)
{
    qint64 count = 1;
    for (const KEntry &item : node.entries)
        count += countNodes(item.value);
    for (const KNode &item : node.items)
        count += countNodes(item);
    return count;
}

bool sameValue(const KNode &a, const KNode &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case KNode::Type::Null:
        return true;
    case KNode::Type::Scalar:
        return a.text == b.text;
    case KNode::Type::Map:
        if (a.entries.size() != b.entries.size())
            return false;
        for (const KEntry &item : a.entries) {
            const KNode *other = b.child(item.key);
            if (!other || !sameValue(item.value, *other))
                return false;
        }
        return true;
    case KNode::Type::Seq:
        if (a.items.size() != b.items.size())
            return false;
        for (size_t i = 0; i < a.items.size(); ++i) {
            if (!sameValue(a.items[i], b.items[i]))
                return false;
        }
        return true;
    }
    return false;
}

// The line of a node: its own location, else the first entry's key (a map inside a sequence).
Location nodeLine(const KNode &node)
{
    if (node.isMap() && !node.entries.empty() && node.entries.front().keyLocation.isValid())
        return node.entries.front().keyLocation;
    return node.location;
}

// Moves every location of a tree (an inline patch read as its own text) into the kustomization.
void relocate(KNode &node, const std::function<Location(const Location &)> &map)
{
    node.location = map(node.location);
    for (KEntry &item : node.entries) {
        item.keyLocation = map(item.keyLocation);
        relocate(item.value, map);
    }
    for (KNode &item : node.items)
        relocate(item, map);
}

// ---------------------------------------------------------------------------------------------
// yaml-cpp -> KNode, bounded in depth and node count (aliases can multiply nodes).

class TreeReader
{
public:
    TreeReader(const YamlDocument &document, const ParseLimits &limits)
        : m_document(document), m_limits(limits)
    {}

    // False when the document is too deep or too large (the tree is then incomplete).
    bool read(const YAML::Node &node, KNode &out) { return convert(node, out, 0); }
    qint64 nodes() const { return m_nodes; }

private:
    bool convert(const YAML::Node &node, KNode &out, int depth)
    {
        if (++m_nodes > m_limits.maxYamlNodes || depth > m_limits.maxYamlDepth)
            return false;
        out.location = m_document.at(node);
        if (!node.IsDefined() || node.IsNull()) {
            out.type = KNode::Type::Null;
            return true;
        }
        if (node.IsScalar()) {
            out.type = KNode::Type::Scalar;
            out.text = QString::fromStdString(node.Scalar());
            out.plain = node.Tag() == "?";
            return true;
        }
        if (node.IsSequence()) {
            out.type = KNode::Type::Seq;
            out.items.reserve(node.size());
            for (const auto &item : node) {
                out.items.emplace_back();
                if (!convert(item, out.items.back(), depth + 1))
                    return false;
            }
            return true;
        }
        if (node.IsMap()) {
            out.type = KNode::Type::Map;
            for (const auto &item : node) {
                if (!item.first.IsDefined() || !item.first.IsScalar())
                    continue; // complex keys mean nothing in a manifest
                KEntry entry;
                entry.key = QString::fromStdString(item.first.Scalar());
                entry.keyLocation = m_document.at(item.first);
                if (!convert(item.second, entry.value, depth + 1))
                    return false;
                // A repeated key: the last one wins, as in Kustomize's decoder.
                if (KEntry *existing = out.entry(entry.key))
                    *existing = std::move(entry);
                else
                    out.entries.push_back(std::move(entry));
            }
            return true;
        }
        return true;
    }

    const YamlDocument &m_document;
    const ParseLimits &m_limits;
    qint64 m_nodes = 0;
};

// ---------------------------------------------------------------------------------------------
// Resources

struct KResource
{
    KNode object;
    QString originalName;
    QString originalNamespace;
    QStringList previousNames;      // names before the current one, oldest first
    QStringList previousNamespaces; // likewise
    QStringList affixes;            // prefixes and suffixes applied, in order, to match references
    bool generated = false;
    bool needsHash = false;
    Location origin; // the resource entry or generator that brought it in
    qint64 nodes = 0;

    QString apiVersion() const { return object.string(u"apiVersion"); }
    QString kind() const { return object.string(u"kind"); }
    QString group() const
    {
        const QString version = apiVersion();
        const qsizetype slash = version.indexOf(u'/');
        return slash < 0 ? QString() : version.left(slash);
    }
    QString version() const
    {
        const QString value = apiVersion();
        const qsizetype slash = value.indexOf(u'/');
        return slash < 0 ? value : value.mid(slash + 1);
    }
    QString name() const
    {
        const KNode *metadata = object.child(u"metadata");
        return metadata ? metadata->string(u"name") : QString();
    }
    QString namespaceName() const
    {
        const KNode *metadata = object.child(u"metadata");
        return metadata ? metadata->string(u"namespace") : QString();
    }
    QStringList allNames() const { return previousNames + QStringList{name()}; }
    QStringList allNamespaces() const { return previousNamespaces + QStringList{namespaceName()}; }
    QMap<QString, QString> labels() const { return stringMap({u"metadata", u"labels"}); }
    QMap<QString, QString> annotations() const { return stringMap({u"metadata", u"annotations"}); }

    void rename(const QString &newName)
    {
        KNode &metadata = object.ensureMap(u"metadata"_s, origin);
        KEntry *entry = metadata.entry(u"name");
        const QString current = entry && entry->value.isScalar() ? entry->value.text : QString();
        if (current == newName)
            return;
        previousNames.append(current);
        if (entry) {
            // The line that named the object stays its provenance; prefixes and hashes decorate it.
            entry->value = KNode::scalar(newName, entry->value.location);
        } else {
            metadata.set(u"name"_s, KNode::scalar(newName, origin), origin);
        }
    }

private:
    QMap<QString, QString> stringMap(std::initializer_list<QStringView> keys) const
    {
        QMap<QString, QString> result;
        const KNode *node = object.path(keys);
        if (!node || !node->isMap())
            return result;
        for (const KEntry &item : node->entries) {
            if (item.value.isScalar())
                result.insert(item.key, item.value.text);
        }
        return result;
    }
};

using ResMap = std::vector<KResource>;

bool namespacesEqual(const QString &a, const QString &b)
{
    const auto effective = [](const QString &ns) {
        return ns.isEmpty() ? u"default"_s : ns;
    };
    return effective(a) == effective(b);
}

// Kinds without a namespace (Kustomize reads this from the OpenAPI schema; these are the built-ins).
bool isClusterScoped(const QString &kind)
{
    static const QSet<QString> kinds = {
        u"Namespace"_s,
        u"ClusterRole"_s,
        u"ClusterRoleBinding"_s,
        u"CustomResourceDefinition"_s,
        u"PersistentVolume"_s,
        u"StorageClass"_s,
        u"PriorityClass"_s,
        u"ValidatingWebhookConfiguration"_s,
        u"MutatingWebhookConfiguration"_s,
        u"ValidatingAdmissionPolicy"_s,
        u"ValidatingAdmissionPolicyBinding"_s,
        u"APIService"_s,
        u"Node"_s,
        u"CSIDriver"_s,
        u"CSINode"_s,
        u"VolumeAttachment"_s,
        u"RuntimeClass"_s,
        u"IngressClass"_s,
        u"PodSecurityPolicy"_s,
        u"ComponentStatus"_s,
        u"CertificateSigningRequest"_s,
        u"FlowSchema"_s,
        u"PriorityLevelConfiguration"_s,
        u"TokenReview"_s,
        u"SelfSubjectAccessReview"_s,
        u"SelfSubjectRulesReview"_s,
        u"SubjectAccessReview"_s,
    };
    return kinds.contains(kind);
}

// A printable id for diagnostics: "Deployment web".
QString resourceLabel(const KResource &resource)
{
    return resource.kind() + u' ' + resource.name();
}

// ---------------------------------------------------------------------------------------------
// Strategic merge patch (Kubernetes merge keys, Kustomize/kyaml list order and null handling)

// The merge keys of a list field, from the Kubernetes schema (x-kubernetes-list-map-keys); empty:
// the list is replaced as a whole; {""}: a list of scalars merged as a set (finalizers).
QStringList mergeKeysFor(const QString &field, const KNode &patchList, const KNode &targetList)
{
    static const QHash<QString, QStringList> keys = {
        {u"containers"_s, {u"name"_s}},
        {u"initContainers"_s, {u"name"_s}},
        {u"ephemeralContainers"_s, {u"name"_s}},
        {u"env"_s, {u"name"_s}},
        {u"volumes"_s, {u"name"_s}},
        {u"volumeMounts"_s, {u"mountPath"_s}},
        {u"volumeDevices"_s, {u"devicePath"_s}},
        {u"imagePullSecrets"_s, {u"name"_s}},
        {u"hostAliases"_s, {u"ip"_s}},
        {u"topologySpreadConstraints"_s, {u"topologyKey"_s, u"whenUnsatisfiable"_s}},
        {u"resourceClaims"_s, {u"name"_s}},
        {u"finalizers"_s, {QString()}},
    };
    // Lists the schema marks atomic.
    static const QSet<QString> atomic = {
        u"envFrom"_s,
        u"tolerations"_s,
        u"args"_s,
        u"command"_s,
        u"rules"_s,
        u"subjects"_s,
        u"tls"_s,
        u"items"_s,
        u"sources"_s,
        u"matchExpressions"_s,
        u"volumeClaimTemplates"_s,
        u"conditions"_s,
    };
    if (field == u"ports") {
        // Container ports merge by containerPort and protocol, Service ports by port and protocol.
        for (const KNode *list : {&patchList, &targetList}) {
            for (const KNode &item : list->items) {
                if (item.child(u"containerPort"))
                    return {u"containerPort"_s, u"protocol"_s};
                if (item.child(u"port"))
                    return {u"port"_s, u"protocol"_s};
            }
        }
        return {};
    }
    if (const auto it = keys.constFind(field); it != keys.constEnd())
        return it.value();
    if (atomic.contains(field))
        return {};
    // Lists the schema does not know (custom resources): kyaml infers a key every element has.
    static const QStringList associativeKeys = {
        u"mountPath"_s, u"devicePath"_s, u"ip"_s, u"type"_s, u"topologyKey"_s, u"name"_s, u"containerPort"_s};
    for (const QString &key : associativeKeys) {
        bool everyone = !patchList.items.empty();
        for (const KNode *list : {&patchList, &targetList}) {
            for (const KNode &item : list->items) {
                if (!item.isMap() || !item.child(key) || !item.child(key)->isScalar())
                    everyone = false;
            }
        }
        if (everyone)
            return {key};
    }
    return {};
}

QString directiveOf(const KNode &node)
{
    return node.isMap() ? node.string(u"$patch") : QString();
}

bool isDirectiveKey(const QString &key)
{
    return key.startsWith(u'$');
}

// A patch value without its directives, as it lands in the result.
KNode cleanPatchValue(const KNode &patch)
{
    KNode result = patch;
    if (result.isMap()) {
        result.entries.clear();
        for (const KEntry &item : patch.entries) {
            if (isDirectiveKey(item.key))
                continue;
            if (item.value.isMap() && directiveOf(item.value) == u"delete")
                continue;
            if (item.value.isNull())
                continue;
            result.entries.push_back({item.key, item.keyLocation, cleanPatchValue(item.value)});
        }
    } else if (result.isSeq()) {
        result.items.clear();
        for (const KNode &item : patch.items) {
            const QString directive = directiveOf(item);
            if (directive == u"delete" || directive == u"replace")
                continue;
            result.items.push_back(cleanPatchValue(item));
        }
    }
    return result;
}

// kyaml drops fields set to null when it merges a patch into a resource.
void dropNulls(KNode &node)
{
    if (node.isMap()) {
        node.entries.erase(std::remove_if(node.entries.begin(), node.entries.end(),
                                          [](const KEntry &item) { return item.value.isNull(); }),
                           node.entries.end());
        for (KEntry &item : node.entries)
            dropNulls(item.value);
    } else if (node.isSeq()) {
        for (KNode &item : node.items)
            dropNulls(item);
    }
}

enum class MergeOutcome
{
    Kept,
    Deleted
};

// Whether a patch element sets values of the element itself (not only of elements of its keyed
// lists, like a container patch that only adds env entries); such an element was set by the patch.
bool setsDirectly(const KNode &patch, const QString &excludedKey)
{
    for (const KEntry &item : patch.entries) {
        if (item.key == excludedKey || isDirectiveKey(item.key))
            continue;
        if (!item.value.isMap() && !item.value.isSeq())
            return true;
        if (item.value.isMap() && setsDirectly(item.value, QString()))
            return true;
        if (item.value.isSeq()) {
            const QStringList keys = mergeKeysFor(item.key, item.value, item.value);
            const bool keyed = !item.value.items.empty() && !keys.isEmpty() && !keys.first().isEmpty() &&
                               std::all_of(item.value.items.begin(), item.value.items.end(),
                                           [](const KNode &element) { return element.isMap(); });
            if (!keyed)
                return true;
        }
    }
    return false;
}

MergeOutcome mergeMap(KNode &target, const KNode &patch);

// The value of each merge key in an element; "" when the field is missing or empty.
QStringList keyValues(const KNode &element, const QStringList &keys)
{
    QStringList values;
    for (const QString &key : keys) {
        const KNode *field = element.isMap() ? element.child(key) : nullptr;
        values.append(field && field->isScalar() ? field->text : QString());
    }
    return values;
}

// Two key tuples name the same element when they agree wherever both are set (a port with and
// one without an explicit protocol); returns the combined tuple.
std::optional<QStringList> matchValues(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return std::nullopt;
    bool common = false;
    QStringList result;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) == b.at(i)) {
            common = true;
            result.append(a.at(i));
            continue;
        }
        if (!a.at(i).isEmpty() && !b.at(i).isEmpty())
            return std::nullopt;
        result.append(a.at(i).isEmpty() ? b.at(i) : a.at(i));
    }
    if (!common)
        return std::nullopt;
    return result;
}

// The keys (and their values) that some element sets; the others do not take part in matching.
std::pair<QStringList, QStringList> validKeys(const QList<QStringList> &valuesList, const QStringList &values,
                                              const QStringList &keys)
{
    QSet<QString> used;
    for (const QStringList &entry : valuesList) {
        for (qsizetype i = 0; i < entry.size() && i < keys.size(); ++i) {
            if (!entry.at(i).isEmpty())
                used.insert(keys.at(i));
        }
    }
    if (used.isEmpty())
        return {keys, values};
    QStringList validKeyList;
    QStringList validValueList;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (used.contains(keys.at(i))) {
            validKeyList.append(keys.at(i));
            validValueList.append(values.value(i));
        }
    }
    return {validKeyList, validValueList};
}

// kyaml's ElementSetter match: every key with a value must be present with that value; an empty
// value only needs the field to be present.
bool setterMatches(const KNode &element, const QStringList &keys, const QStringList &values)
{
    for (qsizetype j = 0; j < keys.size() && j < values.size(); ++j) {
        const KNode *field = element.isMap() ? element.child(keys.at(j)) : nullptr;
        if (!field || field->isNull())
            return false;
        if (!values.at(j).isEmpty() && !(field->isScalar() && field->text == values.at(j)))
            return false;
    }
    return true;
}

// Merges a list whose elements are identified by merge keys, as kyaml does for Kustomize's
// strategic merge (list elements from the patch come first). Elements live in `storage` and the
// lists hold indexes, so an element merged in place is the same element in every list.
class KeyedListMerge
{
public:
    KeyedListMerge(KNode &target, const KNode &patch, const QStringList &keys)
        : m_target(target), m_patch(patch), m_keys(keys)
    {
        for (KNode &item : target.items) {
            m_dest.push_back(int(m_storage.size()));
            m_storage.push_back(std::move(item));
        }
    }

    void run()
    {
        QList<QStringList> valuesList;
        for (const std::vector<KNode> *items : {&m_patch.items, &storageView()}) {
            for (const KNode &item : *items) {
                const QStringList values = keyValues(item, m_keys);
                if (!valuesList.contains(values))
                    valuesList.append(values);
            }
        }
        if (m_keys.size() > 1) {
            for (qsizetype i = 0; i < valuesList.size(); ++i) {
                const QStringList first = valuesList.at(i);
                for (qsizetype j = 0; j < valuesList.size(); ++j) {
                    if (const std::optional<QStringList> merged = matchValues(first, valuesList.at(j))) {
                        valuesList[i] = *merged;
                        valuesList[j] = *merged;
                    }
                }
            }
        }
        QStringList lastKeys = m_keys;
        std::vector<int> items;
        for (const QStringList &values : std::as_const(valuesList)) {
            auto [keys, keyValueList] = validKeys(valuesList, values, m_keys);
            lastKeys = keys;
            // Elements are looked up by the keys that have values.
            QStringList lookupKeys;
            QStringList lookupValues;
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (!keyValueList.at(i).isEmpty()) {
                    lookupKeys.append(keys.at(i));
                    lookupValues.append(keyValueList.at(i));
                }
            }
            if (lookupKeys.isEmpty()) {
                lookupKeys = keys;
                lookupValues = keyValueList;
            }
            const int destIndex = findElement(lookupKeys, lookupValues);
            const KNode *patchElement = findPatchElement(lookupKeys, lookupValues);
            int result = -1;
            if (destIndex >= 0 && patchElement) {
                KNode &element = m_storage[size_t(destIndex)];
                const bool touches = setsDirectly(*patchElement, m_keys.first());
                if (mergeMap(element, *patchElement) != MergeOutcome::Deleted && !isEmpty(element)) {
                    result = destIndex;
                    // Set last by the patch: its key line (e.g. `- name: LOG_LEVEL`) says so.
                    const KEntry *patchKey = patchElement->entry(m_keys.first());
                    if (KEntry *keyEntry = element.entry(m_keys.first()); touches && keyEntry && patchKey)
                        keyEntry->keyLocation = patchKey->keyLocation;
                }
            } else if (destIndex >= 0) {
                result = destIndex;
            } else if (patchElement && directiveOf(*patchElement) != u"delete") {
                result = int(m_storage.size());
                m_storage.push_back(cleanPatchValue(*patchElement));
            }
            if (result < 0) {
                setElement(m_dest, -1, keys, keyValueList);
                continue;
            }
            KNode &element = m_storage[size_t(result)];
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (!element.child(keys.at(i)) && !keyValueList.at(i).isEmpty()) {
                    const Location where = nodeLine(element);
                    element.set(keys.at(i), KNode::scalar(keyValueList.at(i), where), where);
                }
            }
            setElement(items, result, keys, keyValueList);
        }
        if (!valuesList.isEmpty())
            appendList(items, m_dest, lastKeys);
        m_target.items.clear();
        for (const int index : items)
            m_target.items.push_back(m_storage[size_t(index)]);
    }

private:
    const std::vector<KNode> &storageView()
    {
        m_destView.clear();
        for (const int index : m_dest)
            m_destView.push_back(m_storage[size_t(index)]);
        return m_destView;
    }

    static bool isEmpty(const KNode &node) { return node.isNull() || (node.isMap() && node.entries.empty()); }

    static bool matchesExactly(const KNode &element, const QStringList &keys, const QStringList &values)
    {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const KNode *field = element.isMap() ? element.child(keys.at(i)) : nullptr;
            if (!field || !field->isScalar() || field->text != values.value(i))
                return false;
        }
        return true;
    }

    int findElement(const QStringList &keys, const QStringList &values) const
    {
        for (const int index : m_dest) {
            if (matchesExactly(m_storage[size_t(index)], keys, values))
                return index;
        }
        return -1;
    }

    const KNode *findPatchElement(const QStringList &keys, const QStringList &values) const
    {
        for (const KNode &item : m_patch.items) {
            if (item.isMap() && matchesExactly(item, keys, values))
                return &item;
        }
        return nullptr;
    }

    // kyaml's ElementSetter: replaces the matching elements with `element` (removes them when it
    // is -1), or appends it when none matched.
    void setElement(std::vector<int> &list, int element, const QStringList &keys,
                    const QStringList &values) const
    {
        std::vector<int> result;
        bool found = false;
        for (const int index : list) {
            const KNode &node = m_storage[size_t(index)];
            if (isEmpty(node))
                continue;
            if (!node.isMap() || !setterMatches(node, keys, values)) {
                if (!values.isEmpty())
                    result.push_back(index);
                continue;
            }
            found = true;
            if (element >= 0)
                result.push_back(element);
        }
        list = std::move(result);
        if (element >= 0 && !found)
            list.push_back(element);
    }

    // Puts the target's elements into the merged list: matching ones in place, others appended.
    void appendList(std::vector<int> &destination, const std::vector<int> &source,
                    const QStringList &keys) const
    {
        for (const int index : source) {
            const KNode &element = m_storage[size_t(index)];
            QStringList values;
            for (const QString &key : keys) {
                const KNode *field = element.isMap() ? element.child(key) : nullptr;
                if (!field) {
                    destination.push_back(index);
                    continue;
                }
                values.append(field->isScalar() ? field->text : QString());
            }
            if (keys.size() > 1)
                setElement(destination, -1, keys, values);
            setElement(destination, index, keys, values);
        }
    }

    KNode &m_target;
    const KNode &m_patch;
    QStringList m_keys;
    std::vector<KNode> m_storage;
    std::vector<int> m_dest;
    std::vector<KNode> m_destView;
};

// Merges a patch list into a target list; returns true when the target was replaced as a whole.
bool mergeList(const QString &field, KNode &target, const KNode &patch)
{
    for (const KNode &item : patch.items) {
        if (directiveOf(item) == u"replace") {
            target = cleanPatchValue(patch);
            return true;
        }
    }
    const QStringList keys = mergeKeysFor(field, patch, target);
    if (keys.size() == 1 && keys.first().isEmpty()) {
        // A set of scalars: the patch's values first, then the target's others.
        std::vector<KNode> merged;
        for (const std::vector<KNode> *items :
             std::initializer_list<const std::vector<KNode> *>{&patch.items, &target.items}) {
            for (const KNode &item : *items) {
                if (!item.isScalar())
                    continue;
                if (std::none_of(merged.begin(), merged.end(),
                                 [&](const KNode &seen) { return seen.text == item.text; }))
                    merged.push_back(item);
            }
        }
        target.items = std::move(merged);
        return false;
    }
    const bool allMaps = !patch.items.empty() && std::all_of(patch.items.begin(), patch.items.end(),
                                                             [](const KNode &item) { return item.isMap(); });
    if (keys.isEmpty() || !allMaps) {
        target = cleanPatchValue(patch);
        return true;
    }
    KeyedListMerge(target, patch, keys).run();
    return false;
}

MergeOutcome mergeMap(KNode &target, const KNode &patch)
{
    const QString directive = directiveOf(patch);
    if (directive == u"delete")
        return MergeOutcome::Deleted;
    if (directive == u"replace" || !target.isMap()) {
        target = cleanPatchValue(patch);
        return MergeOutcome::Kept;
    }
    QStringList retainKeys;
    bool retain = false;
    for (const KEntry &item : patch.entries) {
        if (item.key == u"$retainKeys" && item.value.isSeq()) {
            retain = true;
            for (const KNode &key : item.value.items)
                retainKeys.append(key.text);
        } else if (item.key.startsWith(u"$deleteFromPrimitiveList/") && item.value.isSeq()) {
            KNode *list = target.child(item.key.mid(QStringView(u"$deleteFromPrimitiveList/").size()));
            if (list && list->isSeq()) {
                std::erase_if(list->items, [&](const KNode &value) {
                    return std::any_of(item.value.items.begin(), item.value.items.end(),
                                       [&](const KNode &gone) { return sameValue(value, gone); });
                });
            }
        }
    }
    for (const KEntry &item : patch.entries) {
        if (isDirectiveKey(item.key))
            continue;
        KEntry *existing = target.entry(item.key);
        if (item.value.isNull()) {
            target.remove(item.key);
            continue;
        }
        if (!existing) {
            if (item.value.isMap() && directiveOf(item.value) == u"delete")
                continue;
            target.entries.push_back({item.key, item.keyLocation, cleanPatchValue(item.value)});
            continue;
        }
        if (item.value.isMap() && existing->value.isMap()) {
            const QString childDirective = directiveOf(item.value);
            if (mergeMap(existing->value, item.value) == MergeOutcome::Deleted) {
                target.remove(item.key);
                continue;
            }
            if (childDirective == u"replace")
                existing->keyLocation = item.keyLocation;
            continue;
        }
        if (item.value.isSeq() && existing->value.isSeq()) {
            if (mergeList(item.key, existing->value, item.value))
                existing->keyLocation = item.keyLocation;
            continue;
        }
        if (item.value.isMap() && directiveOf(item.value) == u"delete") {
            target.remove(item.key);
            continue;
        }
        // Restating a value (e.g. the merge key `name`) does not make the patch its origin.
        if (item.value.isScalar() && existing->value.isScalar() && item.value.text == existing->value.text)
            continue;
        existing->value = cleanPatchValue(item.value);
        existing->keyLocation = item.keyLocation;
    }
    if (retain) {
        std::erase_if(target.entries, [&](const KEntry &entry) { return !retainKeys.contains(entry.key); });
    }
    return MergeOutcome::Kept;
}

// A strategic merge patch without the fields that name its target: the resource keeps its
// identity, the patch names what it patches but does not rename it.
KNode withoutIdentity(const KNode &patch)
{
    KNode trimmed = patch;
    trimmed.remove(u"apiVersion");
    trimmed.remove(u"kind");
    if (KNode *metadata = trimmed.child(u"metadata"); metadata && metadata->isMap()) {
        metadata->remove(u"name");
        metadata->remove(u"namespace");
    }
    return trimmed;
}

// Applies a patch made by withoutIdentity to one resource; false when the patch deletes it.
bool applyStrategicMerge(KResource &resource, const KNode &trimmedPatch)
{
    if (mergeMap(resource.object, trimmedPatch) == MergeOutcome::Deleted)
        return false;
    dropNulls(resource.object);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Patch targets

struct LabelRequirement
{
    enum class Op
    {
        Exists,
        NotExists,
        Equals,
        NotEquals,
        In,
        NotIn
    };
    QString key;
    Op op = Op::Exists;
    QStringList values;
};

// Kubernetes label selector syntax: a=b, a!=b, a in (x,y), a notin (x), a, !a.
std::optional<QList<LabelRequirement>> parseSelector(const QString &text)
{
    QList<LabelRequirement> result;
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    static const QRegularExpression setPattern(u"^\\s*([^\\s!=]+)\\s+(in|notin)\\s*\\(([^)]*)\\)\\s*\\z"_s);
    for (const QString &rawPart : std::as_const(parts)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        LabelRequirement requirement;
        if (const QRegularExpressionMatch match = setPattern.match(part); match.hasMatch()) {
            requirement.key = match.captured(1);
            requirement.op =
                match.captured(2) == u"in" ? LabelRequirement::Op::In : LabelRequirement::Op::NotIn;
            for (const QString &value : match.captured(3).split(u','))
                requirement.values.append(value.trimmed());
        } else if (part.startsWith(u'!')) {
            requirement.key = part.mid(1).trimmed();
            requirement.op = LabelRequirement::Op::NotExists;
        } else if (const qsizetype notEquals = part.indexOf(u"!="); notEquals > 0) {
            requirement.key = part.left(notEquals).trimmed();
            requirement.op = LabelRequirement::Op::NotEquals;
            requirement.values = {part.mid(notEquals + 2).trimmed()};
        } else if (const qsizetype equals = part.indexOf(u'='); equals > 0) {
            requirement.key = part.left(equals).trimmed();
            requirement.op = LabelRequirement::Op::Equals;
            QString value = part.mid(equals + 1);
            if (value.startsWith(u'='))
                value = value.mid(1);
            requirement.values = {value.trimmed()};
        } else {
            requirement.key = part;
            requirement.op = LabelRequirement::Op::Exists;
        }
        if (requirement.key.isEmpty() || requirement.key.contains(u' '))
            return std::nullopt;
        result.append(requirement);
    }
    return result;
}

bool selectorMatches(const QList<LabelRequirement> &requirements, const QMap<QString, QString> &labels)
{
    for (const LabelRequirement &requirement : requirements) {
        const bool has = labels.contains(requirement.key);
        const QString value = labels.value(requirement.key);
        switch (requirement.op) {
        case LabelRequirement::Op::Exists:
            if (!has)
                return false;
            break;
        case LabelRequirement::Op::NotExists:
            if (has)
                return false;
            break;
        case LabelRequirement::Op::Equals:
        case LabelRequirement::Op::In:
            if (!has || !requirement.values.contains(value))
                return false;
            break;
        case LabelRequirement::Op::NotEquals:
        case LabelRequirement::Op::NotIn:
            if (has && requirement.values.contains(value))
                return false;
            break;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// JSON pointer and JSON 6902

QStringList pointerTokens(const QString &pointer, bool *ok)
{
    *ok = true;
    if (pointer.isEmpty())
        return {};
    if (!pointer.startsWith(u'/')) {
        *ok = false;
        return {};
    }
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token = token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return tokens;
}

std::optional<qsizetype> arrayIndex(const QString &token, qsizetype size, bool allowEnd)
{
    if (allowEnd && token == u"-")
        return size;
    static const QRegularExpression digits(u"^(0|[1-9][0-9]*)\\z"_s);
    if (!digits.match(token).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qsizetype index = token.toLongLong(&ok);
    if (!ok || index > size || (!allowEnd && index == size))
        return std::nullopt;
    return index;
}

KNode *resolvePointer(KNode &root, const QStringList &tokens, qsizetype count)
{
    KNode *node = &root;
    for (qsizetype i = 0; i < count; ++i) {
        const QString &token = tokens.at(i);
        if (node->isMap()) {
            node = node->child(token);
        } else if (node->isSeq()) {
            const std::optional<qsizetype> index = arrayIndex(token, qsizetype(node->items.size()), false);
            node = index ? &node->items[size_t(*index)] : nullptr;
        } else {
            node = nullptr;
        }
        if (!node)
            return nullptr;
    }
    return node;
}

// A JSON patch that changes something inside a list element (e.g. the value of an env entry)
// makes the patch the provenance of that element's key line (e.g. `- name: DATABASE_HOST`).
void markEnclosingElement(KNode &root, const QStringList &tokens, const Location &where)
{
    KNode *node = &root;
    KNode *element = nullptr;
    // The last token is what the operation changed; the element must enclose it.
    for (qsizetype i = 0; node && i + 1 < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (node->isMap()) {
            node = node->child(token);
        } else if (node->isSeq()) {
            const std::optional<qsizetype> index = arrayIndex(token, qsizetype(node->items.size()), false);
            node = index ? &node->items[size_t(*index)] : nullptr;
            if (node && node->isMap())
                element = node;
        } else {
            node = nullptr;
        }
    }
    // Adding or removing list elements changes the list, not the element around it.
    if (!element || !node || node->isSeq())
        return;
    for (const QString &key : {u"name"_s, u"containerPort"_s, u"port"_s, u"mountPath"_s, u"ip"_s,
                               u"devicePath"_s, u"topologyKey"_s}) {
        if (KEntry *keyEntry = element->entry(key)) {
            if (keyEntry->value.isScalar())
                keyEntry->keyLocation = where;
            return;
        }
    }
}

// The JSON 6902 operations; every failure leaves a message naming the path.
class JsonPatcher
{
public:
    explicit JsonPatcher(KNode &root) : m_root(root) {}

    bool add(const QStringList &tokens, KNode value, const Location &where)
    {
        if (tokens.isEmpty()) {
            m_root = std::move(value);
            return true;
        }
        KNode *parent = resolvePointer(m_root, tokens, tokens.size() - 1);
        const QString &last = tokens.last();
        if (!parent)
            return false;
        if (parent->isMap()) {
            parent->set(last, std::move(value), where);
            return true;
        }
        if (parent->isSeq()) {
            const std::optional<qsizetype> index = arrayIndex(last, qsizetype(parent->items.size()), true);
            if (!index)
                return false;
            if (value.isScalar() || value.isNull())
                value.location = where;
            parent->items.insert(parent->items.begin() + *index, std::move(value));
            return true;
        }
        return false;
    }

    bool remove(const QStringList &tokens, KNode *removed = nullptr)
    {
        if (tokens.isEmpty())
            return false;
        KNode *parent = resolvePointer(m_root, tokens, tokens.size() - 1);
        if (!parent)
            return false;
        const QString &last = tokens.last();
        if (parent->isMap()) {
            const KNode *value = parent->child(last);
            if (!value)
                return false;
            if (removed)
                *removed = *value;
            return parent->remove(last);
        }
        if (parent->isSeq()) {
            const std::optional<qsizetype> index = arrayIndex(last, qsizetype(parent->items.size()), false);
            if (!index)
                return false;
            if (removed)
                *removed = parent->items[size_t(*index)];
            parent->items.erase(parent->items.begin() + *index);
            return true;
        }
        return false;
    }

    bool replace(const QStringList &tokens, KNode value, const Location &where)
    {
        if (tokens.isEmpty()) {
            m_root = std::move(value);
            return true;
        }
        KNode *parent = resolvePointer(m_root, tokens, tokens.size() - 1);
        if (!parent)
            return false;
        const QString &last = tokens.last();
        if (parent->isMap()) {
            KEntry *entry = parent->entry(last);
            if (!entry)
                return false;
            entry->value = std::move(value);
            entry->keyLocation = where;
            return true;
        }
        if (parent->isSeq()) {
            const std::optional<qsizetype> index = arrayIndex(last, qsizetype(parent->items.size()), false);
            if (!index)
                return false;
            if (value.isScalar() || value.isNull())
                value.location = where;
            parent->items[size_t(*index)] = std::move(value);
            return true;
        }
        return false;
    }

    const KNode *get(const QStringList &tokens) { return resolvePointer(m_root, tokens, tokens.size()); }

private:
    KNode &m_root;
};

// ---------------------------------------------------------------------------------------------
// Emission: block-style YAML, one scalar per line, each line mapped to its origin.

bool looksLikeNonString(const QString &text)
{
    static const QRegularExpression nonString(
        u"^(?:[-+]?(?:[0-9][0-9_]*)?\\.?[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*\\.|0x[0-9a-fA-F]+|0o?[0-"
        u"7]+"
        u"|true|false|yes|no|on|off|y|n|~|null|[-+]?\\.inf|\\.nan|[0-9]+(?::[0-5]?[0-9])+(?:\\.[0-9]*)?)\\z"_s,
        QRegularExpression::CaseInsensitiveOption);
    return nonString.match(text).hasMatch();
}

bool isSafePlain(const QString &text)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_./$(][A-Za-z0-9 _./:=@+,()%$~*^-]*\\z"_s);
    if (text.isEmpty() || !safe.match(text).hasMatch())
        return false;
    if (text.endsWith(u' ') || text.endsWith(u':') || text.contains(u": ") || text.contains(u" #"))
        return false;
    return true;
}

QString doubleQuoted(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result.append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            result.append(u"\\\"");
            break;
        case u'\\':
            result.append(u"\\\\");
            break;
        case u'\n':
            result.append(u"\\n");
            break;
        case u'\t':
            result.append(u"\\t");
            break;
        case u'\r':
            result.append(u"\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0) ||
                c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xfeff) {
                result.append(u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0'));
            } else {
                result.append(c);
            }
        }
    }
    result.append(u'"');
    return result;
}

QString scalarText(const KNode &node)
{
    if (node.isNull())
        return u"null"_s;
    if (node.plain && isSafePlain(node.text))
        return node.text;
    if (!node.plain && isSafePlain(node.text) && !looksLikeNonString(node.text))
        return node.text;
    return doubleQuoted(node.text);
}

QString keyText(const QString &key)
{
    return isSafePlain(key) && !looksLikeNonString(key) ? key : doubleQuoted(key);
}

class Emitter
{
public:
    void document(const KNode &root)
    {
        if (m_line > 1)
            line(u"---"_s, {});
        if (root.isMap() && !root.entries.empty()) {
            for (const KEntry &item : root.entries)
                entry(item, QString(), 0, root.location);
        } else {
            line(scalarText(root), root.location);
        }
    }

    QByteArray yaml;
    LineOrigins origins;

private:
    void line(const QString &text, const Location &origin)
    {
        yaml += text.toUtf8();
        yaml += '\n';
        if (origin.isValid())
            origins.insert(m_line, origin);
        ++m_line;
    }

    void entry(const KEntry &item, const QString &lead, int column, const Location &fallback)
    {
        const Location origin = item.keyLocation.isValid() ? item.keyLocation : fallback;
        const QString head = lead + keyText(item.key) + u':';
        const KNode &value = item.value;
        if (value.isMap() && !value.entries.empty()) {
            line(head, origin);
            for (const KEntry &child : value.entries)
                entry(child, QString(column + 2, u' '), column + 2, origin);
        } else if (value.isSeq() && !value.items.empty()) {
            line(head, origin);
            sequence(value, column + 2, origin);
        } else if (value.isMap()) {
            line(head + u" {}", origin);
        } else if (value.isSeq()) {
            line(head + u" []", origin);
        } else {
            line(head + u' ' + scalarText(value), origin);
        }
    }

    void sequence(const KNode &list, int column, const Location &fallback)
    {
        const QString indent(column, u' ');
        for (const KNode &item : list.items) {
            const Location itemLine = nodeLine(item);
            const Location origin = itemLine.isValid() ? itemLine : fallback;
            if (item.isMap() && !item.entries.empty()) {
                bool first = true;
                for (const KEntry &child : item.entries) {
                    entry(child, first ? indent + u"- " : QString(column + 2, u' '), column + 2, origin);
                    first = false;
                }
            } else if (item.isSeq() && !item.items.empty()) {
                line(indent + u'-', origin);
                sequence(item, column + 2, origin);
            } else if (item.isMap()) {
                line(indent + u"- {}", origin);
            } else if (item.isSeq()) {
                line(indent + u"- []", origin);
            } else {
                line(indent + u"- " + scalarText(item), origin);
            }
        }
    }

    int m_line = 1;
};

// Kustomize's default (legacy) output order: by kind group, then by id.
int kindRank(const QString &kind)
{
    static const QStringList first = {
        u"Namespace"_s,
        u"ResourceQuota"_s,
        u"StorageClass"_s,
        u"CustomResourceDefinition"_s,
        u"ServiceAccount"_s,
        u"PodSecurityPolicy"_s,
        u"Role"_s,
        u"ClusterRole"_s,
        u"RoleBinding"_s,
        u"ClusterRoleBinding"_s,
        u"ConfigMap"_s,
        u"Secret"_s,
        u"Endpoints"_s,
        u"Service"_s,
        u"LimitRange"_s,
        u"PriorityClass"_s,
        u"PersistentVolume"_s,
        u"PersistentVolumeClaim"_s,
        u"Deployment"_s,
        u"StatefulSet"_s,
        u"CronJob"_s,
        u"PodDisruptionBudget"_s,
    };
    static const QStringList last = {u"MutatingWebhookConfiguration"_s, u"ValidatingWebhookConfiguration"_s};
    if (const qsizetype index = first.indexOf(kind); index >= 0)
        return int(index);
    if (const qsizetype index = last.indexOf(kind); index >= 0)
        return 1000 + int(index);
    return 500;
}

// ---------------------------------------------------------------------------------------------
// Generator name hashes, as Kustomize computes them (sha256 of a Go JSON encoding).

QByteArray goJsonString(const QString &text)
{
    QByteArray result = "\"";
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'"':
            result += "\\\"";
            break;
        case U'\\':
            result += "\\\\";
            break;
        case U'\n':
            result += "\\n";
            break;
        case U'\r':
            result += "\\r";
            break;
        case U'\t':
            result += "\\t";
            break;
        case U'\b':
            result += "\\b";
            break;
        case U'\f':
            result += "\\f";
            break;
        case U'<':
        case U'>':
        case U'&':
        case 0x2028:
        case 0x2029:
            result += "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0');
            break;
        default:
            if (c < 0x20)
                result += "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0');
            else
                result += QString::fromUcs4(&c, 1).toUtf8();
        }
    }
    result += '"';
    return result;
}

QByteArray goJsonObject(QList<std::pair<QByteArray, QByteArray>> members)
{
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray result = "{";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            result += ',';
        result += members.at(i).first + ':' + members.at(i).second;
    }
    result += '}';
    return result;
}

QByteArray goJsonStringMap(const KNode *map)
{
    QList<std::pair<QByteArray, QByteArray>> members;
    if (map && map->isMap()) {
        for (const KEntry &item : map->entries)
            members.append(
                {goJsonString(item.key), goJsonString(item.value.isScalar() ? item.value.text : QString())});
    }
    return goJsonObject(members);
}

QString nameHash(const KResource &resource)
{
    const KNode &object = resource.object;
    QList<std::pair<QByteArray, QByteArray>> members;
    members.append({goJsonString(u"kind"_s), goJsonString(resource.kind())});
    // Kustomize encodes the name as empty: the hash depends on the content only.
    members.append({goJsonString(u"name"_s), goJsonString(QString())});
    members.append({goJsonString(u"data"_s), goJsonStringMap(object.child(u"data"))});
    if (resource.kind() == u"Secret") {
        members.append({goJsonString(u"type"_s), goJsonString(object.string(u"type"))});
    } else if (const KNode *binary = object.child(u"binaryData");
               binary && binary->isMap() && !binary->entries.empty()) {
        members.append({goJsonString(u"binaryData"_s), goJsonStringMap(binary)});
    }
    if (const KNode *immutable = object.child(u"immutable"); immutable && immutable->isScalar())
        members.append({goJsonString(u"immutable"_s), immutable->text == u"true" ? "true" : "false"});
    const QByteArray hex =
        QCryptographicHash::hash(goJsonObject(members), QCryptographicHash::Sha256).toHex();
    QString encoded = QString::fromLatin1(hex.left(10));
    for (QChar &c : encoded) {
        switch (c.unicode()) {
        case u'0':
            c = u'g';
            break;
        case u'1':
            c = u'h';
            break;
        case u'3':
            c = u'k';
            break;
        case u'a':
            c = u'm';
            break;
        case u'e':
            c = u't';
            break;
        default:
            break;
        }
    }
    return encoded;
}

// ---------------------------------------------------------------------------------------------
// The build

struct Kustomization
{
    KustomizationInfo info;
    KNode raw;
};

// Where the text of an inline patch sits in its kustomization: a literal block maps line by line.
struct InlineText
{
    QString path;
    int firstLine = 0; // the block's first content line, 0 when the text is not a literal block
    int indent = 0;
    Location fallback;
};

QString withoutUserInfo(const QString &reference)
{
    static const QRegularExpression userInfo(u"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@"_s);
    QString result = reference;
    result.replace(userInfo, u"\\1"_s);
    return result;
}

class Builder
{
public:
    Builder(const ParseContext &context, Diagnostics &diagnostics)
        : m_context(context), m_diagnostics(diagnostics)
    {
        m_nodeBudget = qint64(context.limits.maxYamlNodes) * 25;
    }

    // The fully built overlay: names hashed and references to renamed objects rewritten.
    ResMap build(const QString &directory)
    {
        ResMap result;
        const Location top{directory, 0, 0};
        if (!renderDirectory(directory, top, 0, false, result))
            return result;
        addHashes(result);
        fixReferences(result);
        std::stable_sort(result.begin(), result.end(), [](const KResource &a, const KResource &b) {
            const int rankA = kindRank(a.kind());
            const int rankB = kindRank(b.kind());
            if (rankA != rankB)
                return rankA < rankB;
            if (a.kind() != b.kind())
                return a.kind() < b.kind();
            if (a.namespaceName() != b.namespaceName())
                return a.namespaceName() < b.namespaceName();
            return a.name() < b.name();
        });
        return result;
    }

private:
    void diagnose(const Location &where, DiagnosticSeverity severity, const QString &message)
    {
        m_diagnostics.append({where, severity, message});
    }
    void error(const Location &where, const QString &message)
    {
        diagnose(where, DiagnosticSeverity::Error, message);
    }
    void warning(const Location &where, const QString &message)
    {
        diagnose(where, DiagnosticSeverity::Warning, message);
    }

    const SourceFile *findKustomizationFile(const QString &directory) const
    {
        if (const SourceFile *file = m_context.files.find(directory);
            file && isKustomizationName(file->fileName()))
            return file;
        for (const QString &name : {u"kustomization.yaml"_s, u"kustomization.yml"_s, u"Kustomization"_s}) {
            const QString path = directory.isEmpty() ? name : resolveRepoPath(directory, name);
            if (path.isEmpty())
                continue;
            if (const SourceFile *file = m_context.files.find(path))
                return file;
        }
        return nullptr;
    }

    static bool isKustomizationName(const QString &name)
    {
        return name == u"kustomization.yaml" || name == u"kustomization.yml" || name == u"Kustomization";
    }

    std::optional<Kustomization> loadKustomization(const SourceFile &file)
    {
        DeploymentModel scratch;
        parseKustomization(file, m_context, scratch);
        if (scratch.kustomizations.isEmpty()) {
            // The regular parse reports field-level problems; a kustomization that cannot be read
            // at all stops the rendering of this branch, so say why here too.
            for (const Diagnostic &diagnostic : std::as_const(scratch.diagnostics))
                m_diagnostics.append(diagnostic);
            return std::nullopt;
        }
        Kustomization result;
        result.info = scratch.kustomizations.front();
        Diagnostics ignored; // already reported by parseKustomization
        const std::vector<YamlDocument> documents = loadYamlDocuments(file, m_context.limits, ignored);
        if (!documents.empty()) {
            TreeReader reader(documents.front(), m_context.limits);
            if (!reader.read(documents.front().root, result.raw)) {
                result.raw = KNode();
                error(result.info.location,
                      QCoreApplication::translate("tfi::Kustomize",
                                                  "the kustomization is too large or too deep to render its "
                                                  "labels, annotations and generator options"));
            }
        }
        return result;
    }

    bool spend(qint64 nodes, const Location &where)
    {
        m_nodesUsed += nodes;
        if (m_nodesUsed <= m_nodeBudget)
            return true;
        if (!m_budgetReported) {
            m_budgetReported = true;
            error(where, QCoreApplication::translate(
                             "tfi::Kustomize",
                             "the overlay expands to more than %1 YAML nodes; the rest was not rendered")
                             .arg(m_nodeBudget));
        }
        return false;
    }

    // Bounds the steps of loops over every object (patches, transformers, duplicate checks), so a
    // hostile overlay with many patches and many objects stops with a diagnostic instead of hanging.
    bool charge(qint64 steps, const Location &where)
    {
        m_work += steps;
        if (m_work <= maxWork)
            return true;
        if (!m_workReported) {
            m_workReported = true;
            error(where, QCoreApplication::translate("tfi::Kustomize",
                                                     "the overlay needs more than %1 steps to render; the "
                                                     "remaining patches and transformers were skipped")
                             .arg(maxWork));
        }
        return false;
    }

    // Loads a kustomization directory (a resource or the overlay itself) into `out`.
    bool renderDirectory(const QString &directory, const Location &from, int depth, bool asComponent,
                         ResMap &out)
    {
        if (depth > maxDepth) {
            error(from,
                  QCoreApplication::translate(
                      "tfi::Kustomize", "kustomizations nest more than %1 levels deep; %2 was not rendered")
                      .arg(maxDepth)
                      .arg(directory));
            return false;
        }
        if (m_stack.contains(directory)) {
            error(from, QCoreApplication::translate(
                            "tfi::Kustomize",
                            "kustomization %1 includes itself (a cycle); it was not rendered again")
                            .arg(directory));
            return false;
        }
        if (++m_visits > maxVisits) {
            if (m_visits == maxVisits + 1) {
                error(from,
                      QCoreApplication::translate(
                          "tfi::Kustomize", "the overlay includes more than %1 kustomizations; the rest "
                                            "was not rendered")
                          .arg(maxVisits));
            }
            return false;
        }
        if (!asComponent) {
            if (const auto cached = m_cache.constFind(directory); cached != m_cache.constEnd()) {
                qint64 nodes = 0;
                for (const KResource &resource : cached.value())
                    nodes += resource.nodes;
                if (!spend(nodes, from))
                    return false;
                out = cached.value();
                return true;
            }
        }
        const SourceFile *file = findKustomizationFile(directory);
        if (!file) {
            error(
                from,
                QCoreApplication::translate("tfi::Kustomize", "%1 has no kustomization.yaml").arg(directory));
            return false;
        }
        std::optional<Kustomization> kustomization = loadKustomization(*file);
        if (!kustomization)
            return false;
        if (kustomization->info.isComponent != asComponent) {
            error(from.isValid() ? from : kustomization->info.location,
                  asComponent
                      ? QCoreApplication::translate(
                            "tfi::Kustomize", "%1 is listed as a component but is not a kind: Component")
                            .arg(directory)
                      : QCoreApplication::translate(
                            "tfi::Kustomize", "%1 is a Component; list it under components, not resources")
                            .arg(directory));
            return false;
        }
        m_stack.append(directory);
        accumulate(*kustomization, out, depth);
        m_stack.removeLast();
        if (!asComponent)
            m_cache.insert(directory, out);
        return true;
    }

    void accumulate(const Kustomization &k, ResMap &resources, int depth)
    {
        reportUnsupported(k);
        for (const KustomizeRef &remote : k.info.remoteResources) {
            warning(remote.location, QCoreApplication::translate(
                                         "tfi::Kustomize", "remote resource %1 is not fetched; the rendering "
                                                           "leaves it out")
                                         .arg(withoutUserInfo(remote.value)));
        }
        for (const KustomizeRef &reference : k.info.resources)
            addResource(k, reference, resources, depth);
        runGenerators(k, resources);
        for (const KustomizeRef &reference : k.info.components) {
            const QString directory = resolveRepoPath(k.info.directory, reference.value);
            if (directory.isEmpty()) {
                error(reference.location,
                      QCoreApplication::translate("tfi::Kustomize", "component %1 is outside the repository")
                          .arg(reference.value));
                continue;
            }
            renderDirectory(directory, reference.location, depth + 1, true, resources);
        }
        runTransformers(k, resources);
    }

    void reportUnsupported(const Kustomization &k)
    {
        for (const char *key :
             {"replacements", "vars", "transformers", "generators", "validators", "helmCharts",
              "helmChartInflationGenerator", "openapi", "configurations", "crds"}) {
            const KEntry *entry = k.raw.entry(QString::fromLatin1(key));
            if (!entry || entry->value.isNull())
                continue;
            warning(entry->keyLocation,
                    QCoreApplication::translate(
                        "tfi::Kustomize", "\"%1\" is not applied by the built-in rendering; the rendered "
                                          "values may differ from kustomize build")
                        .arg(QString::fromLatin1(key)));
        }
    }

    static QString idOf(const KResource &resource)
    {
        const QString namespaceName = resource.namespaceName();
        return resource.group() + u'\n' + resource.kind() + u'\n' +
               (namespaceName.isEmpty() ? u"default"_s : namespaceName) + u'\n' + resource.name();
    }

    // Appends objects; one that has the id of an object already there is left out (an error in
    // Kustomize, which refuses to build).
    void appendResources(ResMap &resources, std::vector<KResource> &&incoming, const Location &from)
    {
        if (!charge(qint64(incoming.size()), from))
            return;
        QSet<QString> ids;
        for (const KResource &existing : resources)
            ids.insert(idOf(existing));
        for (KResource &resource : incoming) {
            const QString id = idOf(resource);
            if (ids.contains(id)) {
                error(from, QCoreApplication::translate("tfi::Kustomize",
                                                        "%1 is included twice; the second copy was left out")
                                .arg(resourceLabel(resource)));
                continue;
            }
            ids.insert(id);
            resources.push_back(std::move(resource));
        }
    }

    void addResource(const Kustomization &k, const KustomizeRef &reference, ResMap &resources, int depth)
    {
        const QString path = resolveRepoPath(k.info.directory, reference.value);
        if (path.isEmpty()) {
            error(reference.location,
                  QCoreApplication::translate("tfi::Kustomize", "resource %1 is outside the repository")
                      .arg(reference.value));
            return;
        }
        if (const SourceFile *file = m_context.files.find(path);
            file && !isKustomizationName(file->fileName())) {
            if (!file->isText()) {
                error(reference.location,
                      QCoreApplication::translate("tfi::Kustomize", "resource %1 is not a text file")
                          .arg(reference.value));
                return;
            }
            std::vector<KResource> objects;
            for (KNode &object : loadObjects(*file, reference.location)) {
                KResource resource = makeResource(std::move(object), reference.location);
                if (resource.kind().isEmpty() || resource.name().isEmpty()) {
                    error(
                        resource.object.location.isValid() ? resource.object.location : reference.location,
                        QCoreApplication::translate(
                            "tfi::Kustomize", "an object in %1 has no kind or metadata.name; it was left out")
                            .arg(path));
                    continue;
                }
                if (resource.kind() == u"Kustomization" || resource.kind() == u"Component")
                    continue;
                objects.push_back(std::move(resource));
            }
            appendResources(resources, std::move(objects), reference.location);
            return;
        }
        if (!findKustomizationFile(path)) {
            error(reference.location,
                  QCoreApplication::translate("tfi::Kustomize", "resource %1 was not found")
                      .arg(reference.value));
            return;
        }
        ResMap sub;
        if (!renderDirectory(path, reference.location, depth + 1, false, sub))
            return;
        appendResources(resources, std::move(sub), reference.location);
    }

    KResource makeResource(KNode object, const Location &origin)
    {
        KResource resource;
        resource.object = std::move(object);
        resource.originalName = resource.name();
        resource.originalNamespace = resource.namespaceName();
        resource.origin = origin;
        resource.nodes = countNodes(resource.object);
        return resource;
    }

    // The objects of a manifest file (List items expanded).
    std::vector<KNode> loadObjects(const SourceFile &file, const Location &from)
    {
        std::vector<KNode> result;
        for (KNode &root : loadTrees(file, from)) {
            if (root.string(u"kind") == u"List" || root.string(u"kind").endsWith(u"List")) {
                if (KNode *items = root.child(u"items");
                    items && items->isSeq() && !root.child(u"metadata")) {
                    for (KNode &item : items->items) {
                        if (item.isMap())
                            result.push_back(std::move(item));
                    }
                    continue;
                }
            }
            if (!root.isMap()) {
                error(root.location,
                      QCoreApplication::translate("tfi::Kustomize",
                                                  "a document of %1 is not a mapping; it was left out")
                          .arg(file.path));
                continue;
            }
            result.push_back(std::move(root));
        }
        return result;
    }

    // Every YAML document of a file as a tree (YAML errors become diagnostics).
    std::vector<KNode> loadTrees(const SourceFile &file, const Location &from,
                                 const std::function<Location(const Location &)> &relocateTo = {})
    {
        std::vector<KNode> result;
        if (m_nodesUsed > m_nodeBudget)
            return result;
        Diagnostics found;
        const std::vector<YamlDocument> documents = loadYamlDocuments(file, m_context.limits, found);
        for (Diagnostic &diagnostic : found) {
            if (relocateTo)
                diagnostic.location = relocateTo(diagnostic.location);
            m_diagnostics.append(diagnostic);
        }
        for (const YamlDocument &document : documents) {
            KNode tree;
            TreeReader reader(document, m_context.limits);
            bool complete = false;
            try {
                complete = reader.read(document.root, tree);
            } catch (const std::exception &) {
                complete = false;
            }
            if (!complete) {
                Location where = document.at(document.root);
                if (relocateTo)
                    where = relocateTo(where);
                error(where, QCoreApplication::translate(
                                 "tfi::Kustomize", "a document of %1 is too large or too deep to render; it "
                                                   "was left out")
                                 .arg(file.path));
                continue;
            }
            if (!spend(reader.nodes(), from))
                break;
            if (relocateTo)
                relocate(tree, relocateTo);
            result.push_back(std::move(tree));
        }
        return result;
    }

    // ----- patches

    InlineText inlineText(const KustomizePatch &patch) const
    {
        InlineText where;
        where.path = patch.location.path;
        where.fallback = patch.location;
        const SourceFile *file = m_context.files.find(patch.location.path);
        if (!file || patch.location.line <= 0)
            return where;
        const QStringList lines = textLines(file->content);
        if (patch.location.line > lines.size())
            return where;
        static const QRegularExpression blockIndicator(u"\\|[-+0-9]*\\s*(#.*)?$"_s);
        if (!blockIndicator.match(lines.at(patch.location.line - 1)).hasMatch())
            return where;
        for (int index = patch.location.line; index < lines.size(); ++index) {
            const QString &text = lines.at(index);
            if (text.trimmed().isEmpty())
                continue;
            int indent = 0;
            while (indent < text.size() && text.at(indent) == u' ')
                ++indent;
            where.firstLine = patch.location.line + 1;
            where.indent = indent;
            break;
        }
        return where;
    }

    // The documents of a patch: from its file, or its inline text mapped into the kustomization.
    std::vector<KNode> loadPatch(const Kustomization &k, const KustomizePatch &patch)
    {
        if (!patch.path.isEmpty()) {
            const QString path = resolveRepoPath(k.info.directory, patch.path);
            const SourceFile *file = path.isEmpty() ? nullptr : m_context.files.find(path);
            if (!file || !file->isText()) {
                error(patch.location,
                      QCoreApplication::translate("tfi::Kustomize", "patch file %1 was not found")
                          .arg(patch.path));
                return {};
            }
            return loadTrees(*file, patch.location);
        }
        SourceFile text;
        text.path = patch.location.path;
        text.content = patch.text.toUtf8();
        text.size = text.content.size();
        const InlineText where = inlineText(patch);
        const auto map = [where](const Location &location) {
            if (where.firstLine <= 0 || location.line <= 0)
                return where.fallback;
            return Location{where.path, where.firstLine + location.line - 1,
                            location.column > 0 ? location.column + where.indent : 0};
        };
        return loadTrees(text, patch.location, map);
    }

    struct Selector
    {
        KustomizePatchTarget target;
        std::optional<QRegularExpression> name;
        std::optional<QRegularExpression> namespaceName;
        QList<LabelRequirement> labels;
        QList<LabelRequirement> annotations;
    };

    std::optional<Selector> makeSelector(const KustomizePatchTarget &target, const Location &where)
    {
        Selector selector;
        selector.target = target;
        const auto anchored = [&](const QString &pattern) -> std::optional<QRegularExpression> {
            QRegularExpression expression(u"^(?:"_s + pattern + u")\\z"_s);
            if (!expression.isValid()) {
                error(where, QCoreApplication::translate(
                                 "tfi::Kustomize", "the patch target pattern \"%1\" is not a valid regular "
                                                   "expression; the patch was skipped")
                                 .arg(pattern));
                return std::nullopt;
            }
            return expression;
        };
        if (!target.name.isEmpty()) {
            selector.name = anchored(target.name);
            if (!selector.name)
                return std::nullopt;
        }
        if (!target.namespaceName.isEmpty()) {
            selector.namespaceName = anchored(target.namespaceName);
            if (!selector.namespaceName)
                return std::nullopt;
        }
        for (const auto &[text, list] : {std::pair{&target.labelSelector, &selector.labels},
                                         std::pair{&target.annotationSelector, &selector.annotations}}) {
            if (text->isEmpty())
                continue;
            const std::optional<QList<LabelRequirement>> parsed = parseSelector(*text);
            if (!parsed) {
                error(where, QCoreApplication::translate(
                                 "tfi::Kustomize", "the patch target selector \"%1\" cannot be read; the "
                                                   "patch was skipped")
                                 .arg(*text));
                return std::nullopt;
            }
            *list = *parsed;
        }
        return selector;
    }

    static bool selects(const Selector &selector, const KResource &resource)
    {
        const KustomizePatchTarget &target = selector.target;
        if (!target.kind.isEmpty() && target.kind != resource.kind())
            return false;
        if (!target.group.isEmpty() && target.group != resource.group())
            return false;
        if (!target.version.isEmpty() && target.version != resource.version())
            return false;
        if (selector.name) {
            const bool matches = selector.name->match(resource.originalName).hasMatch() ||
                                 selector.name->match(resource.name()).hasMatch();
            if (!matches)
                return false;
        }
        if (selector.namespaceName) {
            const auto effective = [](const QString &ns) {
                return ns.isEmpty() ? u"default"_s : ns;
            };
            const bool matches =
                selector.namespaceName->match(effective(resource.originalNamespace)).hasMatch() ||
                selector.namespaceName->match(effective(resource.namespaceName())).hasMatch();
            if (!matches)
                return false;
        }
        if (!selector.labels.isEmpty() && !selectorMatches(selector.labels, resource.labels()))
            return false;
        return selector.annotations.isEmpty() ||
               selectorMatches(selector.annotations, resource.annotations());
    }

    // The resources a target-less strategic merge patch names by kind, name and namespace.
    std::vector<size_t> resourcesNamedBy(const KNode &patch, const ResMap &resources)
    {
        const QString kind = patch.string(u"kind");
        const KNode *metadata = patch.child(u"metadata");
        const QString name = metadata ? metadata->string(u"name") : QString();
        const QString namespaceName = metadata ? metadata->string(u"namespace") : QString();
        std::vector<size_t> matches;
        for (size_t i = 0; i < resources.size(); ++i) {
            const KResource &resource = resources[i];
            if (resource.kind() != kind || !resource.allNames().contains(name))
                continue;
            if (!namespaceName.isEmpty()) {
                const QStringList namespaces = resource.allNamespaces();
                if (!std::any_of(namespaces.begin(), namespaces.end(),
                                 [&](const QString &ns) { return namespacesEqual(ns, namespaceName); }))
                    continue;
            }
            matches.push_back(i);
        }
        return matches;
    }

    void applyStrategicMergePatch(const KNode &patch, const std::vector<size_t> &targets, ResMap &resources)
    {
        const KNode trimmed = withoutIdentity(patch);
        std::vector<size_t> deleted;
        for (const size_t index : targets) {
            if (!applyStrategicMerge(resources[index], trimmed))
                deleted.push_back(index);
        }
        std::sort(deleted.rbegin(), deleted.rend());
        for (const size_t index : deleted)
            resources.erase(resources.begin() + qsizetype(index));
    }

    void applyPatch(const Kustomization &k, const KustomizePatch &patch, ResMap &resources)
    {
        std::vector<KNode> documents = loadPatch(k, patch);
        if (documents.empty())
            return;
        if (!charge(qint64(resources.size()) * qint64(documents.size()), patch.location))
            return;
        const bool isJson = documents.size() == 1 && documents.front().isSeq();
        if (patch.style == KustomizePatch::Style::Json6902 && !isJson) {
            error(patch.location,
                  QCoreApplication::translate("tfi::Kustomize",
                                              "a patchesJson6902 patch is not a list of operations; "
                                              "it was skipped"));
            return;
        }
        if (patch.style == KustomizePatch::Style::StrategicMerge && isJson) {
            error(patch.location,
                  QCoreApplication::translate("tfi::Kustomize",
                                              "a patchesStrategicMerge patch is a list, not an object; "
                                              "it was skipped"));
            return;
        }
        if (isJson) {
            if (patch.target.isEmpty()) {
                error(patch.location,
                      QCoreApplication::translate("tfi::Kustomize",
                                                  "a JSON 6902 patch needs a target; it was skipped"));
                return;
            }
            const std::optional<Selector> selector = makeSelector(patch.target, patch.location);
            if (!selector)
                return;
            for (KResource &resource : resources) {
                if (selects(*selector, resource))
                    applyJsonPatch(documents.front(), patch, resource);
            }
            return;
        }
        for (const KNode &document : documents) {
            if (!document.isMap()) {
                error(document.location.isValid() ? document.location : patch.location,
                      QCoreApplication::translate(
                          "tfi::Kustomize", "a strategic merge patch is not an object; it was skipped"));
                continue;
            }
            if (!patch.target.isEmpty()) {
                const std::optional<Selector> selector = makeSelector(patch.target, patch.location);
                if (!selector)
                    return;
                std::vector<size_t> targets;
                for (size_t i = 0; i < resources.size(); ++i) {
                    if (selects(*selector, resources[i]))
                        targets.push_back(i);
                }
                applyStrategicMergePatch(document, targets, resources);
                continue;
            }
            const std::vector<size_t> targets = resourcesNamedBy(document, resources);
            if (targets.empty()) {
                const KNode *metadata = document.child(u"metadata");
                error(document.location.isValid() ? nodeLine(document) : patch.location,
                      QCoreApplication::translate("tfi::Kustomize",
                                                  "the patch for %1 %2 matches no resource; it was skipped")
                          .arg(document.string(u"kind"), metadata ? metadata->string(u"name") : QString()));
                continue;
            }
            applyStrategicMergePatch(document, targets, resources);
        }
    }

    void applyJsonPatch(const KNode &operations, const KustomizePatch &patch, KResource &resource)
    {
        KNode copy = resource.object;
        JsonPatcher patcher(copy);
        for (const KNode &operation : operations.items) {
            const Location where = nodeLine(operation).isValid() ? nodeLine(operation) : patch.location;
            const QString op = operation.string(u"op");
            bool ok = false;
            const QStringList tokens = pointerTokens(operation.string(u"path"), &ok);
            const KEntry *valueEntry = operation.entry(u"value");
            const Location valueLocation = valueEntry ? valueEntry->keyLocation : where;
            bool applied = ok && operation.isMap() && operation.child(u"path");
            if (applied) {
                if (op == u"add") {
                    applied = valueEntry && patcher.add(tokens, valueEntry->value, valueLocation);
                } else if (op == u"remove") {
                    applied = patcher.remove(tokens);
                } else if (op == u"replace") {
                    applied = valueEntry && patcher.replace(tokens, valueEntry->value, valueLocation);
                } else if (op == u"move" || op == u"copy") {
                    bool fromOk = false;
                    const QStringList from = pointerTokens(operation.string(u"from"), &fromOk);
                    KNode value;
                    if (!fromOk || !operation.child(u"from")) {
                        applied = false;
                    } else if (op == u"move") {
                        applied = patcher.remove(from, &value) && patcher.add(tokens, value, where);
                    } else {
                        const KNode *source = patcher.get(from);
                        applied = source && patcher.add(tokens, *source, where);
                    }
                } else if (op == u"test") {
                    const KNode *current = patcher.get(tokens);
                    applied = valueEntry && current && sameValue(*current, valueEntry->value);
                } else {
                    error(where, QCoreApplication::translate(
                                     "tfi::Kustomize", "unknown JSON patch operation \"%1\"; the patch was "
                                                       "not applied to %2")
                                     .arg(op, resourceLabel(resource)));
                    return;
                }
            }
            if (!applied) {
                error(where, QCoreApplication::translate(
                                 "tfi::Kustomize", "JSON patch operation %1 on path \"%2\" failed for %3; "
                                                   "the patch was not applied to it")
                                 .arg(op, operation.string(u"path"), resourceLabel(resource)));
                return;
            }
            if (op != u"test")
                markEnclosingElement(copy, tokens, op == u"add" || op == u"replace" ? valueLocation : where);
        }
        resource.object = std::move(copy);
    }

    // ----- generators

    // The raw entry of a generator (for its options), found by the line of its name.
    static const KNode *rawGenerator(const Kustomization &k, const KustomizeGenerator &generator)
    {
        const QString key =
            generator.kind == ConfigObject::Kind::Secret ? u"secretGenerator"_s : u"configMapGenerator"_s;
        const KNode *list = k.raw.child(key);
        if (!list || !list->isSeq())
            return nullptr;
        for (const KNode &item : list->items) {
            const KEntry *name = item.entry(u"name");
            if (name && name->keyLocation == generator.location)
                return &item;
            if (!name && nodeLine(item) == generator.location)
                return &item;
        }
        return nullptr;
    }

    struct DataItem
    {
        QString key;
        QByteArray bytes;
        bool text = true;
        Location location;
    };

    void addDataItem(QList<DataItem> &items, DataItem item, const KustomizeGenerator &generator)
    {
        for (const DataItem &existing : std::as_const(items)) {
            if (existing.key == item.key) {
                error(item.location, QCoreApplication::translate(
                                         "tfi::Kustomize", "generator %1 sets key %2 twice; the second value "
                                                           "was ignored")
                                         .arg(generator.name, item.key));
                return;
            }
        }
        items.append(std::move(item));
    }

    // Key/value pairs in Kustomize's order: env files, then literals, then files.
    QList<DataItem> generatorData(const Kustomization &k, const KustomizeGenerator &generator)
    {
        QList<DataItem> items;
        for (const KustomizeRef &env : generator.envs) {
            const QString path = resolveRepoPath(k.info.directory, env.value);
            const SourceFile *file = path.isEmpty() ? nullptr : m_context.files.find(path);
            if (!file || !file->isText()) {
                warning(env.location, QCoreApplication::translate("tfi::Kustomize",
                                                                  "env file %1 of generator %2 is not in the "
                                                                  "repository; its keys are missing from the "
                                                                  "rendering")
                                          .arg(env.value, generator.name));
            }
        }
        for (const ConfigEntry &entry : generator.envEntries)
            addDataItem(items, {entry.key, entry.value.toUtf8(), true, entry.location}, generator);
        for (const ConfigEntry &entry : generator.literals)
            addDataItem(items, {entry.key, entry.value.toUtf8(), true, entry.location}, generator);
        for (const KustomizeRef &reference : generator.files) {
            QString key;
            QString relative = reference.value;
            if (const qsizetype equals = relative.indexOf(u'='); equals >= 0) {
                key = relative.left(equals).trimmed();
                relative = relative.mid(equals + 1).trimmed();
            }
            const QString path = resolveRepoPath(k.info.directory, relative);
            const SourceFile *file = path.isEmpty() ? nullptr : m_context.files.find(path);
            if (!file || file->kind != SourceFile::Kind::Text) {
                error(reference.location,
                      QCoreApplication::translate("tfi::Kustomize", "file %1 of generator %2 is not in the "
                                                                    "repository; its key is missing from the "
                                                                    "rendering")
                          .arg(relative, generator.name));
                continue;
            }
            if (key.isEmpty())
                key = file->fileName();
            const bool valid = QString::fromUtf8(file->content).toUtf8() == file->content;
            addDataItem(items, {key, file->content, valid, reference.location}, generator);
        }
        return items;
    }

    static void addStringMap(KNode &metadata, const QString &key, const KNode *map)
    {
        if (!map || !map->isMap())
            return;
        for (const KEntry &item : map->entries) {
            if (!item.value.isScalar())
                continue;
            KNode &target = metadata.ensureMap(key, item.keyLocation);
            target.set(item.key, KNode::scalar(item.value.text, item.keyLocation), item.keyLocation);
        }
    }

    KResource makeGenerated(const Kustomization &k, const KustomizeGenerator &generator)
    {
        const bool secret = generator.kind == ConfigObject::Kind::Secret;
        const Location where = generator.location;
        const KNode *raw = rawGenerator(k, generator);
        const KNode *options = k.raw.child(u"generatorOptions");
        const KNode *ownOptions = raw ? raw->child(u"options") : nullptr;

        KNode object = KNode::map(where);
        object.set(u"apiVersion"_s, KNode::scalar(u"v1"_s, where), where);
        object.set(u"kind"_s, KNode::scalar(secret ? u"Secret"_s : u"ConfigMap"_s, where), where);
        KNode &metadata = object.ensureMap(u"metadata"_s, where);
        metadata.set(u"name"_s, KNode::scalar(generator.name, where), where);
        if (!generator.namespaceName.isEmpty()) {
            const KEntry *entry = raw ? raw->entry(u"namespace") : nullptr;
            const Location at = entry ? entry->keyLocation : where;
            metadata.set(u"namespace"_s, KNode::scalar(generator.namespaceName, at), at);
        }
        for (const KNode *source : {options, ownOptions}) {
            if (!source)
                continue;
            addStringMap(metadata, u"labels"_s, source->child(u"labels"));
            addStringMap(metadata, u"annotations"_s, source->child(u"annotations"));
        }

        QList<DataItem> items = generatorData(k, generator);
        std::sort(items.begin(), items.end(),
                  [](const DataItem &a, const DataItem &b) { return a.key < b.key; });
        KNode data = KNode::map(where);
        KNode binaryData = KNode::map(where);
        for (const DataItem &item : std::as_const(items)) {
            if (secret) {
                data.set(item.key, KNode::scalar(QString::fromLatin1(item.bytes.toBase64()), item.location),
                         item.location);
            } else if (item.text) {
                data.set(item.key, KNode::scalar(QString::fromUtf8(item.bytes), item.location),
                         item.location);
            } else {
                binaryData.set(item.key,
                               KNode::scalar(QString::fromLatin1(item.bytes.toBase64()), item.location),
                               item.location);
            }
        }
        if (!data.entries.empty())
            object.set(u"data"_s, std::move(data), where);
        if (!binaryData.entries.empty())
            object.set(u"binaryData"_s, std::move(binaryData), where);
        if (secret) {
            const KEntry *type = raw ? raw->entry(u"type") : nullptr;
            const Location at = type ? type->keyLocation : where;
            object.set(u"type"_s,
                       KNode::scalar(generator.secretType.isEmpty() ? u"Opaque"_s : generator.secretType, at),
                       at);
        }
        for (const KNode *source : {options, ownOptions}) {
            if (!source)
                continue;
            if (const KEntry *immutable = source->entry(u"immutable");
                immutable && immutable->value.isScalar())
                object.set(u"immutable"_s, KNode::scalar(immutable->value.text, immutable->keyLocation, true),
                           immutable->keyLocation);
        }
        KResource resource = makeResource(std::move(object), where);
        resource.generated = true;
        resource.needsHash = !generator.disableNameSuffixHash;
        return resource;
    }

    // Merges a generator's output into the one it extends (behavior: merge).
    static void mergeGenerated(KResource &existing, const KResource &generated)
    {
        for (const QString &field : {u"data"_s, u"binaryData"_s}) {
            const KNode *source = generated.object.child(field);
            if (!source || source->entries.empty())
                continue;
            KNode &target = existing.object.ensureMap(field, source->location);
            for (const KEntry &item : source->entries)
                target.set(item.key, item.value, item.keyLocation);
        }
        const KNode *metadata = generated.object.child(u"metadata");
        if (metadata) {
            KNode &targetMetadata = existing.object.ensureMap(u"metadata"_s, metadata->location);
            addStringMap(targetMetadata, u"labels"_s, metadata->child(u"labels"));
            addStringMap(targetMetadata, u"annotations"_s, metadata->child(u"annotations"));
        }
        // Kustomize keeps the hash only when neither generator disables it.
        existing.needsHash = existing.needsHash && generated.needsHash;
    }

    // Replaces the content of the object a generator overrides (behavior: replace); the name stays.
    static void replaceGenerated(KResource &existing, const KResource &generated)
    {
        for (const QString &field : {u"data"_s, u"binaryData"_s, u"type"_s, u"immutable"_s}) {
            existing.object.remove(field);
            if (const KEntry *entry = generated.object.entry(field))
                existing.object.entries.push_back(*entry);
        }
        if (const KNode *metadata = generated.object.child(u"metadata")) {
            KNode &targetMetadata = existing.object.ensureMap(u"metadata"_s, metadata->location);
            for (const QString &field : {u"labels"_s, u"annotations"_s}) {
                targetMetadata.remove(field);
                if (const KEntry *entry = metadata->entry(field))
                    targetMetadata.entries.push_back(*entry);
            }
        }
        existing.needsHash = existing.needsHash && generated.needsHash;
    }

    void runGenerators(const Kustomization &k, ResMap &resources)
    {
        for (const KustomizeGenerator &generator : k.info.generators) {
            if (generator.name.isEmpty())
                continue; // reported by the kustomization parser
            KResource generated = makeGenerated(k, generator);
            const QString behavior = generator.behavior.isEmpty() ? u"create"_s : generator.behavior;
            if (!charge(qint64(resources.size()), generator.location))
                return;
            if (behavior == u"create") {
                std::vector<KResource> created;
                created.push_back(std::move(generated));
                appendResources(resources, std::move(created), generator.location);
                continue;
            }
            if (behavior != u"merge" && behavior != u"replace") {
                error(generator.location,
                      QCoreApplication::translate("tfi::Kustomize",
                                                  "generator %1 has an unknown behavior \"%2\"; "
                                                  "it was skipped")
                          .arg(generator.name, behavior));
                continue;
            }
            KResource *existing = nullptr;
            for (KResource &resource : resources) {
                if (resource.kind() != generated.kind() || !resource.allNames().contains(generator.name))
                    continue;
                if (!generator.namespaceName.isEmpty() &&
                    !namespacesEqual(resource.namespaceName(), generator.namespaceName))
                    continue;
                existing = &resource;
                break;
            }
            if (!existing) {
                error(generator.location, QCoreApplication::translate(
                                              "tfi::Kustomize", "generator %1 has behavior %2 but no base "
                                                                "generates %1; it was skipped")
                                              .arg(generator.name, behavior));
                continue;
            }
            if (behavior == u"merge")
                mergeGenerated(*existing, generated);
            else
                replaceGenerated(*existing, generated);
        }
    }

    // ----- transformers

    void runTransformers(const Kustomization &k, ResMap &resources)
    {
        // Kustomize v5's order: patchesStrategicMerge, patches, namespace, prefix, suffix, labels,
        // annotations, patchesJson6902, replicas, images.
        for (const KustomizePatch &patch : k.info.patches) {
            if (patch.style == KustomizePatch::Style::StrategicMerge)
                applyPatch(k, patch, resources);
        }
        for (const KustomizePatch &patch : k.info.patches) {
            if (patch.style == KustomizePatch::Style::Patch)
                applyPatch(k, patch, resources);
        }
        applyNamespace(k, resources);
        applyNameAffixes(k, resources);
        applyLabels(k, resources);
        applyAnnotations(k, resources);
        for (const KustomizePatch &patch : k.info.patches) {
            if (patch.style == KustomizePatch::Style::Json6902)
                applyPatch(k, patch, resources);
        }
        applyReplicas(k, resources);
        applyImages(k, resources);
    }

    void applyNamespace(const Kustomization &k, ResMap &resources)
    {
        const KEntry *entry = k.raw.entry(u"namespace");
        const QString namespaceName = k.info.namespaceName;
        if (namespaceName.isEmpty())
            return;
        const Location where = entry ? entry->keyLocation : k.info.location;
        if (!charge(qint64(resources.size()), where))
            return;
        for (KResource &resource : resources) {
            const QString kind = resource.kind();
            if (kind == u"Namespace") {
                // Kustomize renames Namespace objects to the namespace it sets.
                if (resource.name() != namespaceName) {
                    resource.rename(namespaceName);
                    if (KEntry *name = resource.object.ensureMap(u"metadata"_s, where).entry(u"name"))
                        name->keyLocation = where;
                }
                continue;
            }
            if (!isClusterScoped(kind)) {
                KNode &metadata = resource.object.ensureMap(u"metadata"_s, where);
                const QString current = metadata.string(u"namespace");
                if (current != namespaceName) {
                    resource.previousNamespaces.append(current);
                    metadata.set(u"namespace"_s, KNode::scalar(namespaceName, where), where);
                }
            }
            if (kind == u"RoleBinding" || kind == u"ClusterRoleBinding") {
                // Kustomize moves only the subjects that name the default service account.
                if (KNode *subjects = resource.object.child(u"subjects"); subjects && subjects->isSeq()) {
                    for (KNode &subject : subjects->items) {
                        if (subject.string(u"kind") == u"ServiceAccount" &&
                            subject.string(u"name") == u"default")
                            subject.set(u"namespace"_s, KNode::scalar(namespaceName, where), where);
                    }
                }
            }
        }
    }

    void applyNameAffixes(const Kustomization &k, ResMap &resources)
    {
        const QString prefix = k.info.namePrefix;
        const QString suffix = k.info.nameSuffix;
        if (prefix.isEmpty() && suffix.isEmpty())
            return;
        if (!charge(qint64(resources.size()), k.info.location))
            return;
        for (KResource &resource : resources) {
            const QString kind = resource.kind();
            if (kind == u"CustomResourceDefinition" || kind == u"Namespace" ||
                (kind == u"APIService" && resource.group() == u"apiregistration.k8s.io"))
                continue;
            resource.rename(prefix + resource.name() + suffix);
            resource.affixes.append(prefix + u'|' + suffix);
        }
    }

    struct LabelPair
    {
        QString key;
        QString value;
        Location location;
    };

    static QList<LabelPair> pairsOf(const KNode *map)
    {
        QList<LabelPair> result;
        if (!map || !map->isMap())
            return result;
        for (const KEntry &item : map->entries) {
            if (item.value.isScalar() || item.value.isNull())
                result.append({item.key, item.value.text, item.keyLocation});
        }
        return result;
    }

    // Sets key: value in the map at path (created when `create`), for every element of `[]` steps.
    static void setAtPath(KNode &node, const QStringList &steps, qsizetype index, bool create,
                          const QList<LabelPair> &pairs)
    {
        if (index == steps.size()) {
            if (!node.isMap()) {
                if (!create || !node.isNull())
                    return;
                node.type = KNode::Type::Map;
            }
            for (const LabelPair &pair : pairs) {
                KEntry *existing = node.entry(pair.key);
                if (existing && existing->value.isScalar() && existing->value.text == pair.value)
                    continue;
                node.set(pair.key, KNode::scalar(pair.value, pair.location), pair.location);
            }
            return;
        }
        QString step = steps.at(index);
        const bool each = step.endsWith(u"[]");
        if (each)
            step.chop(2);
        if (!node.isMap())
            return;
        KNode *child = node.child(step);
        if (!child) {
            if (!create || each)
                return;
            const Location where = pairs.isEmpty() ? Location() : pairs.first().location;
            child = &node.set(step, KNode::map(where), where).value;
        }
        if (each) {
            if (!child->isSeq())
                return;
            for (KNode &item : child->items)
                setAtPath(item, steps, index + 1, create, pairs);
            return;
        }
        setAtPath(*child, steps, index + 1, create, pairs);
    }

    struct FieldSpec
    {
        const char16_t *kind; // nullptr: every kind
        const char16_t *path;
        bool create;
    };

    void applyFieldSpecs(ResMap &resources, const std::vector<FieldSpec> &specs,
                         const QList<LabelPair> &pairs)
    {
        if (pairs.isEmpty() ||
            !charge(qint64(resources.size()) * qint64(pairs.size()), pairs.first().location))
            return;
        for (KResource &resource : resources) {
            const QString kind = resource.kind();
            for (const FieldSpec &spec : specs) {
                if (spec.kind && kind != QStringView(spec.kind))
                    continue;
                setAtPath(resource.object, QString::fromUtf16(spec.path).split(u'/'), 0, spec.create, pairs);
            }
        }
    }

    static const std::vector<FieldSpec> &templateLabelSpecs()
    {
        static const std::vector<FieldSpec> specs = {
            {u"ReplicationController", u"spec/template/metadata/labels", true},
            {u"Deployment", u"spec/template/metadata/labels", true},
            {u"ReplicaSet", u"spec/template/metadata/labels", true},
            {u"DaemonSet", u"spec/template/metadata/labels", true},
            {u"StatefulSet", u"spec/template/metadata/labels", true},
            {u"Job", u"spec/template/metadata/labels", true},
            {u"CronJob", u"spec/jobTemplate/metadata/labels", true},
            {u"CronJob", u"spec/jobTemplate/spec/template/metadata/labels", true},
            {u"StatefulSet", u"spec/volumeClaimTemplates[]/metadata/labels", true},
        };
        return specs;
    }

    static const std::vector<FieldSpec> &commonLabelSpecs()
    {
        static const std::vector<FieldSpec> specs = [] {
            std::vector<FieldSpec> result = {
                {nullptr, u"metadata/labels", true},
                {u"Service", u"spec/selector", true},
                {u"ReplicationController", u"spec/selector", true},
                {u"Deployment", u"spec/selector/matchLabels", true},
                {u"ReplicaSet", u"spec/selector/matchLabels", true},
                {u"DaemonSet", u"spec/selector/matchLabels", true},
                {u"StatefulSet", u"spec/selector/matchLabels", true},
                {u"Job", u"spec/selector/matchLabels", false},
                {u"CronJob", u"spec/jobTemplate/spec/selector/matchLabels", false},
                {u"PodDisruptionBudget", u"spec/selector/matchLabels", false},
                {u"NetworkPolicy", u"spec/podSelector/matchLabels", false},
            };
            result.insert(result.end(), templateLabelSpecs().begin(), templateLabelSpecs().end());
            return result;
        }();
        return specs;
    }

    void applyLabels(const Kustomization &k, ResMap &resources)
    {
        // `labels` entries first, then commonLabels, as Kustomize configures them.
        if (const KNode *labels = k.raw.child(u"labels"); labels && labels->isSeq()) {
            for (const KNode &item : labels->items) {
                const QList<LabelPair> pairs = pairsOf(item.child(u"pairs"));
                const bool selectors = item.string(u"includeSelectors") == u"true";
                const bool templates = item.string(u"includeTemplates") == u"true";
                if (selectors) {
                    applyFieldSpecs(resources, commonLabelSpecs(), pairs);
                    continue;
                }
                applyFieldSpecs(resources, {{nullptr, u"metadata/labels", true}}, pairs);
                if (templates)
                    applyFieldSpecs(resources, templateLabelSpecs(), pairs);
            }
        }
        applyFieldSpecs(resources, commonLabelSpecs(), pairsOf(k.raw.child(u"commonLabels")));
    }

    void applyAnnotations(const Kustomization &k, ResMap &resources)
    {
        static const std::vector<FieldSpec> specs = {
            {nullptr, u"metadata/annotations", true},
            {u"ReplicationController", u"spec/template/metadata/annotations", true},
            {u"Deployment", u"spec/template/metadata/annotations", true},
            {u"ReplicaSet", u"spec/template/metadata/annotations", true},
            {u"DaemonSet", u"spec/template/metadata/annotations", true},
            {u"StatefulSet", u"spec/template/metadata/annotations", true},
            {u"Job", u"spec/template/metadata/annotations", true},
            {u"CronJob", u"spec/jobTemplate/metadata/annotations", true},
            {u"CronJob", u"spec/jobTemplate/spec/template/metadata/annotations", true},
        };
        applyFieldSpecs(resources, specs, pairsOf(k.raw.child(u"commonAnnotations")));
    }

    void applyReplicas(const Kustomization &k, ResMap &resources)
    {
        static const QSet<QString> scalable = {u"Deployment"_s, u"ReplicationController"_s, u"ReplicaSet"_s,
                                               u"StatefulSet"_s};
        for (const KustomizeReplicas &replicas : k.info.replicas) {
            if (!charge(qint64(resources.size()), replicas.location))
                return;
            bool found = false;
            for (KResource &resource : resources) {
                if (!scalable.contains(resource.kind()) || !resource.allNames().contains(replicas.name))
                    continue;
                found = true;
                KNode &spec = resource.object.ensureMap(u"spec"_s, replicas.location);
                spec.set(u"replicas"_s,
                         KNode::scalar(QString::number(replicas.count), replicas.location, true),
                         replicas.location);
            }
            if (!found) {
                warning(replicas.location,
                        QCoreApplication::translate("tfi::Kustomize", "replicas entry %1 matches no workload")
                            .arg(replicas.name));
            }
        }
    }

    // Splits "registry:5000/app:1.2@sha256:..." into name, tag and digest.
    static void splitImage(const QString &image, QString &name, QString &tag, QString &digest)
    {
        name = image;
        tag.clear();
        digest.clear();
        if (const qsizetype at = name.indexOf(u'@'); at >= 0) {
            digest = name.mid(at + 1);
            name.truncate(at);
        }
        const qsizetype colon = name.lastIndexOf(u':');
        if (colon > name.lastIndexOf(u'/')) {
            tag = name.mid(colon + 1);
            name.truncate(colon);
        }
    }

    static void updateImages(KNode &node, const KustomizeImage &image)
    {
        if (node.isMap()) {
            for (KEntry &item : node.entries) {
                if ((item.key == u"containers" || item.key == u"initContainers") && item.value.isSeq()) {
                    for (KNode &container : item.value.items) {
                        KEntry *entry = container.entry(u"image");
                        if (!entry || !entry->value.isScalar())
                            continue;
                        QString name;
                        QString tag;
                        QString digest;
                        splitImage(entry->value.text, name, tag, digest);
                        if (name != image.name)
                            continue;
                        if (!image.newName.isEmpty())
                            name = image.newName;
                        if (!image.newTag.isEmpty() && !image.digest.isEmpty()) {
                            tag = image.newTag;
                            digest = image.digest;
                        } else if (!image.newTag.isEmpty()) {
                            tag = image.newTag;
                            digest.clear();
                        } else if (!image.digest.isEmpty()) {
                            tag.clear();
                            digest = image.digest;
                        }
                        QString value = name;
                        if (!tag.isEmpty())
                            value += u':' + tag;
                        if (!digest.isEmpty())
                            value += u'@' + digest;
                        entry->value = KNode::scalar(value, image.location);
                        entry->keyLocation = image.location;
                    }
                } else {
                    updateImages(item.value, image);
                }
            }
        } else if (node.isSeq()) {
            for (KNode &item : node.items)
                updateImages(item, image);
        }
    }

    void applyImages(const Kustomization &k, ResMap &resources)
    {
        for (const KustomizeImage &image : k.info.images) {
            if (!charge(qint64(resources.size()), image.location))
                return;
            for (KResource &resource : resources)
                updateImages(resource.object, image);
        }
    }

    // ----- final steps

    void addHashes(ResMap &resources)
    {
        for (KResource &resource : resources) {
            if (resource.needsHash)
                resource.rename(resource.name() + u'-' + nameHash(resource));
        }
    }

    // The objects of the output by kind and by every name they had, for reference rewriting.
    struct NameIndex
    {
        QHash<QString, std::vector<const KResource *>> byName; // "kind\nname" -> objects
        const std::vector<const KResource *> &find(QStringView kind, const QString &name) const
        {
            static const std::vector<const KResource *> none;
            const auto it = byName.constFind(kind.toString() + u'\n' + name);
            return it == byName.constEnd() ? none : it.value();
        }
    };

    // Rewrites references to objects whose names changed (prefix, suffix, generator hash), the way
    // Kustomize's name reference transformer does for the fields that matter to a deployment.
    void fixReferences(ResMap &resources)
    {
        NameIndex index;
        for (const KResource &resource : resources) {
            QStringList names = resource.allNames();
            names.removeDuplicates();
            for (const QString &name : std::as_const(names))
                index.byName[resource.kind() + u'\n' + name].push_back(&resource);
        }
        for (KResource &referrer : resources) {
            const ReferenceContext context{referrer.namespaceName(), referrer.affixes,
                                           isClusterScoped(referrer.kind()), &index};
            const QString kind = referrer.kind();
            KNode &object = referrer.object;
            walkReferences(object, context);
            if (KNode *spec = object.child(u"spec"); spec && spec->isMap()) {
                if (kind == u"StatefulSet")
                    fixName(*spec, u"serviceName", u"Service", context);
                if (kind == u"HorizontalPodAutoscaler") {
                    if (KNode *target = spec->child(u"scaleTargetRef"); target && target->isMap())
                        fixName(*target, u"name", target->string(u"kind"), context);
                }
                if (kind == u"Ingress")
                    fixIngress(*spec, context);
            }
            if (kind == u"RoleBinding" || kind == u"ClusterRoleBinding") {
                if (KNode *roleRef = object.child(u"roleRef"); roleRef && roleRef->isMap())
                    fixName(*roleRef, u"name", roleRef->string(u"kind"), context);
                if (KNode *subjects = object.child(u"subjects"); subjects && subjects->isSeq()) {
                    for (KNode &subject : subjects->items) {
                        if (subject.string(u"kind") == u"ServiceAccount")
                            fixSubject(subject, index);
                    }
                }
            }
            if (kind == u"ServiceAccount") {
                for (const QStringView field : {u"secrets", u"imagePullSecrets"}) {
                    if (KNode *list = object.child(field); list && list->isSeq()) {
                        for (KNode &item : list->items)
                            fixName(item, u"name", u"Secret", context);
                    }
                }
            }
        }
    }

    struct ReferenceContext
    {
        QString namespaceName;
        QStringList affixes;
        bool anyNamespace = false;
        const NameIndex *index = nullptr;
    };

    static void walkReferences(KNode &node, const ReferenceContext &context)
    {
        if (node.isSeq()) {
            for (KNode &item : node.items)
                walkReferences(item, context);
            return;
        }
        if (!node.isMap())
            return;
        for (KEntry &item : node.entries) {
            const QString &key = item.key;
            KNode &value = item.value;
            if (value.isMap()) {
                if (key == u"configMapRef" || key == u"configMapKeyRef" || key == u"configMap") {
                    fixName(value, u"name", u"ConfigMap", context);
                } else if (key == u"secretRef" || key == u"secretKeyRef") {
                    fixName(value, u"name", u"Secret", context);
                } else if (key == u"secret") {
                    fixName(value, u"secretName", u"Secret", context); // a volume
                    fixName(value, u"name", u"Secret", context);       // a projected source
                } else if (key == u"persistentVolumeClaim") {
                    fixName(value, u"claimName", u"PersistentVolumeClaim", context);
                }
            } else if (value.isSeq() && key == u"imagePullSecrets") {
                for (KNode &secret : value.items)
                    fixName(secret, u"name", u"Secret", context);
            } else if (value.isScalar() && (key == u"serviceAccountName" || key == u"serviceAccount")) {
                fixScalar(value, u"ServiceAccount", context);
            }
            walkReferences(value, context);
        }
    }

    static void fixIngress(KNode &spec, const ReferenceContext &context)
    {
        const auto fixBackend = [&](KNode *backend) {
            if (!backend || !backend->isMap())
                return;
            if (KNode *service = backend->child(u"service"); service && service->isMap())
                fixName(*service, u"name", u"Service", context);
            fixName(*backend, u"serviceName", u"Service", context);
        };
        fixBackend(spec.child(u"defaultBackend"));
        fixBackend(spec.child(u"backend"));
        if (KNode *rules = spec.child(u"rules"); rules && rules->isSeq()) {
            for (KNode &rule : rules->items) {
                KNode *http = rule.child(u"http");
                KNode *paths = http ? http->child(u"paths") : nullptr;
                if (!paths || !paths->isSeq())
                    continue;
                for (KNode &path : paths->items)
                    fixBackend(path.child(u"backend"));
            }
        }
        if (KNode *tls = spec.child(u"tls"); tls && tls->isSeq()) {
            for (KNode &item : tls->items)
                fixName(item, u"secretName", u"Secret", context);
        }
    }

    // A ServiceAccount subject names the account by its name and namespace before renames; both
    // follow the account.
    static void fixSubject(KNode &subject, const NameIndex &index)
    {
        KEntry *name = subject.entry(u"name");
        if (!name || !name->value.isScalar())
            return;
        const QString namespaceName = subject.string(u"namespace");
        for (const KResource *candidate : index.find(u"ServiceAccount", name->value.text)) {
            const QStringList namespaces = candidate->allNamespaces();
            if (!std::any_of(namespaces.begin(), namespaces.end(),
                             [&](const QString &ns) { return namespacesEqual(ns, namespaceName); }))
                continue;
            name->value.text = candidate->name();
            name->value.plain = false;
            if (!candidate->namespaceName().isEmpty()) {
                KEntry *ns = subject.entry(u"namespace");
                const Location where = ns ? ns->keyLocation : name->keyLocation;
                subject.set(u"namespace"_s, KNode::scalar(candidate->namespaceName(), where), where);
            }
            return;
        }
    }

    static void fixName(KNode &map, QStringView field, QStringView kind, const ReferenceContext &context)
    {
        if (!map.isMap())
            return;
        if (KNode *value = map.child(field); value && value->isScalar())
            fixScalar(*value, kind, context);
    }

    // Points a reference at the current name of the object it named before renames.
    static void fixScalar(KNode &value, QStringView kind, const ReferenceContext &context)
    {
        const QString name = value.text;
        if (name.isEmpty() || kind.isEmpty())
            return;
        const bool anyNamespace = context.anyNamespace || isClusterScoped(kind.toString());
        std::vector<const KResource *> candidates;
        for (const KResource *candidate : context.index->find(kind, name)) {
            if (!anyNamespace && !namespacesEqual(candidate->namespaceName(), context.namespaceName))
                continue;
            if (candidate->name() == name)
                return; // already names an object of the output
            candidates.push_back(candidate);
        }
        if (candidates.empty())
            return;
        const KResource *chosen = candidates.front();
        if (candidates.size() > 1) {
            // Objects renamed by the same kustomizations as the referrer belong together.
            for (const KResource *candidate : candidates) {
                if (candidate->affixes == context.affixes) {
                    chosen = candidate;
                    break;
                }
            }
        }
        value.text = chosen->name();
        value.plain = false;
    }

    static constexpr int maxDepth = 20;
    static constexpr int maxVisits = 500;
    static constexpr qint64 maxWork = 1'000'000;

    const ParseContext &m_context;
    Diagnostics &m_diagnostics;
    QStringList m_stack;
    QHash<QString, ResMap> m_cache;
    int m_visits = 0;
    qint64 m_nodeBudget = 0;
    qint64 m_nodesUsed = 0;
    bool m_budgetReported = false;
    qint64 m_work = 0;
    bool m_workReported = false;
};

struct RenderOutput
{
    KustomizeRender render;
    QString kustomizationPath;
    QSet<QString> generated; // "Kind/namespace/name" of generated ConfigMaps and Secrets
};

QString generatedKey(const QString &kind, const QString &namespaceName, const QString &name)
{
    return kind + u'/' + namespaceName + u'/' + name;
}

RenderOutput render(const QString &directory, const ParseContext &context)
{
    RenderOutput output;
    QString root = directory;
    while (root.endsWith(u'/'))
        root.chop(1);
    if (const SourceFile *file = context.files.find(root)) {
        const QString name = file->fileName();
        if (name == u"kustomization.yaml" || name == u"kustomization.yml" || name == u"Kustomization") {
            output.kustomizationPath = file->path;
            root = file->directory();
        }
    }
    if (output.kustomizationPath.isEmpty())
        output.kustomizationPath = root.isEmpty() ? u"kustomization.yaml"_s : root + u"/kustomization.yaml"_s;
    ResMap resources;
    try {
        Builder builder(context, output.render.diagnostics);
        resources = builder.build(root);
    } catch (const std::exception &failure) {
        output.render.diagnostics.append(
            {{output.kustomizationPath, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::Kustomize", "could not render the kustomization: %1")
                 .arg(QString::fromLocal8Bit(failure.what()))});
        resources.clear();
    }
    Emitter emitter;
    for (const KResource &resource : resources) {
        emitter.document(resource.object);
        if (resource.generated)
            output.generated.insert(generatedKey(resource.kind(), resource.namespaceName(), resource.name()));
    }
    output.render.yaml = std::move(emitter.yaml);
    output.render.origins = std::make_shared<const LineOrigins>(std::move(emitter.origins));
    return output;
}

} // namespace

KustomizeRender renderKustomization(const QString &directory, const ParseContext &context)
{
    return render(directory, context).render;
}

DeploymentModel renderKustomizeEnvironment(const QString &directory, const QString &environment,
                                           const ParseContext &context)
{
    RenderOutput output = render(directory, context);
    DeploymentModel model;
    model.diagnostics = output.render.diagnostics;
    SourceFile rendered;
    rendered.path = output.kustomizationPath;
    rendered.content = output.render.yaml;
    rendered.size = rendered.content.size();
    const std::vector<YamlDocument> documents =
        loadGeneratedYamlDocuments(rendered, output.render.origins, context.limits, model.diagnostics);
    parseKubernetesDocuments(documents, context, environment, model);
    for (ConfigObject &object : model.configObjects) {
        const QString kind = object.kind == ConfigObject::Kind::Secret ? u"Secret"_s : u"ConfigMap"_s;
        if (output.generated.contains(generatedKey(kind, object.namespaceName, object.name)))
            object.generated = true;
    }
    return model;
}

} // namespace tfi
