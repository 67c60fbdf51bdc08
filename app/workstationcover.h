#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

// While the workstation is locked, an opaque panel covers every open window
// (the main window and any dialog left open, with whatever it shows), so
// that nothing on screen can be read. Dialogs are covered, not closed: an
// unfinished entry is still there when the same person signs in again.
class WorkstationCover : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~WorkstationCover() override;

    // Covers every visible top-level window except `except`.
    void cover(const QWidget *except);
    void uncover();
    bool isCovering() const { return !m_covers.isEmpty(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QPointer<QWidget>> m_covers;
};
