#include "packpainter.h"

#include "outputfile.h"
#include "translation.h"

#include "charts/losstrendchart.h"
#include "charts/reasonparetochart.h"
#include "models/displaytext.h"
#include "models/losstrendmodel.h"
#include "models/reasonparetomodel.h"
#include "theme/theme.h"
#include "usersettings.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextLayout>

#include <cmath>

namespace acc {

namespace {

// A font of `size` points on the page. The painter's transform already maps points to
// device pixels, so the font's own size is given as if the device had 72 dpi.
QFont pointFont(const QPainter &p, qreal size, bool bold = false)
{
    QFont f;
    f.setPointSizeF(size * 72.0 / p.device()->logicalDpiY());
    f.setBold(bold);
    return f;
}

// Draws text in a rectangle given in points; the painter's transform maps points to
// device pixels, and fonts are set in points for the device.
void drawText(QPainter &p, const QRectF &r, int flags, const QString &text)
{
    const QFontMetricsF metrics(p.font(), p.device());
    const QString shown = metrics.horizontalAdvance(text) > r.width()
                              ? metrics.elidedText(text, Qt::ElideRight, r.width())
                              : text;
    p.drawText(r, flags, shown);
}

// A figure is never cut short: its font shrinks (to half its size at most) until it fits.
void drawFittedText(QPainter &p, const QRectF &r, int flags, const QString &text)
{
    QFont font = p.font();
    const qreal size = font.pointSizeF();
    for (qreal scale = 1.0; scale > 0.5; scale -= 0.05) {
        font.setPointSizeF(size * scale);
        if (QFontMetricsF(font, p.device()).horizontalAdvance(text) <= r.width())
            break;
    }
    p.save();
    p.setFont(font);
    drawText(p, r, flags, text);
    p.restore();
}

// Lays a table text out in lines of `width`: broken at its spaces, or anywhere in a word
// longer than the column (QPainter's flags break either everywhere or only at spaces).
// Returns the lines' height.
qreal wrapText(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

// A device of 72 dots per inch: the layout measures in points with it, as the painter
// does on any device (fonts of pointFont()'s size in device units under the page's scale).
QPaintDevice *pointDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        i.setDotsPerMeterX(qRound(72 / 0.0254));
        i.setDotsPerMeterY(qRound(72 / 0.0254));
        return i;
    }();
    return &image;
}

// The chart drawn as vectors: laid out in a scene at a size where one scene unit is
// 0.75 pt (as on a 96 dpi screen), then rendered into the target rectangle.
void renderChart(QPainter &p, QChart *chart, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    const QSizeF size(target.width() * 96.0 / 72.0, target.height() * 96.0 / 72.0);
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&p, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

QString xmlEscaped(const QString &text)
{
    return display::safe(text).toHtmlEscaped();
}

QByteArray xmpMetadata(const QString &title, const QString &author)
{
    const QString xmp =
        QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                       "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                       "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                       "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                       "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
                       "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
                       "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "<xmp:CreatorTool>Accountable</xmp:CreatorTool>\n"
                       "<pdf:Producer>Qt %3</pdf:Producer>\n"
                       "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
            .arg(xmlEscaped(title), xmlEscaped(author), QString::fromLatin1(qVersion()));
    return xmp.toUtf8();
}

} // namespace

PackPainter::PackPainter(const MeetingPack &pack)
    : m_pack(pack)
{}

void PackPainter::setUpPrinter(QPrinter &printer)
{
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    printer.setFullPage(true);
}

bool PackPainter::writePdf(const QString &path, QString *error) const
{
    return writeOutputFile(
        path, [this](QIODevice &device, QString *why) { return writePdf(&device, why); }, error);
}

bool PackPainter::writePdf(QIODevice *device, QString *error) const
{
    QPdfWriter writer(device);
    writer.setResolution(600);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    const QString title = ReportTr::tr("%1, %2").arg(m_pack.title, m_pack.periodText);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Accountable"));
    // The author: Qt 6.4's PDF writer has no Info /Author, so it goes in the document's
    // XMP metadata (dc:creator), which PDF readers show as the author (pdfinfo -meta).
    writer.setDocumentXmpMetadata(xmpMetadata(title, user::authorName()));
    if (!paint(&writer)) {
        if (error)
            *error = ReportTr::tr("cannot paint the PDF");
        return false;
    }
    return true;
}

qreal PackPainter::sectionTop(const PackSection &section) const
{
    qreal y = kMargin + kTitleHeight;
    if (!section.note.isEmpty())
        y += kNoteHeight;
    if (!section.headlines.isEmpty())
        y += kTileHeight + 14;
    return y;
}

QList<qreal> PackPainter::columnEdges(const PackTable &table)
{
    const qreal width = kPageWidth - 2 * kMargin;
    qreal total = 0;
    for (const qreal w : table.widths)
        total += w;
    QList<qreal> xs;
    qreal x = kMargin;
    for (const qreal w : table.widths) {
        xs.append(x);
        x += total > 0 ? width * w / total : 0;
    }
    xs.append(kMargin + width);
    return xs;
}

int PackPainter::rowLines(const PackTable &table, int row, const QList<qreal> &xs)
{
    // Texts (left-aligned: names, reasons, owners) wrap in their column; figures (right-
    // aligned) keep one line and shrink to fit instead. A row takes at most kMostLines.
    QFont font;
    font.setPointSizeF(kRowFontSize);
    const QFontMetricsF metrics(font, pointDevice());
    const QStringList &cells = table.rows[row];
    int lines = 1;
    for (int c = 0; c < cells.size() && c + 1 < xs.size(); ++c) {
        if (table.alignments.value(c) & Qt::AlignRight)
            continue;
        const qreal room = xs[c + 1] - xs[c] - 2 * kCellPadding;
        if (metrics.horizontalAdvance(cells[c]) <= room)
            continue;
        QTextLayout text(cells[c], font, pointDevice());
        wrapText(text, room, Qt::AlignLeft);
        lines = std::max(lines, text.lineCount());
    }
    return std::min(lines, kMostLines);
}

qreal PackPainter::rowHeight(int lines)
{
    QFont font;
    font.setPointSizeF(kRowFontSize);
    return kRowHeight + (lines - 1) * QFontMetricsF(font, pointDevice()).lineSpacing();
}

QList<PackPainter::Page> PackPainter::layout() const
{
    QList<Page> pages;
    pages.append(Page{Page::Kind::Cover, -1, false, false, {}});
    const qreal bottom = kPageHeight - kMargin - kFooterHeight;
    for (int i = 0; i < m_pack.sections.size(); ++i) {
        const PackSection &section = m_pack.sections[i];
        Page current{Page::Kind::Section, i, true, section.chart != PackSection::Chart::None, {}};
        qreal y = sectionTop(section);
        if (current.chart) {
            // The chart takes the rest of the first page; the tables follow on the next.
            pages.append(current);
            current = Page{Page::Kind::Section, i, false, false, {}};
            y = kMargin;
        }
        for (const PackTable &table : section.tables) {
            const int rows = int(table.rows.size());
            const QList<qreal> xs = columnEdges(table);
            QList<qreal> heights;
            for (int r = 0; r < rows; ++r)
                heights.append(rowHeight(rowLines(table, r, xs)));
            int next = 0;
            bool continued = false;
            do {
                // A table starts where it has room for its title, header and three rows
                // (or all of them when fewer).
                qreal least = rows == 0 ? kRowHeight : 0;
                for (int r = next; r < std::min(rows, next + 3); ++r)
                    least += heights[r];
                if (y + kTableTitleHeight + kHeaderHeight + least > bottom) {
                    pages.append(current);
                    current = Page{Page::Kind::Section, i, false, false, {}};
                    y = kMargin;
                }
                y += kTableTitleHeight + kHeaderHeight;
                // As many rows as the page holds, at least one.
                int last = next;
                qreal used = 0;
                while (last < rows && (last == next || y + used + heights[last] <= bottom))
                    used += heights[last++];
                const Chunk chunk{&table, next, last, continued, heights.mid(next, last - next)};
                current.chunks.append(chunk);
                y += (rows == 0 ? kRowHeight : used) + kTableGap;
                next = chunk.last;
                continued = true;
            } while (next < rows);
        }
        if (current.start || !current.chunks.isEmpty())
            pages.append(current);
    }
    return pages;
}

int PackPainter::pageCount() const
{
    return int(layout().size());
}

bool PackPainter::paint(QPagedPaintDevice *device) const
{
    const QList<Page> pages = layout();
    QPainter p;
    if (!p.begin(device))
        return false;
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Work in points: the device may have any resolution.
    const qreal scale = device->width() / kPageWidth;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        p.resetTransform();
        p.scale(scale, scale);
        p.fillRect(QRectF(0, 0, kPageWidth, kPageHeight), theme::background());
        const Page &page = pages[i];
        switch (page.kind) {
        case Page::Kind::Cover:
            paintCover(p, pages);
            break;
        case Page::Kind::Section: {
            const PackSection &section = m_pack.sections[page.section];
            qreal y = kMargin;
            if (page.start) {
                paintSectionStart(p, section);
                y = sectionTop(section);
            }
            if (page.chart) {
                paintChart(
                    p, section,
                    QRectF(kMargin, y, kPageWidth - 2 * kMargin, kPageHeight - kMargin - kFooterHeight - y));
            }
            for (const Chunk &c : page.chunks)
                y = paintChunk(p, c, y);
            break;
        }
        }
        paintFooter(p, i + 1, int(pages.size()));
    }
    return p.end();
}

