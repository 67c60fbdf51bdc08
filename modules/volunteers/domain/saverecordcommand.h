#pragma once

#include "core/commands/command.h"

namespace volunteers {

// The shape of every master-data save of the module (an organisation, an
// event, a service, a volunteer): insert when the row has no id, update
// otherwise, through the module's repository. Undo is a new update, never
// a DELETE: an edit puts back the values read before it; a creation
// retires the row (active = 0) where the row has that flag. An undo is
// refused (volunteers.changed_since, arg: the row's name) when the row no
// longer holds what this command saved: someone changed it since. Redo
// saves the same values again (a retired creation comes back active).
//
// Subclasses say how to read, save, compare and retire a Row.
template <typename Row> class SaveRecordCommand : public core::Command {
public:
    explicit SaveRecordCommand(Row row)
        : m_wanted(std::move(row))
    {
    }

    core::Status apply(const core::CommandContext &context) override
    {
        if (m_wanted.id != 0) {
            auto before = read(context.db, m_wanted.id);
            if (!before)
                return before.error();
            if (before->id == 0)
                return core::Error(unknownCode());
            m_before = *before;
        } else {
            m_created = true;
        }
        Row row = m_wanted;
        if (auto s = write(context.db, row); !s)
            return s;
        m_wanted.id = row.id;
        // What the repository stored (trimmed, upper-cased...), for the
        // "changed since" test of an undo.
        auto saved = read(context.db, row.id);
        if (!saved)
            return saved.error();
        m_saved = *saved;
        return {};
    }

    bool undoable() const override { return !m_created || canRetire(); }

    core::Status revert(const core::CommandContext &context) override
    {
        auto current = read(context.db, m_saved.id);
        if (!current)
            return current.error();
        if (current->id == 0)
            return core::Error(unknownCode());
        if (!same(*current, m_saved))
            return core::Error(QStringLiteral("volunteers.changed_since"), { nameOf(m_saved) });
        Row back = m_before;
        if (m_created) {
            back = *current;
            retire(back);
        }
        return restore(context.db, back);
    }

    QString auditDetail() const override { return QString::number(m_saved.id ? m_saved.id : m_wanted.id); }

    qint64 id() const { return m_wanted.id; }
    bool created() const { return m_created; }
    const Row &saved() const { return m_saved; }

protected:
    const Row &wanted() const { return m_wanted; }
    virtual QString unknownCode() const = 0;
    virtual core::Result<Row> read(const QSqlDatabase &db, qint64 id) const = 0; // id 0 when absent
    virtual core::Status write(const QSqlDatabase &db, Row &row) = 0; // sets row.id on insert
    // An undo's save: the same as write() unless a subclass saves more.
    virtual core::Status restore(const QSqlDatabase &db, Row &row) { return write(db, row); }
    virtual bool same(const Row &a, const Row &b) const = 0;
    virtual QString nameOf(const Row &row) const = 0;
    virtual bool canRetire() const { return true; }
    virtual void retire(Row &row) const = 0; // active = false, where there is such a flag

private:
    Row m_wanted;
    Row m_before;
    Row m_saved;
    bool m_created = false;
};

} // namespace volunteers
