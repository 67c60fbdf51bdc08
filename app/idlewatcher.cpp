#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    setTimeoutMs(minutes * 60 * 1000);
}

void IdleWatcher::setTimeoutMs(int ms)
{
    m_timer->setInterval(ms);
    if (m_timer->isActive())
        m_timer->start();
}

void IdleWatcher::start()
{
    m_timer->start();
}

void IdleWatcher::stop()
{
    m_timer->stop();
}

bool IdleWatcher::isRunning() const
{
    return m_timer->isActive();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->isActive())
            m_timer->start(); // restart the count
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
