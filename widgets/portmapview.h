#pragma once

#include "auditresult.h"
#include "portmap.h"

#include <QWidget>

class QComboBox;
class QGraphicsItem;
class QGraphicsScene;
class QLabel;

namespace tfi {

class PortMapGraphicsView;

// The process/port map of one environment at a time: Graphviz lays it out, a QGraphicsView
// shows it with zoom, pan and fit. Clicking a node or an edge shows where it was declared and
// its findings; double-clicking opens the evidence.
class PortMapView : public QWidget
{
    Q_OBJECT
public:
    explicit PortMapView(QWidget *parent = nullptr);
    ~PortMapView() override;

    void setResult(tfi::AuditResultPtr result); // keeps the current environment if it still exists
    void setEnvironment(const QString &environment);
    QString environment() const;

    bool saveSvg(const QString &path, QString *error);
    bool savePng(const QString &path, QString *error);

    void fitToView();
    // Asks for a file name and saves the map as SVG or PNG (by the name's suffix).
    void saveImageInteractively();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void locationActivated(const tfi::Location &location); // double-click: open the evidence
    void findingsSelected(const QStringList &findingIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildScene();
    void showSelection();
    void activate(QGraphicsItem *item);
    QString findingLines(const QStringList &findingIds) const;
    bool isDark() const;

    AuditResultPtr m_result;
    PortMap m_map;
    QComboBox *m_environments = nullptr;
    PortMapGraphicsView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace tfi
