#include "dashboardview.h"

#include "factors.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyleOption>
#include <QTextBrowser>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tfi {

namespace {

QColor statusColour(FactorStatus status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case FactorStatus::Pass:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case FactorStatus::Warn:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0xbf, 0x87, 0x00);
    case FactorStatus::Fail:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case FactorStatus::NotApplicable:
    case FactorStatus::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString statusText(FactorStatus status)
{
    switch (status) {
    case FactorStatus::Pass:
        return QCoreApplication::translate("tfi::DashboardView", "Pass");
    case FactorStatus::Warn:
        return QCoreApplication::translate("tfi::DashboardView", "Warnings");
    case FactorStatus::Fail:
        return QCoreApplication::translate("tfi::DashboardView", "Fails");
    case FactorStatus::NotApplicable:
        return QCoreApplication::translate("tfi::DashboardView", "Not applicable");
    case FactorStatus::Unknown:
        return QCoreApplication::translate("tfi::DashboardView", "Unknown");
    }
    return {};
}

} // namespace

// One factor: number and title, a status band, the score and the finding count.
class FactorTile final : public QAbstractButton
{
public:
    FactorTile(int factor, QWidget *parent) : QAbstractButton(parent), m_factor(factor)
    {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    // `headline`: the most severe finding, or what passes, in one line.
    void setResult(const FactorResult &result, const QString &headline)
    {
        m_result = result;
        m_headline = headline;
        setAccessibleName(
            QCoreApplication::translate("tfi::DashboardView", "Factor %1, %2: %3")
                .arg(QString::number(m_factor), factorTitle(m_factor), statusText(result.status)));
        setToolTip(result.reason);
        update();
    }
    QSize sizeHint() const override { return {200, 96}; }
    QSize minimumSizeHint() const override { return {150, 80}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QRectF frame = QRectF(rect()).adjusted(2, 2, -2, -2);
        QColor background = pal.color(QPalette::Base);
        if (underMouse() || isDown())
            background = pal.color(QPalette::AlternateBase);
        painter.setPen(
            QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), hasFocus() ? 2 : 1));
        painter.setBrush(background);
        painter.drawRoundedRect(frame, 8, 8);

        const QColor colour = statusColour(m_result.status, pal);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(frame.left(), frame.top(), 8, frame.height()), 4, 4);

        const QRectF text = frame.adjusted(18, 8, -10, -8);
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::Text));
        QRectF titleBounds;
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         QCoreApplication::translate("tfi::DashboardView", "%1. %2")
                             .arg(QString::number(m_factor), factorTitle(m_factor)),
                         &titleBounds);

        if (!m_headline.isEmpty()) {
            QFont small = font;
            small.setBold(false);
            painter.setFont(small);
            painter.setPen(pal.color(QPalette::Text));
            const QFontMetrics metrics(small);
            // Long titles wrap (German ones do); the headline starts below the last title line.
            const qreal titleHeight = titleBounds.height() + 6;
            const QRectF headlineRect = text.adjusted(0, titleHeight, 0, -metrics.height() * 2);
            painter.drawText(headlineRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_headline);
        }

        QFont big = font;
        big.setPointSizeF(font.pointSizeF() * 1.8);
        painter.setFont(big);
        painter.setPen(colour);
        const QString score = m_result.score ? QString::number(*m_result.score) : QStringLiteral("–");
        painter.drawText(text, Qt::AlignRight | Qt::AlignBottom, score);

        font.setBold(false);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        QString detail = statusText(m_result.status);
        if (m_result.findings > 0)
            detail = QCoreApplication::translate("tfi::DashboardView", "%1 · %n finding(s)", nullptr,
                                                 m_result.findings)
                         .arg(detail);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom, detail);
    }
    void enterEvent(QEnterEvent *event) override
    {
        QAbstractButton::enterEvent(event);
        update();
    }
    void leaveEvent(QEvent *event) override
    {
        QAbstractButton::leaveEvent(event);
        update();
    }

private:
    int m_factor;
    FactorResult m_result;
    QString m_headline;
};

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_scoreLabel(new QLabel(this)),
      m_summaryLabel(new QLabel(this)), m_factorPage(new QTextBrowser(this))
{
    auto *tilesPage = new QWidget(this);
    auto *tilesLayout = new QVBoxLayout(tilesPage);
    auto *header = new QHBoxLayout;
    QFont scoreFont = m_scoreLabel->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 2.2);
    scoreFont.setBold(true);
    m_scoreLabel->setFont(scoreFont);
    m_summaryLabel->setWordWrap(true);
    header->addWidget(m_scoreLabel);
    header->addWidget(m_summaryLabel, 1);
    tilesLayout->addLayout(header);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    for (int factor = 1; factor <= 12; ++factor) {
        auto *tile = new FactorTile(factor, tilesPage);
        connect(tile, &QAbstractButton::clicked, this, [this, factor] { showFactor(factor); });
        grid->addWidget(tile, (factor - 1) / 4, (factor - 1) % 4);
        m_tiles.append(tile);
    }
    tilesLayout->addLayout(grid, 1);

    auto *factorWidget = new QWidget(this);
    auto *factorLayout = new QVBoxLayout(factorWidget);
    auto *back = new QPushButton(factorWidget);
    back->setObjectName(QStringLiteral("backToDashboard"));
    back->setText(tr("← All factors"));
    connect(back, &QPushButton::clicked, this, [this] { showFactor(0); });
    auto *backRow = new QHBoxLayout;
    backRow->addWidget(back);
    backRow->addStretch(1);
    factorLayout->addLayout(backRow);
    m_factorPage->setOpenLinks(false);
    connect(m_factorPage, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"finding") {
            Q_EMIT findingActivated(url.path());
        } else if (url.scheme() == u"source") {
            const QUrlQuery query(url);
            Q_EMIT locationActivated(
                Location{url.path(), query.queryItemValue(QStringLiteral("line")).toInt(), 0});
        }
    });
    factorLayout->addWidget(m_factorPage, 1);

    m_stack->addWidget(tilesPage);
    m_stack->addWidget(factorWidget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
}

