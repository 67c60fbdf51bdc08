#include "room/domain/planimport.h"

#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/domain/tablefile.h"
#include "core/domain/importlimits.h"
#include "core/reference/comunematcher.h"
#include "room/domain/planrepository.h"
#include "room/domain/planrules.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace room {

using core::Error;
using core::ImportProblem;
using core::Result;

namespace {

constexpr int maxPlanImportErrors = 200;

struct PlanColumn {
    const char *key;
    QStringList aliases;
    core::TextKind kind;
};

const QList<PlanColumn> &planColumns()
{
    using K = core::TextKind;
    static const QList<PlanColumn> columns {
        { "comune", { QStringLiteral("comune"), QStringLiteral("nome comune"), QStringLiteral("denominazione") }, K::Name },
        { "piano",
            { QStringLiteral("piano"), QStringLiteral("piano di emergenza"), QStringLiteral("piano emergenza"),
                QStringLiteral("pec") },
            K::Code },
        { "approvazione",
            { QStringLiteral("approvazione"), QStringLiteral("data approvazione"), QStringLiteral("approvato il") },
            K::Code },
        { "revisione",
            { QStringLiteral("revisione"), QStringLiteral("ultima revisione"), QStringLiteral("ultimo aggiornamento"),
                QStringLiteral("aggiornamento") },
            K::Code },
        { "scadenza",
            { QStringLiteral("scadenza"), QStringLiteral("scadenza revisione"), QStringLiteral("prossima revisione") },
            K::Code },
        { "portale",
            { QStringLiteral("portale"), QStringLiteral("portale regionale"), QStringLiteral("inserito nel portale") },
            K::Code },
        { "rischi", { QStringLiteral("rischi"), QStringLiteral("scenari"), QStringLiteral("scenari di rischio") }, K::Text },
        { "atto", { QStringLiteral("atto"), QStringLiteral("delibera"), QStringLiteral("atto di approvazione") }, K::Name },
        { "note", { QStringLiteral("note"), QStringLiteral("notes") }, K::Text },
    };
    return columns;
}

// sì / no as spreadsheets write them; nullopt for anything else.
std::optional<bool> yesNo(const QString &text)
{
    const QString k = core::foldKey(text);
    static const QStringList yes { QStringLiteral("si"), QStringLiteral("s"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("vero"), QStringLiteral("true") };
    static const QStringList no { QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"), QStringLiteral("falso"),
        QStringLiteral("false") };
    if (yes.contains(k))
        return true;
    if (no.contains(k))
        return false;
    return std::nullopt;
}

std::optional<Risk> riskFromText(const QString &text)
{
    if (auto r = riskFromCode(text.trimmed().toLower()))
        return r;
    static const QList<QPair<QStringList, Risk>> words {
        { { QStringLiteral("idrogeologico"), QStringLiteral("frane"), QStringLiteral("rischioidrogeologico") },
            Risk::Hydrogeological },
        { { QStringLiteral("idraulico"), QStringLiteral("alluvione"), QStringLiteral("esondazione"),
              QStringLiteral("rischioidraulico") },
            Risk::Hydraulic },
        { { QStringLiteral("incendiboschivi"), QStringLiteral("incendioboschivo"), QStringLiteral("incendi"),
              QStringLiteral("aib"), QStringLiteral("incendiboschivieinterfaccia") },
            Risk::Wildfire },
        { { QStringLiteral("sismico"), QStringLiteral("terremoto"), QStringLiteral("rischiosismico") }, Risk::Seismic },
        { { QStringLiteral("industriale"), QStringLiteral("rir"), QStringLiteral("rischioindustriale"),
              QStringLiteral("incidenterilevante"), QStringLiteral("chimicoindustriale") },
            Risk::Industrial },
        { { QStringLiteral("neveeghiaccio"), QStringLiteral("neveghiaccio"), QStringLiteral("neve"),
              QStringLiteral("ghiaccio") },
            Risk::SnowIce },
        { { QStringLiteral("ondatedicalore"), QStringLiteral("ondatadicalore"), QStringLiteral("caldo"),
              QStringLiteral("calore") },
            Risk::HeatWave },
        { { QStringLiteral("trasporti"), QStringLiteral("viabilita"), QStringLiteral("viabilitaetrasporti"),
              QStringLiteral("trasportomercipericolose") },
            Risk::Transport },
        { { QStringLiteral("dighe"), QStringLiteral("diga"), QStringLiteral("rischiodighe") }, Risk::Dam },
    };
    const QString k = core::foldKey(text);
    for (const auto &[keys, risk] : words)
        if (keys.contains(k))
            return risk;
    return std::nullopt;
}

// The column of the file a rule's error is about.
const char *columnOfRule(const QString &code)
{
    if (code.contains(QLatin1String("revision_before")) || code.contains(QLatin1String("revision_future")))
        return "revisione";
    if (code.contains(QLatin1String("approval")) || code == QLatin1String("room.plan_date_too_old"))
        return "approvazione";
    if (code.contains(QLatin1String("due")))
        return "scadenza";
    if (code.contains(QLatin1String("act")))
        return "atto";
    if (code.contains(QLatin1String("notes")))
        return "note";
    return "piano";
}

} // namespace

Result<PlanImportReport> PlanImporter::importFile(const QString &path, bool dryRun)
{
    auto table = core::readTableFile(path);
    if (!table)
        return table.error();
    return importTable(*table, path, dryRun);
}

Result<PlanImportReport> PlanImporter::importTable(const core::CsvTable &table, const QString &file, bool dryRun)
{
    PlanImportReport report;
    QHash<QString, int> index;
    QHash<int, core::TextKind> kinds;
    for (const PlanColumn &c : planColumns()) {
        const int i = table.column(c.aliases);
        index.insert(QLatin1String(c.key), i);
        if (i >= 0)
            kinds.insert(i, c.kind);
    }
    for (const char *required : { "comune", "piano" })
        if (index.value(QLatin1String(required)) < 0)
            report.problems.append(
                { Error(QStringLiteral("room.plan_import_missing_column"), { QLatin1String(required) }, { file, 1, {} }) });
    if (!report.problems.isEmpty())
        return report;
    for (const Error &e : core::overlongFields(table, file, kinds))
        report.problems.append({ e });
    if (!report.ok())
        return report;

    auto matcher = core::ComuneMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    const QDate today = m_clock.today();

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    PlanRepository repository(m_db);
    QHash<int, int> seen; // comune -> line
    for (const core::CsvRecord &r : table.records) {
        if (report.errorCount() >= maxPlanImportErrors)
            break;
        ++report.records;
        auto has = [&](const char *key) { return index.value(QLatin1String(key)) >= 0; };
        auto field = [&](const char *key) {
            const int i = index.value(QLatin1String(key), -1);
            return i >= 0 ? r.fields.value(i).trimmed() : QString();
        };
        auto header = [&](const char *key) { return table.header.value(index.value(QLatin1String(key), -1)); };
        auto fail = [&](const QString &code, const QStringList &args, const char *key, bool warning = false) {
            report.problems.append({ Error(code, args, { file, r.line, header(key) }), warning });
        };

        // The comune, through the matcher.
        const QString name = field("comune");
        if (name.isEmpty()) {
            fail(QStringLiteral("room.plan_import_comune_missing"), {}, "comune");
            continue;
        }
        const core::ComuneMatch match = matcher->match(name);
        QStringList names;
        for (const core::ComuneCandidate &c : match.suggestions)
            names.append(c.metropolitan ? c.name : c.label());
        if (match.kind == core::ComuneMatch::Kind::Ambiguous) {
            fail(QStringLiteral("room.plan_import_comune_ambiguous"), { name, names.join(QStringLiteral(", ")) }, "comune");
            continue;
        }
        if (!match.isMatch()) {
            fail(QStringLiteral("room.plan_import_comune_unknown"), { name, names.join(QStringLiteral(", ")) }, "comune");
            continue;
        }
        if (!match.comune.metropolitan) {
            fail(QStringLiteral("room.plan_import_comune_outside"), { match.comune.label() }, "comune");
            continue;
        }
        if (match.kind == core::ComuneMatch::Kind::Corrected)
            fail(QStringLiteral("room.plan_import_comune_corrected"), { name, match.comune.name }, "comune", true);
        const int comuneId = match.comune.comuneId;
        if (seen.contains(comuneId)) {
            fail(QStringLiteral("room.plan_import_duplicate"), { match.comune.name, QString::number(seen.value(comuneId)) },
                "comune");
            continue;
        }
        seen.insert(comuneId, r.line);

        auto before = repository.plan(comuneId);
        if (!before)
            return before.error();
        PlanState p = *before;
        const auto hasPlan = yesNo(field("piano"));
        if (!hasPlan) {
            fail(QStringLiteral("room.plan_import_bad_yes_no"), { field("piano") }, "piano");
            continue;
        }
        p.hasPlan = *hasPlan;
        bool bad = false;
        for (const auto &[key, target] : { std::pair { "approvazione", &p.approvedOn }, std::pair { "revisione", &p.revisedOn },
                 std::pair { "scadenza", &p.revisionDue } }) {
            if (!has(key))
                continue;
            const QString text = field(key);
            const QDate d = core::parseUserDate(text);
            if (!text.isEmpty() && !d.isValid()) {
                fail(QStringLiteral("room.plan_import_bad_date"), { text }, key);
                bad = true;
                break;
            }
            *target = d;
        }
        if (bad)
            continue;
        if (has("portale")) {
            const QString text = field("portale");
            const auto portal = text.isEmpty() ? std::optional<bool>(false) : yesNo(text);
            if (!portal) {
                fail(QStringLiteral("room.plan_import_bad_yes_no"), { text }, "portale");
                continue;
            }
            p.inPortal = *portal;
        }
        if (has("rischi")) {
            p.risks.clear();
            static const QRegularExpression separators(QStringLiteral("[;,/+]"));
            for (const QString &part : field("rischi").split(separators, Qt::SkipEmptyParts)) {
                if (part.trimmed().isEmpty())
                    continue;
                const auto risk = riskFromText(part);
                if (!risk) {
                    fail(QStringLiteral("room.plan_import_bad_risk"), { part.trimmed() }, "rischi");
                    bad = true;
                    break;
                }
                p.risks.append(*risk);
            }
            if (bad)
                continue;
        }
        if (has("atto"))
            p.act = field("atto");
        if (has("note"))
            p.notes = field("note");
        // A file that says "no plan" clears what the row said of one.
        if (!p.hasPlan) {
            if (!has("approvazione"))
                p.approvedOn = {};
            if (!has("revisione"))
                p.revisedOn = {};
            if (!has("scadenza"))
                p.revisionDue = {};
            if (!has("portale"))
                p.inPortal = false;
        } else if (has("revisione") && !has("scadenza") && before->revisionDue.isValid()
            && p.revisedOn != before->revisedOn) {
            p.revisionDue = {}; // a new revision: due again three years on
        }
        p = normalisedPlan(p);
        if (auto s = validatePlan(p, today); !s) {
            report.problems.append({ Error(s.error().code, s.error().args, { file, r.line, header(columnOfRule(s.error().code)) }) });
            continue;
        }
        auto changed = repository.save(p);
        if (!changed)
            return changed.error();
        if (!before->recorded)
            ++report.added;
        else if (*changed)
            ++report.updated;
        else
            ++report.unchanged;
    }
    if (dryRun || !report.ok()) {
        tx.rollback();
        return report;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

} // namespace room
