#pragma once

#include "portmap.h"

#include <QByteArray>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

// Lays the port map out with Graphviz (dot, through libgvc) and draws it as SVG. Coordinates
// are Qt's: points, y pointing down, the graph's bounds starting at (0, 0).

namespace tfi {

struct LaidOutNode
{
    QString id;
    QRectF rect;
};

struct LaidOutEdge
{
    QString from, to;
    QPainterPath path; // from the source's border to the arrow tip at the target
    QPointF labelPos;  // centre of the label
};

struct GraphLayout
{
    QRectF bounds;
    QList<LaidOutNode> nodes; // in the map's node order
    QList<LaidOutEdge> edges; // in the map's edge order
};

GraphLayout layoutPortMap(const PortMap &map); // dot layout through libgvc, thread-safe via a mutex
// Our own drawing of the laid-out graph as SVG; self-contained, no external references.
QByteArray portMapToSvg(const PortMap &map, bool dark = false);

// The port map picture of each environment of `result`, as reports embed it (ReportOptions::portMapSvg).
// The function refers to `result`, which must outlive it.
std::function<QByteArray(const QString &environment)> portMapPictures(const AuditResult &result);

// The box a node needs for its label lines (the first line bold), in points; the widget and the
// SVG draw into the same box.
QSizeF portMapNodeSize(const PortMapNode &node);
constexpr qreal PortMapNameFontSize = 11;
constexpr qreal PortMapTextFontSize = 9;
constexpr qreal PortMapEdgeFontSize = 8;
constexpr qreal PortMapPadding = 6;

} // namespace tfi
