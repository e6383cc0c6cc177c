#pragma once

#include <QFrame>

class QLabel;

namespace acc {

// One headline figure in large type: its name, its value and a note under it.
class FigureTile final : public QFrame
{
    Q_OBJECT
public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setFigure(const QString &label, const QString &value, const QString &note);
    QString value() const;

private:
    QLabel *m_label = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace acc
