#include "envdiffview.h"

#include "envmatrixmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tfi {

namespace {

// Colours a cell by its state: differing values amber, missing values red, shared secrets marked.
class MatrixCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant state = index.data(EnvMatrixModel::CellStateRole);
        if (state.isValid() && index.column() > 0) {
            const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
            QColor fill;
            switch (EnvMatrixModel::CellState(state.toInt())) {
            case EnvMatrixModel::CellState::Differs:
                fill = dark ? QColor(0x6b, 0x4e, 0x0a) : QColor(0xff, 0xf1, 0xc2);
                break;
            case EnvMatrixModel::CellState::Missing:
                fill = dark ? QColor(0x6e, 0x1d, 0x1d) : QColor(0xff, 0xdc, 0xdc);
                break;
            case EnvMatrixModel::CellState::Same:
                break;
            }
            if (fill.isValid())
                painter->fillRect(option.rect, fill);
        }
        QStyledItemDelegate::paint(painter, option, index); // fonts come from the model's FontRole
    }
};

void setUpTable(QTableView *table, EnvMatrixModel *model)
{
    table->setModel(model);
    table->setItemDelegate(new MatrixCellDelegate(table));
    table->setSortingEnabled(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setMouseTracking(true);
}

} // namespace

EnvDiffView::EnvDiffView(QWidget *parent)
    : QWidget(parent), m_variables(new EnvMatrixModel(EnvMatrixModel::Contents::Variables, this)),
      m_attributes(new EnvMatrixModel(EnvMatrixModel::Contents::Attributes, this)),
      m_workload(new QComboBox(this)), m_differencesOnly(new QCheckBox(tr("Differences only"), this)),
      m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)), m_variablesTable(new QTableView(this)),
      m_attributesTable(new QTableView(this))
{
    m_workload->setAccessibleName(tr("Workload"));
    m_workload->setMinimumContentsLength(18);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Workload:"), this));
    bar->addWidget(m_workload);
    bar->addWidget(m_differencesOnly);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    setUpTable(m_variablesTable, m_variables);
    setUpTable(m_attributesTable, m_attributes);
    m_tabs->addTab(m_variablesTable, tr("Variables"));
    m_tabs->addTab(m_attributesTable, tr("Image, replicas, probes, resources"));

    auto *legend =
        new QLabel(tr("Amber: the value differs from the other environments. Red: not set where the "
                      "workload runs. Italic: sensitive, shown masked. Hover a cell for where it is set."),
                   this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(legend);

    connect(m_workload, &QComboBox::currentIndexChanged, this,
            [this] { setWorkload(m_workload->currentText()); });
    connect(m_differencesOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_variables->setDifferencesOnly(on);
        m_attributes->setDifferencesOnly(on);
        updateSummary();
    });
    for (QTableView *table : {m_variablesTable, m_attributesTable})
        connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            const auto location = index.data(EnvMatrixModel::LocationRole).value<Location>();
            if (location.isValid())
                Q_EMIT locationActivated(location);
        });
    updateSummary();
}

void EnvDiffView::setResult(AuditResultPtr result)
{
    m_variables->setResult(result);
    m_attributes->setResult(result);
    QStringList workloads = m_attributes->workloads();
    for (const QString &name : m_variables->workloads())
        if (!workloads.contains(name))
            workloads.append(name);
    workloads.sort();
    const QString current = m_workload->currentText();
    {
        const QSignalBlocker blocker(m_workload);
        m_workload->clear();
        m_workload->addItems(workloads);
        // Keep the workload the user looked at; else start with one that has variables to compare.
        int index = m_workload->findText(current);
        if (index < 0 && !m_variables->workloads().isEmpty())
            index = m_workload->findText(m_variables->richestWorkload());
        m_workload->setCurrentIndex(index < 0 ? 0 : index);
    }
    setWorkload(m_workload->currentText());
}

void EnvDiffView::setWorkload(const QString &workload)
{
    if (m_workload->currentText() != workload) {
        const int index = m_workload->findText(workload);
        if (index >= 0)
            m_workload->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_variables->setWorkload(workload);
    m_attributes->setWorkload(workload);
    for (QTableView *table : {m_variablesTable, m_attributesTable})
        table->resizeColumnsToContents();
    updateSummary();
}

void EnvDiffView::updateSummary()
{
    int differs = 0, missing = 0;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const auto status =
            VariableStatus(m_variables->index(row, 0).data(EnvMatrixModel::RowStatusRole).toInt());
        differs += status == VariableStatus::Differs ? 1 : 0;
        missing += status == VariableStatus::Missing ? 1 : 0;
    }
    m_summary->setText(tr("%1, %2 across %n environment(s)", nullptr, int(m_variables->environments().size()))
                           .arg(tr("%n differ(s)", nullptr, differs), tr("%n missing", nullptr, missing)));
}

} // namespace tfi
