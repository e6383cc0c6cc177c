#include "meetingslide.h"

#include "charts/chartsupport.h"
#include "charts/losstrendchart.h"
#include "charts/reasonparetochart.h"
#include "models/texttablemodel.h"
#include "views/columnfit.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/tilegridlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChartView>

#include <algorithm>

namespace acc {

namespace {
// A projector's body text: 18 pt is 24 pixels at 96 dpi.
constexpr qreal kBodyPoints = 18;
// Up to four figures stand in a column beside a chart; more go in rows above it.
constexpr int kSideFigures = 4;
// A slide's chart: the desk's chart type 1.3 times as large (axis labels 18 pt, 24 pixels),
// so the axes keep their figures whole beside the tiles.
constexpr qreal kChartScale = 1.3;
// A table's rows grow to show long names whole up to this many rows (a slide shows the
// first dozen; the rest are for scrolling and the pack).
constexpr int kWrappedRows = 300;
// A column's room over its widest measured text (a symbol from a fallback font, "✗", is
// wider than the table font measures), so a figure never wraps.
constexpr int kSlack = 12;
// A column title on two lines when long ("Lost value\n(12 months)"): broken at the space
// nearest its middle, so a figure column is no wider than its figures need.
QString twoLines(const QString &title)
{
    const QString one = title.simplified();
    if (one.size() <= 12)
        return one;
    qsizetype best = -1;
    for (qsizetype i = 0; i < one.size(); ++i) {
        if (one.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - one.size() / 2) < std::abs(best - one.size() / 2)))
            best = i;
    }
    if (best < 0)
        return one;
    return one.left(best) + QLatin1Char('\n') + one.mid(best + 1);
}

} // namespace

