#include "theme.h"

namespace acc::theme {

QColor ink()
{
    return QColor(0x1B, 0x1F, 0x24);
}
QColor mutedInk()
{
    return QColor(0x4A, 0x52, 0x5C);
}
QColor accent()
{
    return QColor(0xC0, 0x39, 0x2B);
}
QColor accentDark()
{
    return QColor(0x8E, 0x1B, 0x12);
}
QColor context()
{
    return QColor(0xB4, 0xBC, 0xC4);
}
QColor secondLine()
{
    return QColor(0x26, 0x32, 0x38);
}
QColor grid()
{
    return QColor(0xD5, 0xDA, 0xDF);
}
QColor band()
{
    return QColor(0xF3, 0xF5, 0xF7);
}
QColor background()
{
    return QColor(Qt::white);
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

} // namespace acc::theme
