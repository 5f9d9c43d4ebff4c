#include "portmapview.h"

#include "graphlayout.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStyleOptionGraphicsItem>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tfi {

namespace {

enum ItemData
{
    KindKey = 0, // "node" or "edge"
    IndexKey = 1
};

struct MapColours
{
    QColor background, nodeFill, externalFill, border, entry, text, muted, error, edge, selection;
};

MapColours coloursFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    MapColours colours;
    colours.background = palette.color(QPalette::Base);
    colours.nodeFill = palette.color(QPalette::AlternateBase);
    colours.externalFill = palette.color(QPalette::Window);
    colours.border = palette.color(QPalette::Mid);
    colours.entry = palette.color(QPalette::Highlight);
    colours.text = palette.color(QPalette::Text);
    colours.muted = palette.color(QPalette::PlaceholderText);
    colours.error = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    colours.edge = dark ? palette.color(QPalette::Midlight) : palette.color(QPalette::Dark);
    colours.selection = palette.color(QPalette::Highlight);
    return colours;
}

QFont mapFont(qreal pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(int(std::lround(pixelSize)));
    font.setBold(bold);
    return font;
}

class NodeItem : public QGraphicsItem
{
public:
    NodeItem(const PortMapNode &node, const QRectF &rect, const MapColours &colours)
        : m_node(node), m_rect(rect), m_colours(colours), m_lines(portMapNodeLines(node))
    {
        setFlag(ItemIsSelectable);
        setCursor(Qt::PointingHandCursor);
        setToolTip(m_lines.join(u'\n'));
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const bool external = m_node.kind == u"ingress" || m_node.kind == u"external" ||
                              m_node.kind == u"service" || m_node.missing;
        QPen pen(m_node.missing      ? m_colours.error
                 : m_node.entryPoint ? m_colours.entry
                                     : m_colours.border,
                 m_node.entryPoint || m_node.missing ? 2.0 : 1.0);
        if (m_node.missing)
            pen.setStyle(Qt::DashLine);
        if (isSelected()) {
            pen.setColor(m_colours.selection);
            pen.setWidthF(3.0);
        }
        painter->setPen(pen);
        painter->setBrush(external ? m_colours.externalFill : m_colours.nodeFill);
        painter->drawRoundedRect(m_rect, 6, 6);
        qreal y = m_rect.top() + PortMapPadding;
        const qreal width = m_rect.width() - 2 * PortMapPadding;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const qreal size = i == 0 ? PortMapNameFontSize : PortMapTextFontSize;
            QFont font = mapFont(size, i == 0);
            // The box was sized from an estimate; a wider face gets a smaller size before eliding.
            for (int pixels = font.pixelSize();
                 pixels > 7 && QFontMetricsF(font).horizontalAdvance(m_lines.at(i)) > width;)
                font.setPixelSize(--pixels);
            painter->setFont(font);
            painter->setPen(m_node.missing ? m_colours.error : i == 0 ? m_colours.text : m_colours.muted);
            const QRectF line(m_rect.left() + PortMapPadding, y, width, size * 1.35);
            painter->drawText(line, Qt::AlignCenter,
                              QFontMetricsF(font).elidedText(m_lines.at(i), Qt::ElideMiddle, width));
            y += size * 1.35;
        }
    }

private:
    PortMapNode m_node;
    QRectF m_rect;
    MapColours m_colours;
    QStringList m_lines;
};

