#include "envmatrixmodel.h"

#include "envdiff.h"

#include <QCoreApplication>
#include <QFont>
#include <QSet>

namespace tfi {

EnvMatrixModel::EnvMatrixModel(Contents contents, QObject *parent)
    : QAbstractTableModel(parent), m_contents(contents)
{}

void EnvMatrixModel::setResult(AuditResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    const QStringList available = workloads();
    if (!available.contains(m_workload))
        m_workload = available.value(0);
    rebuild();
    endResetModel();
}

void EnvMatrixModel::setWorkload(const QString &workload)
{
    if (workload == m_workload)
        return;
    beginResetModel();
    m_workload = workload;
    rebuild();
    endResetModel();
}

void EnvMatrixModel::setDifferencesOnly(bool differencesOnly)
{
    if (differencesOnly == m_differencesOnly)
        return;
    beginResetModel();
    m_differencesOnly = differencesOnly;
    rebuild();
    endResetModel();
}

QStringList EnvMatrixModel::workloads() const
{
    if (!m_result)
        return {};
    QSet<QString> names;
    if (m_contents == Contents::Variables) {
        for (const VariableRow &row : m_result->variables)
            names.insert(row.workload);
    } else {
        for (const ProcessEntry &process : m_result->processes)
            names.insert(process.name);
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

QString EnvMatrixModel::richestWorkload() const
{
    QString best;
    qsizetype bestCount = -1;
    for (const QString &workload : workloads()) {
        const qsizetype count = environmentsOf(*m_result, workload).size();
        if (count > bestCount) {
            best = workload;
            bestCount = count;
        }
    }
    return best;
}

void EnvMatrixModel::rebuild()
{
    m_rows.clear();
    m_environments.clear();
    if (!m_result || m_workload.isNull())
        return;
    m_environments = environmentsOf(*m_result, m_workload);

    if (m_contents == Contents::Variables) {
        // Where else each secret digest stands, so a cell can say "same secret as ...".
        QMultiHash<QString, QString> placesByDigest;
        for (const VariableRow &row : m_result->variables)
            for (auto it = row.values.begin(); it != row.values.end(); ++it)
                if (it->sensitive && !it->digest.isEmpty())
                    placesByDigest.insert(it->digest,
                                          QCoreApplication::translate("tfi::EnvMatrixModel", "%1 in %2 (%3)")
                                              .arg(row.name, it.key(), row.workload));
        for (const VariableRow &variable : m_result->variables) {
            if (variable.workload != m_workload)
                continue;
            Row row{variable.name, variable.status, {}};
            for (auto it = variable.values.begin(); it != variable.values.end(); ++it) {
                Cell cell;
                cell.display = it->display;
                cell.location = it->location;
                cell.sensitive = it->sensitive;
                cell.digest = it->digest;
                cell.kind = valueKindKey(it->kind);
                if (cell.sensitive && !cell.digest.isEmpty()) {
                    const QString self = QCoreApplication::translate("tfi::EnvMatrixModel", "%1 in %2 (%3)")
                                             .arg(variable.name, it.key(), variable.workload);
                    QStringList others = placesByDigest.values(cell.digest);
                    others.removeAll(self);
                    others.sort();
                    cell.sameSecretAs = others.join(QStringLiteral(", "));
                }
                row.cells.insert(it.key(), cell);
            }
            m_rows.append(row);
        }
    } else {
        for (const AttributeRow &attribute : compareWorkloadAttributes(*m_result)) {
            if (attribute.workload != m_workload)
                continue;
            Row row{attributeLabel(attribute.attribute), attribute.status, {}};
            for (auto it = attribute.values.begin(); it != attribute.values.end(); ++it) {
                Cell cell;
                cell.display = it->display;
                cell.location = it->location;
                row.cells.insert(it.key(), cell);
            }
            m_rows.append(row);
        }
    }

    // Cell states: missing where the workload exists but the value does not; differs where this
    // environment's value is not the one most environments share.
    for (Row &row : m_rows) {
        QHash<QString, int> votes;
        for (const Cell &cell : std::as_const(row.cells))
            ++votes[cell.digest.isEmpty() ? cell.display : cell.digest];
        QString majority;
        int best = 0;
        for (auto it = votes.begin(); it != votes.end(); ++it)
            if (it.value() > best || (it.value() == best && it.key() < majority)) {
                best = it.value();
                majority = it.key();
            }
        for (Cell &cell : row.cells) {
            const QString key = cell.digest.isEmpty() ? cell.display : cell.digest;
            cell.state = votes.size() > 1 && key != majority ? CellState::Differs : CellState::Same;
        }
        for (const QString &environment : std::as_const(m_environments))
            if (!row.cells.contains(environment) && row.status == VariableStatus::Missing)
                row.cells.insert(environment, Cell{{}, {}, false, {}, {}, CellState::Missing, {}});
    }
    if (m_differencesOnly)
        m_rows.removeIf([](const Row &row) { return row.status == VariableStatus::Same; });
}

int EnvMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_environments.isEmpty() ? 0 : int(m_environments.size()) + 1;
}

QString EnvMatrixModel::tooltipFor(const Row &row, const QString &environment) const
{
    const Cell cell = row.cells.value(environment);
    if (cell.state == CellState::Missing)
        return QCoreApplication::translate("tfi::EnvMatrixModel", "%1 is not set in %2")
            .arg(row.label, environment);
    QStringList lines;
    if (cell.location.isValid())
        lines << QCoreApplication::translate("tfi::EnvMatrixModel", "Set at %1:%2")
                     .arg(cell.location.path, QString::number(cell.location.line));
    if (!cell.kind.isEmpty() && cell.kind != u"literal")
        lines << QCoreApplication::translate("tfi::EnvMatrixModel", "Kind: %1").arg(cell.kind);
    if (cell.sensitive)
        lines << QCoreApplication::translate("tfi::EnvMatrixModel", "Sensitive: the value is masked");
    if (!cell.sameSecretAs.isEmpty())
        lines
            << QCoreApplication::translate("tfi::EnvMatrixModel", "Same secret as %1").arg(cell.sameSecretAs);
    return lines.join(u'\n');
}

QVariant EnvMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.label;
        case RowStatusRole:
            return int(row.status);
        case Qt::FontRole:
            if (row.status != VariableStatus::Same) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    const QString environment = m_environments.value(index.column() - 1);
    const auto cell = row.cells.constFind(environment);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (cell == row.cells.cend())
            return QString(); // the workload does not exist there
        if (cell->state == CellState::Missing)
            return QCoreApplication::translate("tfi::EnvMatrixModel", "(not set)");
        if (!cell->sameSecretAs.isEmpty())
            return QCoreApplication::translate("tfi::EnvMatrixModel", "%1 (shared secret)")
                .arg(cell->display);
        return cell->display;
    case Qt::ToolTipRole:
        return cell == row.cells.cend() ? QVariant() : QVariant(tooltipFor(row, environment));
    case RowStatusRole:
        return int(row.status);
    case CellStateRole:
        return cell == row.cells.cend() ? QVariant() : QVariant(int(cell->state));
    case SensitiveRole:
        return cell != row.cells.cend() && cell->sensitive;
    case Qt::FontRole:
        if (cell != row.cells.cend() && cell->sensitive) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case LocationRole:
        return cell == row.cells.cend() ? QVariant() : QVariant::fromValue(cell->location);
    default:
        return {};
    }
}

QVariant EnvMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_contents == Contents::Variables
                   ? QCoreApplication::translate("tfi::EnvMatrixModel", "Variable")
                   : QCoreApplication::translate("tfi::EnvMatrixModel", "Attribute");
    return m_environments.value(section - 1);
}

} // namespace tfi
