#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace acc::import {

// One validated value. Text lives in the batch's arena; numbers (days, cents, scores,
// booleans, enum word indexes) in number. size < 0 means empty ("not known", NULL).
struct Cell
{
    qint64 number = 0;
    qint32 offset = 0;
    qint32 size = -1;

    bool isNull() const { return size < 0; }
};

// Validated rows of one file on their way to the database: a fixed number of cells per
// row (one per FileSpec field) and one text arena, so a batch of thousands of rows costs
// a handful of allocations.
class RowBatch final
{
public:
    explicit RowBatch(int width = 0)
        : m_width(width)
    {}

    int width() const { return m_width; }
    int rows() const { return static_cast<int>(m_lines.size()); }
    qint64 line(int row) const { return m_lines[static_cast<std::size_t>(row)]; }
    const Cell &cell(int row, int field) const
    {
        return m_cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_width) +
                       static_cast<std::size_t>(field)];
    }
    QByteArrayView text(const Cell &c) const
    {
        return c.size < 0 ? QByteArrayView() : QByteArrayView(m_text.constData() + c.offset, c.size);
    }
    qsizetype textBytes() const { return m_text.size(); }
    // True while every key of the file so far, this batch's included, came in ascending
    // order (SeenKeys): the writer keeps the key's index live only then.
    bool keysAscending() const { return m_keysAscending; }
    void setKeysAscending(bool ascending) { m_keysAscending = ascending; }

    void reset(int width)
    {
        m_width = width;
        clear();
    }
    void clear()
    {
        m_keysAscending = true;
        m_cells.clear();
        m_lines.clear();
        m_text.resize(0);
    }
    // Starts a row; its cells are null until set.
    Cell *addRow(qint64 line)
    {
        m_lines.push_back(line);
        m_cells.resize(m_cells.size() + static_cast<std::size_t>(m_width));
        return &m_cells[m_cells.size() - static_cast<std::size_t>(m_width)];
    }
    // Drops the last row (when it turned out invalid).
    void dropRow()
    {
        m_lines.pop_back();
        m_cells.resize(m_cells.size() - static_cast<std::size_t>(m_width));
    }
    void setText(Cell &c, QByteArrayView bytes)
    {
        c.offset = static_cast<qint32>(m_text.size());
        c.size = static_cast<qint32>(bytes.size());
        m_text.append(bytes.data(), bytes.size());
    }

private:
    int m_width;
    bool m_keysAscending = true;
    std::vector<Cell> m_cells;
    std::vector<qint64> m_lines;
    QByteArray m_text;
};

} // namespace acc::import
