#include "graphlayout.h"

#include <QHash>
#include <QLineF>
#include <QtMath>

#include <gvc.h>

#include <cmath>
#include <mutex>

namespace tfi {

namespace {

// Graphviz keeps global state (its error handler, the graph dictionaries): one caller at a time.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Created once under the mutex and kept for the process: loading the plugins is the slow part.
GVC_t *graphvizContext()
{
    static GVC_t *context = gvContext();
    return context;
}

constexpr qreal PointsPerInch = 72.0;

// Average glyph advance of a sans-serif face relative to its size; generous so text fits.
qreal textWidth(const QString &text, qreal fontSize, bool bold)
{
    return text.size() * fontSize * (bold ? 0.72 : 0.62);
}

QByteArray quoted(const QString &text)
{
    QByteArray escaped = "\"";
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            escaped += '\\';
        if (c == u'\n') {
            escaped += "\\n";
            continue;
        }
        escaped += QString(c).toUtf8();
    }
    return escaped + '"';
}

// The graph Graphviz lays out: boxes of our sizes without text, edges with their labels.
QByteArray layoutDot(const PortMap &map)
{
    QByteArray dot = "digraph g {\n"
                     "  graph [rankdir=LR, nodesep=0.35, ranksep=0.8, splines=spline];\n"
                     "  node [shape=box, fixedsize=true, label=\"\"];\n"
                     "  edge [fontname=\"Helvetica\", fontsize=8];\n";
    QByteArray entries;
    QByteArray missing;
    const QSet<QString> targets = portMapEdgeTargets(map);
    for (qsizetype i = 0; i < map.nodes.size(); ++i) {
        const PortMapNode &node = map.nodes.at(i);
        const QSizeF size = portMapNodeSize(node);
        const QByteArray name = "n" + QByteArray::number(i);
        dot += "  " + name + " [width=" + QByteArray::number(size.width() / PointsPerInch, 'f', 4) +
               ", height=" + QByteArray::number(size.height() / PointsPerInch, 'f', 4) + "];\n";
        if (node.entryPoint && !targets.contains(node.id))
            entries += name + "; ";
        else if (node.missing)
            missing += name + "; ";
    }
    if (!entries.isEmpty())
        dot += "  { rank=source; " + entries + "}\n";
    if (!missing.isEmpty())
        dot += "  { rank=sink; " + missing + "}\n";
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < map.nodes.size(); ++i)
        index.insert(map.nodes.at(i).id, i);
    for (qsizetype i = 0; i < map.edges.size(); ++i) {
        const PortMapEdge &edge = map.edges.at(i);
        if (!index.contains(edge.from) || !index.contains(edge.to))
            continue;
        dot += "  n" + QByteArray::number(index.value(edge.from)) + " -> n" +
               QByteArray::number(index.value(edge.to)) + " [id=e" + QByteArray::number(i) +
               ", label=" + quoted(portMapEdgeLabel(edge)) + "];\n";
    }
    return dot + "}\n";
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

QString number(qreal value)
{
    return QString::number(value, 'f', 2);
}

QString svgPath(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            d += u'M' + number(element.x) + u',' + number(element.y) + u' ';
            break;
        case QPainterPath::LineToElement:
            d += u'L' + number(element.x) + u',' + number(element.y) + u' ';
            break;
        case QPainterPath::CurveToElement:
            d += u'C' + number(element.x) + u',' + number(element.y) + u' ';
            break;
        case QPainterPath::CurveToDataElement:
            d += number(element.x) + u',' + number(element.y) + u' ';
            break;
        }
    }
    return d.trimmed();
}

// The arrow head at the end of an edge path, as three points.
QList<QPointF> arrowHead(const QPainterPath &path)
{
    if (path.elementCount() < 2)
        return {};
    const QPointF tip = path.pointAtPercent(1.0);
    const QPointF before = path.pointAtPercent(std::max(0.0, 1.0 - 8.0 / std::max(1.0, path.length())));
    QLineF axis(tip, before);
    if (axis.length() < 0.01)
        return {};
    axis.setLength(8);
    QLineF left = axis;
    left.setAngle(axis.angle() + 25);
    QLineF right = axis;
    right.setAngle(axis.angle() - 25);
    return {tip, left.p2(), right.p2()};
}

struct SvgPalette
{
    QString background, nodeFill, externalFill, border, entry, text, muted, error, edge;
};

} // namespace

