#pragma once

#include <QObject>
#include <QStringList>

namespace core {

// Tells models and tabs which tables changed after a write committed, so
// that they drop their cached pages (Subsurface's divelistnotifier idea).
// Transaction::commit() emits it from the change_log, so no write path can
// forget; code that writes with logging off (reference load, sync import)
// calls notifyChanged() itself. Lives in the GUI thread; emitting from a
// worker is safe (queued to the receivers).
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    static ChangeNotifier *instance();
    void notifyChanged(const QStringList &tables);

signals:
    void tablesChanged(const QStringList &tables);

private:
    using QObject::QObject;
};

} // namespace core
