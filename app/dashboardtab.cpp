#include "dashboardtab.h"

#include "firststart/firststartpanel.h"

#include "core/db/activity.h"
#include "core/ui/appcontext.h"
#include "core/ui/module.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

QString toneColour(core::HeadlineFigure::Tone tone)
{
    switch (tone) {
    case core::HeadlineFigure::Tone::Alert:
        return QStringLiteral("#b71c1c");
    case core::HeadlineFigure::Tone::Warning:
        return QStringLiteral("#a15c00");
    case core::HeadlineFigure::Tone::Normal:
        break;
    }
    return QStringLiteral("#123a61");
}

// One figure of a card. With a target it is a tile: a click, Enter or
// Space opens the module's tab at the figure's page; it takes the keyboard
// focus (Tab) and shows it, and the pointer becomes a hand over it.
class FigureTile : public QFrame {
public:
    FigureTile(const core::HeadlineFigure &f, std::function<void()> open, const QString &tip, QWidget *parent)
        : QFrame(parent), m_open(std::move(open))
    {
        auto *value = new QLabel(QStringLiteral("<span style=\"font-size: 17pt; font-weight: 600; color: %1;\">%2</span>")
                                     .arg(toneColour(f.tone), f.value.toHtmlEscaped()),
                                 this);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QString text = QStringLiteral("<b>%1</b>").arg(f.label.toHtmlEscaped());
        if (!f.note.isEmpty())
            text += QStringLiteral("<br/><span style=\"color: %1;\">%2</span>")
                        .arg(f.tone == core::HeadlineFigure::Tone::Normal ? QStringLiteral("#555f6a") : toneColour(f.tone),
                             f.note.toHtmlEscaped());
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(4, 2, 4, 2);
        row->addWidget(value);
        row->addWidget(label, 1);
        value->setMinimumWidth(std::max(130, value->sizeHint().width())); // values line up across tiles
        if (!m_open)
            return;
        setObjectName(QStringLiteral("dashboardTile"));
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        setToolTip(tip);
        setAccessibleName(f.label);
        setAccessibleDescription(tip);
        setStyleSheet(QStringLiteral("#dashboardTile { border: 1px solid transparent; border-radius: 4px; }"
                                     "#dashboardTile:hover { background: #eef3f8; border-color: #c5d3e2; }"
                                     "#dashboardTile:focus { border: 2px solid #2a6bb0; }"));
    }
protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && m_open) {
            m_open();
            return;
        }
        QFrame::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (m_open && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
            m_open();
            return;
        }
        QFrame::keyPressEvent(event);
    }

private:
    std::function<void()> m_open;
};

} // namespace

DashboardTab::DashboardTab(core::AppContext &context, const std::vector<std::unique_ptr<core::Module>> &modules,
                           QWidget *parent)
    : core::ModuleTab(context, parent), m_modules(modules)
{
    m_guide = new FirstStartPanel(context, *commands(), this);
}

void DashboardTab::buildContent()
{
    m_date = new QLabel(this);
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.5);
    dateFont.setBold(true);
    m_date->setFont(dateFont);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardTab::refresh);
    auto *header = new QHBoxLayout;
    header->addWidget(m_date, 1);
    header->addWidget(refreshButton);

    m_cards = new QWidget;
    m_grid = new QGridLayout(m_cards);
    m_grid->setSpacing(14);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_guide);
    layout->addWidget(scroll, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardTab::refresh);
    refresh();
}

void DashboardTab::refresh()
{
    const QDate today = context().clock->today();
    const QLocale locale;
    QString date = locale.toString(today, QLocale::LongFormat);
    if (!date.isEmpty())
        date[0] = date.at(0).toUpper();
    m_date->setText(date);
    m_guide->refresh();

    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();

    int index = 0;
    // moduleId empty: figures that open nothing (the activity card).
    auto addCard = [&](const QString &title, const QList<core::HeadlineFigure> &figures, const QString &moduleId) {
        if (figures.isEmpty())
            return;
        auto *box = new QGroupBox(title, m_cards);
        auto *column = new QVBoxLayout(box);
        column->setSpacing(2);
        for (const core::HeadlineFigure &f : figures) {
            std::function<void()> open;
            if (!moduleId.isEmpty() && m_opens(moduleId))
                open = [this, moduleId, page = f.page] { emit openRequested(moduleId, page); };
            column->addWidget(new FigureTile(f, open, tr("Open %1").arg(title), box));
            m_shown.append(f.label + QStringLiteral(": ") + f.value);
        }
        m_grid->addWidget(box, index / 2, index % 2);
        ++index;
    };
    for (const auto &module : m_modules)
        addCard(module->title(), module->headlineFigures(context().db, today), module->id());

    QList<core::HeadlineFigure> activity;
    if (auto a = core::activitySummary(context().db, today)) {
        activity.append({ tr("Changes recorded today"), locale.toString(a->changesToday),
                          tr("by %Ln operator(s)", nullptr, a->operatorsToday) });
        if (a->lastChangeAt.isValid())
            activity.append({ tr("Last change"), locale.toString(a->lastChangeAt, QStringLiteral("dd/MM/yyyy HH:mm")),
                              tr("by %1").arg(a->lastChangeBy) });
    }
    activity.append({ tr("Workstation"), QString::number(context().workstation), tr("operator: %1").arg(context().operatorName) });
    addCard(tr("Activity"), activity, QString());
    m_grid->setRowStretch(index / 2 + 1, 1);
}

void DashboardTab::tablesChanged(const QStringList &tables)
{
    Q_UNUSED(tables);
    m_refreshTimer->start();
}
