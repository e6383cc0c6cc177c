#include "theme.h"

#include "widgets/fitheaderview.h"

#include <QHeaderView>
#include <QTableView>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace acc::theme {

namespace {
bool g_highContrast = false;
} // namespace

void setHighContrast(bool on)
{
    g_highContrast = on;
}

bool highContrast()
{
    return g_highContrast;
}

QColor ink()
{
    return g_highContrast ? QColor(Qt::black) : QColor(0x1B, 0x1F, 0x24);
}
QColor mutedInk()
{
    return g_highContrast ? QColor(0x1B, 0x1F, 0x24) : QColor(0x4A, 0x52, 0x5C);
}
QColor accent()
{
    return g_highContrast ? QColor(0x9E, 0x1C, 0x12) : QColor(0xC0, 0x39, 0x2B);
}
QColor accentDark()
{
    return g_highContrast ? QColor(0x6A, 0x10, 0x09) : QColor(0x8E, 0x1B, 0x12);
}
QColor context()
{
    return g_highContrast ? QColor(0x6B, 0x73, 0x7C) : QColor(0xB4, 0xBC, 0xC4);
}
QColor secondLine()
{
    return g_highContrast ? QColor(Qt::black) : QColor(0x26, 0x32, 0x38);
}
QColor grid()
{
    return g_highContrast ? QColor(0x4A, 0x52, 0x5C) : QColor(0xD5, 0xDA, 0xDF);
}
QColor band()
{
    return g_highContrast ? QColor(0xE4, 0xE8, 0xEC) : QColor(0xF3, 0xF5, 0xF7);
}
QColor background()
{
    return QColor(Qt::white);
}

void mute(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, mutedInk());
    widget->setPalette(palette);
}

QColor statusMet()
{
    return g_highContrast ? QColor(0x00, 0x52, 0x3C) : QColor(0x00, 0x7A, 0x5A);
}
QColor statusAtRisk()
{
    return g_highContrast ? QColor(0x5E, 0x3C, 0x00) : QColor(0x94, 0x5D, 0x00);
}
QColor statusMissed()
{
    return g_highContrast ? QColor(0x7A, 0x29, 0x00) : QColor(0xB8, 0x46, 0x00);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor series(int i)
{
    static const std::array<QColor, 8> okabeIto{QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                                QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                                                QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                                QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x00, 0x00)};
    const int n = int(okabeIto.size());
    return okabeIto[std::size_t(((i % n) + n) % n)];
}

QColor best()
{
    return series(4);
}

ChartStyle ChartStyle::screen()
{
    return ChartStyle{};
}

ChartStyle ChartStyle::print()
{
    ChartStyle s;
    s.titleSize = 15;
    s.labelSize = 10;
    s.axisTitleSize = 12;
    s.legendSize = 12;
    s.lineWidth = 2.5;
    s.pixelSizes = true;
    return s;
}

QFont ChartStyle::font(qreal size, bool bold) const
{
    QFont f;
    if (pixelSizes)
        f.setPixelSize(qRound(size));
    else
        f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

const Theme &Theme::standard()
{
    static const Theme theme;
    return theme;
}

Theme Theme::scaled(qreal factor) const
{
    Theme t = *this;
    t.m_scale = m_scale * factor;
    return t;
}

qreal Theme::pointSize(Text text) const
{
    qreal size = 12;
    switch (text) {
    case Text::Small:
        size = 11.5;
        break;
    case Text::Body:
        size = 12;
        break;
    case Text::Table:
        size = 13;
        break;
    case Text::Navigation:
        size = 14;
        break;
    case Text::Heading:
        size = 15;
        break;
    case Text::Figure:
        size = 22;
        break;
    case Text::Title:
        size = 20;
        break;
    }
    return size * m_scale;
}

QFont Theme::font(Text text, bool bold) const
{
    QFont f;
    f.setPointSizeF(pointSize(text));
    f.setBold(bold);
    return f;
}

ChartStyle Theme::chart() const
{
    ChartStyle s = ChartStyle::screen();
    s.titleSize *= m_scale;
    s.labelSize *= m_scale;
    s.axisTitleSize *= m_scale;
    s.legendSize *= m_scale;
    s.lineWidth *= m_scale;
    return s;
}

QPalette Theme::palette(const QPalette &base) const
{
    QPalette pal = base;
    pal.setColor(QPalette::Window, background());
    pal.setColor(QPalette::Base, background());
    pal.setColor(QPalette::AlternateBase, band());
    pal.setColor(QPalette::WindowText, ink());
    pal.setColor(QPalette::Text, ink());
    pal.setColor(QPalette::Highlight, accentDark());
    pal.setColor(QPalette::HighlightedText, Qt::white);
    return pal;
}

void Theme::styleTable(QTableView *table) const
{
    const QFont f = font(Text::Table);
    table->setFont(f);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Rows sized from the font once, never per row from the contents (100k rows scroll).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + qRound(10 * m_scale));
    // Column titles that wrap and shrink to their columns rather than being cut.
    if (!qobject_cast<FitHeaderView *>(table->horizontalHeader()))
        table->setHorizontalHeader(new FitHeaderView(table));
    QFont header = f;
    header.setBold(true);
    table->horizontalHeader()->setFont(header);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    // Room between a right-aligned figure and the text in the next column.
    table->setStyleSheet(
        QStringLiteral("QTableView::item { border: 0px solid transparent; padding: 0px %1px; }")
            .arg(qRound(6 * m_scale)));
}

QString Theme::navigationStyleSheet() const
{
    return QStringLiteral(
               "QListWidget { background: %1; border-right: 1px solid %2; padding-top: 8px; }"
               " QListWidget::item { border: 0px solid transparent; padding: %5px 14px; color: %3; }"
               " QListWidget::item:selected { background: %4; color: white; }")
        .arg(band().name(), grid().name(), ink().name(), secondLine().name())
        .arg(qRound(10 * m_scale));
}

} // namespace acc::theme
