// The floor of the start benchmark: an empty Qt window with a tab widget,
// as big as the program's, painted once. It reports its first paint with
// the same probe as the program (app/firstpaint.h,
// CISIAMO_EXIT_AFTER_FIRST_PAINT=1), so both are measured the same way.

#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    firstpaint::installBenchmarkProbe();
    QWidget window;
    window.setWindowTitle(QStringLiteral("floor"));
    auto *layout = new QVBoxLayout(&window);
    auto *tabs = new QTabWidget(&window);
    tabs->addTab(new QLabel(QStringLiteral("uno")), QStringLiteral("Cruscotto"));
    tabs->addTab(new QLabel(QStringLiteral("due")), QStringLiteral("Volontari"));
    layout->addWidget(tabs);
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
