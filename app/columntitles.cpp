#include "moduleregistry.h"

#include "core/sync/tableregistry.h"

#include <QCoreApplication>

namespace {
// The columns of the foundation's tables, and those that mean the same in
// every table, in words for the conflict dialog.
struct CoreColumnTitles {
    Q_DECLARE_TR_FUNCTIONS(CoreColumnTitles)
};
} // namespace

void declareCoreColumnTitles()
{
    using core::sync::TableRegistry;
    // What a column means wherever it is (a table may say better).
    TableRegistry::declareCommonColumnTitle(QStringLiteral("notes"), [] { return CoreColumnTitles::tr("Notes"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("note"), [] { return CoreColumnTitles::tr("Note"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("name"), [] { return CoreColumnTitles::tr("Name"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("active"), [] { return CoreColumnTitles::tr("Active"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("comune_id"), [] { return CoreColumnTitles::tr("Comune"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("code"), [] { return CoreColumnTitles::tr("Code"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("phone"), [] { return CoreColumnTitles::tr("Phone"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("email"), [] { return CoreColumnTitles::tr("Email"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("pec"), [] { return CoreColumnTitles::tr("PEC"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("kind"), [] { return CoreColumnTitles::tr("Type"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("address"), [] { return CoreColumnTitles::tr("Address"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("cap"), [] { return CoreColumnTitles::tr("Postcode (CAP)"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("created_at"), [] { return CoreColumnTitles::tr("Created on"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("operator"), [] { return CoreColumnTitles::tr("Operator"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("organisation_id"), [] { return CoreColumnTitles::tr("Organisation"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("organisation"), [] { return CoreColumnTitles::tr("Organisation"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("state"), [] { return CoreColumnTitles::tr("State"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("status"), [] { return CoreColumnTitles::tr("Status"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("category_id"), [] { return CoreColumnTitles::tr("Category"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("item_id"), [] { return CoreColumnTitles::tr("Item"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("quantity"), [] { return CoreColumnTitles::tr("Quantity"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("sort_order"), [] { return CoreColumnTitles::tr("Order in the lists"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("lat"), [] { return CoreColumnTitles::tr("Latitude"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("lon"), [] { return CoreColumnTitles::tr("Longitude"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("population"), [] { return CoreColumnTitles::tr("Population"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("tax_code"), [] { return CoreColumnTitles::tr("Tax code"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("start_date"), [] { return CoreColumnTitles::tr("Start date"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("end_date"), [] { return CoreColumnTitles::tr("End date"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("first_day"), [] { return CoreColumnTitles::tr("First day"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("last_day"), [] { return CoreColumnTitles::tr("Last day"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("start_time"), [] { return CoreColumnTitles::tr("Start time"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("reason"), [] { return CoreColumnTitles::tr("Reason"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("description"), [] { return CoreColumnTitles::tr("Description"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("title"), [] { return CoreColumnTitles::tr("Title"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("place"), [] { return CoreColumnTitles::tr("Place"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("mode"), [] { return CoreColumnTitles::tr("Mode"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("scenario"), [] { return CoreColumnTitles::tr("Scenario"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("site_id"), [] { return CoreColumnTitles::tr("Site"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("location_id"), [] { return CoreColumnTitles::tr("Location"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("vault_id"), [] { return CoreColumnTitles::tr("Protected data key"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("account_id"), [] { return CoreColumnTitles::tr("Account"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("public_key"), [] { return CoreColumnTitles::tr("Public key"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("family_name"), [] { return CoreColumnTitles::tr("Surname"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("given_name"), [] { return CoreColumnTitles::tr("First name"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("last_name"), [] { return CoreColumnTitles::tr("Surname"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("first_name"), [] { return CoreColumnTitles::tr("First name"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("class_year"), [] { return CoreColumnTitles::tr("Class"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("school_order"), [] { return CoreColumnTitles::tr("School level"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("contact"), [] { return CoreColumnTitles::tr("Contact person"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("number"), [] { return CoreColumnTitles::tr("Number"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("recipient_id"), [] { return CoreColumnTitles::tr("Recipient"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("request_id"), [] { return CoreColumnTitles::tr("Request"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("request_line_id"), [] { return CoreColumnTitles::tr("Request line"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("allocation_id"), [] { return CoreColumnTitles::tr("Allocation"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("packages"), [] { return CoreColumnTitles::tr("Packages"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("unit"), [] { return CoreColumnTitles::tr("Unit of measure"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("requested"), [] { return CoreColumnTitles::tr("Requested"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("allocated"), [] { return CoreColumnTitles::tr("Allocated"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("volunteer_id"), [] { return CoreColumnTitles::tr("Volunteer"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("edition_id"), [] { return CoreColumnTitles::tr("Course edition"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("key"), [] { return CoreColumnTitles::tr("Setting"); });
    TableRegistry::declareCommonColumnTitle(QStringLiteral("value"), [] { return CoreColumnTitles::tr("Value"); });
    // The foundation's own tables.
    TableRegistry::declareColumnTitles(QStringLiteral("comune"),
        { { QStringLiteral("istat_code"), [] { return CoreColumnTitles::tr("ISTAT code"); } },
            { QStringLiteral("province"), [] { return CoreColumnTitles::tr("Province"); } },
            { QStringLiteral("region"), [] { return CoreColumnTitles::tr("Region"); } },
            { QStringLiteral("cadastral_code"), [] { return CoreColumnTitles::tr("Cadastral code"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("comune_alias"),
        { { QStringLiteral("alias"), [] { return CoreColumnTitles::tr("Other name"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("comune_cmm"),
        { { QStringLiteral("geometry"), [] { return CoreColumnTitles::tr("Boundary"); } },
            { QStringLiteral("zona_omogenea"), [] { return CoreColumnTitles::tr("Zona omogenea"); } },
            { QStringLiteral("coc_address"), [] { return CoreColumnTitles::tr("COC address"); } },
            { QStringLiteral("coc_contact"), [] { return CoreColumnTitles::tr("COC contact person"); } },
            { QStringLiteral("coc_phone"), [] { return CoreColumnTitles::tr("COC phone"); } },
            { QStringLiteral("coc_email"), [] { return CoreColumnTitles::tr("COC email"); } },
            { QStringLiteral("coc_cap"), [] { return CoreColumnTitles::tr("COC postcode (CAP)"); } },
            { QStringLiteral("sindaco"), [] { return CoreColumnTitles::tr("Mayor"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("volunteer_service"),
        { { QStringLiteral("published"), [] { return CoreColumnTitles::tr("In the published figures"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("room_member"),
        { { QStringLiteral("workstation"), [] { return CoreColumnTitles::tr("Workstation"); } },
            { QStringLiteral("joined_at"), [] { return CoreColumnTitles::tr("Joined on"); } },
            { QStringLiteral("removed_at"), [] { return CoreColumnTitles::tr("Removed on"); } },
            { QStringLiteral("removed_after_seq"), [] { return CoreColumnTitles::tr("Last file accepted"); } },
            { QStringLiteral("removed_by"), [] { return CoreColumnTitles::tr("Removed by"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("operator_account"),
        { { QStringLiteral("username"), [] { return CoreColumnTitles::tr("User name"); } },
            { QStringLiteral("display_name"), [] { return CoreColumnTitles::tr("Full name"); } },
            { QStringLiteral("role"), [] { return CoreColumnTitles::tr("Role"); } },
            { QStringLiteral("password_hash"), [] { return CoreColumnTitles::tr("Password"); } },
            { QStringLiteral("must_change_password"), [] { return CoreColumnTitles::tr("Must change the password"); } },
            { QStringLiteral("kdf_salt"), [] { return CoreColumnTitles::tr("Password key: salt"); } },
            { QStringLiteral("kdf_ops"), [] { return CoreColumnTitles::tr("Password key: passes"); } },
            { QStringLiteral("kdf_mem"), [] { return CoreColumnTitles::tr("Password key: memory"); } },
            { QStringLiteral("sealed_secret_key"), [] { return CoreColumnTitles::tr("Secret key (protected)"); } },
            { QStringLiteral("updated_at"), [] { return CoreColumnTitles::tr("Changed on"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("data_vault"),
        { { QStringLiteral("permission"), [] { return CoreColumnTitles::tr("Permission"); } },
            { QStringLiteral("created_by"), [] { return CoreColumnTitles::tr("Created by"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("key_grant"),
        { { QStringLiteral("account_public_key"), [] { return CoreColumnTitles::tr("Account's public key"); } },
            { QStringLiteral("sealed_key"), [] { return CoreColumnTitles::tr("Key (protected)"); } },
            { QStringLiteral("granted_at"), [] { return CoreColumnTitles::tr("Granted on"); } },
            { QStringLiteral("granted_by"), [] { return CoreColumnTitles::tr("Granted by"); } } });
}
