#pragma once

#include <QObject>

class QTimer;

// Notices when nobody has touched the keyboard or the mouse for a while:
// the controller then locks the workstation. Watches every input event of
// the application (an event filter on qApp). GUI thread.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeoutMinutes(int minutes);
    void setTimeoutMs(int ms);
    void start();
    void stop();
    bool isRunning() const;

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer = nullptr;
};
