#include "syncstatuswidget.h"

#include "core/domain/clock.h"
#include "core/sync/syncservice.h"
#include "core/ui/errortext.h"
#include "core/ui/syncerrortext.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString when(const QDateTime &t)
{
    if (!t.isValid())
        return SyncStatusWidget::tr("never");
    const QLocale locale;
    if (t.date() == core::SystemClock::instance().today())
        return locale.toString(t.time(), QStringLiteral("HH:mm"));
    return locale.toString(t, QStringLiteral("dd/MM HH:mm"));
}

} // namespace

SyncStatusWidget::SyncStatusWidget(core::sync::SyncService *service, QWidget *parent)
    : QToolButton(parent)
    , m_service(service)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Synchronisation status"));
    connect(m_service, &core::sync::SyncService::statusChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::refresh()
{
    const core::sync::SyncStatus &s = m_service->status();
    QStringList parts;
    QString style;
    QString tip;
    if (!s.enabled) {
        parts.append(tr("Sync off"));
        tip = tr("No sync folder is set: this workstation works on its own. Set one in Settings, Synchronisation.");
        if (s.pending > 0)
            parts.append(tr("%Ln change(s) not shared", nullptr, int(s.pending)));
        style = QStringLiteral("color: #555f6a;");
    } else if (!s.folderReachable) {
        parts.append(tr("⚠ Sync folder unreachable: working offline"));
        if (s.pending > 0)
            parts.append(tr("%Ln change(s) to send", nullptr, int(s.pending)));
        if (s.nextAttempt.isValid())
            parts.append(tr("retry at %1").arg(QLocale().toString(s.nextAttempt.time(), QStringLiteral("HH:mm"))));
        tip = core::ErrorText::describe(s.lastError);
        style = QStringLiteral(
            "background: #b71c1c; color: white; font-weight: bold; padding: 1px 6px; border-radius: 3px;");
    } else {
        parts.append(s.busy ? tr("Synchronising...") : tr("Sent %1").arg(when(s.lastExport)));
        parts.append(tr("received %1").arg(when(s.lastImport)));
        parts.append(s.pending == 0 ? tr("all sent") : tr("%Ln change(s) to send", nullptr, int(s.pending)));
        tip = tr("Sync folder: %1").arg(s.folder);
        if (!s.lastError.code.isEmpty()) {
            tip += QLatin1Char('\n') + core::ErrorText::describe(s.lastError);
            style = QStringLiteral("color: #b71c1c;");
        }
    }
    if (s.refusedFiles > 0) {
        parts.append(tr("%Ln file(s) refused", nullptr, s.refusedFiles));
        style = QStringLiteral("color: #b71c1c; font-weight: bold;");
    }
    // A workstation's clock days ahead wins every concurrent edit: said
    // where the room looks, not only in the technical log.
    for (const core::sync::ClockAhead &c : s.clockAhead) {
        parts.append(QStringLiteral("⚠ ") + core::SyncErrorText::clockAhead(c.workstation, c.workstationName, c.aheadMs, true));
        tip += QLatin1Char('\n') + core::SyncErrorText::clockAhead(c.workstation, c.workstationName, c.aheadMs);
        style = QStringLiteral("color: #b71c1c; font-weight: bold;");
    }
    if (s.openConflicts > 0) {
        parts.append(tr("%Ln conflict(s)", nullptr, s.openConflicts));
        if (style.isEmpty())
            style = QStringLiteral("color: #a15c00; font-weight: bold;");
    }
    if (s.parked > 0)
        parts.append(tr("%Ln on hold", nullptr, s.parked));
    if (s.lastBackup.isValid())
        tip += QLatin1Char('\n')
            + tr("Last automatic backup: %1").arg(QLocale().toString(s.lastBackup, QLocale::ShortFormat));
    setText(parts.join(QStringLiteral(" · ")));
    if (s.openConflicts > 0)
        tip += QLatin1Char('\n')
            + tr("%Ln conflict(s) to review: Synchronisation, Conflicts to review.", nullptr, s.openConflicts);
    if (s.parked > 0)
        tip += QLatin1Char('\n')
            + tr("%Ln received change(s) on hold, waiting for data not yet arrived.", nullptr, s.parked);
    setToolTip(tip.trimmed() + QLatin1Char('\n') + tr("Click for the synchronisation status."));
    setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QToolButton { %1 }").arg(style));
}