QSizeF portMapNodeSize(const PortMapNode &node)
{
    const QStringList lines = portMapNodeLines(node);
    qreal width = 0;
    for (qsizetype i = 0; i < lines.size(); ++i)
        width = std::max(width,
                         textWidth(lines.at(i), i == 0 ? PortMapNameFontSize : PortMapTextFontSize, i == 0));
    const qreal height = PortMapNameFontSize * 1.35 + (lines.size() - 1) * PortMapTextFontSize * 1.35;
    return {std::ceil(std::max(width, 60.0) + 2 * PortMapPadding), std::ceil(height + 2 * PortMapPadding)};
}

GraphLayout layoutPortMap(const PortMap &map)
{
    GraphLayout layout;
    if (map.nodes.isEmpty())
        return layout;
    const QByteArray dot = layoutDot(map);

    std::lock_guard<std::mutex> lock(graphvizMutex());
    GVC_t *context = graphvizContext();
    Agraph_t *graph = context ? agmemread(dot.constData()) : nullptr;
    if (!graph)
        return layout;
    if (gvLayout(context, graph, "dot") != 0) {
        agclose(graph);
        return layout;
    }
    const boxf box = GD_bb(graph);
    const qreal top = box.UR.y;
    const auto toQt = [top](const pointf &point) {
        return QPointF(point.x, top - point.y);
    };
    layout.bounds = QRectF(0, 0, box.UR.x - box.LL.x, box.UR.y - box.LL.y);

    layout.nodes.resize(map.nodes.size());
    layout.edges.resize(map.edges.size());
    char idAttribute[] = "id";
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        const qsizetype index = QByteArray(agnameof(node)).mid(1).toLongLong();
        if (index < 0 || index >= map.nodes.size())
            continue;
        const QPointF centre = toQt(ND_coord(node));
        const qreal width = ND_width(node) * PointsPerInch;
        const qreal height = ND_height(node) * PointsPerInch;
        layout.nodes[index] = {map.nodes.at(index).id,
                               QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)};
        for (Agedge_t *edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            const char *id = agget(edge, idAttribute);
            const qsizetype edgeIndex = id && id[0] == 'e' ? QByteArray(id + 1).toLongLong() : -1;
            if (edgeIndex < 0 || edgeIndex >= map.edges.size())
                continue;
            LaidOutEdge &laidOut = layout.edges[edgeIndex];
            laidOut.from = map.edges.at(edgeIndex).from;
            laidOut.to = map.edges.at(edgeIndex).to;
            const splines *spline = ED_spl(edge);
            if (spline && spline->size > 0) {
                const bezier &curve = spline->list[0];
                if (curve.size > 0) {
                    laidOut.path.moveTo(curve.sflag ? toQt(curve.sp) : toQt(curve.list[0]));
                    if (curve.sflag)
                        laidOut.path.lineTo(toQt(curve.list[0]));
                    for (int i = 1; i + 2 < curve.size; i += 3)
                        laidOut.path.cubicTo(toQt(curve.list[i]), toQt(curve.list[i + 1]),
                                             toQt(curve.list[i + 2]));
                    if (curve.eflag)
                        laidOut.path.lineTo(toQt(curve.ep));
                }
            }
            if (ED_label(edge) && ED_label(edge)->set)
                laidOut.labelPos = toQt(ED_label(edge)->pos);
            else
                laidOut.labelPos = laidOut.path.pointAtPercent(0.5);
        }
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    return layout;
}