void DashboardView::setResult(AuditResultPtr result)
{
    m_result = std::move(result);
    retranslate();
    if (m_factor != 0)
        renderFactorPage();
}

void DashboardView::showFactor(int factor)
{
    m_factor = factor;
    if (factor == 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    renderFactorPage();
    m_stack->setCurrentIndex(1);
}

QString DashboardView::guideText(int factor)
{
    const FactorInfo *info = factorByNumber(factor);
    if (!info)
        return {};
    const QString file =
        QStringLiteral("%1-%2.md").arg(factor, 2, 10, QChar(u'0')).arg(QLatin1StringView(info->key));
    // The UI language when a guide exists for it, else English.
    const QStringList languages = {QLocale().name().section(u'_', 0, 0), QStringLiteral("en")};
    for (const QString &language : languages) {
        QFile guide(QStringLiteral(":/guide/") + language + u'/' + file);
        if (guide.open(QIODevice::ReadOnly))
            return QString::fromUtf8(guide.readAll());
    }
    return {};
}

void DashboardView::retranslate()
{
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        FactorResult factor;
        factor.number = int(i) + 1;
        QString headline;
        if (m_result && i < m_result->factors.size()) {
            factor = m_result->factors.at(i);
            const Finding *worst = nullptr;
            for (const Finding &finding : m_result->findings)
                if (finding.factor == factor.number && !finding.suppressed &&
                    (!worst || int(finding.severity) < int(worst->severity)))
                    worst = &finding;
            if (worst) {
                headline = worst->title;
            } else {
                for (const Credit &credit : m_result->credits)
                    if (credit.factor == factor.number) {
                        headline = credit.text;
                        break;
                    }
            }
            if (headline.isEmpty())
                headline = factor.reason;
        }
        m_tiles.at(i)->setResult(factor, headline);
    }
    if (!m_result) {
        m_scoreLabel->clear();
        m_summaryLabel->setText(tr("No audit yet."));
        return;
    }
    m_scoreLabel->setText(m_result->score ? QString::number(*m_result->score) : QStringLiteral("–"));
    m_scoreLabel->setToolTip(tr("Overall score out of 100"));
    m_summaryLabel->setText(tr("%1 · %2 · %3 · %4")
                                .arg(tr("%n error(s)", nullptr, m_result->count(Severity::Error)),
                                     tr("%n warning(s)", nullptr, m_result->count(Severity::Warning)),
                                     tr("%n info(s)", nullptr, m_result->count(Severity::Info)),
                                     tr("%n suppressed", nullptr, m_result->suppressedCount())));
}

void DashboardView::renderFactorPage()
{
    // Guide text first (the teaching aid), then what failed, then what passes.
    QString markdown = guideText(m_factor);
    if (markdown.isEmpty())
        markdown = u"# " + factorTitle(m_factor) + u'\n';
    if (m_result && m_factor >= 1 && m_factor <= m_result->factors.size()) {
        const FactorResult &factor = m_result->factors.at(m_factor - 1);
        markdown += u"\n\n## " + tr("Result: %1").arg(statusText(factor.status)) + u"\n\n";
        if (factor.score)
            markdown += tr("Score %1 of 100.").arg(*factor.score) + u"\n\n";
        if (!factor.reason.isEmpty())
            markdown += factor.reason.toHtmlEscaped() + u"\n\n";
        markdown += u"## " + tr("Findings") + u"\n\n";
        int shown = 0;
        for (const Finding &finding : m_result->findings) {
            if (finding.factor != m_factor || finding.suppressed)
                continue;
            ++shown;
            const QString where =
                finding.location.isValid()
                    ? QStringLiteral(" — [%1:%2](source:%3?line=%2)")
                          .arg(finding.location.path.toHtmlEscaped(), QString::number(finding.location.line),
                               QString::fromLatin1(QUrl::toPercentEncoding(finding.location.path, "/")))
                    : QString();
            markdown += QStringLiteral("- [%1](finding:%2)%3\n")
                            .arg(finding.title.toHtmlEscaped(), finding.id, where);
        }
        if (shown == 0)
            markdown += tr("No findings.") + u"\n";
        markdown += u"\n## " + tr("What passes") + u"\n\n";
        int credits = 0;
        for (const Credit &credit : m_result->credits) {
            if (credit.factor != m_factor)
                continue;
            ++credits;
            markdown += u"- " + credit.text.toHtmlEscaped();
            if (credit.location.isValid())
                markdown += u" (" + credit.location.path.toHtmlEscaped() + u')';
            markdown += u'\n';
        }
        if (credits == 0)
            markdown += tr("Nothing recorded as passing yet.") + u"\n";
    }
    m_factorPage->setMarkdown(markdown);
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace tfi
