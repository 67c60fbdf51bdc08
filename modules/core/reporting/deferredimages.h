#pragma once

#include "core/reporting/reportdocument.h"

#include <QImage>
#include <QList>

#include <functional>

namespace core {

// Pictures that only the GUI thread can draw (a widget rendered, like the
// distribution map) inside a report built on a worker (core::BackgroundReport).
// While a DeferredImages::Collect lives on the worker, a picture's maker
// reads there what it needs (its SQL), and hands defer() a function that
// draws from that alone; defer() returns a placeholder the document
// carries. When the document reaches the GUI thread, drawInto() draws each
// placeholder's picture, without SQL. Off a worker's build (the command
// line, a build on the GUI thread) makers draw at once, as before.
class DeferredImages {
public:
    using Draw = std::function<QImage()>;

    // Collects the pictures deferred on this thread while it lives.
    class Collect {
    public:
        explicit Collect(DeferredImages &into);
        ~Collect();
        Collect(const Collect &) = delete;
        Collect &operator=(const Collect &) = delete;

    private:
        DeferredImages *m_previous = nullptr;
    };

    // Whether this thread collects (a maker off the GUI thread asks first).
    static bool collecting();
    // A placeholder for the picture `draw` makes, when this thread collects;
    // a null image otherwise.
    static QImage defer(Draw draw);

    bool isEmpty() const { return m_draws.isEmpty(); }
    // On the GUI thread: replaces the placeholders in `document` by their
    // pictures (a picture that cannot be drawn leaves its block out).
    void drawInto(ReportDocument &document) const;

private:
    QList<Draw> m_draws;
};

} // namespace core
