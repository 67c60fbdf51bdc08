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
    m_loader = new DashboardLoader(this);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardTab::showFigures);
    connect(m_loader, &DashboardLoader::loadingChanged, this, &DashboardTab::showLoading);
    connect(m_loader, &DashboardLoader::failed, this, [this](const QString &error) {
        m_error = tr("The figures could not be read: %1").arg(error);
    });
}

DashboardTab::~DashboardTab()
{
    // Before the labels go: the worker finishes and closes its connection.
    m_loader->disconnect(this);
    m_loader->stop();
}

void DashboardTab::buildContent()
{
    m_date = new QLabel(this);
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.5);
    dateFont.setBold(true);
    m_date->setFont(dateFont);
    // Says that the figures are being read; the cards stay as they were.
    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("dashboardLoading"));
    m_loading->setStyleSheet(QStringLiteral("color: #555f6a; font-style: italic;"));
    m_loading->hide();
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardTab::refresh);
    auto *header = new QHBoxLayout;
    header->addWidget(m_date, 1);
    header->addWidget(m_loading);
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
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardTab::refreshChanged);
    showCards(); // the activity card at once: it needs no query
    refresh();
}

void DashboardTab::refresh()
{
    QList<const core::Module *> all;
    for (const auto &module : m_modules)
        all.append(module.get());
    m_changed.clear();
    m_refreshTimer->stop();
    m_guide->refresh(); // a handful of rows: on this thread
    refreshModules(all);
}

void DashboardTab::refreshModules(const QList<const core::Module *> &modules)
{
    const QDate today = context().clock->today();
    QString date = QLocale().toString(today, QLocale::LongFormat);
    if (!date.isEmpty())
        date[0] = date.at(0).toUpper();
    m_date->setText(date);
    m_loader->request(context().db, modules, today);
}

void DashboardTab::refreshChanged()
{
    // Only the modules whose figures read a changed table (the activity
    // card always: every commit is in the change log).
    QList<const core::Module *> changed;
    // The first-start guide (a handful of rows, read on this thread) only
    // after a change to what it counts: a save elsewhere runs no SQL here.
    static const QStringList guideTables { QStringLiteral("account"), QStringLiteral("stock_item"),
        QStringLiteral("organisation"), QStringLiteral("room_member") };
    for (const QString &table : guideTables)
        if (m_changed.contains(table)) {
            m_guide->refresh();
            break;
        }
    for (const auto &module : m_modules) {
        const QStringList reads = module->headlineTables();
        bool touched = reads.isEmpty(); // reads what it likes: any change
        for (const QString &table : std::as_const(m_changed))
            touched = touched || reads.contains(table);
        if (touched)
            changed.append(module.get());
    }
    m_changed.clear();
    refreshModules(changed);
}

void DashboardTab::showFigures(const DashboardFigures &figures)
{
    for (auto it = figures.byModule.cbegin(); it != figures.byModule.cend(); ++it)
        m_figures.insert(it.key(), it.value());
    m_activity = figures.activity;
    m_haveFigures = true;
    m_error.clear();
    showCards();
    emit figuresShown();
}

void DashboardTab::showLoading(bool loading)
{
    if (!m_loading)
        return;
    // Done: hidden, unless the last refresh failed (then it says why).
    m_loading->setText(loading ? (m_haveFigures ? tr("Updating the figures…") : tr("Reading the figures…")) : m_error);
    m_loading->setVisible(loading || !m_error.isEmpty());
}

void DashboardTab::showCards()
{
    const QLocale locale;
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
        addCard(module->title(), m_figures.value(module->id()), module->id());

    QList<core::HeadlineFigure> activity;
    if (const auto &a = m_activity) {
        activity.append({ tr("Changes recorded today"), locale.toString(a->changesToday),
                          tr("by %Ln operator(s)", nullptr, a->operatorsToday) });
        if (a->lastChangeAt.isValid())
            activity.append({ tr("Last change"), locale.toString(a->lastChangeAt, QStringLiteral("dd/MM/yyyy HH:mm")),
                              tr("by %1").arg(a->lastChangeBy) });
    }
    activity.append({ tr("Workstation"), QString::number(context().workstation), tr("operator: %1").arg(context().operatorName) });
    addCard(tr("Activity"), activity, QString());
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    m_grid->setRowStretch(index / 2 + 1, 1);
}

void DashboardTab::tablesChanged(const QStringList &tables)
{
    for (const QString &table : tables)
        if (!m_changed.contains(table))
            m_changed.append(table);
    m_refreshTimer->start();
}
