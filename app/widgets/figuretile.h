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

    void setFigure(const QString &label, const QString &value, const QString &note);
    QString value() const;

private:
    FitText *m_label = nullptr;
    FitText *m_value = nullptr;
    FitText *m_note = nullptr;
};

} // namespace acc
