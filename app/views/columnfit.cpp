#include "columnfit.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace acc::columnfit {

int width(const QTableView *table, const QString &title, const QStringList &texts)
{
    const QFontMetrics header(table->horizontalHeader()->font());
    const QFontMetrics cell(table->font());
    int w = 0;
    // The title's longest word: the header wraps a title at its spaces (FitHeaderView).
    for (const QString &word :
         QString(title).replace(QLatin1Char('\n'), QLatin1Char(' ')).split(QLatin1Char(' ')))
        w = std::max(w, header.horizontalAdvance(word) + 40);
    for (const QString &text : texts)
        w = std::max(w, cell.horizontalAdvance(text) + 20);
    return w;
}

QStringList firstTexts(const QAbstractItemModel &model, int column, int rows)
{
    QStringList out;
    const int n = std::min(model.rowCount(), rows);
    out.reserve(n);
    for (int r = 0; r < n; ++r)
        out.append(model.index(r, column).data().toString());
    return out;
}

QList<int> measure(const QTableView *table, int rows)
{
    QList<int> widths;
    const QAbstractItemModel *model = table->model();
    if (!model)
        return widths;
    for (int c = 0; c < model->columnCount(); ++c)
        widths.append(
            width(table, model->headerData(c, Qt::Horizontal).toString(), firstTexts(*model, c, rows)));
    return widths;
}

void fit(QTableView *table, const QList<int> &widths, int stretch, std::initializer_list<int> giveWay,
         int minChars, std::initializer_list<int> hidden)
{
    QHeaderView *header = table->horizontalHeader();
    const auto isHidden = [&](int c) { return std::find(hidden.begin(), hidden.end(), c) != hidden.end(); };
    int needed = 0;
    for (int c = 0; c < widths.size(); ++c) {
        if (c == stretch)
            continue;
        header->resizeSection(c, widths[c]);
        if (isHidden(c))
            table->setColumnHidden(c, true);
        else
            needed += widths[c];
    }
    const int room = table->viewport()->width() - QFontMetrics(table->font()).averageCharWidth() * minChars;
    for (const int column : giveWay) {
        if (isHidden(column) || column >= widths.size())
            continue;
        const bool hide = needed > room;
        table->setColumnHidden(column, hide);
        if (hide)
            needed -= widths[column];
    }
    // A column hidden before and no longer in `hidden` nor given way shows again.
    for (int c = 0; c < widths.size(); ++c) {
        const bool gives = std::find(giveWay.begin(), giveWay.end(), c) != giveWay.end();
        if (!gives && !isHidden(c))
            table->setColumnHidden(c, false);
    }
}

namespace {

// The metrics of the font a cell is painted in: the table's, or the model's for the cell.
QFontMetrics cellMetrics(const QTableView *table, const QModelIndex &index)
{
    const QVariant font = index.data(Qt::FontRole);
    return QFontMetrics(font.isValid() ? font.value<QFont>().resolve(table->font()) : table->font());
}

} // namespace

