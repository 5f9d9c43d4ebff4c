#include "welcomepage.h"

#include "examples.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tfi {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_examples(new QListWidget(this))
{
    auto *title = new QLabel(tr("Twelve-Factor Inspector"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Open a git repository to see how well its service follows the twelve-factor "
                                "methodology: a dashboard per factor with evidence, the differences between "
                                "environments, a map of processes and ports, and a checklist of what to fix. "
                                "The repository is only read, never changed."),
                             this);
    intro->setWordWrap(true);
    auto *open = new QPushButton(tr("Open Repository…"), this);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto *recentLabel = new QLabel(tr("Recent repositories"), this);
    auto *examplesLabel = new QLabel(tr("Workshop examples"), this);
    for (QLabel *label : {recentLabel, examplesLabel}) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    for (const ExampleInfo &example : bundledExamples()) {
        auto *item = new QListWidgetItem(example.title + u'\n' + example.summary, m_examples);
        item->setData(Qt::UserRole, example.name);
        item->setToolTip(example.summary);
    }
    m_examples->setWordWrap(true);
    m_examples->setAccessibleName(tr("Workshop examples"));
    m_recent->setAccessibleName(tr("Recent repositories"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });
    connect(m_examples, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT exampleRequested(item->data(Qt::UserRole).toString()); });

    auto *columns = new QHBoxLayout;
    auto *recentColumn = new QVBoxLayout;
    recentColumn->addWidget(recentLabel);
    recentColumn->addWidget(m_recent, 1);
    auto *examplesColumn = new QVBoxLayout;
    examplesColumn->addWidget(examplesLabel);
    examplesColumn->addWidget(m_examples, 1);
    auto *examplesHint = new QLabel(tr("Examples open as fresh git repositories with a short history in a "
                                       "temporary folder."),
                                    this);
    examplesHint->setWordWrap(true);
    examplesHint->setForegroundRole(QPalette::PlaceholderText);
    examplesColumn->addWidget(examplesHint);
    columns->addLayout(recentColumn, 1);
    columns->addLayout(examplesColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(title);
    layout->addWidget(intro);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addWidget(new QLabel(tr("or drop a folder onto this window"), this));
    openRow->addStretch(1);
    layout->addLayout(openRow);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);
}

void WelcomePage::setRecentRepositories(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item =
            new QListWidgetItem(QDir(path).dirName() + u'\n' + QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No repositories opened yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace tfi
