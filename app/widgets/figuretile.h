#pragma once

#include <QFrame>

namespace acc {

class FitText;
struct Headline;

// One headline figure in large type: its name, its value and a note under it.
class FigureTile final : public QFrame
{
    Q_OBJECT
public:
    explicit FigureTile(QWidget *parent = nullptr);
    // Meeting mode's tile: every type size times scale, and no text smaller than
    // floorPoints (a projector's body text).
    FigureTile(qreal scale, qreal floorPoints, QWidget *parent = nullptr);

    // shortValue and shortNote, when given, are shown when the value or note does not fit
    // whole ("7.54 M EUR" for "7,544,009 EUR"; the tooltip holds the whole).
    void setFigure(const QString &label, const QString &value, const QString &note,
                   const QString &shortValue = {}, const QString &shortNote = {});
    // A headline of a view or section: its figure, and how it is computed (its key in
    // core's guide) as the tooltip.
    void setHeadline(const Headline &headline);
    QString value() const;
    // How the figure is computed (core's guide::definition): the tile's tooltip and the
    // end of its accessible description. Empty: no tooltip.
    void setDefinition(const QString &definition);
    QString definition() const { return m_definition; }
    // The width its label, value and note need at their smallest type: a tile grid gives
    // it at least that (TileGridLayout), so no figure is ever cut short.
    int neededWidth() const;

private:
    void updateDescription();

    QString m_definition;
    FitText *m_label = nullptr;
    FitText *m_value = nullptr;
    FitText *m_note = nullptr;
};

} // namespace acc
