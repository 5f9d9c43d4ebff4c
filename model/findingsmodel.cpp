#include "findingsmodel.h"

#include "factors.h"

#include <QCoreApplication>

namespace tfi {

namespace {

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("tfi::FindingsModel", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("tfi::FindingsModel", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("tfi::FindingsModel", "Info");
    }
    return {};
}

QString locationText(const Location &location)
{
    if (!location.isValid())
        return {};
    return location.line > 0 ? location.path + u':' + QString::number(location.line) : location.path;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setResult(AuditResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

const Finding *FindingsModel::findingAt(int row) const
{
    if (!m_result || row < 0 || row >= m_result->findings.size())
        return nullptr;
    return &m_result->findings.at(row);
}

int FindingsModel::rowOfFinding(const QString &findingId) const
{
    if (!m_result)
        return -1;
    for (qsizetype i = 0; i < m_result->findings.size(); ++i)
        if (m_result->findings.at(i).id == findingId)
            return int(i);
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *finding = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!finding)
        return {};
    switch (role) {
    case FindingIndexRole:
        return index.row();
    case SeverityRole:
        return int(finding->severity);
    case FactorRole:
        return finding->factor;
    case SuppressedRole:
        return finding->suppressed.has_value();
    case SearchTextRole:
        return QStringList{finding->title,    finding->message,     finding->rule,
                           finding->workload, finding->environment, finding->location.path}
            .join(u'\n');
    case Qt::ToolTipRole:
        return finding->message;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(finding->severity);
        case FactorColumn:
            return finding->factor;
        case LocationColumn:
            return QString(finding->location.path + u':' +
                           QString::number(finding->location.line).rightJustified(8, u'0'));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return finding->suppressed ? QCoreApplication::translate("tfi::FindingsModel", "%1 (suppressed)")
                                             .arg(severityLabel(finding->severity))
                                       : severityLabel(finding->severity);
        case FactorColumn:
            return QCoreApplication::translate("tfi::FindingsModel", "%1 %2")
                .arg(QString::number(finding->factor), factorTitle(finding->factor));
        case TitleColumn:
            return finding->title;
        case RuleColumn:
            return finding->rule;
        case EnvironmentColumn:
            return finding->environment;
        case WorkloadColumn:
            return finding->workload;
        case LocationColumn:
            return locationText(finding->location);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return QCoreApplication::translate("tfi::FindingsModel", "Severity");
    case FactorColumn:
        return QCoreApplication::translate("tfi::FindingsModel", "Factor");
    case TitleColumn:
        return QCoreApplication::translate("tfi::FindingsModel", "Finding");
    case RuleColumn:
        return QCoreApplication::translate("tfi::FindingsModel", "Rule");
    case EnvironmentColumn:
        return QCoreApplication::translate("tfi::FindingsModel", "Environment");
    case WorkloadColumn:
        return QCoreApplication::translate("tfi::FindingsModel", "Workload");
    case LocationColumn:
        return QCoreApplication::translate("tfi::FindingsModel", "Location");
    }
    return {};
}

FindingsFilterModel::FindingsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
}

void FindingsFilterModel::setFactor(int factor)
{
    m_factor = factor;
    invalidateFilter();
}

void FindingsFilterModel::setMinimumSeverity(std::optional<Severity> severity)
{
    m_minimumSeverity = severity;
    invalidateFilter();
}

void FindingsFilterModel::setRule(const QString &rule)
{
    m_rule = rule;
    invalidateFilter();
}

void FindingsFilterModel::setEnvironment(const QString &environment)
{
    m_environment = environment;
    invalidateFilter();
}

void FindingsFilterModel::setWorkload(const QString &workload)
{
    m_workload = workload;
    invalidateFilter();
}

void FindingsFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void FindingsFilterModel::setShowSuppressed(bool show)
{
    m_showSuppressed = show;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *findings = qobject_cast<const FindingsModel *>(sourceModel());
    const Finding *finding = findings ? findings->findingAt(sourceRow) : nullptr;
    if (!finding || sourceParent.isValid())
        return false;
    if (finding->suppressed && !m_showSuppressed)
        return false;
    if (m_factor != 0 && finding->factor != m_factor)
        return false;
    // Severity enumerators run from the most to the least severe.
    if (m_minimumSeverity && int(finding->severity) > int(*m_minimumSeverity))
        return false;
    if (!m_rule.isEmpty() && finding->rule != m_rule)
        return false;
    if (!m_environment.isEmpty() && finding->environment != m_environment)
        return false;
    if (!m_workload.isEmpty() && finding->workload != m_workload)
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = findings->index(sourceRow, 0).data(FindingsModel::SearchTextRole).toString();
        if (!haystack.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace tfi
