#pragma once

#include <QString>

namespace acc {

// One headline figure of a view, a slide or a pack page: what it is, its value as text,
// how it compares with the period before, and its key in core's guide.
struct Headline
{
    QString label;
    QString value;
    QString note;
    // Shown instead of value and note when they do not fit whole (FigureTile::setFigure).
    QString shortValue{};
    QString shortNote{};
    // The figure's key in core's guide (guide::definition): the tile's tooltip and
    // accessible description say how it is computed.
    QString key{};
};

} // namespace acc
