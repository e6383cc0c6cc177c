#include "ruleseditor.h"

#include "criteria/criteriacheck.h"
#include "criteria/criteriatext.h"
#include "models/criteriarulesmodel.h"
#include "rulescommand.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace acc {

namespace {

using Column = CriteriaRulesModel::Column;

const char *kRowProperty = "ruleRow";
const char *kFieldProperty = "ruleField";
enum Field { AttributeField, OperatorField, ValueField, RemoveField };

// Dark vermillion (Okabe-Ito's vermillion darkened to read as text on white).
QColor problemColor()
{
    return QColor(0xA8, 0x3C, 0x00);
}

// The grey hint an empty value field shows: what kind of value the rule takes.
QString valueHint(CriteriaAttribute attribute, CriteriaOp op, const QLocale &locale)
{
    switch (op) {
    case CriteriaOp::In:
    case CriteriaOp::NotIn:
        return RulesEditor::tr("texts, comma-separated");
    case CriteriaOp::TopPercent:
        return RulesEditor::tr("0 to 100");
    default:
        break;
    }
    if (criteria::isTextAttribute(attribute))
        return RulesEditor::tr("exact text");
    return RulesEditor::tr("a number, e.g. %1")
        .arg(locale.toString(criteria::isMoneyAttribute(attribute) ? 5000.5 : 3.0, 'g', 6));
}

} // namespace

RulesEditor::RulesEditor(CriteriaRulesModel *model, QUndoStack *undo, const QString &currency,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_undo(undo)
    , m_currency(currency)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *matchRow = new QHBoxLayout;
    auto *matchLabel = new QLabel(tr("A customer is a best customer when"), this);
    m_all = new QRadioButton(tr("a&ll rules hold"), this);
    m_any = new QRadioButton(tr("an&y rule holds"), this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_any);
    matchRow->addWidget(matchLabel);
    matchRow->addWidget(m_all);
    matchRow->addWidget(m_any);
    matchRow->addStretch(1);
    layout->addLayout(matchRow);
    auto pushMatch = [this](bool all) {
        if (all == m_model->matchAll())
            return;
        m_undo->push(new RulesCommand(m_model, all ? tr("Match all rules") : tr("Match any rule"),
                                      [all](CriteriaRulesModel &m) { m.setMatchAll(all); }));
    };
    connect(m_all, &QRadioButton::clicked, this, [pushMatch] { pushMatch(true); });
    connect(m_any, &QRadioButton::clicked, this, [pushMatch] { pushMatch(false); });

    m_rowsWidget = new QWidget(this);
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setContentsMargins(2, 4, 8, 4);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(3, 1);
    m_grid->setColumnStretch(6, 1); // on a wide screen the value field grows only so far
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add rule"), this);
    m_add->setToolTip(tr("Adds a rule after the current one (Insert)"));
    m_removeRule = new QPushButton(tr("Re&move rule"), this);
    m_removeRule->setToolTip(tr("Removes the current rule"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_removeRule);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RulesEditor::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &RulesEditor::removeCurrentRule);
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &RulesEditor::addRule);

    // The operator column as wide as its longest label, so rows line up.
    const QFontMetrics metrics(font());
    for (int op = 0; op <= int(CriteriaOp::TopPercent); ++op)
        m_widestOperator =
            std::max(m_widestOperator, metrics.horizontalAdvance(criteria::opLabel(CriteriaOp(op))));

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RulesEditor::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RulesEditor::rebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesEditor::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int r = from.row(); r <= to.row() && r < m_rows.size(); ++r)
                    updateRow(r);
            });
    connect(m_model, &CriteriaRulesModel::matchChanged, this, [this](bool all) {
        (all ? m_all : m_any)->setChecked(true);
        updateEmpty();
    });
    (m_model->matchAll() ? m_all : m_any)->setChecked(true);
    rebuild();
}

void RulesEditor::watch(QWidget *widget, int row)
{
    widget->setProperty(kRowProperty, row);
    widget->installEventFilter(this);
}