MeetingSlide::MeetingSlide(std::shared_ptr<const MeetingPack> pack, int section, const theme::Theme &theme,
                           QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_section(section)
{
    const PackSection &s = this->section();
    // The theme's scale over the 1024x768 projector's (1.5): a larger screen, larger type.
    const qreal grow = theme.scale() / 1.5;
    const qreal bodyPoints = kBodyPoints * grow;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(10);

    m_title = new FitText(theme.pointSize(theme::Text::Title) * 1.2, bodyPoints, true, this);
    m_title->setColor(theme::ink());
    m_title->setText(s.title);
    layout->addWidget(m_title);
    if (!s.note.isEmpty()) {
        auto *note = new QLabel(s.note, this);
        note->setObjectName(QStringLiteral("slideNote"));
        note->setWordWrap(true);
        note->setFont(theme.font(theme::Text::Body));
        theme::mute(note);
        layout->addWidget(note);
    }

    // The figures: beside the chart when there is one (a slide is wider than tall), else
    // above the table.
    QWidget *figures = nullptr;
    if (!s.headlines.isEmpty()) {
        figures = new QWidget(this);
        // Up to four tiles a row on a 1024-pixel projector, more on a wider one.
        auto *tiles = new TileGridLayout(int(230 * grow), figures);
        tiles->setContentsMargins(0, 0, 0, 0);
        tiles->setSpacing(12);
        for (const Headline &h : s.headlines) {
            // Beside a chart the figures are a little smaller (values 34 pt at most, 45 pixels), so
            // four stand in a column on a 768-pixel-high projector.
            const qreal scale = s.chart != PackSection::Chart::None ? 1.2 * grow : theme.scale();
            auto *tile = new FigureTile(scale, bodyPoints, figures);
            tile->setHeadline(h);
            m_tiles.append(tile);
            tiles->addWidget(tile);
        }
        // At least as wide as the widest tile's texts at their smallest type: a label
        // wraps the grid, it is never cut ("Nettoveränderung der Kunden").
        int needed = 0;
        for (const FigureTile *tile : std::as_const(m_tiles))
            needed = std::max(needed, tile->neededWidth());
        figures->setMinimumWidth(needed);
    }

    if (s.chart != PackSection::Chart::None) {
        // The slide's title says what the chart shows: the chart's own title is left out.
        const theme::ChartStyle chartStyle = theme::Theme::standard().scaled(kChartScale * grow).chart();
        QChart *chart = nullptr;
        if (s.chart == PackSection::Chart::LossTrend) {
            auto *trend = new LossTrendChart(chartStyle);
            trend->setModel(m_pack->trend.get(), m_pack->currency);
            trend->setHighlighted(m_pack->highlightedMonths);
            charts::setTitle(trend, QString());
            chart = trend;
        } else {
            auto *reasons = new ReasonParetoChart(chartStyle);
            reasons->setModel(m_pack->reasons.get(), m_pack->currency);
            charts::setTitle(reasons, QString());
            chart = reasons;
        }
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumSize(320, 240);
        view->setFocusPolicy(Qt::NoFocus);
        m_chart = view;
        if (figures && s.headlines.size() > kSideFigures) {
            layout->addWidget(figures);
            layout->addWidget(view, 1);
        } else {
            auto *row = new QHBoxLayout;
            row->setSpacing(16);
            if (figures) {
                auto *column = new QVBoxLayout;
                column->addWidget(figures);
                column->addStretch(1);
                row->addLayout(column, 2);
            }
            row->addWidget(view, 3);
            layout->addLayout(row, 1);
        }
    } else if (!s.tables.isEmpty()) {
        if (figures)
            layout->addWidget(figures);
        const PackTable &t = s.tables.first();
        auto *caption = new FitText(theme.pointSize(theme::Text::Heading), bodyPoints, true, this);
        caption->setColor(theme::ink());
        caption->setText(t.title);
        layout->addWidget(caption);
        // Only the slide's columns: the projector's type leaves room for four or five.
        QList<int> columns = t.slideColumns;
        if (columns.isEmpty()) {
            for (int c = 0; c < t.headers.size(); ++c)
                columns.append(c);
        }
        QStringList headers;
        QList<Qt::Alignment> alignments;
        for (const int c : columns) {
            headers.append(twoLines(t.headers.value(c)));
            alignments.append(t.alignments.value(c));
        }
        const auto slideRows = [&columns](const QList<QStringList> &source) {
            QList<QStringList> rows;
            rows.reserve(source.size());
            for (const QStringList &row : source) {
                QStringList cells;
                for (const int c : columns)
                    cells.append(row.value(c));
                rows.append(cells);
            }
            return rows;
        };
        m_rows[0] = slideRows(t.rows);
        if (t.compactRows.size() == t.rows.size() && t.compactRows != t.rows)
            m_rows[1] = slideRows(t.compactRows);
        m_stretch = std::clamp(t.slideStretch, 0, int(columns.size()) - 1);
        m_model = new TextTableModel(this);
        m_model->setTable(headers, alignments, m_rows[0]);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("slideTable"));
        m_table->setModel(m_model);
        theme.styleTable(m_table);
        // The table in the projector's body type (18 pt, 24 pixels): five columns fit a
        // 1024-pixel projector.
        QFont body = m_table->font();
        body.setPointSizeF(bodyPoints);
        m_table->setFont(body);
        QFont head = m_table->horizontalHeader()->font();
        head.setPointSizeF(bodyPoints);
        m_table->horizontalHeader()->setFont(head);
        m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + 14);
        m_table->setFocusPolicy(Qt::NoFocus);
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
        m_table->horizontalHeader()->setStretchLastSection(false);
        m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_table->setWordWrap(true);
        m_table->setTextElideMode(Qt::ElideRight);
        m_table->setAccessibleName(t.title);
        for (const int set : {1, 0}) { // the rows as they are measured last: the model keeps them
            if (set == 1 && m_rows[1].isEmpty())
                continue;
            m_model->setTable(headers, alignments, m_rows[set]);
            m_widths[set] = columnfit::measure(m_table, 200);
            for (int c = 0; c < m_model->columnCount(); ++c) {
                m_widths[set][c] += kSlack;
                // Without the title: a figure column gives way to its text's width, its title
                // cut short, before the name column is squeezed out.
                m_contentWidths[set].append(
                    columnfit::width(m_table, QString(), columnfit::firstTexts(*m_model, c, 200)) + kSlack);
            }
        }
        for (const int set : {0, 1}) {
            for (int c = 0; c < int(headers.size()) && (set == 0 || !m_rows[1].isEmpty()); ++c) {
                QStringList words;
                for (const QStringList &row : std::as_const(m_rows[set]))
                    words << row.value(c).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                m_wordWidths[set].append(columnfit::width(m_table, QString(), words) + kSlack);
            }
        }
        m_stretchWord = m_wordWidths[0].value(m_stretch);
        m_table->viewport()->installEventFilter(this);
        layout->addWidget(m_table, 1);
        if (t.rows.isEmpty()) {
            auto *empty = new QLabel(t.emptyText, this);
            empty->setFont(theme.font(theme::Text::Body));
            layout->addWidget(empty);
        }
    } else {
        if (figures)
            layout->addWidget(figures);
        layout->addStretch(1);
    }
}

