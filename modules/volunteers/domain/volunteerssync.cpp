#include "volunteers/domain/volunteerssync.h"

#include "core/auth/audittext.h"
#include "core/db/derivedtables.h"
#include "core/domain/dates.h"
#include "core/sync/naturalkeys.h"
#include "core/sync/postimport.h"
#include "core/sync/tableregistry.h"
#include "volunteers/domain/attestatomerge.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/trainingrepository.h"
#include "volunteers/domain/volunteerfigures.h"
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
    // A batch is updated in place as it runs (state, issued count): mutable.
    // Updated in place as it runs (state, issued count): mutable, not a ledger.
    TableRegistry::declare(QStringLiteral("attestato_batch"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Batches of attestati"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("attestato_batch"), { QStringLiteral("period_from"), QStringLiteral("period_to") });
    TableRegistry::declare(QStringLiteral("organisation"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Organisations"); });
    TableRegistry::declare(QStringLiteral("organisation_renewal"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Yearly renewals"); });
    TableRegistry::declareMergedTogether(QStringLiteral("organisation_renewal"),
        { QStringLiteral("state"), QStringLiteral("h24_availability"), QStringLiteral("enough_volunteers"),
            QStringLiteral("insured_no_charges"), QStringLiteral("activity_report"), QStringLiteral("equipment_list"),
            QStringLiteral("representative_documents") });
    TableRegistry::declare(QStringLiteral("employer"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Employers"); });
    TableRegistry::declare(QStringLiteral("volunteer"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Volunteers"); });
    TableRegistry::declare(QStringLiteral("volunteer_qualification"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Qualifications"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("volunteer_qualification"), { QStringLiteral("obtained_on"), QStringLiteral("expires_on") });
    TableRegistry::declare(QStringLiteral("activation_event"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Events"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("activation_event"), { QStringLiteral("start_date"), QStringLiteral("end_date") });
    // Training (0026_training.sql): courses, editions, sessions, participants
    // and exercises are edited in place (field-level update triggers);
    // attendance is a set of participants per session.
    TableRegistry::declare(QStringLiteral("training_course"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Courses"); });
    TableRegistry::declareMergedTogether(QStringLiteral("training_course"),
        { QStringLiteral("final_test"), QStringLiteral("pass_score"), QStringLiteral("max_score") });
    TableRegistry::declare(QStringLiteral("training_edition"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Course editions"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("training_edition"), { QStringLiteral("start_date"), QStringLiteral("end_date") });
    TableRegistry::declare(QStringLiteral("training_session"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Course sessions"); });
    TableRegistry::declare(QStringLiteral("training_participant"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Course participants"); });
    TableRegistry::declareMergedTogether(QStringLiteral("training_participant"),
        { QStringLiteral("certificate_number"), QStringLiteral("certificate_issued_on") });
    TableRegistry::declareMergedTogether(QStringLiteral("training_participant"),
        { QStringLiteral("volunteer_id"), QStringLiteral("last_name"), QStringLiteral("first_name") });
    TableRegistry::declareSet(QStringLiteral("training_attendance"), { QStringLiteral("session_id"), QStringLiteral("participant_id") },
        [] { return VolunteersSyncTexts::tr("Course attendance"); });
    TableRegistry::declare(QStringLiteral("training_exercise"), TableKind::Mutable, [] { return VolunteersSyncTexts::tr("Exercises"); });
    TableRegistry::declareMergedTogether(QStringLiteral("training_exercise"),
        { QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("participants"), QStringLiteral("person_days") });
    // The Cruscotto's backlog per volunteer, derived from the tables above
    // on every workstation (0020_volunteer_backlog.sql).
    TableRegistry::declareLocal(QStringLiteral("volunteer_backlog"),
        QStringLiteral("derived from activation, attestato_day and volunteer, refreshed by the writer"));
    TableRegistry::declareLocal(QStringLiteral("volunteer_backlog_dirty"),
        QStringLiteral("the volunteers whose volunteer_backlog row is stale, marked by triggers"));
    core::DerivedTables::registerRefresher(QStringLiteral("volunteer_backlog"), &refreshBacklogSummary);
    // One volunteer, one organisation however many workstations record
    // them (core/sync/identitymerge.h): merged without asking when what
    // identifies them agrees, else listed in "Da riconciliare".
    using core::sync::NaturalKeys;
    // A new key typed in the undo of a merge is checked as the forms check
    // it (VolunteerRepository::save, OrganisationRepository::save): the
    // codice fiscale decoded (and the date of birth taken from it), the
    // organisation's name simplified, its registry number trimmed (may be empty).
    NaturalKeys::declare({ QStringLiteral("volunteer"), { QStringLiteral("tax_code") },
        { QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("birth_date") }, true, false,
        [] { return VolunteersSyncTexts::tr("codice fiscale"); },
        [](const QVariant &typed, const QDate &today) -> core::Result<QVariantMap> {
            auto cf = CodiceFiscale::parse(typed.toString(), today);
            if (!cf)
                return cf.error();
            return QVariantMap { { QStringLiteral("tax_code"), cf->code },
                { QStringLiteral("birth_date"), core::toSqlDate(cf->birthDate) } };
        } });
    NaturalKeys::declare({ QStringLiteral("organisation"), { QStringLiteral("registry_number") },
        { QStringLiteral("name") }, true, false, [] { return VolunteersSyncTexts::tr("registry number"); },
        [](const QVariant &typed, const QDate &) -> core::Result<QVariantMap> {
            return QVariantMap { { QStringLiteral("registry_number"), typed.toString().trimmed() } };
        } });
    NaturalKeys::declare({ QStringLiteral("organisation"), { QStringLiteral("name") }, { QStringLiteral("comune_id") },
        true, false, [] { return VolunteersSyncTexts::tr("name"); },
        [](const QVariant &typed, const QDate &) -> core::Result<QVariantMap> {
            const QString name = typed.toString().simplified();
            if (name.isEmpty())
                return core::Error(QStringLiteral("volunteers.organisation_name_missing"));
            return QVariantMap { { QStringLiteral("name"), name } };
        } });
    // One valid attestato per volunteer-day, double services flagged (attestatomerge.h).
    core::sync::PostImport::registerReconciler(QStringLiteral("volunteers"), &AttestatoMerge::reconcile);
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("activation_event"),
        { { QStringLiteral("event_type"), [] { return VolunteersSyncTexts::tr("Event type"); } },
            { QStringLiteral("authorising_act"), [] { return VolunteersSyncTexts::tr("Authorising act"); } },
            { QStringLiteral("phase"), [] { return VolunteersSyncTexts::tr("Phase"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("attestato_batch"),
        { { QStringLiteral("started_at"), [] { return VolunteersSyncTexts::tr("Started on"); } },
            { QStringLiteral("finished_at"), [] { return VolunteersSyncTexts::tr("Finished on"); } },
            { QStringLiteral("period_from"), [] { return VolunteersSyncTexts::tr("Period from"); } },
            { QStringLiteral("period_to"), [] { return VolunteersSyncTexts::tr("Period to"); } },
            { QStringLiteral("event_id"), [] { return VolunteersSyncTexts::tr("Event"); } },
            { QStringLiteral("issued_count"), [] { return VolunteersSyncTexts::tr("Attestati issued"); } },
            { QStringLiteral("output_dir"), [] { return VolunteersSyncTexts::tr("Folder of the files"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("organisation"),
        { { QStringLiteral("registry_number"), [] { return VolunteersSyncTexts::tr("Registry number"); } },
            { QStringLiteral("representative"), [] { return VolunteersSyncTexts::tr("Legal representative"); } },
            { QStringLiteral("representative_role"), [] { return VolunteersSyncTexts::tr("Representative's role"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("organisation_renewal"),
        { { QStringLiteral("year"), [] { return VolunteersSyncTexts::tr("Year"); } },
            { QStringLiteral("h24_availability"), [] { return VolunteersSyncTexts::tr("Available 24 hours"); } },
            { QStringLiteral("enough_volunteers"), [] { return VolunteersSyncTexts::tr("Enough operational volunteers"); } },
            { QStringLiteral("insured_no_charges"), [] { return VolunteersSyncTexts::tr("Insured, no pending charges"); } },
            { QStringLiteral("activity_report"), [] { return VolunteersSyncTexts::tr("Activity report"); } },
            { QStringLiteral("equipment_list"), [] { return VolunteersSyncTexts::tr("Equipment and vehicles list"); } },
            { QStringLiteral("representative_documents"), [] { return VolunteersSyncTexts::tr("Representative's documents"); } },
            { QStringLiteral("state_date"), [] { return VolunteersSyncTexts::tr("State since"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("volunteer"),
        { { QStringLiteral("birth_date"), [] { return VolunteersSyncTexts::tr("Date of birth"); } },
            { QStringLiteral("employment"), [] { return VolunteersSyncTexts::tr("Employment"); } },
            { QStringLiteral("employer_id"), [] { return VolunteersSyncTexts::tr("Employer"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("volunteer_qualification"),
        { { QStringLiteral("name"), [] { return VolunteersSyncTexts::tr("Qualification"); } },
            { QStringLiteral("obtained_on"), [] { return VolunteersSyncTexts::tr("Obtained on"); } },
            { QStringLiteral("expires_on"), [] { return VolunteersSyncTexts::tr("Expires on"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("training_course"),
        { { QStringLiteral("audience"), [] { return VolunteersSyncTexts::tr("Intended for"); } },
            { QStringLiteral("min_attendance"), [] { return VolunteersSyncTexts::tr("Minimum attendance"); } },
            { QStringLiteral("final_test"), [] { return VolunteersSyncTexts::tr("Final test"); } },
            { QStringLiteral("pass_score"), [] { return VolunteersSyncTexts::tr("Pass mark"); } },
            { QStringLiteral("max_score"), [] { return VolunteersSyncTexts::tr("Maximum score"); } },
            { QStringLiteral("qualification"), [] { return VolunteersSyncTexts::tr("Qualification given"); } },
            { QStringLiteral("validity_months"), [] { return VolunteersSyncTexts::tr("Validity (months)"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("training_edition"),
        { { QStringLiteral("course_id"), [] { return VolunteersSyncTexts::tr("Course"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("training_session"),
        { { QStringLiteral("day"), [] { return VolunteersSyncTexts::tr("Day"); } },
            { QStringLiteral("minutes"), [] { return VolunteersSyncTexts::tr("Minutes"); } },
            { QStringLiteral("trainer"), [] { return VolunteersSyncTexts::tr("Trainer"); } },
            { QStringLiteral("topic"), [] { return VolunteersSyncTexts::tr("Topic"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("training_participant"),
        { { QStringLiteral("affiliation"), [] { return VolunteersSyncTexts::tr("Belongs to"); } },
            { QStringLiteral("enrolled_on"), [] { return VolunteersSyncTexts::tr("Enrolled on"); } },
            { QStringLiteral("test_result"), [] { return VolunteersSyncTexts::tr("Test result"); } },
            { QStringLiteral("test_score"), [] { return VolunteersSyncTexts::tr("Test score"); } },
            { QStringLiteral("certificate_number"), [] { return VolunteersSyncTexts::tr("Certificate number"); } },
            { QStringLiteral("certificate_issued_on"), [] { return VolunteersSyncTexts::tr("Certificate issued on"); } },
            { QStringLiteral("qualification_id"), [] { return VolunteersSyncTexts::tr("Qualification"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("training_exercise"),
        { { QStringLiteral("participants"), [] { return VolunteersSyncTexts::tr("Participants"); } },
            { QStringLiteral("person_days"), [] { return VolunteersSyncTexts::tr("Person-days"); } } });
}

void declareAuditTexts()
{
    using core::AuditText;
    VolunteerRepository::declareAuditNames();
    TrainingRepository::declareAuditNames();
    AuditText::setCommand(QStringLiteral("volunteers.training.course.save"), [] { return VolunteersSyncTexts::tr("Course saved"); },
        QStringLiteral("training_course"));
    AuditText::setCommand(QStringLiteral("volunteers.training.edition.save"), [] { return VolunteersSyncTexts::tr("Course edition saved"); },
        QStringLiteral("training_edition"));
    AuditText::setCommand(QStringLiteral("volunteers.training.session.save"), [] { return VolunteersSyncTexts::tr("Course session saved"); },
        QStringLiteral("training_session"));
    AuditText::setCommand(QStringLiteral("volunteers.training.enrol"), [] { return VolunteersSyncTexts::tr("Participant enrolled"); },
        QStringLiteral("training_participant"));
    AuditText::setCommand(QStringLiteral("volunteers.training.attendance"), [] { return VolunteersSyncTexts::tr("Attendance recorded"); },
        QStringLiteral("training_session"));
    AuditText::setCommand(QStringLiteral("volunteers.training.test"), [] { return VolunteersSyncTexts::tr("Final test recorded"); },
        QStringLiteral("training_participant"));
    AuditText::setCommand(QStringLiteral("volunteers.training.certificate"), [] { return VolunteersSyncTexts::tr("Course certificate issued"); },
        QStringLiteral("training_participant"));
    AuditText::setCommand(QStringLiteral("volunteers.training.exercise.save"), [] { return VolunteersSyncTexts::tr("Exercise saved"); },
        QStringLiteral("training_exercise"));
    AuditText::setCommand(QStringLiteral("volunteers.activation.record"), [] { return VolunteersSyncTexts::tr("Activation days recorded"); });
    AuditText::setCommand(QStringLiteral("volunteers.activation.void"), [] { return VolunteersSyncTexts::tr("Activation day voided"); },
        QStringLiteral("activation"));
    AuditText::setCommand(QStringLiteral("volunteers.attestati.batch"), [] { return VolunteersSyncTexts::tr("Attestati issued in a batch"); });
    AuditText::setCommand(QStringLiteral("volunteers.attestati.batch_end"), [] { return VolunteersSyncTexts::tr("Batch of attestati ended"); });
    AuditText::setCommand(QStringLiteral("volunteers.attestato.issue"), [] { return VolunteersSyncTexts::tr("Attestato issued"); },
        QStringLiteral("attestato"));
    AuditText::setCommand(QStringLiteral("volunteers.event.save"), [] { return VolunteersSyncTexts::tr("Event saved"); },
        QStringLiteral("activation_event"));
    AuditText::setCommand(QStringLiteral("volunteers.import"), [] { return VolunteersSyncTexts::tr("Volunteers imported"); });
    AuditText::setCommand(QStringLiteral("volunteers.organisation.save"), [] { return VolunteersSyncTexts::tr("Organisation saved"); },
        QStringLiteral("organisation"));
    AuditText::setCommand(QStringLiteral("volunteers.qualification.remove"), [] { return VolunteersSyncTexts::tr("Qualification removed"); },
        QStringLiteral("volunteer_qualification"));
    AuditText::setCommand(QStringLiteral("volunteers.qualification.save"), [] { return VolunteersSyncTexts::tr("Qualification saved"); },
        QStringLiteral("volunteer_qualification"));
    AuditText::setCommand(QStringLiteral("volunteers.renewal.save"), [] { return VolunteersSyncTexts::tr("Yearly renewal saved"); },
        QStringLiteral("organisation"));
    AuditText::setCommand(QStringLiteral("volunteers.service.save"), [] { return VolunteersSyncTexts::tr("Service saved"); },
        QStringLiteral("volunteer_service"));
    AuditText::setCommand(QStringLiteral("volunteers.volunteer.save"), [] { return VolunteersSyncTexts::tr("Volunteer saved"); },
        QStringLiteral("volunteer"));
}

} // namespace volunteers
