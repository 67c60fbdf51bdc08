#include "moduleregistry.h"

#include "comuni/ui/comunimodule.h"
#include "deliveries/domain/deliveriessync.h"
#include "deliveries/demo/deliverydemo.h"
#include "deliveries/ui/deliveriesmodule.h"
#include "stock/demo/stockdemo.h"
#include "stock/domain/stocksync.h"
#include "stock/ui/stockmodule.h"
#include "tutoring/demo/tutoringdemo.h"
#include "tutoring/domain/tutoringsync.h"
#include "tutoring/ui/tutoringmodule.h"
#include "volunteers/demo/trainingdemo.h"
#include "volunteers/demo/volunteersdemo.h"
#include "volunteers/domain/volunteerssync.h"
#include "volunteers/ui/volunteersmodule.h"
#include "listening/demo/listeningdemo.h"
#include "listening/domain/listeningsync.h"
#include "listening/ui/listeningmodule.h"
#include "room/demo/roomdemo.h"
#include "room/domain/roomsync.h"
#include "room/ui/roommodule.h"
#include "fleet/demo/fleetdemo.h"
#include "fleet/domain/fleetsync.h"
#include "fleet/ui/fleetmodule.h"
#include "core/auth/accountrepository.h"
#include "core/auth/auditreports.h"
#include "core/auth/audittext.h"
#include "core/demo/demoaccounts.h"
#include "core/sync/tableregistry.h"
#include "core/ui/errortext.h"

#include <QCoreApplication>

std::vector<std::unique_ptr<core::Module>> createModules()
{
    // The tabs' order, after the Cruscotto: the room's daily work first
    // (goods in, goods out, volunteers), then the services, then the
    // reference data of the comuni.
    std::vector<std::unique_ptr<core::Module>> modules;
    modules.push_back(std::make_unique<stock::StockModule>());
    modules.push_back(std::make_unique<deliveries::DeliveriesModule>());
    modules.push_back(std::make_unique<volunteers::VolunteersModule>());
    modules.push_back(std::make_unique<tutoring::TutoringModule>());
    modules.push_back(std::make_unique<listening::ListeningModule>());
    // The room's own work (events, diary) and the Colonna Mobile.
    modules.push_back(std::make_unique<room::RoomModule>());
    modules.push_back(std::make_unique<fleet::FleetModule>());
    modules.push_back(std::make_unique<comuni::ComuniModule>());
    return modules;
}

core::ReportCatalog createReportCatalog(const std::vector<std::unique_ptr<core::Module>> &modules)
{
    core::ReportCatalog catalog;
    for (const auto &module : modules)
        for (const core::ReportDefinition &definition : module->reports())
            catalog.add(definition);
    for (const core::ReportDefinition &definition : core::AuditReports::definitions())
        catalog.add(definition);
    return catalog;
}

QList<core::DemoStep> demoSteps()
{
    QList<core::DemoStep> steps;
    // The accounts first: the modules' steps sign in as them. Their
    // password is public (README), so the Argon2 cost protects nothing; the
    // test suite's demo (tests/CMakeLists.txt) asks for the cheapest with
    // CISIAMO_DEMO_KDF=minimum, since its tests start the program hundreds
    // of times and each sign-in costs two Argon2 runs (about 0.3 s of CPU at
    // the interactive cost). A demo made by hand, and the benchmarks',
    // keep the cost of real accounts.
    const bool cheapKdf = qEnvironmentVariable("CISIAMO_DEMO_KDF") == QLatin1String("minimum");
    steps.append(core::demoAccountsStep(cheapKdf ? core::KdfCost::minimum() : core::KdfCost::interactive()));
    steps.append(stock::demoStep());
    // Steps that issue stock for the published period (deliveries) go here,
    // between the stock receipts and the stock closing.
    steps.append(deliveries::demoStep());
    // stock-closing must stay after every step that issues stock for
    // 2020-2021: it clears what is left of that period on 30/06/2021.
    steps.append(stock::demoClosingStep());
    // With --years: the invented warehouse issues become recorded deliveries.
    steps.append(deliveries::historyStep());
    steps.append(tutoring::tutoringDemoStep());
    steps.append(volunteers::volunteersDemoStep());
    steps.append(listening::listeningDemoStep());
    // The room's events extend those of the volunteers step: after it.
    steps.append(room::demoStep());
    // After volunteers: the fleet lends equipment to its organisations.
    steps.append(fleet::fleetDemoStep());
    // Courses and exercises use the volunteers and organisations above.
    steps.append(volunteers::trainingDemoStep());
    // Deployments: after the exercises, whose days they must not overlap.
    steps.append(fleet::fleetDeploymentsDemoStep());
    return steps;
}

