#pragma once

#include "engine/datafilter.h"

#include <QToolButton>

class QMenu;

namespace acc {

// The slice every view shows: a button in the window's header that reads the filter in
// force ("All customers", "Segment: Retail · Owner: Anna Berg") and opens a menu of the
// segments, regions and account owners to choose from, and "Show all customers".
class FilterBar final : public QToolButton
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    const DataFilter &filter() const { return m_filter; }
    // Sets the filter without emitting filterChanged.
    void setFilter(const DataFilter &filter);
    // The values to offer, from the whole company.
    void setChoices(const FilterChoices &choices);
    const FilterChoices &choices() const { return m_choices; }

    // Chooses one value (an empty value: all) and emits filterChanged when it changed.
    enum class Field { Segment, Region, Owner };
    void choose(Field field, const QString &value);
    void clear();

signals:
    void filterChanged(const acc::DataFilter &filter);

private:
    void rebuildMenu();
    void refresh();
    void apply(const DataFilter &filter);

    DataFilter m_filter;
    FilterChoices m_choices;
    QMenu *m_menu = nullptr;
};

} // namespace acc
