#pragma once

#include "report/meetingpack.h"
#include "theme/theme.h"

#include <QWidget>

class QTableView;

namespace acc {

class FigureTile;
class FitText;
class TextTableModel;

// One agenda section on the projector (PackSection): its title, a note, its headline
// figures in large tiles, and its chart, or else its first table. Built from the same
// section the pack prints, in the projector theme.
class MeetingSlide final : public QWidget
{
    Q_OBJECT
public:
    MeetingSlide(std::shared_ptr<const MeetingPack> pack, int section, const theme::Theme &theme,
                 QWidget *parent = nullptr);

    ~MeetingSlide() override;

    const PackSection &section() const { return m_pack->sections.at(m_section); }
    QList<FigureTile *> tiles() const { return m_tiles; }
    QTableView *table() const { return m_table; }
    // Every text the slide shows (title, note, tiles, table cells and headers, chart
    // labels): the privacy test reads them.
    QStringList texts() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    // The columns' widths for the viewport's width, with the rows as they are (set 0) or
    // with money in its compact form (1).
    QList<int> columnWidths(int set) const;

    std::shared_ptr<const MeetingPack> m_pack; // kept alive: the charts read its models
    int m_section = 0;
    FitText *m_title = nullptr;
    QList<FigureTile *> m_tiles;
    QTableView *m_table = nullptr;
    TextTableModel *m_model = nullptr;
    QWidget *m_chart = nullptr;
    // The table's columns' widths, titles included (columnfit), and of their texts alone;
    // [0] with the rows as they are, [1] with money in its compact form (when the table has
    // compact rows: shown when a name would otherwise be cut).
    QList<int> m_widths[2];
    QList<int> m_contentWidths[2];
    QList<QStringList> m_rows[2];
    QList<int> m_wordWidths[2]; // each text column's longest word (padding included)
    int m_stretchWord = 0;      // the name column's
    int m_shown = 0;            // which rows the table shows
    int m_stretch = 0;
};

} // namespace acc
