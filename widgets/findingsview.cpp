#include "findingsview.h"

#include "editorlauncher.h"
#include "evidence.h"
#include "factors.h"
#include "findingsmodel.h"
#include "rules/factorrules.h"
#include "sourceview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace tfi {

namespace {

void fillCombo(QComboBox *combo, const QString &allLabel, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allLabel, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QStringList sortedValues(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.removeAll(QString());
    list.sort();
    return list;
}

} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_filter(new FindingsFilterModel(this)),
      m_factor(new QComboBox(this)), m_severity(new QComboBox(this)), m_rule(new QComboBox(this)),
      m_environment(new QComboBox(this)), m_workload(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_suppressed(new QCheckBox(tr("Show suppressed"), this)), m_count(new QLabel(this)),
      m_tree(new QTreeView(this)), m_details(new QTextBrowser(this)), m_source(new SourceView(this)),
      m_openInEditor(new QPushButton(tr("Open in Editor"), this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);

    m_factor->addItem(tr("All factors"), 0);
    for (const FactorInfo &factor : factorCatalogue())
        m_factor->addItem(tr("%1. %2").arg(QString::number(factor.number), factorTitle(factor.number)),
                          factor.number);
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("Errors"), int(Severity::Error));
    m_severity->addItem(tr("Errors and warnings"), int(Severity::Warning));
    m_search->setPlaceholderText(tr("Search findings"));
    m_search->setClearButtonEnabled(true);
    m_factor->setAccessibleName(tr("Factor filter"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_rule->setAccessibleName(tr("Rule filter"));
    m_environment->setAccessibleName(tr("Environment filter"));
    m_workload->setAccessibleName(tr("Workload filter"));

    auto *filters = new QHBoxLayout;
    for (QWidget *widget : {static_cast<QWidget *>(m_factor), static_cast<QWidget *>(m_severity),
                            static_cast<QWidget *>(m_rule), static_cast<QWidget *>(m_environment),
                            static_cast<QWidget *>(m_workload)})
        filters->addWidget(widget);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_suppressed);
    filters->addWidget(m_count);

    m_tree->setModel(m_filter);
    m_tree->setRootIsDecorated(false);
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_tree->header()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(FindingsModel::SeverityColumn, 110);
    m_tree->header()->resizeSection(FindingsModel::FactorColumn, 150);

    m_details->setOpenExternalLinks(false);
    auto *evidence = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidence);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    auto *evidenceBar = new QHBoxLayout;
    auto *evidenceTitle = new QLabel(tr("Evidence"), evidence);
    evidenceBar->addWidget(evidenceTitle);
    evidenceBar->addStretch(1);
    evidenceBar->addWidget(m_openInEditor);
    evidenceLayout->addLayout(evidenceBar);
    evidenceLayout->addWidget(m_source, 1);
    m_openInEditor->setEnabled(false);

    auto *detailSplitter = m_detailSplitter = new QSplitter(Qt::Horizontal, this);
    detailSplitter->addWidget(m_details);
    detailSplitter->addWidget(evidence);
    detailSplitter->setStretchFactor(0, 2);
    detailSplitter->setStretchFactor(1, 3);
    auto *splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailSplitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (QComboBox *combo : {m_factor, m_severity, m_rule, m_environment, m_workload})
        connect(combo, &QComboBox::currentIndexChanged, this, &FindingsView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &FindingsView::applyFilters);
    connect(m_suppressed, &QCheckBox::toggled, this, &FindingsView::applyFilters);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsView::showCurrent);
    connect(m_openInEditor, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_result && !openInEditor(m_result->repository.root, m_shownLocation, &error))
            QMessageBox::information(this, tr("Open in Editor"), error);
    });
    applyFilters();
}

FindingsView::~FindingsView() = default;

void FindingsView::setResult(AuditResultPtr result)
{
    m_result = result;
    m_redactor = m_result ? std::make_unique<EvidenceRedactor>(*m_result) : nullptr;
    m_model->setResult(std::move(result));
    refillFilters();
    applyFilters();
    if (m_filter->rowCount() > 0)
        m_tree->setCurrentIndex(m_filter->index(0, 0));
    else
        showCurrent();
}

void FindingsView::refillFilters()
{
    QSet<QString> rules, environments, workloads;
    if (m_result)
        for (const Finding &finding : m_result->findings) {
            rules.insert(finding.rule);
            environments.insert(finding.environment);
            workloads.insert(finding.workload);
        }
    fillCombo(m_rule, tr("All rules"), sortedValues(rules));
    fillCombo(m_environment, tr("All environments"), sortedValues(environments));
    fillCombo(m_workload, tr("All workloads"), sortedValues(workloads));
}