void PackPainter::paintCover(QPainter &p, const QList<Page> &pages) const
{
    const qreal left = kMargin + 24;
    const qreal width = kPageWidth - 2 * left;
    p.fillRect(QRectF(kMargin, kMargin, 10, kPageHeight - 2 * kMargin - kFooterHeight), theme::accent());
    p.setPen(theme::ink());
    p.setFont(pointFont(p, 30, true));
    drawText(p, QRectF(left, 120, width, 50), Qt::AlignLeft | Qt::AlignVCenter, m_pack.companyName);
    p.setFont(pointFont(p, 22));
    drawText(p, QRectF(left, 180, width, 36), Qt::AlignLeft | Qt::AlignVCenter, m_pack.title);
    p.setFont(pointFont(p, 22, true));
    p.setPen(theme::accentDark());
    drawText(p, QRectF(left, 218, width, 36), Qt::AlignLeft | Qt::AlignVCenter, m_pack.periodText);
    p.setPen(theme::mutedInk());
    p.setFont(pointFont(p, 13));
    drawText(p, QRectF(left, 262, width, 22), Qt::AlignLeft | Qt::AlignVCenter, m_pack.asOfText);
    if (!m_pack.filterText.isEmpty()) {
        p.setPen(theme::accentDark());
        drawText(p, QRectF(left, 286, width, 22), Qt::AlignLeft | Qt::AlignVCenter,
                 ReportTr::tr("Only these customers: %1").arg(m_pack.filterText));
        p.setPen(theme::mutedInk());
    }

    // Contents: each section with the page it starts on.
    struct Entry
    {
        QString text;
        int page;
    };
    QList<Entry> contents;
    for (int i = 0; i < pages.size(); ++i) {
        if (pages[i].kind == Page::Kind::Section && pages[i].start)
            contents.append({m_pack.sections[pages[i].section].title, i + 1});
    }
    qreal y = 318;
    p.setPen(theme::ink());
    p.setFont(pointFont(p, 14, true));
    drawText(p, QRectF(left, y, width, 22), Qt::AlignLeft | Qt::AlignVCenter, ReportTr::tr("Contents"));
    y += 26;
    p.setFont(pointFont(p, 11));
    const qreal contentsWidth = 600;
    for (int i = 0; i < contents.size(); ++i) {
        const Entry &entry = contents[i];
        p.setPen(theme::ink());
        drawText(p, QRectF(left, y, contentsWidth - 60, 18), Qt::AlignLeft | Qt::AlignVCenter,
                 ReportTr::tr("%1. %2").arg(i + 1).arg(entry.text));
        drawText(p, QRectF(left + contentsWidth - 60, y, 60, 18), Qt::AlignRight | Qt::AlignVCenter,
                 ReportTr::tr("page %1").arg(entry.page));
        p.setPen(QPen(theme::grid(), 0.5));
        p.drawLine(QPointF(left, y + 18), QPointF(left + contentsWidth, y + 18));
        y += 21;
    }
}

