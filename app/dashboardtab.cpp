#include "dashboardtab.h"

#include "firststart/firststartpanel.h"

#include "core/db/activity.h"
#include "core/ui/appcontext.h"
#include "core/ui/module.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

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

QGroupBox *makeCard(const QString &title, const QList<core::HeadlineFigure> &figures, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const core::HeadlineFigure &f : figures) {
        auto *value = new QLabel(QStringLiteral("<span style=\"font-size: 17pt; font-weight: 600; color: %1;\">%2</span>")
                                     .arg(toneColour(f.tone), f.value.toHtmlEscaped()),
                                 box);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QString text = QStringLiteral("<b>%1</b>").arg(f.label.toHtmlEscaped());
        if (!f.note.isEmpty())
            text += QStringLiteral("<br/><span style=\"color: %1;\">%2</span>")
                        .arg(f.tone == core::HeadlineFigure::Tone::Normal ? QStringLiteral("#555f6a") : toneColour(f.tone),
                             f.note.toHtmlEscaped());
        auto *label = new QLabel(text, box);
        label->setWordWrap(true);
        grid->addWidget(value, row, 0);
        grid->addWidget(label, row, 1);
        ++row;
    }
    return box;
}

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
    auto addCard = [&](const QString &title, const QList<core::HeadlineFigure> &figures) {
        if (figures.isEmpty())
            return;
        m_grid->addWidget(makeCard(title, figures, m_cards), index / 2, index % 2);
        for (const core::HeadlineFigure &f : figures)
            m_shown.append(f.label + QStringLiteral(": ") + f.value);
        ++index;
    };
    for (const auto &module : m_modules)
        addCard(module->title(), module->headlineFigures(context().db, today));

    QList<core::HeadlineFigure> activity;
    if (auto a = core::activitySummary(context().db, today)) {
        activity.append({ tr("Changes recorded today"), locale.toString(a->changesToday),
                          tr("by %Ln operator(s)", nullptr, a->operatorsToday) });
        if (a->lastChangeAt.isValid())
            activity.append({ tr("Last change"), locale.toString(a->lastChangeAt, QStringLiteral("dd/MM/yyyy HH:mm")),
                              tr("by %1").arg(a->lastChangeBy) });
    }
    activity.append({ tr("Workstation"), QString::number(context().workstation), tr("operator: %1").arg(context().operatorName) });
    addCard(tr("Activity"), activity);
    m_grid->setRowStretch(index / 2 + 1, 1);
}

void DashboardTab::tablesChanged(const QStringList &tables)
{
    Q_UNUSED(tables);
    m_refreshTimer->start();
}
