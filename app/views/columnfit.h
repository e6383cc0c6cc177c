#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

class QAbstractItemModel;
class QTableView;

namespace acc::columnfit {

// The width a column of `table` needs: its title's longest word (the header wraps titles)
// with room for the sort arrow,
// or the widest of `texts` with the cell's margins. Measured with font metrics from a few
// texts rather than by laying out every cell, so a list of 100,000 rows sizes as fast as
// one of ten.
int width(const QTableView *table, const QString &title, const QStringList &texts);

// The texts the first `rows` rows of `model`'s column show.
QStringList firstTexts(const QAbstractItemModel &model, int column, int rows);

// Every column's width from its title and its first `rows` rows (width, firstTexts).
QList<int> measure(const QTableView *table, int rows);

// Gives every column but `stretch` its width, then hides the `giveWay` columns one at a
// time, in that order, while the others need more than the viewport leaves the stretch
// column for `minChars` characters. Columns in `hidden` are hidden and take no room.
void fit(QTableView *table, const QList<int> &widths, int stretch, std::initializer_list<int> giveWay,
         int minChars, std::initializer_list<int> hidden = {});

// For a table of a few hundred rows at most (targets, actions): the columns not in
// `textColumns` (figures, dates) as wide as their contents, never wrapped; the text
// columns share the rest of the viewport in proportion to their one-line widths, never
// narrower than their longest word, their texts wrapping onto more lines (the rows grow
// to fit). Called again when the table is resized or its rows change.
// The first of textColumns takes what is left over once every text is on one line.
void fitWrapping(QTableView *table, const QList<int> &textColumns);

// A cell's room around its text in `table` (padding and margins), probed on the first
// row of the first of `columns` with a text.
int cellRoom(const QTableView *table, const QList<int> &columns);

// Each row as tall as its most wrapped text among `textColumns`, measured in the width the
// cell paints its text in (fitWrapping's rows; a slide's table).
void fitRowHeights(QTableView *table, const QList<int> &textColumns);

} // namespace acc::columnfit
