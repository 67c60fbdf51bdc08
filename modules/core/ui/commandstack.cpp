#include "core/ui/commandstack.h"

#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"

#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace core {

// One command on the undo stack. It is pushed already done: the first
// redo() that QUndoStack::push() calls does nothing. An undo or redo that
// fails marks the entry obsolete, and QUndoStack then drops it (Qt >= 5.9):
// the data keep what the failed step left, and the rest of the history is
// untouched.
class UndoEntry : public QUndoCommand {
public:
    UndoEntry(CommandStack &stack, std::shared_ptr<Command> command)
        : m_stack(stack), m_command(std::move(command))
    {
        setText(m_command->text());
    }

    void undo() override
    {
        if (auto s = m_stack.runner().undo(*m_command); !s) {
            setObsolete(true);
            m_stack.report(CommandStack::tr("Undo"),
                CommandStack::tr("«%1» cannot be undone any more: %2").arg(text(), ErrorText::describe(s.error())));
        }
    }

    void redo() override
    {
        if (m_pushing) {
            m_pushing = false;
            return;
        }
        if (auto s = m_stack.runner().run(*m_command); !s) {
            setObsolete(true);
            m_stack.report(CommandStack::tr("Redo"),
                CommandStack::tr("«%1» cannot be done again: %2").arg(text(), ErrorText::describe(s.error())));
        }
    }

private:
    CommandStack &m_stack;
    std::shared_ptr<Command> m_command;
    bool m_pushing = true;
};

CommandStack::CommandStack(AppContext &context, QWidget *parent)
    : QObject(parent), m_context(context), m_parentWidget(parent), m_undo(new QUndoStack(this))
{
}

CommandRunner CommandStack::runner() const
{
    return CommandRunner(m_context.db, *m_context.clock);
}

Status CommandStack::run(const std::shared_ptr<Command> &command)
{
    if (auto s = runner().run(*command); !s)
        return s;
    if (command->undoable())
        m_undo->push(new UndoEntry(*this, command));
    return {};
}

void CommandStack::report(const QString &title, const QString &message)
{
    emit refused(message);
    if (!m_parentWidget)
        return;
    // Not exec(): the stack is in the middle of undo(); the box must not
    // run a nested event loop there.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_parentWidget);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace core
