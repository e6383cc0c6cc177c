#pragma once

#include "meetingpack.h"

#include <QRectF>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace acc {

// Paints a meeting pack, A4 landscape: a cover with the contents, then each agenda
// section: its title and note, its headline figures, its chart as vectors (a page of its
// own) and its tables painted row by row, the header repeated on every page a table runs
// over. Every page has a footer with the meeting, the period and "Page N of M". The same
// painting serves PDF files, printers and the print preview.
class PackPainter final
{
public:
    explicit PackPainter(const MeetingPack &pack);

    // A4 landscape on the full page (the painter keeps its own margins).
    static void setUpPrinter(QPrinter &printer);

    bool writePdf(const QString &path, QString *error) const;
    bool writePdf(QIODevice *device, QString *error) const;
    // Paints every page on the device (already set to A4 landscape); false if it cannot
    // be painted on.
    bool paint(QPagedPaintDevice *device) const;

    // The pages the pack takes (computed from the layout, without painting).
    int pageCount() const;

private:
    struct Chunk
    {
        const PackTable *table = nullptr;
        int first = 0;
        int last = 0; // exclusive
        bool continued = false;
        QList<qreal> heights; // of each row, in points (wrapped texts take more lines)
    };
    struct Page
    {
        enum class Kind { Cover, Section } kind = Kind::Section;
        int section = -1;   // index into MeetingPack::sections
        bool start = false; // the section's first page: title, note and figures
        bool chart = false; // the section's chart fills the rest of the page
        QList<Chunk> chunks;
    };
    QList<Page> layout() const;
    // The left edge of each column and the right edge of the last, in points.
    static QList<qreal> columnEdges(const PackTable &table);
    // The lines a row's longest wrapped text takes (1 when every text fits its column).
    static int rowLines(const PackTable &table, int row, const QList<qreal> &xs);
    static qreal rowHeight(int lines);
    // Where the section's first page has room left below its title, note and figures.
    qreal sectionTop(const PackSection &section) const;

    void paintCover(QPainter &p, const QList<Page> &pages) const;
    void paintSectionStart(QPainter &p, const PackSection &section) const;
    void paintChart(QPainter &p, const PackSection &section, const QRectF &target) const;
    qreal paintChunk(QPainter &p, const Chunk &chunk, qreal y) const;
    void paintFooter(QPainter &p, int page, int pages) const;

    const MeetingPack &m_pack;
    // Geometry in points on an A4 landscape page.
    static constexpr qreal kPageWidth = 841.89;
    static constexpr qreal kPageHeight = 595.28;
    static constexpr qreal kMargin = 36;
    static constexpr qreal kFooterHeight = 26;
    static constexpr qreal kTitleHeight = 34;
    static constexpr qreal kTableTitleHeight = 26;
    static constexpr qreal kHeaderHeight = 26;
    static constexpr qreal kRowHeight = 15.5; // a row of one line
    static constexpr qreal kRowFontSize = 9;
    static constexpr qreal kCellPadding = 4;
    static constexpr int kMostLines = 6; // a longer text is cut at its sixth line
    static constexpr qreal kTableGap = 18;
    static constexpr qreal kNoteHeight = 18;
    static constexpr qreal kTileHeight = 66;
};

} // namespace acc
