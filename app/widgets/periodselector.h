#pragma once

#include "engine/period.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace acc {

// Chooses the reporting period: a month, a quarter or a year, stepped with the previous
// and next buttons or the Left/Right (PageUp/PageDown) keys. It does not step past the
// latest period, the one that holds the data's as-of date.
class PeriodSelector final : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    const Period &period() const { return m_period; }
    void setPeriod(const Period &period);
    // The last day with data; invalid for no limit.
    void setLatestDay(QDate day);
    // The first month of the company's fiscal year: quarters and years follow it.
    void setFiscalStart(int month);
    void setKind(Period::Kind kind);

    bool canStepBack() const;
    bool canStepForward() const;
    void stepBack();
    void stepForward();

    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QComboBox *kindBox() const { return m_kind; }

signals:
    void periodChanged(const acc::Period &period);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(const Period &period);
    void refresh();

    Period m_period;
    QDate m_latest;
    int m_fiscalStart = 1;
    QComboBox *m_kind = nullptr;
    QToolButton *m_previous = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_next = nullptr;
};

} // namespace acc
