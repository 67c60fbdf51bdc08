#include "listening/domain/listeningsync.h"

#include "core/sync/tableregistry.h"

#include <QCoreApplication>

namespace listening {

namespace {
struct ListeningSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(listening::ListeningSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("listening_assignment"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Callback assignments"); });
    TableRegistry::declare(QStringLiteral("listening_attempt"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Call attempts"); });
    TableRegistry::declare(QStringLiteral("listening_escalation"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Escalations"); });
    TableRegistry::declare(QStringLiteral("listening_outcome"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Interview outcomes"); });
    TableRegistry::declare(QStringLiteral("listening_group_session"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Support group sessions"); });
    TableRegistry::setTitle(QStringLiteral("listening_request"), [] { return ListeningSyncTexts::tr("Listening requests"); });
    TableRegistry::setTitle(QStringLiteral("listening_psychologist"), [] { return ListeningSyncTexts::tr("Psychologists"); });
    TableRegistry::setTitle(QStringLiteral("listening_support_group"), [] { return ListeningSyncTexts::tr("Support groups"); });
    TableRegistry::setTitle(QStringLiteral("listening_group_participant"), [] { return ListeningSyncTexts::tr("Support group participants"); });
    TableRegistry::setTitle(QStringLiteral("listening_coc_placement"), [] { return ListeningSyncTexts::tr("Psychologists in the COC"); });
}

} // namespace listening
