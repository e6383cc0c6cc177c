#pragma once

#include <QFrame>

namespace acc {

class FitText;

namespace theme {
class Theme;
}

// One figure of the detail pane: a compact tile (its name, the value in large type, a
// note), so six of them leave the pane room for the customer's orders on a 720-pixel
// projector. Like FigureTile, every text shrinks before it is cut short.
class CustomerFigure final : public QFrame
{
    Q_OBJECT
public:
    explicit CustomerFigure(const theme::Theme &theme, QWidget *parent = nullptr);

    // shortValue, when given, shows when the value does not fit whole (FitText).
    void setFigure(const QString &label, const QString &value, const QString &note,
                   const QString &shortValue = {});
    // How the figure is computed (core's guide): tooltip and accessible description.
    void setDefinition(const QString &definition);
    QString label() const;
    QString value() const;
    QString note() const;

private:
    FitText *m_label = nullptr;
    FitText *m_value = nullptr;
    FitText *m_note = nullptr;
};

} // namespace acc