bool MeetingSlide::eventFilter(QObject *watched, QEvent *event)
{
    // The table's width is known once the slide's layout has placed it.
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void MeetingSlide::fitColumns()
{
    if (!m_table)
        return;
    // Money in its compact form (and a status as its symbol) only when it cuts fewer words
    // of the text columns than the whole figures would.
    const auto cut = [this](const QList<int> &given, int set) {
        int pixels = 0;
        for (int c = 0; c < int(given.size()); ++c) {
            const int align = m_model->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).toInt();
            if (!(align & Qt::AlignRight) || c == m_stretch)
                pixels += std::max(0, m_wordWidths[set].value(c) - given[c]);
        }
        return pixels;
    };
    // ... or as few, on fewer lines: a slide shows more rows when they do not wrap.
    const auto lines = [this](const QList<int> &given, int set) {
        const QFontMetrics metrics(m_table->font());
        const int inset = columnfit::cellRoom(m_table, {m_stretch});
        int total = 0;
        for (const QStringList &row : std::as_const(m_rows[set])) {
            int most = 1;
            for (int c = 0; c < int(given.size()); ++c) {
                const int width = std::max(1, given[c] - inset);
                const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100 * metrics.height()),
                                                          Qt::TextWordWrap, row.value(c));
                most = std::max(most, int(std::lround(double(bounds.height()) / metrics.lineSpacing())));
            }
            total += most;
        }
        return total;
    };
    QList<int> given = columnWidths(0);
    int shown = 0;
    if (!m_rows[1].isEmpty()) {
        const QList<int> compact = columnWidths(1);
        const int wholeCut = cut(given, 0);
        const int compactCut = cut(compact, 1);
        if (compactCut < wholeCut || (compactCut == wholeCut && lines(compact, 1) < lines(given, 0))) {
            given = compact;
            shown = 1;
        }
    }
    if (shown != m_shown) {
        m_shown = shown;
        QStringList headers;
        QList<Qt::Alignment> alignments;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            headers << m_model->headerData(c, Qt::Horizontal).toString();
            alignments << Qt::Alignment(
                m_model->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).toInt());
        }
        m_model->setTable(headers, alignments, m_rows[shown]);
    }
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < int(given.size()); ++c)
        header->resizeSection(c, given[c]);
    if (m_model->rowCount() <= kWrappedRows) {
        QList<int> textColumns;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const int align = m_model->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).toInt();
            if (!(align & Qt::AlignRight))
                textColumns << c;
        }
        columnfit::fitRowHeights(m_table, textColumns);
    }
}

QList<int> MeetingSlide::columnWidths(int set) const
{
    const QList<int> &widths = m_widths[set];
    const QList<int> &contentWidths = m_contentWidths[set];
    // Every figure (right-aligned) column at least as wide as its widest text, never cut.
    // The other text columns get what they need while the stretch column (a name, a
    // title) keeps at least 30 % of the rest, else they share 70 % of it, the narrow ones
    // whole; the stretch column takes what is left. Long texts wrap onto a second line.
    const int columns = m_model->columnCount();
    int room = m_table->viewport()->width();
    QList<int> given = widths;
    QList<bool> figure(columns, false);
    QList<int> others;
    int othersNeed = 0;
    // Figure columns as wide as their titles while that leaves the text columns 30 % of
    // the width; else each gives up part of its title's room (never its figures').
    int figuresNeed = 0;
    int figuresSlack = 0;
    for (int c = 0; c < columns; ++c) {
        const int align = m_model->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).toInt();
        figure[c] = (align & Qt::AlignRight) != 0 && c != m_stretch;
        if (figure[c]) {
            figuresNeed += widths.value(c);
            figuresSlack += std::max(0, widths.value(c) - contentWidths.value(c));
        }
    }
    const int excess = std::clamp(figuresNeed - room * 7 / 10, 0, figuresSlack);
    for (int c = 0; c < columns; ++c) {
        if (figure[c]) {
            const int slack = std::max(0, widths.value(c) - contentWidths.value(c));
            given[c] = widths.value(c) - (figuresSlack > 0 ? int(qint64(excess) * slack / figuresSlack) : 0);
            room -= given[c];
        } else if (c != m_stretch) {
            others.append(c);
            othersNeed += widths.value(c);
        }
    }
    room = std::max(0, room);
    // The name column keeps room for its longest word where the others can give it (down
    // to 30 % of the room for them): "Abwanderungsquote" whole, an owner on two lines.
    const int othersRoom = std::max(room * 3 / 10, std::min(room * 7 / 10, room - m_stretchWord));
    if (othersNeed > othersRoom) {
        // Short of room, a column's title gives way first (the header shrinks it to 65 %
        // and wraps it), then its texts wrap: a status of one symbol leaves the owner room.
        const auto need = [&widths, &contentWidths](int c) {
            return std::min(widths.value(c), std::max(contentWidths.value(c), widths.value(c) * 65 / 100));
        };
        std::sort(others.begin(), others.end(), [&need](int a, int b) { return need(a) < need(b); });
        int left = othersRoom;
        for (int i = 0; i < others.size(); ++i) {
            const int share = left / int(others.size() - i);
            given[others[i]] = std::min(need(others[i]), share);
            left -= given[others[i]];
        }
        othersNeed = othersRoom - left;
    }
    given[m_stretch] = std::max(0, room - othersNeed);
    return given;
}

MeetingSlide::~MeetingSlide()
{
    // The chart reads the pack's models: it goes before the pack can.
    delete m_chart;
}

QStringList MeetingSlide::texts() const
{
    QStringList out{m_title->text()};
    for (const QLabel *label : findChildren<QLabel *>())
        out << label->text() << label->toolTip();
    for (const FitText *text : findChildren<FitText *>())
        out << text->text() << text->toolTip();
    if (m_model) {
        for (int c = 0; c < m_model->columnCount(); ++c)
            out << m_model->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            for (int c = 0; c < m_model->columnCount(); ++c) {
                out << m_model->index(r, c).data().toString()
                    << m_model->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
    }
    if (const auto *view = qobject_cast<const QChartView *>(m_chart)) {
        for (QAbstractAxis *axis : view->chart()->axes()) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                out << categories->categories();
        }
        out << charts::plainTitle(view->chart());
    }
    return out;
}

} // namespace acc
