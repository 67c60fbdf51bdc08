#include "listening/ui/requestpanel.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/roles.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace listening {

namespace {
QString at(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("ddd dd/MM/yyyy HH:mm"));
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

struct Event {
    qint64 at;
    QString html;
};
} // namespace

RequestPanel::RequestPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Request details"));

    m_assign = new QPushButton(tr("&Assign..."), this);
    m_attempt = new QPushButton(tr("&Log a call..."), this);
    m_cancelAttempt = new QPushButton(tr("Cancel last &entry..."), this);
    m_escalate = new QPushButton(tr("Call to &118..."), this);
    m_outcome = new QPushButton(tr("Interview &outcome..."), this);
    m_close = new QPushButton(tr("Close as &unreachable..."), this);
    m_attempt->setDefault(true);
    connect(m_assign, &QPushButton::clicked, this, &RequestPanel::assignRequested);
    connect(m_attempt, &QPushButton::clicked, this, &RequestPanel::attemptRequested);
    connect(m_cancelAttempt, &QPushButton::clicked, this, &RequestPanel::cancelAttemptRequested);
    connect(m_escalate, &QPushButton::clicked, this, &RequestPanel::escalationRequested);
    connect(m_outcome, &QPushButton::clicked, this, &RequestPanel::outcomeRequested);
    connect(m_close, &QPushButton::clicked, this, &RequestPanel::closeUnreachableRequested);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_attempt, 0, 0);
    buttons->addWidget(m_assign, 0, 1);
    buttons->addWidget(m_outcome, 1, 0);
    buttons->addWidget(m_escalate, 1, 1);
    buttons->addWidget(m_cancelAttempt, 2, 0);
    buttons->addWidget(m_close, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    clear();
}

void RequestPanel::clear()
{
    m_requestId = 0;
    m_title->setText(tr("No request selected"));
    m_text->setHtml(tr("<p>Select a request to see it here.</p>"));
    for (QPushButton *b : { m_assign, m_attempt, m_cancelAttempt, m_escalate, m_outcome, m_close })
        b->setEnabled(false);
}

QString RequestPanel::html() const
{
    return m_text->toPlainText();
}

void RequestPanel::enable(QPushButton *button, bool open, const QString &permission, const QSqlDatabase &db)
{
    const bool may = core::Access::allows(db, permission);
    button->setEnabled(open && may);
    button->setToolTip(
        may ? QString() : tr("Needs the role %1.").arg(core::RoleText::alternatives(core::rolesAllowing(permission))));
}