bool RulesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const QVariant row = watched->property(kRowProperty);
        if (row.isValid())
            m_current = row.toInt();
    } else if (event->type() == QEvent::ShortcutOverride && qobject_cast<QLineEdit *>(watched)) {
        // Ctrl+Z in a value field undoes the dialog's last edit, not the field's own.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RulesEditor::fillOperators(QComboBox *box, int attribute)
{
    const QSignalBlocker block(box);
    box->clear();
    for (CriteriaOp op : criteria::opsFor(CriteriaAttribute(attribute)))
        box->addItem(criteria::opLabel(op), int(op));
    box->setProperty("attribute", attribute);
}

void RulesEditor::rebuild()
{
    // Where the focus was, to put it back on the same field after the rows are made anew.
    int focusRow = -1;
    int focusField = -1;
    if (QWidget *f = QApplication::focusWidget(); f && m_rowsWidget->isAncestorOf(f)) {
        focusRow = f->property(kRowProperty).toInt();
        focusField = f->property(kFieldProperty).toInt();
    }
    for (const RowWidgets &w : std::as_const(m_rows)) {
        for (QWidget *widget :
             {static_cast<QWidget *>(w.number), static_cast<QWidget *>(w.attribute),
              static_cast<QWidget *>(w.op), static_cast<QWidget *>(w.value), static_cast<QWidget *>(w.unit),
              static_cast<QWidget *>(w.remove), static_cast<QWidget *>(w.problem)}) {
            widget->removeEventFilter(this);
            widget->disconnect(this);
            m_grid->removeWidget(widget);
            widget->hide();
            widget->deleteLater(); // a row's own button may be emitting the signal that got here
        }
    }
    m_rows.clear();
    const int n = m_model->rowCount();
    QWidget *previous = m_any;
    for (int i = 0; i < n; ++i) {
        RowWidgets w;
        w.number = new QLabel(tr("%1.").arg(i + 1), m_rowsWidget);
        w.attribute = new QComboBox(m_rowsWidget);
        for (const QString &name : criteria::attributeNames()) {
            const CriteriaAttribute a = *criteria::attributeFromName(name);
            w.attribute->addItem(criteria::attributeLabel(a), int(a));
        }
        w.attribute->setAccessibleName(tr("Rule %1: attribute").arg(i + 1));
        w.attribute->setProperty(kFieldProperty, AttributeField);
        w.op = new QComboBox(m_rowsWidget);
        w.op->setAccessibleName(tr("Rule %1: operator").arg(i + 1));
        w.op->setMinimumContentsLength(0);
        w.op->setMinimumWidth(m_widestOperator + 48);
        w.op->setProperty(kFieldProperty, OperatorField);
        w.value = new QLineEdit(m_rowsWidget);
        w.value->setAccessibleName(tr("Rule %1: value").arg(i + 1));
        w.value->setMinimumWidth(100);
        w.value->setMaximumWidth(420);
        w.value->setProperty(kFieldProperty, ValueField);
        w.warning = w.value->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                       QLineEdit::TrailingPosition);
        w.warning->setVisible(false);
        w.unit = new QLabel(m_rowsWidget);
        w.unit->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(m_currency + QStringLiteral("  ")));
        w.remove = new QToolButton(m_rowsWidget);
        w.remove->setText(QStringLiteral("✕"));
        w.remove->setToolTip(tr("Remove rule %1").arg(i + 1));
        w.remove->setAccessibleName(tr("Remove rule %1").arg(i + 1));
        w.remove->setFocusPolicy(Qt::StrongFocus);
        w.remove->setAutoRaise(true);
        w.remove->setProperty(kFieldProperty, RemoveField);
        w.problem = new QLabel(m_rowsWidget);
        w.problem->setWordWrap(true);
        w.problem->setTextFormat(Qt::PlainText);
        QPalette p = w.problem->palette();
        p.setColor(QPalette::WindowText, problemColor());
        w.problem->setPalette(p);
        w.problem->setBuddy(w.value);
        w.problem->hide();
        m_grid->addWidget(w.number, 2 * i, 0);
        m_grid->addWidget(w.attribute, 2 * i, 1);
        m_grid->addWidget(w.op, 2 * i, 2);
        m_grid->addWidget(w.value, 2 * i, 3);
        m_grid->addWidget(w.unit, 2 * i, 4);
        m_grid->addWidget(w.remove, 2 * i, 5);
        m_grid->addWidget(w.problem, 2 * i + 1, 1, 1, 4);
        for (QWidget *widget : {static_cast<QWidget *>(w.attribute), static_cast<QWidget *>(w.op),
                                static_cast<QWidget *>(w.value), static_cast<QWidget *>(w.remove)}) {
            watch(widget, i);
            setTabOrder(previous, widget);
            previous = widget;
        }
        connect(w.attribute, &QComboBox::activated, this, [this, i](int index) {
            const int attribute = m_rows.at(i).attribute->itemData(index).toInt();
            m_undo->push(new RulesCommand(m_model, tr("Change the attribute of rule %1").arg(i + 1),
                                          [i, attribute](CriteriaRulesModel &m) {
                                              m.setData(m.index(i, int(Column::Attribute)), attribute);
                                          }));
        });
        connect(w.op, &QComboBox::activated, this, [this, i](int index) {
            const int op = m_rows.at(i).op->itemData(index).toInt();
            m_undo->push(new RulesCommand(
                m_model, tr("Change the operator of rule %1").arg(i + 1),
                [i, op](CriteriaRulesModel &m) { m.setData(m.index(i, int(Column::Operator)), op); }));
        });
        connect(w.value, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            m_undo->push(new RulesCommand(
                m_model, tr("Type the value of rule %1").arg(i + 1),
                [i, text](CriteriaRulesModel &m) { m.setData(m.index(i, int(Column::Value)), text); },
                RulesCommand::valueKey(i)));
        });
        connect(w.remove, &QToolButton::clicked, this, [this, i] { removeRule(i); });
        m_rows.append(w);
        updateRow(i);
    }
    setTabOrder(previous, m_add);
    // The rows keep their height at the top; the space left stays below them.
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    m_grid->setRowStretch(2 * n, 1);
    updateEmpty();
    if (m_current >= n)
        m_current = n - 1;
    if (focusRow >= 0 && n > 0) {
        const RowWidgets &w = m_rows.at(std::min(focusRow, n - 1));
        QWidget *fields[] = {w.attribute, w.op, w.value, w.remove};
        fields[std::clamp(focusField, 0, 3)]->setFocus(Qt::OtherFocusReason);
    }
}