class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(const PortMapEdge &edge, const LaidOutEdge &laidOut, const MapColours &colours)
        : m_edge(edge), m_path(laidOut.path), m_labelPos(laidOut.labelPos), m_colours(colours),
          m_label(portMapEdgeLabel(edge))
    {
        setFlag(ItemIsSelectable);
        setCursor(Qt::PointingHandCursor);
        setZValue(-1);
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(m_path);
        const QFont font = mapFont(PortMapEdgeFontSize, false);
        QRectF label = QFontMetricsF(font).boundingRect(m_label);
        label.moveCenter(m_labelPos);
        m_labelRect = label.adjusted(-2, -1, 2, 1);
        m_shape.addRect(m_labelRect);
        setToolTip(m_label);
    }
    QRectF boundingRect() const override { return m_shape.boundingRect().adjusted(-6, -6, 6, 6); }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const bool broken = !m_edge.resolved || m_edge.portMismatch;
        QColor colour = broken ? m_colours.error : m_colours.edge;
        if (isSelected())
            colour = m_colours.selection;
        QPen pen(colour, broken ? 1.8 : 1.2);
        if (broken)
            pen.setStyle(Qt::DashLine);
        else if (m_edge.via == u"depends_on" || m_edge.via == u"links")
            pen.setStyle(Qt::DotLine);
        if (isSelected())
            pen.setWidthF(pen.widthF() + 1.0);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        // The arrow head at the target.
        const QPointF tip = m_path.pointAtPercent(1.0);
        const QPointF before =
            m_path.pointAtPercent(std::max(0.0, 1.0 - 8.0 / std::max(1.0, m_path.length())));
        QLineF axis(tip, before);
        if (axis.length() > 0.01) {
            axis.setLength(8);
            QLineF left = axis;
            left.setAngle(axis.angle() + 25);
            QLineF right = axis;
            right.setAngle(axis.angle() - 25);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawPolygon(QPolygonF({tip, left.p2(), right.p2()}));
        }
        painter->setBrush(m_colours.background);
        painter->drawRect(m_labelRect);
        painter->setFont(mapFont(PortMapEdgeFontSize, false));
        painter->setPen(broken || isSelected() ? colour : m_colours.muted);
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }

private:
    PortMapEdge m_edge;
    QPainterPath m_path;
    QPointF m_labelPos;
    MapColours m_colours;
    QString m_label;
    QRectF m_labelRect;
    QPainterPath m_shape;
};

QString locationText(const Location &location)
{
    if (!location.isValid())
        return {};
    return location.line > 0 ? location.path + u':' + QString::number(location.line) : location.path;
}

} // namespace

// Zooms with Ctrl+wheel, pans by dragging the background, and reports double-clicks.
class PortMapGraphicsView : public QGraphicsView
{
public:
    explicit PortMapGraphicsView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
    {
        setDragMode(ScrollHandDrag);
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        setTransformationAnchor(AnchorUnderMouse);
        setResizeAnchor(AnchorViewCenter);
    }
    std::function<void(QGraphicsItem *)> onDoubleClick;

    void zoomBy(qreal factor)
    {
        const qreal current = transform().m11();
        const qreal target = std::clamp(current * factor, 0.1, 8.0);
        scale(target / current, target / current);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            zoomBy(std::pow(1.0015, event->angleDelta().y()));
            event->accept();
            return;
        }
        QGraphicsView::wheelEvent(event);
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (QGraphicsItem *item = itemAt(event->position().toPoint()); item && onDoubleClick) {
            onDoubleClick(item);
            event->accept();
            return;
        }
        QGraphicsView::mouseDoubleClickEvent(event);
    }
};

PortMapView::PortMapView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *environmentLabel = new QLabel(tr("&Environment:"), this);
    m_environments = new QComboBox(this);
    m_environments->setObjectName(QStringLiteral("environments"));
    m_environments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    environmentLabel->setBuddy(m_environments);
    bar->addWidget(environmentLabel);
    bar->addWidget(m_environments);
    bar->addStretch(1);
    const auto addButton = [&](const QString &text, const QString &toolTip, void (PortMapView::*slot)()) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        bar->addWidget(button);
    };
    addButton(tr("Zoom in"), tr("Zoom in (Ctrl+wheel)"), &PortMapView::zoomIn);
    addButton(tr("Zoom out"), tr("Zoom out (Ctrl+wheel)"), &PortMapView::zoomOut);
    addButton(tr("Fit"), tr("Fit the whole map into the view"), &PortMapView::fitToView);
    addButton(tr("Save Image…"), tr("Save the map as SVG or PNG"), &PortMapView::saveImageInteractively);
    layout->addLayout(bar);

    m_scene = new QGraphicsScene(this);
    m_view = new PortMapGraphicsView(m_scene, this);
    m_view->onDoubleClick = [this](QGraphicsItem *item) {
        activate(item);
    };
    layout->addWidget(m_view, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(4);
    m_details->setText(tr("Click a process or a connection to see where it is declared."));
    layout->addWidget(m_details);

    connect(m_environments, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setEnvironment(m_environments->itemData(index).toString());
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &PortMapView::showSelection);
}