void PackPainter::paintSectionStart(QPainter &p, const PackSection &section) const
{
    const qreal width = kPageWidth - 2 * kMargin;
    p.setPen(theme::ink());
    p.setFont(pointFont(p, 18, true));
    drawText(p, QRectF(kMargin, kMargin, width, kTitleHeight - 6), Qt::AlignLeft | Qt::AlignTop,
             section.title);
    qreal y = kMargin + kTitleHeight;
    if (!section.note.isEmpty()) {
        p.setPen(theme::mutedInk());
        p.setFont(pointFont(p, 9.5));
        drawText(p, QRectF(kMargin, y - 6, width, kNoteHeight), Qt::AlignLeft | Qt::AlignVCenter,
                 section.note);
        y += kNoteHeight;
    }

    // Headline figures in a row of tiles.
    const qreal tileTop = y;
    const qreal tileHeight = kTileHeight;
    const qreal gap = 10;
    const int count = int(section.headlines.size());
    const qreal tileWidth = count > 0 ? (width - gap * (count - 1)) / count : width;
    for (int i = 0; i < count; ++i) {
        const Headline &h = section.headlines[i];
        const QRectF tile(kMargin + i * (tileWidth + gap), tileTop, tileWidth, tileHeight);
        p.fillRect(tile, theme::band());
        p.fillRect(QRectF(tile.left(), tile.top(), 3, tile.height()), theme::grid());
        const QRectF inner = tile.adjusted(10, 5, -6, -5);
        p.setPen(theme::mutedInk());
        p.setFont(pointFont(p, 9));
        drawFittedText(p, QRectF(inner.left(), inner.top(), inner.width(), 14),
                       Qt::AlignLeft | Qt::AlignVCenter, h.label);
        p.setPen(theme::ink());
        p.setFont(pointFont(p, 19, true));
        drawFittedText(p, QRectF(inner.left(), inner.top() + 14, inner.width(), 28),
                       Qt::AlignLeft | Qt::AlignVCenter, h.value);
        p.setPen(theme::mutedInk());
        p.setFont(pointFont(p, 8));
        drawFittedText(p, QRectF(inner.left(), inner.top() + 43, inner.width(), 12),
                       Qt::AlignLeft | Qt::AlignVCenter, h.note);
    }
}

