#pragma once

#include "meetingpack.h"

#include <QRectF>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace acc {

// Paints a meeting pack, A4 landscape: a cover, the loss review (headline figures and
// the two charts as vectors), then the reasons and the lost customers, the long table
// painted row by row with its header repeated on every page. Every page has a footer
// with the period and "Page N of M". The same painting serves PDF files, printers and
// the print preview.
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
    };
    struct Page
    {
        enum class Kind { Cover, Charts, Tables } kind = Kind::Tables;
        QList<Chunk> chunks;
    };
    QList<Page> layout() const;

    void paintCover(QPainter &p, const QList<Page> &pages) const;
    void paintCharts(QPainter &p) const;
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
    static constexpr qreal kRowHeight = 15.5;
    static constexpr qreal kTableGap = 18;
};

} // namespace acc
