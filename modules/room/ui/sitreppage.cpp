#include "room/ui/sitreppage.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/backgroundreader.h"
#include "core/reporting/reporthtml.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/reportactions.h"
#include "room/domain/sitrep.h"
#include "room/ui/diaryentrydialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace room {

SitrepPage::SitrepPage(core::AppContext &context, QWidget *parent)
    : RoomPage(context, parent)
{
    m_day = new core::DateField(context.clock->now().date(), this);
    m_day->setMaximumDate(context.clock->now().date());
    m_event = new QComboBox(this);
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_prepare = new QPushButton(tr("Prepare the &report"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);

    auto *choose = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    auto *eventLabel = new QLabel(tr("E&vent:"), this);
    eventLabel->setBuddy(m_event);
    choose->addWidget(dayLabel);
    choose->addWidget(m_day);
    choose->addSpacing(12);
    choose->addWidget(eventLabel);
    choose->addWidget(m_event);
    choose->addWidget(m_prepare);
    choose->addStretch(1);

    auto *outputs = new QHBoxLayout;
    const auto output = [&](const QString &text, void (*action)(QWidget *, const core::ReportDocument &)) {
        auto *button = new QPushButton(text, this);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, action] { save(action); });
        outputs->addWidget(button);
        m_outputs.append(button);
    };
    output(tr("Print &preview…"), &core::ReportActions::preview);
    output(tr("Save as P&DF…"), &core::ReportActions::savePdf);
    output(tr("Save as &Excel…"), &core::ReportActions::saveXlsx);
    output(tr("Save as CS&V…"), &core::ReportActions::saveCsv);
    outputs->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_status);
    layout->addWidget(m_browser, 1);
    layout->addLayout(outputs);

    m_status->setText(tr("Choose the day and, if you like, one event, then Prepare the report: every figure is computed from "
                         "the records."));
    m_reader = new core::BackgroundReader(this);
    connect(m_prepare, &QPushButton::clicked, this, &SitrepPage::prepare);
    // Enter in the day field prepares the report, as the button does.
    connect(m_day, &QLineEdit::returnPressed, this, &SitrepPage::prepare);
    fillEvents();
}

void SitrepPage::fillEvents()
{
    room::fillEvents(m_event, context().db, tr("Every event"));
}

void SitrepPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("activation_event")))
        fillEvents();
}

QString SitrepPage::statusText() const
{
    return m_status->text();
}

void SitrepPage::prepare()
{
    if (!m_day->isValid()) {
        m_status->setText(m_day->problem());
        return;
    }
    // The permission on the window's connection (a refusal is audited
    // there); the figures on the worker's.
    if (auto s = core::Access::require(context().db, core::Permission::RoomView); !s) {
        showResult(s.error());
        return;
    }
    core::ReportRequest request;
    request.at = m_day->date();
    if (const qint64 id = m_event->currentData().toLongLong())
        request.options.insert(QStringLiteral("event"), QString::number(id));
    request.now = context().clock->now();
    request.locale = QLocale();
    request.operatorName = core::sessionPersonName(context().db);

    const int read = ++m_read;
    m_reading = true;
    m_prepare->setEnabled(false);
    for (QPushButton *b : std::as_const(m_outputs))
        b->setEnabled(false);
    m_status->setText(tr("Computing the situation report of %1…").arg(m_day->date().toString(QStringLiteral("dd/MM/yyyy"))));
    auto answer = std::make_shared<std::optional<core::Result<core::ReportDocument>>>();
    m_reader->read(
        context().db.databaseName(),
        [answer, request](const QSqlDatabase &db) { *answer = SitrepReport::build(db, request); },
        [this, read, answer](const core::Error &openError) {
            if (read != m_read)
                return;
            m_reading = false;
            m_prepare->setEnabled(true);
            showResult(openError.code.isEmpty() && answer->has_value() ? **answer
                                                                  : core::Result<core::ReportDocument>(openError));
            emit reportReady();
        });
}

void SitrepPage::showResult(const core::Result<core::ReportDocument> &document)
{
    if (!document) {
        m_document.reset();
        m_browser->clear();
        m_status->setText(core::ErrorText::describe(document.error()));
        for (QPushButton *b : std::as_const(m_outputs))
            b->setEnabled(false);
        return;
    }
    m_document = *document;
    m_browser->setHtml(core::ReportHtmlWriter(QLocale()).write(*m_document));
    QString what = m_document->parameters.value(0).second;
    if (m_document->parameters.size() > 1)
        what += QStringLiteral(" · ") + m_document->parameters.value(1).second;
    m_status->setText(tr("Situation report of %1.").arg(what));
    for (QPushButton *b : std::as_const(m_outputs))
        b->setEnabled(true);
}

void SitrepPage::save(void (*action)(QWidget *, const core::ReportDocument &))
{
    if (m_document)
        action(this, *m_document);
}

} // namespace room
