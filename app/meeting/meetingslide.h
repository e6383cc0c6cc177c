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

    std::shared_ptr<const MeetingPack> m_pack; // kept alive: the charts read its models
    int m_section = 0;
    FitText *m_title = nullptr;
    QList<FigureTile *> m_tiles;
    QTableView *m_table = nullptr;
    TextTableModel *m_model = nullptr;
    QWidget *m_chart = nullptr;
    QList<int> m_widths;        // the table's columns' widths, titles included (columnfit)
    QList<int> m_contentWidths; // ... of their texts alone
    int m_stretch = 0;
};

} // namespace acc