QByteArray portMapToSvg(const PortMap &map, bool dark)
{
    const SvgPalette palette =
        dark ? SvgPalette{QStringLiteral("#1e1f22"), QStringLiteral("#2b2d31"), QStringLiteral("#33363c"),
                          QStringLiteral("#9aa5b1"), QStringLiteral("#64b5f6"), QStringLiteral("#eceff1"),
                          QStringLiteral("#b0bec5"), QStringLiteral("#ef5350"), QStringLiteral("#9aa5b1")}
             : SvgPalette{QStringLiteral("#ffffff"), QStringLiteral("#f5f7fa"), QStringLiteral("#e8ecf0"),
                          QStringLiteral("#546e7a"), QStringLiteral("#1565c0"), QStringLiteral("#212121"),
                          QStringLiteral("#546e7a"), QStringLiteral("#c62828"), QStringLiteral("#607d8b")};
    const GraphLayout layout = layoutPortMap(map);
    constexpr qreal margin = 12;
    const qreal width = layout.bounds.width() + 2 * margin;
    const qreal height = layout.bounds.height() + 2 * margin;
    QString svg;
    svg += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg += QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1pt\" "
               "height=\"%2pt\" viewBox=\"0 0 %1 %2\" font-family=\"Helvetica, Arial, sans-serif\">\n")
               .arg(number(width), number(height));
    svg += QStringLiteral("<title>%1</title>\n")
               .arg(xmlEscaped(map.environment.isEmpty() ? QStringLiteral("port map") : map.environment));
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"%3\"/>\n")
               .arg(number(width), number(height), palette.background);
    svg += QStringLiteral("<g transform=\"translate(%1,%1)\">\n").arg(number(margin));

    for (qsizetype i = 0; i < map.edges.size() && i < layout.edges.size(); ++i) {
        const PortMapEdge &edge = map.edges.at(i);
        const LaidOutEdge &laidOut = layout.edges.at(i);
        if (laidOut.path.isEmpty())
            continue;
        const bool broken = !edge.resolved || edge.portMismatch;
        const QString colour = broken ? palette.error : palette.edge;
        QString dash;
        if (broken)
            dash = QStringLiteral(" stroke-dasharray=\"6,4\"");
        else if (edge.via == u"depends_on" || edge.via == u"links")
            dash = QStringLiteral(" stroke-dasharray=\"2,3\"");
        svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"%3\"%4/>\n")
                   .arg(svgPath(laidOut.path), colour, broken ? QStringLiteral("1.8") : QStringLiteral("1.2"),
                        dash);
        const QList<QPointF> head = arrowHead(laidOut.path);
        if (head.size() == 3)
            svg += QStringLiteral("<polygon points=\"%1,%2 %3,%4 %5,%6\" fill=\"%7\"/>\n")
                       .arg(number(head.at(0).x()), number(head.at(0).y()), number(head.at(1).x()),
                            number(head.at(1).y()), number(head.at(2).x()), number(head.at(2).y()), colour);
        svg +=
            QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"middle\" "
                           "dominant-baseline=\"central\" fill=\"%4\">%5</text>\n")
                .arg(number(laidOut.labelPos.x()), number(laidOut.labelPos.y()), number(PortMapEdgeFontSize),
                     broken ? palette.error : palette.muted, xmlEscaped(portMapEdgeLabel(edge)));
    }

    for (qsizetype i = 0; i < map.nodes.size() && i < layout.nodes.size(); ++i) {
        const PortMapNode &node = map.nodes.at(i);
        const QRectF rect = layout.nodes.at(i).rect;
        if (rect.isEmpty())
            continue;
        const QString fill =
            node.kind == u"ingress" || node.kind == u"external" || node.kind == u"service" || node.missing
                ? palette.externalFill
                : palette.nodeFill;
        const QString stroke = node.missing      ? palette.error
                               : node.entryPoint ? palette.entry
                                                 : palette.border;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" ry=\"6\" "
                              "fill=\"%5\" stroke=\"%6\" stroke-width=\"%7\"%8/>\n")
                   .arg(number(rect.x()), number(rect.y()), number(rect.width()), number(rect.height()), fill,
                        stroke, node.entryPoint || node.missing ? QStringLiteral("2") : QStringLiteral("1"),
                        node.missing ? QStringLiteral(" stroke-dasharray=\"6,4\"") : QString());
        const QStringList lines = portMapNodeLines(node);
        qreal y = rect.y() + PortMapPadding;
        for (qsizetype line = 0; line < lines.size(); ++line) {
            const qreal size = line == 0 ? PortMapNameFontSize : PortMapTextFontSize;
            y += size * 1.35;
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"middle\"%4 "
                                  "fill=\"%5\">%6</text>\n")
                       .arg(number(rect.center().x()), number(y - size * 0.35), number(size),
                            line == 0 ? QStringLiteral(" font-weight=\"bold\"") : QString(),
                            node.missing ? palette.error
                            : line == 0  ? palette.text
                                         : palette.muted,
                            xmlEscaped(lines.at(line)));
        }
    }
    svg += QStringLiteral("</g>\n</svg>\n");
    return svg.toUtf8();
}

std::function<QByteArray(const QString &environment)> portMapPictures(const AuditResult &result)
{
    return [&result](const QString &environment) {
        return portMapToSvg(buildPortMap(result, environment));
    };
}

} // namespace tfi
