#include "core/ui/errortext.h"

#include "core/ui/syncerrortext.h"
#include "core/auth/permissions.h"
#include "core/auth/roles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QHash>
#include <QLocale>

#include <limits>

namespace core {

namespace {
QHash<QString, ErrorText::Translator> &translators()
{
    static QHash<QString, ErrorText::Translator> map;
    return map;
}
} // namespace

void ErrorText::registerTranslator(const QString &prefix, Translator translator)
{
    translators().insert(prefix, std::move(translator));
}

QString ErrorText::location(const ErrorLocation &where)
{
    QStringList parts;
    if (!where.file.isEmpty())
        parts.append(QFileInfo(where.file).fileName());
    if (where.line > 0)
        parts.append(tr("line %1").arg(where.line));
    if (!where.field.isEmpty())
        parts.append(tr("field «%1»").arg(where.field));
    return parts.join(QStringLiteral(", "));
}

QString ErrorText::writeFailureReason(const QStringList &args)
{
    const QString kind = args.value(2);
    if (kind == QLatin1String("disk_full"))
        return tr("the disk is full");
    if (kind == QLatin1String("too_large"))
        return tr("the file is larger than this disk or the system allows");
    if (kind == QLatin1String("io"))
        return tr("the disk or USB key refused the write: full, removed or faulty?");
    return args.value(1).isEmpty() ? tr("disk full or read-only?") : args.value(1);
}

QString ErrorText::schemaDifference(const QString &difference)
{
    const QString kind = difference.section(QLatin1Char('|'), 0, 0);
    const QString object = difference.section(QLatin1Char('|'), 1, 1);
    const QString detail = difference.section(QLatin1Char('|'), 2);
    const bool table = object == QLatin1String("table"), index = object == QLatin1String("index"),
               trigger = object == QLatin1String("trigger");
    if (kind == QLatin1String("missing"))
        return table ? tr("table «%1» is missing").arg(detail)
            : index  ? tr("index «%1» is missing").arg(detail)
            : trigger ? tr("trigger «%1» is missing").arg(detail)
                      : tr("view «%1» is missing").arg(detail);
    if (kind == QLatin1String("extra"))
        return table ? tr("unexpected table «%1»").arg(detail)
            : index  ? tr("unexpected index «%1»").arg(detail)
            : trigger ? tr("unexpected trigger «%1»").arg(detail)
                      : tr("unexpected view «%1»").arg(detail);
    if (kind == QLatin1String("changed"))
        return table ? tr("table «%1» has different constraints").arg(detail)
            : index  ? tr("index «%1» is different").arg(detail)
            : trigger ? tr("trigger «%1» is different").arg(detail)
                      : tr("view «%1» is different").arg(detail);
    if (kind == QLatin1String("missing_column"))
        return tr("column «%2» of table «%1» is missing").arg(object, detail);
    if (kind == QLatin1String("extra_column"))
        return tr("unexpected column «%2» in table «%1»").arg(object, detail);
    if (kind == QLatin1String("changed_column"))
        return tr("column «%2» of table «%1» is different").arg(object, detail);
    return difference;
}

QString ErrorText::describe(const Error &error)
{
    QString message;
    const QString prefix = error.code.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
    if (auto it = translators().constFind(prefix); it != translators().constEnd())
        message = it.value()(error);
    if (message.isEmpty())
        message = coreMessage(error);
    const QString where = location(error.where);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString ErrorText::coreMessage(const Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2), a3 = e.args.value(3);
    const QString &c = e.code;
    if (const QString sync = SyncErrorText::message(e); !sync.isEmpty())
        return sync;
    // Database
    if (c == QLatin1String("db.no_path"))
        return tr("No database file was given.");
    if (c == QLatin1String("db.not_a_file"))
        return tr("%1 is not a file (it is a folder or a device).").arg(a0);
    if (c == QLatin1String("db.not_sqlite"))
        return tr("%1 is not a Ci siAMO! database (it is not an SQLite file). The file was left untouched.").arg(a0);
    if (c == QLatin1String("db.cannot_open"))
        return tr("The database %1 cannot be opened: %2").arg(a0, a1);
    if (c == QLatin1String("db.corrupt")) {
        const QString why = a1 == QLatin1String("header") ? tr("its first bytes, which say what the file is, are zero or wrong")
            : a1 == QLatin1String("truncated")            ? tr("the file is cut short")
                                                          : a1;
        return tr("The database %1 is damaged and cannot be read (%2). The file was left untouched: restore a backup.").arg(a0, why);
    }
    if (c == QLatin1String("db.schema_mismatch")) {
        const QStringList differences = e.args.mid(2);
        QStringList shown;
        for (const QString &d : differences.mid(0, 8))
            shown.append(schemaDifference(d));
        if (differences.size() > 8)
            shown.append(tr("and %n more difference(s)", nullptr, int(differences.size() - 8)));
        return tr("The database %1 does not have the structure its version (%2) says: %3. It was not opened, so that "
                  "nothing is written into it; the file was left untouched: restore a backup.")
            .arg(a0, a1, shown.isEmpty() ? tr("its tables differ") : shown.join(QStringLiteral("; ")));
    }
    if (c == QLatin1String("db.empty"))
        return tr("The database %1 is damaged: the file is empty (0 bytes), its data is lost. The file was left untouched: "
                  "restore a backup.").arg(a0);
    if (c == QLatin1String("db.read_only"))
        return tr("The database %1 is open read-only (%2): nothing can be changed. You can still look and print.")
            .arg(a0, a1 == QLatin1String("file") ? tr("the file cannot be written")
                     : a1 == QLatin1String("folder") ? tr("its folder cannot be written")
                                                     : tr("opened for inspection"));
    if (c == QLatin1String("db.in_use"))
        return tr("The database %1 is in use by another window or command of Ci siAMO!: close them first. Nothing was changed.")
            .arg(a0);
    if (c == QLatin1String("db.newer_schema"))
        return tr("The database %1 was written by a newer version of the program (schema %2, this program knows up to %3). "
                  "The file was left untouched: update the program.").arg(a0, a1, a2);
    if (c == QLatin1String("db.needs_migration"))
        return tr("The database %1 has an older schema (%2, current %3) and was opened read-only: open it normally to update it.")
            .arg(a0, a1, a2);
    if (c == QLatin1String("db.foreign_database"))
        return tr("%1 is an SQLite database of another program. The file was left untouched.").arg(a0);
    if (c == QLatin1String("db.missing"))
        return tr("The database %1 does not exist.").arg(a0);
    if (c == QLatin1String("db.not_writable"))
        return tr("The database %1 cannot be written here: check the folder and its permissions.").arg(a0);
    if (c == QLatin1String("db.migration_failed"))
        return tr("Updating the database to version %1 (%2) failed: %3. The database is unchanged at the previous version.")
            .arg(a0, a1, a2);
    if (c == QLatin1String("db.migration_missing"))
        return tr("The update script %1 is missing from the program.").arg(a0);
    if (c == QLatin1String("db.query"))
        return tr("Database error: %1").arg(a0);
    if (c == QLatin1String("db.integer_overflow"))
        return tr("A total is larger than the largest number the program can count (%1): some recorded quantity is "
                  "wrong, check the quantities of the period. Nothing was printed.")
            .arg(QLocale().toString(std::numeric_limits<qint64>::max()));
    if (c == QLatin1String("db.no_transaction"))
        return tr("Internal error: a write was attempted outside a transaction.");
    if (c == QLatin1String("db.rolled_back"))
        return tr("Internal error: part of the work failed, so nothing of it was saved.");
    if (c == QLatin1String("db.bad_workstation"))
        return tr("The workstation number must be between 1 and 9999 (not %1).").arg(a0);
    if (c == QLatin1String("db.workstation_in_use"))
        return tr("Workstation number %1 is already used by another workstation whose data is in this database: choose another.").arg(a0);
    if (c == QLatin1String("db.workstation_name_long"))
        return tr("The workstation name is too long: at most %n character(s).", nullptr, a0.toInt());
    if (c == QLatin1String("db.exists"))
        return tr("The database %1 already exists: nothing was changed. Use --force to replace it (the old file is kept aside).").arg(a0);
    // Files
    if (c == QLatin1String("file.cannot_read"))
        return tr("The file %1 cannot be read: %2").arg(a0, a1);
    if (c == QLatin1String("file.cannot_write"))
        return tr("The file %1 could not be written (%2): it was not created or changed.")
            .arg(a0, writeFailureReason(e.args));
    if (c == QLatin1String("file.cannot_create_dir"))
        return tr("The folder %1 cannot be created.").arg(a0);
    if (c == QLatin1String("file.exists"))
        return tr("The file %1 already exists: nothing was overwritten.").arg(a0);
    if (c == QLatin1String("backup.target_exists"))
        return tr("The backup file %1 already exists: choose another name.").arg(a0);
    if (c == QLatin1String("backup.failed"))
        return tr("The backup %1 could not be written (%2): no partial file was left.")
            .arg(a0, writeFailureReason(e.args));
    // CSV
    if (c == QLatin1String("csv.unterminated_quote"))
        return tr("a quoted field is never closed.");
    if (c == QLatin1String("csv.empty"))
        return tr("the file is empty.");
    if (c == QLatin1String("csv.ragged_row"))
        return tr("the row has %n field(s) but the header has %1: a separator is missing or too many.", nullptr, a0.toInt())
            .arg(a1);
    // Excel workbooks read by the importers (core/domain/xlsxtable.h)
    if (c == QLatin1String("xlsx.not_zip"))
        return tr("the file is not an Excel workbook (.xlsx) nor a CSV file: open it in the spreadsheet and save it "
                  "as .xlsx or .csv.");
    if (c == QLatin1String("xlsx.damaged"))
        return tr("the workbook is damaged or incomplete (cut short while copying?): open it in the spreadsheet and "
                  "save it again as .xlsx or .csv.");
    if (c == QLatin1String("xlsx.too_large"))
        return tr("the workbook is too large to import (over %1 once unpacked): split it, or save the sheet as .csv.")
            .arg(QLocale().formattedDataSize(a0.toLongLong()));
    if (c == QLatin1String("xlsx.compression_ratio"))
        return tr("the workbook unpacks to %1× its size, which no real sheet does: it was refused as possibly "
                  "harmful. Save the sheet again as .xlsx or .csv.")
            .arg(QLocale().toString(a0.toLongLong()));
    if (c == QLatin1String("xlsx.encrypted"))
        return tr("the workbook is protected by a password: open it in the spreadsheet, remove the password and save "
                  "it as .xlsx or .csv.");
    if (c == QLatin1String("xlsx.old_format"))
        return tr("this is an old Excel file (.xls), which cannot be read: open it in the spreadsheet and save it as "
                  ".xlsx or .csv.");
    if (c == QLatin1String("xlsx.opendocument"))
        return tr("this is an OpenDocument spreadsheet (.ods): open it in the spreadsheet and save it as .xlsx or .csv.");
    if (c == QLatin1String("xlsx.not_workbook"))
        return tr("the file is a ZIP archive but not an Excel workbook: save the sheet as .xlsx or .csv.");
    if (c == QLatin1String("xlsx.bad_xml"))
        return tr("the workbook is damaged (its part %1 cannot be read): open it in the spreadsheet and save it again "
                  "as .xlsx or .csv.")
            .arg(a0);
    if (c == QLatin1String("xlsx.no_sheet"))
        return a0.isEmpty() ? tr("the workbook has no worksheet.")
            : a1.isEmpty()  ? tr("the workbook has no sheet called «%1».").arg(a0)
                            : tr("the workbook has no sheet called «%1»: its sheets are %2.").arg(a0, a1);
    if (c == QLatin1String("xlsx.sheet_of_csv"))
        return tr("a CSV file has no sheets: --sheet «%1» is for an Excel workbook (.xlsx).").arg(a0);
    if (c == QLatin1String("xlsx.sheet_too_large"))
        return tr("the sheet is too large to import: at most %1 and %2 with values. Split it into smaller files.")
            .arg(tr("%Ln row(s)", nullptr, a0.toInt()), tr("%Ln column(s)", nullptr, a1.toInt()));
    // Imports
    if (c == QLatin1String("import.text_too_long"))
        return tr("the text is %n character(s) long; at most %1 are accepted here.", nullptr, a1.toInt()).arg(a2);
    if (c == QLatin1String("import.value_out_of_range"))
        return tr("«%1» is out of range: at most %2.").arg(a0, QLocale().toString(a1.toLongLong()));
    if (c == QLatin1String("import.already_imported")) {
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(a0.toLongLong()).toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
        return a1.isEmpty() ? tr("this file was already imported on %1 (same content).").arg(when)
                            : tr("this file was already imported on %1 by %2 (same content).").arg(when, a1);
    }
    // Reports
    if (c == QLatin1String("report.unknown"))
        return tr("There is no report called «%1». Reports: %2.").arg(a0, a1);
    if (c == QLatin1String("report.missing_from"))
        return tr("The report %1 needs a start date (--from).").arg(a0);
    if (c == QLatin1String("report.missing_to"))
        return tr("The report %1 needs an end date (--to).").arg(a0);
    if (c == QLatin1String("report.missing_at"))
        return tr("The report %1 needs a date (--at).").arg(a0);
    if (c == QLatin1String("report.bad_period"))
        return tr("The period is reversed: %1 comes after %2.").arg(a0, a1);
    if (c == QLatin1String("report.bad_by"))
        return tr("«%1» is not a grouping of this report; use one of: %2.").arg(a0, a1);
    if (c == QLatin1String("report.cannot_print"))
        return tr("The report could not be printed.");
    if (c == QLatin1String("xlsx.too_many_rows"))
        return tr("The table has %Ln row(s): an Excel sheet holds at most %1. Choose a shorter period or save it as CSV.",
                  nullptr, int(qMin<qlonglong>(a0.toLongLong(), std::numeric_limits<int>::max())))
            .arg(QLocale().toString(a1.toLongLong()));
    // Reference data
    if (c == QLatin1String("reference.not_loaded"))
        return tr("The reference data (comuni) is not loaded in this database.");
    if (c == QLatin1String("reference.not_metropolitan"))
        return tr("The comune with code %1 is not one of the 133 of the Città metropolitana di Milano.").arg(a0);
    if (c == QLatin1String("reference.bad_zone"))
        return tr("«%1» is not a zona omogenea of the metropolitan city.").arg(a0);
    if (c == QLatin1String("reference.bad_email"))
        return tr("«%1» is not a valid e-mail address.").arg(a0);
    if (c == QLatin1String("reference.bad_cap"))
        return tr("«%1» is not a valid postcode (CAP): it has five digits.").arg(a0);
    if (c == QLatin1String("reference.unknown_comune"))
        return tr("Unknown comune «%1».").arg(a0);
    if (c == QLatin1String("reference.ambiguous_comune"))
        return tr("«%1» could be more than one comune: %2. Write the province too, e.g. «Name (MI)».").arg(a0, a1);
    if (c == QLatin1String("reference.comune_not_found"))
        return a1.isEmpty() ? tr("Unknown comune «%1».").arg(a0)
                            : tr("Unknown comune «%1». Did you mean: %2?").arg(a0, a1);
    if (c == QLatin1String("reference.changed_since"))
        return tr("The details of %1 were changed again since: they are no longer the ones to undo.").arg(a0);
    if (c == QLatin1String("reference.unknown_point"))
        return tr("Unknown reference point «%1».").arg(a0);
    if (c == QLatin1String("reference.missing_geometry"))
        return tr("The map has no outline for the comune %1.").arg(a0);
    if (c == QLatin1String("geojson.invalid") || c == QLatin1String("geojson.unsupported"))
        return tr("Invalid map geometry (%1).").arg(a0);
    // Accounts, sign-in, permissions, protected data
    if (c.startsWith(QLatin1String("auth.")) || c.startsWith(QLatin1String("vault.")))
        return authMessage(e);
    if (c == QLatin1String("date.invalid"))
        return tr("«%1» is not a valid date: write it as dd/mm/yyyy.").arg(a0);
    return tr("Unexpected error (%1).").arg(e.code + (e.args.isEmpty() ? QString() : QStringLiteral(": ") + e.args.join(QStringLiteral("; "))));
}

} // namespace core