namespace {
// Titles of the foundation's tables in the conflict and status dialogs.
struct CoreTableTitles {
    Q_DECLARE_TR_FUNCTIONS(CoreTableTitles)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("comune"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Comuni of Italy"); });
    TableRegistry::declare(QStringLiteral("comune_cmm"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Comuni: details and contacts"); });
    TableRegistry::declare(QStringLiteral("comune_alias"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Comuni: other names"); });
    TableRegistry::declare(QStringLiteral("reference_point"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Reference places"); });
    TableRegistry::declare(QStringLiteral("goods_category"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Goods categories"); });
    TableRegistry::declare(QStringLiteral("volunteer_service"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Volunteer services"); });
    TableRegistry::declare(QStringLiteral("tutoring_subject"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Study support subjects"); });
    TableRegistry::declare(QStringLiteral("school"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Schools"); });
    TableRegistry::declare(QStringLiteral("room_member"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Room members"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("room_member"), { QStringLiteral("removed_at"), QStringLiteral("removed_after_seq") });
    // Each module declares its ledgers and titles from its domain library.
    stock::declareSyncTables();
    deliveries::declareSyncTables();
    tutoring::declareSyncTables();
    volunteers::declareSyncTables();
    // Accounts and keys are master data; the audit log is append-only.
    TableRegistry::declare(QStringLiteral("audit_event"), core::sync::TableKind::Ledger,
                           [] { return CoreTableTitles::tr("Audit log"); });
    // Files already imported travel with the rows they created, so that a
    // colleague is told too (append-only: see 0009_import_file.sql).
    TableRegistry::declare(QStringLiteral("import_file"), core::sync::TableKind::Ledger,
                           [] { return CoreTableTitles::tr("Imported files"); });
    // The conflict log and its reviews travel, so that every workstation
    // shows the same list (0017_merge_declarations.sql).
    TableRegistry::declare(QStringLiteral("merge_conflict"), core::sync::TableKind::Ledger,
                           [] { return CoreTableTitles::tr("Synchronisation conflicts"); });
    TableRegistry::declare(QStringLiteral("merge_conflict_review"), core::sync::TableKind::Ledger,
                           [] { return CoreTableTitles::tr("Reviews of synchronisation conflicts"); });
    // What the merge of columns a CHECK ties together needs beyond the row
    // (0032_merge_group_state.sql, core/sync/groupmerge.h).
    TableRegistry::declareLocal(QStringLiteral("merge_group_state"),
        QStringLiteral("the field-level winners and latest snapshot of each group of columns merged together, "
                       "kept by the importer and exporter of this workstation"));
    // Records made twice and merged into one (0019_identity_merge.sql).
    TableRegistry::declare(QStringLiteral("identity_merge"), core::sync::TableKind::Ledger,
                           [] { return CoreTableTitles::tr("Records merged"); });
    // Merges undone (0028_identity_merge_undo.sql): append-only, travels.
    TableRegistry::declare(QStringLiteral("identity_merge_undo"), core::sync::TableKind::Ledger,
                           [] { return CoreTableTitles::tr("Merges undone"); });
    TableRegistry::declare(QStringLiteral("operator_account"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Operator accounts"); });
    TableRegistry::declare(QStringLiteral("data_vault"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Protected data keys"); });
    TableRegistry::declare(QStringLiteral("key_grant"), core::sync::TableKind::Mutable, [] { return CoreTableTitles::tr("Access to protected data"); });
    listening::declareSyncTables();
    room::declareSyncTables();
    fleet::declareSyncTables();
    declareCoreColumnTitles();
    declareAuditTexts();
}

void declareAuditTexts()
{
    using core::AuditText;
    core::AccountRepository::declareAuditNames();
    AuditText::setCommand(QStringLiteral("sync.identity.merge"), [] { return CoreTableTitles::tr("Records merged"); });
    AuditText::setCommand(QStringLiteral("sync.identity.undo"), [] { return CoreTableTitles::tr("Merge undone"); });
    AuditText::setCommand(QStringLiteral("core.account.create"), [] { return CoreTableTitles::tr("Account created"); },
        QStringLiteral("operator_account"));
    AuditText::setCommand(QStringLiteral("core.account.update"), [] { return CoreTableTitles::tr("Account changed"); },
        QStringLiteral("operator_account"));
    AuditText::setCommand(QStringLiteral("core.account.reset_password"), [] { return CoreTableTitles::tr("Password reset"); },
        QStringLiteral("operator_account"));
    AuditText::setCommand(QStringLiteral("core.account.grant_key"), [] { return CoreTableTitles::tr("Data key given"); },
        QStringLiteral("operator_account"));
    AuditText::setCommand(QStringLiteral("core.account.clear_lockout"), [] { return CoreTableTitles::tr("Sign-in lockout cleared"); });
    AuditText::setCommand(QStringLiteral("core.workstation.set"), [] { return CoreTableTitles::tr("Workstation number set"); });
    AuditText::setCommand(QStringLiteral("sync.room.create"), [] { return CoreTableTitles::tr("Operations room created"); });
    AuditText::setCommand(QStringLiteral("sync.room.join"), [] { return CoreTableTitles::tr("Workstation joined the room"); });
    AuditText::setCommand(QStringLiteral("sync.room.remove"), [] { return CoreTableTitles::tr("Workstation removed from the room"); });
    AuditText::setCommand(QStringLiteral("sync.room.invite"), [] { return CoreTableTitles::tr("Invitation written"); });
    AuditText::setCommand(QStringLiteral("comuni.details.save"), [] { return CoreTableTitles::tr("Comune details saved"); },
        QStringLiteral("comune"));
    // A refused sync file's reason, in the words of the error messages
    // (without their arguments: only a message that needs none is used).
    AuditText::setErrorText([](const QString &code) {
        const QString text = core::ErrorText::describe(core::Error(code));
        return text.contains(QLatin1Char('%')) ? code : text;
    });
    stock::declareAuditTexts();
    deliveries::declareAuditTexts();
    tutoring::declareAuditTexts();
    volunteers::declareAuditTexts();
    listening::declareAuditTexts();
    room::declareAuditTexts();
    fleet::declareAuditTexts();
}
