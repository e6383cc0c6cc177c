#include "columnfit.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace acc::columnfit {

int width(const QTableView *table, const QString &title, const QStringList &texts)
{
    const QFontMetrics header(table->horizontalHeader()->font());
    const QFontMetrics cell(table->font());
    int w = 0;
    for (const QString &line : title.split(QLatin1Char('\n')))
        w = std::max(w, header.horizontalAdvance(line) + 40);
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

} // namespace acc::columnfit