void RequestPanel::showDetail(const RequestDetail &d, const QSqlDatabase &db)
{
    m_requestId = d.request.id;
    const bool open = d.outcome.id == 0;
    m_title->setText(tr("Request %1").arg(d.request.code));

    QString h;
    h += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    auto row = [&h](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><td style=\"color:#555f6a;\">%1</td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value);
    };
    if (d.personalVisible) {
        row(tr("Caller"),
            QStringLiteral("<b>%1</b>").arg(esc(d.callerName.isEmpty() ? tr("(no name)") : d.callerName)));
        row(tr("Phone"), QStringLiteral("<b style=\"font-size:large;\">%1</b>").arg(esc(d.callerPhone)));
    } else {
        row(tr("Caller"),
            QStringLiteral("<i style=\"color:#808080;\">%1</i>")
                .arg(tr("reserved: only coordinators and psychologists signed in can read it").toHtmlEscaped()));
    }
    row(tr("Who"), esc(ListeningText::callerKind(d.request.callerKind)));
    row(tr("Comune"), esc(d.request.comune.isEmpty() ? tr("not said") : d.request.comune));
    row(tr("Received"), esc(at(d.request.receivedAt)));
    row(tr("Urgency"), esc(ListeningText::urgency(d.request.urgency)));
    QString deadline = esc(at(d.request.dueAt));
    if (open && !d.summary.reached) {
        const bool late = d.deadline.isOverdue();
        deadline += QStringLiteral(" · <b style=\"color:%1;\">%2</b>")
                        .arg(late ? QStringLiteral("#b71c1c") : QStringLiteral("#123a61"),
                            esc(ListeningText::countdown(d.deadline.remainingToDue)));
    }
    row(tr("Call back by"), deadline);
    if (d.raised)
        row(tr("Status"),
            QStringLiteral("<b style=\"color:#b71c1c;\">%1</b>")
                .arg(esc(tr("with the coordinator: %Ln failed attempt(s)", nullptr, d.summary.failed))));
    h += QStringLiteral("</table>");
    if (d.personalVisible && !d.reason.isEmpty())
        h += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(esc(tr("Reason, in brief")), esc(d.reason));

    QList<Event> events;
    events.append({ d.request.receivedAt, esc(tr("Message left on the answering machine")) });
    for (const AssignmentRow &a : d.assignments)
        events.append({ a.assignedAt, esc(tr("Assigned to %1").arg(a.psychologist)) });
    QSet<qint64> cancelled;
    for (const AttemptRecord &a : d.attempts)
        if (a.outcome == AttemptOutcome::Void)
            cancelled.insert(a.voidsId);
    for (const AttemptRecord &a : d.attempts) {
        if (a.outcome == AttemptOutcome::Void) {
            events.append({ a.attemptedAt,
                QStringLiteral("<i>%1</i>").arg(esc(tr("An earlier entry was cancelled as a mistake"))) });
            continue;
        }
        QString text = tr("Call: %1").arg(ListeningText::attemptOutcome(a.outcome));
        if (!a.psychologist.isEmpty())
            text += QStringLiteral(" (%1)").arg(a.psychologist);
        QString html = esc(text);
        if (a.outcome == AttemptOutcome::Reached)
            html = QStringLiteral("<b style=\"color:#2e7d32;\">%1</b>").arg(html);
        if (cancelled.contains(a.id))
            html = QStringLiteral("<s>%1</s>").arg(html);
        events.append({ a.attemptedAt, html });
    }
    for (int i = 0; i < d.escalations.size(); ++i) {
        QString text = QStringLiteral("<b style=\"color:#b71c1c;\">%1</b>").arg(esc(tr("Call to 118")));
        if (d.personalVisible)
            text += QStringLiteral(": ") + esc(d.escalationReasons.value(i));
        events.append({ d.escalations.at(i).calledAt, text });
    }
    if (d.outcome.id) {
        QString text = QStringLiteral("<b>%1</b>")
                           .arg(esc(tr("Closed: %1").arg(ListeningText::disposition(d.outcome.disposition))));
        if (!d.outcome.referralService.isEmpty())
            text += QStringLiteral(" · ") + esc(d.outcome.referralService);
        QStringList needs;
        for (const QString &n : d.outcome.needs)
            needs.append(ListeningText::need(n));
        if (!needs.isEmpty())
            text += QStringLiteral("<br/>") + esc(tr("Needs: %1").arg(needs.join(QStringLiteral(", "))));
        if (d.personalVisible && !d.outcomeNotes.isEmpty())
            text += QStringLiteral("<br/>") + esc(d.outcomeNotes);
        events.append({ d.outcome.closedAt, text });
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    h += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"2\" cellpadding=\"2\">").arg(esc(tr("What happened")));
    for (const Event &e : events)
        h += QStringLiteral("<tr><td style=\"color:#555f6a; white-space:nowrap;\">%1</td><td>%2</td></tr>")
                 .arg(esc(at(e.at)), e.html);
    h += QStringLiteral("</table>");
    m_text->setHtml(h);

    enable(m_assign, open, core::Permission::ListeningAssign, db);
    enable(m_attempt, open, core::Permission::ListeningAttempt, db);
    enable(m_cancelAttempt, open && d.summary.total > 0, core::Permission::ListeningAttempt, db);
    enable(m_escalate, open, core::Permission::ListeningEscalate, db);
    enable(m_outcome, open && d.summary.reached, core::Permission::ListeningOutcome, db);
    enable(m_close, open && d.raised, core::Permission::ListeningCloseUnreachable, db);
}

} // namespace listening
