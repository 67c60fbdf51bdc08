#include "volunteers/domain/volunteerssync.h"

#include "core/auth/audittext.h"
#include "core/sync/tableregistry.h"
#include "volunteers/domain/volunteerrepository.h"

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

void declareAuditTexts()
{
    using core::AuditText;
    using T = VolunteersSyncTexts;
    VolunteerRepository::declareAuditNames();
    AuditText::setCommand(QStringLiteral("volunteers.activation.record"), [] { return T::tr("Activation days recorded"); });
    AuditText::setCommand(QStringLiteral("volunteers.activation.void"), [] { return T::tr("Activation day voided"); },
        QStringLiteral("activation"));
    AuditText::setCommand(QStringLiteral("volunteers.attestati.batch"), [] { return T::tr("Attestati issued in a batch"); });
    AuditText::setCommand(QStringLiteral("volunteers.attestati.batch_end"), [] { return T::tr("Batch of attestati ended"); });
    AuditText::setCommand(QStringLiteral("volunteers.attestato.issue"), [] { return T::tr("Attestato issued"); },
        QStringLiteral("attestato"));
    AuditText::setCommand(QStringLiteral("volunteers.event.save"), [] { return T::tr("Event saved"); },
        QStringLiteral("activation_event"));
    AuditText::setCommand(QStringLiteral("volunteers.import"), [] { return T::tr("Volunteers imported"); });
    AuditText::setCommand(QStringLiteral("volunteers.organisation.save"), [] { return T::tr("Organisation saved"); },
        QStringLiteral("organisation"));
    AuditText::setCommand(QStringLiteral("volunteers.qualification.remove"), [] { return T::tr("Qualification removed"); },
        QStringLiteral("volunteer_qualification"));
    AuditText::setCommand(QStringLiteral("volunteers.qualification.save"), [] { return T::tr("Qualification saved"); },
        QStringLiteral("volunteer_qualification"));
    AuditText::setCommand(QStringLiteral("volunteers.renewal.save"), [] { return T::tr("Yearly renewal saved"); },
        QStringLiteral("organisation"));
    AuditText::setCommand(QStringLiteral("volunteers.service.save"), [] { return T::tr("Service saved"); },
        QStringLiteral("volunteer_service"));
    AuditText::setCommand(QStringLiteral("volunteers.volunteer.save"), [] { return T::tr("Volunteer saved"); },
        QStringLiteral("volunteer"));
}

} // namespace volunteers
