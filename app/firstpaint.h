#pragma once

// "After the first paint": the start does its slow work only once the
// person sees a window, and the start benchmark knows when that is.
// Header-only and QtWidgets-only, so that the benchmark's empty-window
// floor (tests/benchmarks/startfloor.cpp) measures with the same code.

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

namespace firstpaint {

// Calls `then` once, from the event loop, when a widget of `window` has
// been painted for the first time (the paint pass flushes to the screen
// before the next posted event runs), or after `fallbackMs` if it never is
// (hidden, minimised). A null `window`, or one destroyed before it was
// painted: the first paint of any window. Nothing is called once
// `context` is destroyed.
class Watcher : public QObject {
public:
    Watcher(QWidget *window, QObject *context, std::function<void()> then, int fallbackMs)
        : QObject(context), m_window(window), m_then(std::move(then))
    {
        qApp->installEventFilter(this);
        if (fallbackMs >= 0)
            QTimer::singleShot(fallbackMs, this, [this] { fire(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && (!m_window || static_cast<QWidget *>(watched)->window() == m_window))
            QTimer::singleShot(0, this, [this] { fire(); });
        return false;
    }

private:
    void fire()
    {
        if (m_done)
            return;
        m_done = true;
        qApp->removeEventFilter(this);
        auto then = std::move(m_then);
        deleteLater();
        then();
    }

    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    bool m_done = false;
};

inline void afterFirstPaint(QWidget *window, QObject *context, std::function<void()> then, int fallbackMs = 3000)
{
    new Watcher(window, context, std::move(then), fallbackMs);
}

// Benchmarks only: CISIAMO_EXIT_AFTER_FIRST_PAINT=1 in the environment.
inline bool benchmarkProbeWanted()
{
    return qEnvironmentVariableIntValue("CISIAMO_EXIT_AFTER_FIRST_PAINT") == 1;
}

// Milliseconds on the monotonic clock the benchmark reads too
// (std::chrono::steady_clock: CLOCK_MONOTONIC on Linux).
inline double monotonicMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Prints "cisiamo-<what> <monotonic ms>" on standard output, flushed.
inline void mark(const char *what)
{
    std::printf("cisiamo-%s %.3f\n", what, monotonicMs());
    std::fflush(stdout);
}

// With CISIAMO_EXIT_AFTER_FIRST_PAINT=1: prints "cisiamo-first-paint <ms>"
// after the first paint of the first window shown (the sign-in dialog, or
// the main window when signed in from the environment), then ends the
// process at once, without clean-up (the benchmark works on a copy).
inline void installBenchmarkProbe()
{
    if (!benchmarkProbeWanted())
        return;
    new Watcher(nullptr, qApp, [] {
        mark("first-paint");
        std::_Exit(0);
    }, -1);
}

} // namespace firstpaint
