#include "comunicommands.h"

#include "comuni/domain/comunicommands.h"
#include "core/auth/permissions.h"
#include "core/reference/comunerepository.h"

#include <QRegularExpression>

namespace {

// The option of each field of the details, in the form's order.
struct FieldOption {
    QString name;
    QString core::ComuneDetails::*field;
};

const QList<FieldOption> &fieldOptions()
{
    static const QList<FieldOption> options {
        { QStringLiteral("zone"), &core::ComuneDetails::zonaOmogenea },
        { QStringLiteral("phone"), &core::ComuneDetails::phone },
        { QStringLiteral("email"), &core::ComuneDetails::email },
        { QStringLiteral("pec"), &core::ComuneDetails::pec },
        { QStringLiteral("cap"), &core::ComuneDetails::cap },
        { QStringLiteral("coc-address"), &core::ComuneDetails::cocAddress },
        { QStringLiteral("coc-contact"), &core::ComuneDetails::cocContact },
        { QStringLiteral("coc-phone"), &core::ComuneDetails::cocPhone },
        { QStringLiteral("coc-email"), &core::ComuneDetails::cocEmail },
        { QStringLiteral("notes"), &core::ComuneDetails::notes },
    };
    return options;
}

int runComune(CliRun &run)
{
    if (run.arguments().value(0) != QLatin1String("set") || run.arguments().size() != 2)
        return run.usage(CliRun::tr("comune wants set ISTAT and the fields to change."));
    const QString istat = run.arguments().value(1).trimmed();
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (!sixDigits.match(istat).hasMatch())
        return run.usage(CliRun::tr("«%1» is not an ISTAT code: six digits, e.g. 015146 for Milano.").arg(istat));
    bool anyField = false;
    for (const FieldOption &o : fieldOptions())
        anyField = anyField || run.parser().isSet(o.name);
    if (!anyField)
        return run.usage(
            CliRun::tr("comune set changes nothing without a field option (--coc-phone, --coc-email...)."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::ComuneRepository repository(connection->db());
    auto comune = repository.comuneByIstatCode(istat);
    if (!comune)
        return run.fail(comune.error());
    if (!comune->isValid())
        return run.fail(core::Error(QStringLiteral("reference.not_metropolitan"), { istat }));
    auto details = repository.details(comune->id);
    if (!details)
        return run.fail(details.error());
    for (const FieldOption &o : fieldOptions())
        if (run.parser().isSet(o.name))
            (*details).*(o.field) = run.parser().value(o.name).trimmed();
    comuni::SaveComuneDetails command(*details);
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Details of %1 saved.").arg(comune->name) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> comuniCommands()
{
    CliCommand comune;
    comune.name = QStringLiteral("comune");
    comune.synopsis = QStringLiteral("comune set ISTAT [--zone Z] [--phone T] [--email T] [--pec T] [--cap T] "
                                     "[--coc-address T] [--coc-contact T] [--coc-phone T] [--coc-email T] [--notes T]");
    comune.summary = [] { return CliRun::tr("changes the town hall and COC details of a comune"); };
    comune.options = {
        QCommandLineOption(QStringLiteral("zone"), CliRun::tr("Zona omogenea."), QStringLiteral("Z")),
        QCommandLineOption(QStringLiteral("phone"), CliRun::tr("Town hall phone."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("email"), CliRun::tr("Town hall e-mail."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("pec"), CliRun::tr("Town hall PEC."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("cap"), CliRun::tr("Postcode (CAP)."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("coc-address"), CliRun::tr("Where the COC meets."), QStringLiteral("T")),
        QCommandLineOption(
            QStringLiteral("coc-contact"), CliRun::tr("Name and role of the COC contact."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("coc-phone"), CliRun::tr("COC phone."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("coc-email"), CliRun::tr("COC e-mail."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("notes"), CliRun::tr("Notes."), QStringLiteral("T")),
    };
    comune.minArguments = 2;
    comune.maxArguments = 2;
    comune.run = runComune;
    comune.permission = core::Permission::ComuniEdit;
    return { comune };
}