PortMapView::~PortMapView()
{
    // The scene dies with its parent, after this part of the object: its last selection change must
    // not reach us.
    disconnect(m_scene, nullptr, this, nullptr);
}

void PortMapView::setResult(AuditResultPtr result)
{
    const QString previous = environment();
    m_result = std::move(result);
    const QStringList environments = m_result ? portMapEnvironments(*m_result) : QStringList();
    {
        const QSignalBlocker blocker(m_environments);
        m_environments->clear();
        for (const QString &name : environments)
            m_environments->addItem(name.isEmpty() ? tr("default") : name, name);
        m_environments->setCurrentIndex(
            int(environments.indexOf(environments.contains(previous) ? previous : environments.value(0))));
    }
    m_environments->setEnabled(environments.size() > 1);
    const QString chosen = environment();
    m_map = PortMap();
    m_map.environment = chosen;
    if (m_result)
        m_map = buildPortMap(*m_result, chosen);
    rebuildScene();
    fitToView();
}

void PortMapView::setEnvironment(const QString &environment)
{
    const int index = m_environments->findData(environment);
    if (index < 0)
        return;
    if (index != m_environments->currentIndex()) {
        m_environments->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    if (m_result && (m_map.environment != environment || m_scene->items().isEmpty())) {
        m_map = buildPortMap(*m_result, environment);
        rebuildScene();
        fitToView();
    }
}

QString PortMapView::environment() const
{
    return m_environments->currentIndex() >= 0 ? m_environments->currentData().toString() : QString();
}

bool PortMapView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void PortMapView::rebuildScene()
{
    const bool hadSelection = !m_scene->selectedItems().isEmpty();
    {
        const QSignalBlocker blocker(m_scene); // the old items' selection points into the old map
        m_scene->clear();
    }
    if (hadSelection)
        Q_EMIT findingsSelected({});
    const MapColours colours = coloursFor(palette());
    m_scene->setBackgroundBrush(colours.background);
    m_view->setBackgroundBrush(colours.background);
    if (m_map.nodes.isEmpty()) {
        m_scene->setSceneRect(QRectF());
        m_details->setText(m_result ? tr("No processes in this environment.") : QString());
        return;
    }
    const GraphLayout layout = layoutPortMap(m_map);
    for (qsizetype i = 0; i < m_map.edges.size() && i < layout.edges.size(); ++i) {
        if (layout.edges.at(i).path.isEmpty())
            continue;
        auto *item = new EdgeItem(m_map.edges.at(i), layout.edges.at(i), colours);
        item->setData(KindKey, QStringLiteral("edge"));
        item->setData(IndexKey, int(i));
        m_scene->addItem(item);
    }
    for (qsizetype i = 0; i < m_map.nodes.size() && i < layout.nodes.size(); ++i) {
        auto *item = new NodeItem(m_map.nodes.at(i), layout.nodes.at(i).rect, colours);
        item->setData(KindKey, QStringLiteral("node"));
        item->setData(IndexKey, int(i));
        m_scene->addItem(item);
    }
    m_scene->setSceneRect(layout.bounds.adjusted(-16, -16, 16, 16));
    m_details->setText(tr("Click a process or a connection to see where it is declared."));
}

QString PortMapView::findingLines(const QStringList &findingIds) const
{
    if (!m_result || findingIds.isEmpty())
        return {};
    QStringList lines;
    for (const QString &id : findingIds) {
        for (const Finding &finding : m_result->findings) {
            if (finding.id != id)
                continue;
            lines.append(tr("\u2022 %1 (%2)").arg(finding.title, locationText(finding.location)));
            break;
        }
    }
    return tr("%n finding(s):", nullptr, int(lines.size())) + u'\n' + lines.join(u'\n');
}

void PortMapView::showSelection()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.isEmpty()) {
        Q_EMIT findingsSelected({});
        return;
    }
    QGraphicsItem *item = selected.first();
    const int index = item->data(IndexKey).toInt();
    QString text;
    QStringList findings;
    if (item->data(KindKey).toString() == u"node" && index < m_map.nodes.size()) {
        const PortMapNode &node = m_map.nodes.at(index);
        findings = node.findingIds;
        if (node.missing)
            text = tr("%1: named here, but nothing in this environment provides it").arg(node.name);
        else
            text = tr("%1 (%2), declared at %3").arg(node.name, node.kind, locationText(node.location));
        if (node.missing)
            text += u'\n' + tr("first named at %1").arg(locationText(node.location));
    } else if (item->data(KindKey).toString() == u"edge" && index < m_map.edges.size()) {
        const PortMapEdge &edge = m_map.edges.at(index);
        findings = edge.findingIds;
        QString from = edge.from.section(u':', 1);
        QString to = edge.to.section(u':', 1);
        text = edge.port > 0 ? tr("%1 \u2192 %2 through %3 on port %4, set at %5")
                                   .arg(from, to, edge.via)
                                   .arg(edge.port)
                                   .arg(locationText(edge.location))
                             : tr("%1 \u2192 %2 through %3, set at %4")
                                   .arg(from, to, edge.via, locationText(edge.location));
        if (!edge.resolved)
            text += u'\n' + tr("Dangling: nothing in this environment is called %1.").arg(to);
        if (edge.portMismatch)
            text += u'\n' + tr("Port mismatch: %1 does not serve port %2.").arg(to).arg(edge.port);
    }
    const QString findingText = findingLines(findings);
    if (!findingText.isEmpty())
        text += u'\n' + findingText;
    m_details->setText(text);
    Q_EMIT findingsSelected(findings);
}