void PackPainter::paintChart(QPainter &p, const PackSection &section, const QRectF &target) const
{
    const theme::ChartStyle style = theme::ChartStyle::print();
    switch (section.chart) {
    case PackSection::Chart::None:
        break;
    case PackSection::Chart::LossTrend: {
        LossTrendChart chart(style);
        chart.setModel(m_pack.trend.get(), m_pack.currency);
        chart.setHighlighted(m_pack.highlightedMonths);
        renderChart(p, &chart, target);
        chart.setModel(nullptr, QString());
        break;
    }
    case PackSection::Chart::Reasons: {
        ReasonParetoChart chart(style);
        chart.setModel(m_pack.reasons.get(), m_pack.currency);
        chart.setTitle(m_pack.paretoTitle);
        renderChart(p, &chart, target);
        chart.setModel(nullptr, QString());
        break;
    }
    }
}

qreal PackPainter::paintChunk(QPainter &p, const Chunk &chunk, qreal y) const
{
    const PackTable &t = *chunk.table;
    const qreal left = kMargin;
    const qreal width = kPageWidth - 2 * kMargin;
    p.setPen(theme::ink());
    p.setFont(pointFont(p, 14, true));
    drawText(p, QRectF(left, y, width, kTableTitleHeight - 6), Qt::AlignLeft | Qt::AlignVCenter,
             chunk.continued ? t.continuedTitle : t.title);
    y += kTableTitleHeight;

    const QList<qreal> xs = columnEdges(t);
    const qreal pad = kCellPadding;

    // Header, repeated at the top of every page the table runs over.
    p.setFont(pointFont(p, 8.5, true));
    p.setPen(theme::mutedInk());
    for (int c = 0; c < t.headers.size() && c + 1 < xs.size(); ++c) {
        const Qt::Alignment align = (t.alignments.value(c) & Qt::AlignHorizontal_Mask) | Qt::AlignBottom;
        // Headers wrap onto two lines rather than being cut short.
        p.drawText(QRectF(xs[c] + pad, y, xs[c + 1] - xs[c] - 2 * pad, kHeaderHeight - 3),
                   int(align) | Qt::TextWordWrap, t.headers[c]);
    }
    y += kHeaderHeight;
    p.setPen(QPen(theme::ink(), 0.8));
    p.drawLine(QPointF(left, y - 1), QPointF(left + width, y - 1));

    p.setFont(pointFont(p, kRowFontSize));
    const QFontMetricsF rowMetrics(p.font(), p.device());
    const qreal lineSpacing = rowMetrics.lineSpacing();
    if (t.rows.isEmpty()) {
        p.setPen(theme::mutedInk());
        drawText(p, QRectF(left + pad, y, width, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter, t.emptyText);
        return y + kRowHeight + kTableGap;
    }
    for (int r = chunk.first; r < chunk.last; ++r) {
        const qreal height = chunk.heights.value(r - chunk.first, kRowHeight);
        const QRectF rowRect(left, y, width, height);
        if ((r - chunk.first) % 2 == 1)
            p.fillRect(rowRect, theme::band());
        p.setPen(theme::ink());
        const QStringList &row = t.rows[r];
        for (int c = 0; c < row.size() && c + 1 < xs.size(); ++c) {
            const Qt::Alignment horizontal = t.alignments.value(c) & Qt::AlignHorizontal_Mask;
            const QRectF cell(xs[c] + pad, y, xs[c + 1] - xs[c] - 2 * pad, height);
            if (horizontal & Qt::AlignRight) {
                // A figure stays on one line, whole: its type shrinks if it must.
                drawFittedText(p, cell, int(horizontal | Qt::AlignVCenter), row[c]);
            } else if (rowMetrics.horizontalAdvance(row[c]) <= cell.width()) {
                p.drawText(cell, int(horizontal | Qt::AlignVCenter), row[c]);
            } else {
                // A text wraps onto the lines its row was given (the layout measured them),
                // from the top of the row's first line; a longer one is cut at the last.
                QTextLayout text(row[c], p.font(), p.device());
                wrapText(text, cell.width(), horizontal);
                const qreal top = y + (kRowHeight - lineSpacing) / 2;
                p.save();
                p.setClipRect(QRectF(cell.left() - 1, y, cell.width() + 2, height));
                text.draw(&p, QPointF(cell.left(), top));
                p.restore();
            }
        }
        y += height;
    }
    p.setPen(QPen(theme::grid(), 0.6));
    p.drawLine(QPointF(left, y), QPointF(left + width, y));
    return y + kTableGap;
}

void PackPainter::paintFooter(QPainter &p, int page, int pages) const
{
    const qreal y = kPageHeight - kMargin - kFooterHeight + 8;
    const qreal width = kPageWidth - 2 * kMargin;
    p.setPen(QPen(theme::grid(), 0.6));
    p.drawLine(QPointF(kMargin, y), QPointF(kMargin + width, y));
    p.setPen(theme::mutedInk());
    p.setFont(pointFont(p, 8.5));
    const QRectF r(kMargin, y + 3, width, kFooterHeight - 8);
    drawText(p, QRectF(r.left(), r.top(), r.width() * 0.75, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
             m_pack.footerText);
    drawText(p, r, Qt::AlignRight | Qt::AlignVCenter, ReportTr::tr("Page %1 of %2").arg(page).arg(pages));
}

} // namespace acc