void FindingsView::applyFilters()
{
    m_filter->setFactor(m_factor->currentData().toInt());
    const int severity = m_severity->currentData().toInt();
    m_filter->setMinimumSeverity(severity < 0 ? std::nullopt : std::optional<Severity>(Severity(severity)));
    m_filter->setRule(m_rule->currentData().toString());
    m_filter->setEnvironment(m_environment->currentData().toString());
    m_filter->setWorkload(m_workload->currentData().toString());
    m_filter->setText(m_search->text());
    m_filter->setShowSuppressed(m_suppressed->isChecked());
    m_count->setText(tr("%1 of %n finding(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void FindingsView::setFactorFilter(int factor)
{
    const int index = m_factor->findData(factor);
    m_factor->setCurrentIndex(index < 0 ? 0 : index);
}

bool FindingsView::selectFinding(const QString &findingId)
{
    const int row = m_model->rowOfFinding(findingId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // A filter hides it: show everything rather than pretend it is not there.
        for (QComboBox *combo : {m_factor, m_severity, m_rule, m_environment, m_workload})
            combo->setCurrentIndex(0);
        m_search->clear();
        m_suppressed->setChecked(m_model->findingAt(row)->suppressed.has_value() ||
                                 m_suppressed->isChecked());
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return index.isValid();
}

void FindingsView::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    const Finding *finding = current.isValid() ? m_model->findingAt(current.row()) : nullptr;
    if (!finding) {
        m_details->setHtml(m_result ? tr("<p>Select a finding to see why it matters and how to fix it.</p>")
                                    : QString());
        m_source->showSource(QString(), QString(), 0);
        m_openInEditor->setEnabled(false);
        return;
    }
    QString html = u"<h3>" + finding->title.toHtmlEscaped() + u"</h3>";
    html += u"<p>" + finding->message.toHtmlEscaped() + u"</p>";
    QStringList facts;
    facts << tr("Rule: %1").arg(finding->rule.toHtmlEscaped());
    facts << tr("Factor: %1. %2").arg(QString::number(finding->factor), factorTitle(finding->factor));
    if (!finding->environment.isEmpty())
        facts << tr("Environment: %1").arg(finding->environment.toHtmlEscaped());
    if (!finding->workload.isEmpty())
        facts << tr("Workload: %1").arg(finding->workload.toHtmlEscaped());
    if (finding->location.isValid())
        facts << tr("At %1:%2")
                     .arg(finding->location.path.toHtmlEscaped(), QString::number(finding->location.line));
    if (finding->history)
        facts << tr("Introduced in commit %1 on %2%3")
                     .arg(finding->history->commit.left(10),
                          QLocale().toString(finding->history->date, QLocale::ShortFormat),
                          finding->history->presentAtRevision ? QString() : tr(" (no longer in the tree)"));
    if (finding->suppressed)
        facts << tr("Suppressed by %1: %2")
                     .arg(finding->suppressed->source.toHtmlEscaped(),
                          finding->suppressed->reason.toHtmlEscaped());
    html += u"<p>" + facts.join(QStringLiteral("<br>")) + u"</p>";
    if (const RuleInfo *rule = ruleById(finding->rule))
        html += u"<h4>" + tr("Why it matters") + u"</h4><p>" + rule->translatedRationale().toHtmlEscaped() +
                u"</p>";
    html += u"<h4>" + tr("How to fix it") + u"</h4><p>" +
            finding->remediation.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + u"</p>";
    m_details->setHtml(html);
    showLocation(finding->location);
}

void FindingsView::showLocation(const Location &location)
{
    m_shownLocation = location;
    if (!m_result || !m_redactor || !location.isValid()) {
        m_source->showSource(QString(), QString(), 0);
        m_openInEditor->setEnabled(false);
        return;
    }
    QString text = redactedFileText(*m_result, *m_redactor, location.path);
    if (text.isNull())
        text =
            tr("(%1 cannot be shown: it is binary, too large or not in the audited tree)").arg(location.path);
    m_source->showSource(location.path, text, location.line);
    m_openInEditor->setEnabled(true);
}

QByteArray FindingsView::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream << qint32(1) << m_splitter->saveState() << m_detailSplitter->saveState()
           << m_tree->header()->saveState();
    return layout;
}

void FindingsView::restoreLayout(const QByteArray &layout)
{
    QDataStream stream(layout);
    qint32 version = 0;
    QByteArray splitter, detail, header;
    stream >> version >> splitter >> detail >> header;
    if (version != 1 || stream.status() != QDataStream::Ok)
        return; // an older layout: keep the defaults
    m_splitter->restoreState(splitter);
    m_detailSplitter->restoreState(detail);
    m_tree->header()->restoreState(header);
}

} // namespace tfi
