#pragma once

#include <QFrame>

namespace acc {

class FitText;

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
    QString value() const;
    // The width its label, value and note need at their smallest type: a tile grid gives
    // it at least that (TileGridLayout), so no figure is ever cut short.
    int neededWidth() const;

private:
    FitText *m_label = nullptr;
    FitText *m_value = nullptr;
    FitText *m_note = nullptr;
};

} // namespace acc
