#pragma once

// An event-loop latency probe: a 10 ms timer on the GUI thread that records
// how much later than due each tick arrives. Its worst lateness while a
// screen opens is the longest time the window could not answer (a click, a
// repaint). A stall inside one event shows as one late tick, whatever
// caused it (SQL, layout, painting).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace bench {

class LatencyProbe : public QObject {
public:
    explicit LatencyProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstMs = std::max(m_worstMs, double(now - m_last) / 1e6 - intervalMs);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }

    // The worst lateness since the last reset, counting the time since the
    // last tick (a stall still going on when asked).
    double worstMs() const
    {
        return std::max(m_worstMs, double(m_clock.nsecsElapsed() - m_last) / 1e6 - intervalMs);
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_worstMs = 0;
    }

    static constexpr int intervalMs = 10;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worstMs = 0;
};

} // namespace bench
