#pragma once

#include "criteria/criteria.h"
#include "theme/theme.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace acc {

class FitText;

// The best-customer criteria in force, at the top of the Best customers view: the set's
// name and version, how its rules combine and each rule in words (criteriatext.h), and a
// button to edit them.
class CriteriaSummary final : public QFrame
{
    Q_OBJECT
public:
    explicit CriteriaSummary(const theme::Theme &theme, QWidget *parent = nullptr);

    void setCriteria(const CriteriaSet &set, const QString &currency);
    void clear();

    QString headingText() const;
    QString rulesText() const;
    QPushButton *editButton() const { return m_edit; }

signals:
    void editRequested();

private:
    FitText *m_heading = nullptr;
    QLabel *m_rules = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace acc
