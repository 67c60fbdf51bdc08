#pragma once

#include "core/commands/commandrunner.h"

#include <QObject>

#include <memory>

class QUndoStack;
class QWidget;

namespace core {

struct AppContext;

// A tab's door to the command layer: runs commands on the GUI thread's
// connection through the CommandRunner, and keeps the tab's undo history.
// Subsurface's rule: the work is checked and done *before* anything is
// pushed, so a refused or failed command never reaches the stack. Undo and
// Redo go through the runner too (permission, one transaction, an audit
// entry); an undo that can no longer apply (the goods were issued since)
// says why in a message and leaves the history: Redo stays what it was.
//
// Owned by its ModuleTab; the main window puts every tab's undoStack() in
// one QUndoGroup behind the Modifica menu (Ctrl+Z, Ctrl+Shift+Z).
class CommandStack : public QObject {
    Q_OBJECT
public:
    CommandStack(AppContext &context, QWidget *parent);

    // Runs a command; when it succeeded and can be undone, it goes on the
    // undo stack. The caller keeps its own pointer to read the results.
    Status run(const std::shared_ptr<Command> &command);

    QUndoStack *undoStack() const { return m_undo; }
    CommandRunner runner() const;

signals:
    // An undo or a redo was refused, with the message the stack also shows
    // in a window-modal box.
    void refused(const QString &message);

private:
    friend class UndoEntry;
    void report(const QString &title, const QString &message);

    AppContext &m_context;
    QWidget *m_parentWidget = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace core
