#pragma once

#include "auditresult.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QGridLayout;

namespace tfi {

class FactorTile;

// The twelve factor tiles with the overall score; a tile opens the factor's page: the factor in
// plain words (from the bundled guide), its findings, and the evidence of what passes.
class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setResult(AuditResultPtr result);
    void showFactor(int factor); // 0: the tiles
    int currentFactor() const { return m_factor; }
    // The guide text of a factor in the UI language (Markdown), from resources/guide.
    static QString guideText(int factor);

Q_SIGNALS:
    void findingActivated(const QString &findingId);
    void locationActivated(const tfi::Location &location);

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderFactorPage();
    void retranslate();

    AuditResultPtr m_result;
    int m_factor = 0;
    QStackedWidget *m_stack;
    QLabel *m_scoreLabel;
    QLabel *m_summaryLabel;
    QList<FactorTile *> m_tiles;
    QTextBrowser *m_factorPage;
};

} // namespace tfi
