#pragma once

#include "core/ui/pagedsqlmodel.h"

#include <QDate>
#include <QLocale>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace core {
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

// A PagedSqlModel whose cells can be written for people by a formatter
// per column (stored codes such as 'middle' or 'done' become words).
class FormattedSqlModel : public core::PagedSqlModel {
public:
    using Formatter = std::function<QVariant(const QVariant &raw)>;
    using core::PagedSqlModel::PagedSqlModel;
    void setFormatter(int column, Formatter formatter) { m_formatters.insert(column, std::move(formatter)); }
    // Dates are stored as 'YYYY-MM-DD' text: shown as dd/MM/yyyy.
    static QVariant isoDate(const QVariant &raw)
    {
        const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(QLocale().toString(d, QStringLiteral("dd/MM/yyyy"))) : QVariant(QString());
    }
    QVariant displayValue(const QVariantList &row, int column) const override
    {
        if (auto it = m_formatters.constFind(column); it != m_formatters.constEnd())
            return (*it)(row.value(column));
        return core::PagedSqlModel::displayValue(row, column);
    }

private:
    QHash<int, Formatter> m_formatters;
};

// A searchable paged list with a row of filters above and of buttons
// below: the frame of the pupils, assistants, tutors and BES pages.
// Subclasses set the model from a query object (tutoringlists.h), add
// filters and buttons, and pass its filter in applyFilter(). GUI thread only.
class ListPage : public QWidget {
    Q_OBJECT
public:
    ListPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    core::PagedSqlModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // The key of the current row; 0 when none.
    qint64 selectedId() const;
    void selectId(qint64 id);
    virtual void applyFilter() = 0;

signals:
    void selectionChanged(qint64 id);

protected:
    void setModel(core::PagedSqlModel *model, const QList<int> &columnWidths);
    QPushButton *addButton(const QString &text, bool needsSelection);
    QHBoxLayout *filterRow() const { return m_filters; }
    QVBoxLayout *pageLayout() const { return m_layout; }
    void setCountText(const QString &text);
    virtual void activated() { }

    core::AppContext &m_context;
    // The tab's commands: every write of the page and its dialogs.
    core::CommandStack &m_commands;

private:
    void updateButtons();

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QHBoxLayout *m_filters = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<QPushButton *> m_selectionButtons;
};

} // namespace tutoring
