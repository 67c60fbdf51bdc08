#include "volunteers/domain/volunteerssync.h"

#include "core/sync/tableregistry.h"

#include <QCoreApplication>

namespace volunteers {

namespace {
struct VolunteersSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(volunteers::VolunteersSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("activation"), TableKind::Ledger, [] { return VolunteersSyncTexts::tr("Activations"); });
    TableRegistry::declare(QStringLiteral("attestato"), TableKind::Ledger, [] { return VolunteersSyncTexts::tr("Attestati"); });
    TableRegistry::declare(QStringLiteral("attestato_day"), TableKind::Ledger, [] { return VolunteersSyncTexts::tr("Days of the attestati"); });
    TableRegistry::declare(QStringLiteral("attestato_batch"), TableKind::Ledger, [] { return VolunteersSyncTexts::tr("Batches of attestati"); });
    TableRegistry::setTitle(QStringLiteral("organisation"), [] { return VolunteersSyncTexts::tr("Organisations"); });
    TableRegistry::setTitle(QStringLiteral("organisation_renewal"), [] { return VolunteersSyncTexts::tr("Yearly renewals"); });
    TableRegistry::setTitle(QStringLiteral("employer"), [] { return VolunteersSyncTexts::tr("Employers"); });
    TableRegistry::setTitle(QStringLiteral("volunteer"), [] { return VolunteersSyncTexts::tr("Volunteers"); });
    TableRegistry::setTitle(QStringLiteral("volunteer_qualification"), [] { return VolunteersSyncTexts::tr("Qualifications"); });
    TableRegistry::setTitle(QStringLiteral("activation_event"), [] { return VolunteersSyncTexts::tr("Events"); });
}

} // namespace volunteers