namespace core {

namespace {
QString rolesText(const QString &codes)
{
    QList<Role> roles;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto r = roleFromCode(code))
            roles.append(*r);
    return RoleText::alternatives(roles);
}
} // namespace

QString ErrorText::authMessage(const Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2);
    const QString &c = e.code;
    if (c == QLatin1String("auth.denied"))
        return tr("Not allowed: «%1» needs the role %2, and %3 is signed in with another role. "
                  "The refusal has been recorded.").arg(PermissionText::title(a0), rolesText(a1), a2);
    if (c == QLatin1String("command.not_undoable"))
        return tr("This action cannot be undone.");
    if (c == QLatin1String("auth.not_signed_in"))
        return a0.isEmpty() ? tr("Nobody is signed in.")
                            : tr("«%1» needs someone signed in with the role %2.").arg(PermissionText::title(a0), rolesText(a1));
    if (c == QLatin1String("auth.wrong_password"))
        return tr("Wrong user name or password. You can try again in %Ln second(s).", nullptr, a0.toInt());
    if (c == QLatin1String("auth.wait"))
        return tr("Too many wrong passwords: wait %Ln second(s) before trying again.", nullptr, a0.toInt());
    if (c == QLatin1String("auth.inactive"))
        return tr("The account «%1» is deactivated: ask the administrator.").arg(a0);
    if (c == QLatin1String("auth.bad_username"))
        return tr("«%1» is not a valid user name: 2 to 40 lower-case letters, digits, dots, hyphens or underscores.").arg(a0);
    if (c == QLatin1String("auth.bad_display_name"))
        return tr("Write the person's name and surname (at least two letters).");
    if (c == QLatin1String("auth.username_taken"))
        return tr("The user name «%1» is already taken.").arg(a0);
    if (c == QLatin1String("auth.password_too_short"))
        return tr("The password must have at least %n character(s).", nullptr, a0.toInt());
    if (c == QLatin1String("auth.password_is_username"))
        return tr("The password cannot be the user name.");
    if (c == QLatin1String("auth.password_unchanged"))
        return tr("The new password must differ from the old one.");
    if (c == QLatin1String("auth.wrong_old_password"))
        return tr("The current password is wrong.");
    if (c == QLatin1String("auth.already_set_up"))
        return tr("This database already has accounts: sign in.");
    if (c == QLatin1String("auth.unknown_account"))
        return tr("There is no such account.");
    if (c == QLatin1String("auth.last_administrator"))
        return tr("«%1» is the last active administrator: make someone else administrator first.").arg(a0);
    if (c == QLatin1String("auth.last_key_holder"))
        return tr("«%1» is the only account that can open callers' data: resetting the password would make that data "
                  "unreadable for ever. Create another psychologist or coordinator account and let them sign in first.")
            .arg(a0);
    if (c == QLatin1String("auth.no_password"))
        return tr("No password for «%1»: set the environment variable %2 or run the command in a terminal, where it "
                  "asks for it.").arg(a0, a1);
    if (c == QLatin1String("auth.must_change_password"))
        return tr("«%1» must choose a new password first: sign in from the window.").arg(a0);
    if (c == QLatin1String("auth.crypto_unavailable") || c == QLatin1String("auth.wrong_key"))
        return tr("The encryption library could not work: protected data cannot be read or written.");
    if (c == QLatin1String("vault.none"))
        return tr("There is no psychologist or coordinator account yet, so nobody could read what would be recorded. "
                  "The administrator must first create an account with the role %1.").arg(rolesText(a1));
    if (c == QLatin1String("vault.not_entitled"))
        return tr("«%1» is not an active account whose role may read the protected data: no key given.").arg(a0);
    if (c == QLatin1String("vault.locked"))
        return tr("This session holds no key to the protected data.");
    if (c == QLatin1String("vault.damaged") || c == QLatin1String("vault.misplaced"))
        return tr("A protected field is damaged or out of place and cannot be read.");
    return tr("Unexpected error (%1).").arg(e.code);
}

} // namespace core