void PortMapView::activate(QGraphicsItem *item)
{
    while (item && !item->data(KindKey).isValid())
        item = item->parentItem();
    if (!item)
        return;
    const int index = item->data(IndexKey).toInt();
    Location location;
    if (item->data(KindKey).toString() == u"node" && index < m_map.nodes.size())
        location = m_map.nodes.at(index).location;
    else if (index < m_map.edges.size())
        location = m_map.edges.at(index).location;
    if (location.isValid())
        Q_EMIT locationActivated(location);
}

bool PortMapView::saveSvg(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(portMapToSvg(m_map, isDark())) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PortMapView::savePng(const QString &path, QString *error)
{
    const QRectF source = m_scene->sceneRect().isEmpty() ? QRectF(0, 0, 64, 64) : m_scene->sceneRect();
    constexpr qreal scale = 2.0; // sharp on high-density screens and in print
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(coloursFor(palette()).background);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        // The picture shows the map, not the current selection.
        const QSignalBlocker blocker(m_scene);
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        for (QGraphicsItem *item : selected)
            item->setSelected(false);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
        for (QGraphicsItem *item : selected)
            item->setSelected(true);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PortMapView::fitToView()
{
    if (m_scene->sceneRect().isEmpty())
        return;
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Small maps stay at their natural size instead of being blown up.
    if (m_view->transform().m11() > 1.5)
        m_view->setTransform(QTransform::fromScale(1.5, 1.5));
}

void PortMapView::zoomIn()
{
    m_view->zoomBy(1.25);
}

void PortMapView::zoomOut()
{
    m_view->zoomBy(1 / 1.25);
}

void PortMapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildScene();
}

void PortMapView::saveImageInteractively()
{
    QString filter;
    const QString svg = tr("SVG image (*.svg)");
    const QString png = tr("PNG image (*.png)");
    const QString suggested =
        QDir::home().filePath(QStringLiteral("port-map-%1.svg")
                                  .arg(environment().isEmpty() ? QStringLiteral("default") : environment()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Port Map"), suggested,
                                                      svg + QStringLiteral(";;") + png, &filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool asPng =
        path.endsWith(u".png", Qt::CaseInsensitive) || (filter == png && !path.endsWith(u".svg"));
    if (!(asPng ? savePng(path, &error) : saveSvg(path, &error)))
        QMessageBox::warning(this, tr("Save Port Map"), tr("The image could not be saved: %1").arg(error));
}

} // namespace tfi
