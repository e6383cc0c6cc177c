#pragma once

#include <QComboBox>
#include <QStyledItemDelegate>

#include <functional>

namespace acc {

// Edits a cell with a combo box of choices (label, value); the value goes to Qt::EditRole.
// The choices may depend on the row (e.g. the header cells of the file on show).
class ChoiceDelegate final : public QStyledItemDelegate
{
public:
    using Choices = QList<QPair<QString, QVariant>>;

    explicit ChoiceDelegate(std::function<Choices(const QModelIndex &)> choices, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        for (const auto &[label, value] : m_choices(index))
            combo->addItem(label, value);
        // Commit as soon as a choice is made, so keyboard users need no extra step.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ChoiceDelegate *>(this);
            emit self->commitData(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(at >= 0 ? at : 0);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), Qt::EditRole);
    }

private:
    std::function<Choices(const QModelIndex &)> m_choices;
};

} // namespace acc