void fitWrapping(QTableView *table, const QList<int> &textColumns)
{
    const QAbstractItemModel *model = table->model();
    if (!model)
        return;
    QHeaderView *header = table->horizontalHeader();
    table->setWordWrap(true);
    // Rows sized here (below), from the widths the text is painted in.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const auto isText = [&](int c) { return textColumns.contains(c); };
    const QFontMetrics cell(table->font());
    const int kCellRoom = cellRoom(table, textColumns);
    int fixed = 0;
    struct Text
    {
        int column;
        int natural; // on one line
        int least;   // its longest word
    };
    QList<Text> texts;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!table->isColumnHidden(c) && !isText(c)) {
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
            fixed += header->sectionSize(c);
        }
    }
    for (const int c : textColumns) {
        if (c < 0 || c >= model->columnCount() || table->isColumnHidden(c))
            continue;
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        // Its title counts for the one-line width only: a long title word can shrink and
        // wrap in the header (FitHeaderView), a cell's cannot.
        Text t{c, header->sectionSizeHint(c), header->minimumSectionSize()};
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, c);
            const QString text = index.data().toString();
            const QFontMetrics metrics = cellMetrics(table, index); // a status in bold
            t.natural = std::max(t.natural, metrics.horizontalAdvance(text) + kCellRoom);
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                t.least = std::max(t.least, metrics.horizontalAdvance(word) + kCellRoom);
        }
        texts.append(t);
    }
    if (texts.isEmpty())
        return;
    // The viewport as it will be once the rows grow: a vertical scroll bar may take its part.
    // (not when the rows, as tall as at the last fit, leave room to spare: seven rows).
    int viewport = table->viewport()->width();
    int rowsHeight = 0;
    for (int r = 0; r < model->rowCount() && rowsHeight <= table->viewport()->height(); ++r)
        rowsHeight += table->rowHeight(r);
    if (!table->verticalScrollBar()->isVisible() && rowsHeight > table->viewport()->height() * 9 / 10)
        viewport -= table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    const int room = std::max(0, viewport - fixed);
    // Each its longest word first; the rest of the room shared by how much more each
    // needs to be on one line; what is left over (all on one line) goes to the first.
    int least = 0;
    qint64 wants = 0;
    for (const Text &t : std::as_const(texts)) {
        least += t.least;
        wants += std::max(0, t.natural - t.least);
    }
    const int spare = std::max(0, room - least);
    int given = 0;
    for (const Text &t : std::as_const(texts)) {
        const int more = std::max(0, t.natural - t.least);
        int width = t.least + (wants > 0 ? int(std::min<qint64>(more, spare * qint64(more) / wants)) : 0);
        // Not even the longest words fit: each gives up the same share, so a long word
        // ends in "…" rather than a column falling off the right edge.
        if (least > room && least > 0)
            width = int(qint64(t.least) * room / least);
        header->resizeSection(t.column, width);
        given += width;
    }
    if (given < room)
        header->resizeSection(texts.first().column, header->sectionSize(texts.first().column) + room - given);
    fitRowHeights(table, textColumns);
}

int cellRoom(const QTableView *table, const QList<int> &columns)
{
    // A cell's room around its text (the style sheet's padding, the delegate's margins),
    // measured on a cell with one line of text: the delegate's width less the text's.
    const QAbstractItemModel *model = table->model();
    const QFontMetrics cell(table->font());
    for (const int c : columns) {
        if (!model || c < 0 || c >= model->columnCount() || model->rowCount() == 0)
            continue;
        const QModelIndex probe = model->index(0, c);
        const QString text = probe.data().toString();
        if (text.isEmpty() || text.contains(QLatin1Char('\n')))
            continue;
        const int hint = static_cast<const QAbstractItemView *>(table)->sizeHintForIndex(probe).width();
        if (hint > cell.horizontalAdvance(text))
            return hint - cell.horizontalAdvance(text) + 2;
        break;
    }
    return 24;
}

void fitRowHeights(QTableView *table, const QList<int> &textColumns)
{
    // Each row as tall as its most wrapped text, measured in the width the cell paints its
    // text in (the item's padding and the delegate's margins off: QTableView's own row
    // sizing measures the whole cell and comes up a line short).
    const QAbstractItemModel *model = table->model();
    if (!model)
        return;
    const QHeaderView *header = table->horizontalHeader();
    const QFontMetrics cell(table->font());
    const int inset = cellRoom(table, textColumns);
    const int single = table->verticalHeader()->defaultSectionSize();
    const int chrome = single - cell.height();
    for (int r = 0; r < model->rowCount(); ++r) {
        int lines = 1;
        for (const int c : textColumns) {
            if (c < 0 || c >= model->columnCount() || table->isColumnHidden(c))
                continue;
            const QModelIndex index = model->index(r, c);
            const QString text = index.data().toString();
            if (text.isEmpty())
                continue;
            const QFontMetrics metrics = cellMetrics(table, index);
            const int width = std::max(1, header->sectionSize(c) - inset);
            const QRect bounds =
                metrics.boundingRect(QRect(0, 0, width, 100 * cell.height()), Qt::TextWordWrap, text);
            lines = std::max(lines, int(std::lround(double(bounds.height()) / metrics.lineSpacing())));
        }
        const int height = lines == 1 ? single : chrome + lines * cell.lineSpacing();
        if (table->rowHeight(r) != height)
            table->setRowHeight(r, height);
    }
}

} // namespace acc::columnfit
