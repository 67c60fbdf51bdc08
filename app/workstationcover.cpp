#include "workstationcover.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

WorkstationCover::~WorkstationCover()
{
    uncover();
}

void WorkstationCover::cover(const QWidget *except)
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible() || window == except)
            continue;
        auto *panel = new QWidget(window);
        panel->setObjectName(QStringLiteral("workstationCover"));
        panel->setAutoFillBackground(true);
        QPalette palette = panel->palette();
        palette.setColor(QPalette::Window, QColor(0x12, 0x3a, 0x61));
        palette.setColor(QPalette::WindowText, Qt::white);
        panel->setPalette(palette);
        auto *label = new QLabel(tr("Workstation locked"), panel);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        label->setFont(font);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        auto *layout = new QVBoxLayout(panel);
        layout->setContentsMargins(20, 80, 20, 20);
        layout->addWidget(label);
        layout->addStretch();
        panel->setGeometry(window->rect());
        panel->raise();
        panel->show();
        window->installEventFilter(this);
        m_covers.append(panel);
    }
}

void WorkstationCover::uncover()
{
    for (const QPointer<QWidget> &panel : std::as_const(m_covers)) {
        if (!panel)
            continue;
        if (QWidget *window = panel->parentWidget())
            window->removeEventFilter(this);
        delete panel.data();
    }
    m_covers.clear();
}

bool WorkstationCover::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (const QPointer<QWidget> &panel : std::as_const(m_covers))
            if (panel && panel->parentWidget() == watched) {
                panel->setGeometry(panel->parentWidget()->rect());
                panel->raise();
            }
    }
    return QObject::eventFilter(watched, event);
}