void RulesEditor::updateRow(int row)
{
    const RowWidgets &w = m_rows.at(row);
    const CriteriaRulesModel::Row &r = m_model->row(row);
    {
        const QSignalBlocker block(w.attribute);
        w.attribute->setCurrentIndex(w.attribute->findData(int(r.attribute)));
    }
    if (w.op->property("attribute").toInt() != int(r.attribute) || w.op->count() == 0)
        fillOperators(w.op, int(r.attribute));
    {
        const QSignalBlocker block(w.op);
        w.op->setCurrentIndex(w.op->findData(int(r.op)));
    }
    if (w.value->text() != r.value) {
        const int cursor = w.value->cursorPosition();
        w.value->setText(r.value);
        w.value->setCursorPosition(std::min(cursor, int(r.value.size())));
    }
    w.value->setPlaceholderText(valueHint(r.attribute, r.op, m_model->locale()));
    if (r.op == CriteriaOp::TopPercent)
        w.unit->setText(tr("%"));
    else if (criteria::isMoneyAttribute(r.attribute) && r.op != CriteriaOp::In && r.op != CriteriaOp::NotIn)
        w.unit->setText(m_currency);
    else
        w.unit->clear();
    const QString opProblem = m_model->problem(row, Column::Operator);
    const QString valueProblem = m_model->problem(row, Column::Value);
    const QString problem = opProblem.isEmpty() ? valueProblem : opProblem;
    w.problem->setText(problem);
    w.problem->setVisible(!problem.isEmpty());
    w.warning->setVisible(!valueProblem.isEmpty());
    w.warning->setToolTip(valueProblem);
    w.value->setToolTip(valueProblem);
    w.value->setStyleSheet(
        valueProblem.isEmpty()
            ? QString()
            : QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 3px; padding: 1px; }")
                  .arg(problemColor().name()));
    w.value->setAccessibleDescription(valueProblem);
}

int RulesEditor::rowsWidth() const
{
    return m_rowsWidget->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
}

void RulesEditor::updateEmpty()
{
    const bool empty = m_rows.isEmpty();
    m_empty->setVisible(empty);
    m_empty->setText(m_model->matchAll()
                         ? tr("No rules: every active customer counts. Add one with Add rule.")
                         : tr("No rules: no customer counts. Add one with Add rule."));
    m_removeRule->setEnabled(!empty);
}

void RulesEditor::focusRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_current = row;
    m_rows.at(row).attribute->setFocus(Qt::OtherFocusReason);
}

void RulesEditor::addRule()
{
    const int row = m_current >= 0 && m_current < m_rows.size() ? m_current + 1 : int(m_rows.size());
    m_undo->push(
        new RulesCommand(m_model, tr("Add a rule"), [row](CriteriaRulesModel &m) { m.insertRows(row, 1); }));
    focusRow(row);
}

void RulesEditor::removeCurrentRule()
{
    removeRule(m_current >= 0 && m_current < m_rows.size() ? m_current : int(m_rows.size()) - 1);
}

void RulesEditor::removeRule(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_undo->push(new RulesCommand(m_model, tr("Remove rule %1").arg(row + 1),
                                  [row](CriteriaRulesModel &m) { m.removeRows(row, 1); }));
    if (m_rows.isEmpty()) {
        m_current = -1;
        m_add->setFocus(Qt::OtherFocusReason);
    } else {
        focusRow(std::min(row, int(m_rows.size()) - 1));
    }
}

} // namespace acc
