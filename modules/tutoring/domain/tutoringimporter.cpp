#include "tutoring/domain/tutoringimporter.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/csv.h"
#include "core/domain/tablefile.h"
#include "core/domain/dates.h"
#include "core/domain/importlimits.h"
#include "core/reference/comunematcher.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/bookingworldloader.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"

#include <QFile>
#include <QRegularExpression>

#include <limits>

namespace tutoring {

using core::Error;
using core::Result;

namespace {

struct ColumnSpec {
    QString key;
    QStringList aliases;
    bool required = false;
};

// The header names each import understands (first one = the documented one).
QList<ColumnSpec> columnsFor(ImportKind kind)
{
    auto c = [](const char *key, QStringList aliases, bool required = false) {
        aliases.prepend(QLatin1String(key));
        return ColumnSpec { QLatin1String(key), aliases, required };
    };
    switch (kind) {
    case ImportKind::Pupils:
        return { c("code", { QStringLiteral("codice") }), c("family_name", { QStringLiteral("cognome") }, true),
            c("given_name", { QStringLiteral("nome") }, true),
            c("birth_year", { QStringLiteral("anno_nascita"), QStringLiteral("anno di nascita") }, true),
            c("school_order",
                { QStringLiteral("ordine"), QStringLiteral("ordine_scuola"), QStringLiteral("ordine di scuola") },
                true),
            c("class_year", { QStringLiteral("classe") }, true),
            c("school", { QStringLiteral("scuola"), QStringLiteral("istituto") }),
            c("comune",
                { QStringLiteral("comune_residenza"), QStringLiteral("comune di residenza"),
                    QStringLiteral("residenza") },
                true),
            c("parent_name", { QStringLiteral("genitore") }),
            c("parent_phone", { QStringLiteral("telefono_genitore"), QStringLiteral("telefono") }),
            c("parent_email", { QStringLiteral("email_genitore"), QStringLiteral("email") }), c("bes", {}),
            c("consent_on", { QStringLiteral("consenso"), QStringLiteral("data_consenso") }),
            c("notes", { QStringLiteral("note") }) };
    case ImportKind::Assistants:
        return { c("code", { QStringLiteral("codice") }), c("family_name", { QStringLiteral("cognome") }, true),
            c("given_name", { QStringLiteral("nome") }, true),
            c("school", { QStringLiteral("scuola"), QStringLiteral("istituto") }, true),
            c("class_year", { QStringLiteral("classe") }, true),
            c("comune",
                { QStringLiteral("comune_residenza"), QStringLiteral("comune di residenza"),
                    QStringLiteral("residenza") },
                true),
            c("email", {}), c("phone", { QStringLiteral("telefono") }), c("subjects", { QStringLiteral("materie") }),
            c("safety_course", { QStringLiteral("corso_sicurezza"), QStringLiteral("corso sicurezza") }),
            c("safety_course_on", { QStringLiteral("data_corso"), QStringLiteral("data corso sicurezza") }),
            c("availability", { QStringLiteral("disponibilita"), QStringLiteral("disponibilità") }),
            c("tutor", { QStringLiteral("tutor_code"), QStringLiteral("codice_tutor") }),
            c("notes", { QStringLiteral("note") }) };
    case ImportKind::Bookings:
        return { c("pupil_code",
                     { QStringLiteral("codice_ragazzo"), QStringLiteral("ragazzo"), QStringLiteral("pupil") }, true),
            c("subject", { QStringLiteral("materia") }, true),
            c("assistant_code",
                { QStringLiteral("codice_assistente"), QStringLiteral("assistente"), QStringLiteral("assistant") },
                true),
            c("date", { QStringLiteral("data"), QStringLiteral("giorno") }, true),
            c("hour", { QStringLiteral("ora"), QStringLiteral("orario") }, true),
            c("outcome", { QStringLiteral("esito") }),
            c("tutor_code", { QStringLiteral("tutor"), QStringLiteral("sostituto") }),
            c("note", { QStringLiteral("notes"), QStringLiteral("note") }) };
    }
    return {};
}

QString fold(const QString &text)
{
    return core::ComuneMatcher::normalize(text);
}

// The state of one import: the file, its columns, what was found so far.
class ImportRun {
public:
    ImportRun(const QSqlDatabase &db, const core::Clock &clock, ImportKind kind, const core::CsvTable &table,
        ImportReport &report)
        : m_db(db)
        , m_clock(clock)
        , m_kind(kind)
        , m_table(table)
        , m_report(report)
    {
    }

    core::Status prepare();
    void run();

private:
    // Fields of the current record.
    QString field(const QString &key) const
    {
        const int col = m_columns.value(key, -1);
        return col < 0 ? QString() : m_record->fields.value(col).trimmed();
    }
    QString header(const QString &key) const
    {
        const int col = m_columns.value(key, -1);
        return col < 0 ? key : m_table.header.value(col);
    }
    Error at(Error e, const QString &key) const
    {
        e.where = { m_report.file, m_record->line, header(key) };
        return e;
    }
    void fail(const Error &e, const QString &key = QString(), const QList<FreeSlot> &alternatives = {})
    {
        Error located = e;
        if (located.where.line == 0 || located.where.file.isEmpty()) {
            const QString name = key.isEmpty() ? located.where.field : header(key);
            located.where = { m_report.file, m_record->line, name };
        }
        m_report.errors.append({ located, alternatives });
    }
    // Maps a validation error's field (domain names) to the file's header.
    QString keyOfField(const QString &field) const { return m_columns.contains(field) ? field : QString(); }

    bool parseInt(const QString &key, int *value, bool required = true);
    bool parseYesNo(const QString &key, bool *value);
    bool parseDate(const QString &key, QDate *value);
    bool resolveComune(const QString &key, int *comuneId);
    bool resolveSchool(const QString &key, int *schoolId);
    bool resolveSubject(const QString &key, const QString &text, int *subjectId);
    bool parseAvailability(const QString &key, QList<int> *weekly);
    bool parseHour(const QString &key, int *hour);
    bool checkCodeOnce(const QString &code);

    void importPupil();
    void importAssistant();
    void importBooking();

    QSqlDatabase m_db;
    const core::Clock &m_clock;
    ImportKind m_kind;
    const core::CsvTable &m_table;
    ImportReport &m_report;
    const core::CsvRecord *m_record = nullptr;
    QHash<QString, int> m_columns;
    std::optional<core::ComuneMatcher> m_matcher;
    QList<School> m_schools;
    QList<Subject> m_subjects;
    QHash<QString, int> m_codeLines; // codes seen in this file -> line
    std::optional<BookingWorld> m_world;
};

core::Status ImportRun::prepare()
{
    QStringList missing;
    for (const ColumnSpec &spec : columnsFor(m_kind)) {
        const int col = m_table.column(spec.aliases);
        if (col >= 0)
            m_columns.insert(spec.key, col);
        else if (spec.required)
            missing.append(spec.key);
    }
    if (!missing.isEmpty()) {
        Error e(QStringLiteral("tutoring.import_missing_column"), { missing.join(QStringLiteral(", ")) });
        e.where.file = m_report.file;
        e.where.line = 1;
        return e;
    }
    if (m_table.records.isEmpty()) {
        Error e(QStringLiteral("tutoring.import_empty"));
        e.where.file = m_report.file;
        return e;
    }
    auto matcher = core::ComuneMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    m_matcher = std::move(*matcher);
    ServiceRepository service(m_db);
    auto schools = service.schools();
    if (!schools)
        return schools.error();
    m_schools = *schools;
    auto subjects = service.subjects();
    if (!subjects)
        return subjects.error();
    m_subjects = *subjects;
    return {};
}

void ImportRun::run()
{
    // Texts longer than their column allows: codes, numbers, dates, phones
    // 50; notes, subjects and availability 2000; names 200.
    static const QStringList codes{ QStringLiteral("code"), QStringLiteral("pupil_code"),
        QStringLiteral("assistant_code"), QStringLiteral("tutor"), QStringLiteral("tutor_code"),
        QStringLiteral("birth_year"), QStringLiteral("class_year"), QStringLiteral("bes"), QStringLiteral("consent_on"),
        QStringLiteral("parent_phone"), QStringLiteral("phone"), QStringLiteral("safety_course"),
        QStringLiteral("safety_course_on"), QStringLiteral("date"), QStringLiteral("hour"), QStringLiteral("outcome") };
    static const QStringList texts{ QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("subjects"),
        QStringLiteral("availability") };
    QHash<int, core::TextKind> kinds;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        kinds.insert(it.value(),
            codes.contains(it.key())       ? core::TextKind::Code
                : texts.contains(it.key()) ? core::TextKind::Text
                                           : core::TextKind::Name);
    const QList<Error> overlong = core::overlongFields(m_table, m_report.file, kinds);
    for (const Error &e : overlong)
        m_report.errors.append({ e, {} });
    if (!overlong.isEmpty()) {
        m_report.records = int(m_table.records.size());
        return;
    }
    for (const core::CsvRecord &record : m_table.records) {
        m_record = &record;
        ++m_report.records;
        switch (m_kind) {
        case ImportKind::Pupils:
            importPupil();
            break;
        case ImportKind::Assistants:
            importAssistant();
            break;
        case ImportKind::Bookings:
            importBooking();
            break;
        }
    }
}

bool ImportRun::parseInt(const QString &key, int *value, bool required)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)\\s*(ª|°|a|\\^)?$"));
    const QString text = field(key);
    if (text.isEmpty() && !required)
        return true;
    const auto m = number.match(text);
    if (!m.hasMatch()) {
        fail(Error(text.isEmpty() ? QStringLiteral("tutoring.missing_field") : QStringLiteral("tutoring.bad_number"),
                 { text.isEmpty() ? header(key) : text }),
            key);
        return false;
    }
    bool ok = false;
    *value = m.captured(1).toInt(&ok);
    if (!ok) {
        fail(Error(QStringLiteral("import.value_out_of_range"),
                 { text, QString::number(std::numeric_limits<int>::max()) }),
            key);
        return false;
    }
    return true;
}

bool ImportRun::parseYesNo(const QString &key, bool *value)
{
    const QString text = fold(field(key));
    static const QStringList yes { QStringLiteral("si"), QStringLiteral("s"), QStringLiteral("yes"),
        QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("vero") };
    static const QStringList no { QString(), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"),
        QStringLiteral("false"), QStringLiteral("falso") };
    if (yes.contains(text)) {
        *value = true;
        return true;
    }
    if (no.contains(text)) {
        *value = false;
        return true;
    }
    fail(Error(QStringLiteral("tutoring.bad_yes_no"), { field(key) }), key);
    return false;
}

bool ImportRun::parseDate(const QString &key, QDate *value)
{
    const QString text = field(key);
    if (text.isEmpty()) {
        *value = QDate();
        return true;
    }
    *value = core::parseUserDate(text);
    if (!value->isValid()) {
        fail(Error(QStringLiteral("date.invalid"), { text }), key);
        return false;
    }
    return true;
}

bool ImportRun::resolveComune(const QString &key, int *comuneId)
{
    const QString text = field(key);
    if (text.isEmpty()) {
        fail(Error(QStringLiteral("tutoring.missing_field"), { header(key) }), key);
        return false;
    }
    const core::ComuneMatch m = m_matcher->match(text);
    QStringList suggestions;
    for (const core::ComuneCandidate &c : m.suggestions)
        suggestions.append(c.label());
    switch (m.kind) {
    case core::ComuneMatch::Kind::Exact:
        *comuneId = m.comune.comuneId;
        if (m.viaAlias)
            m_report.notes.append(
                at(Error(QStringLiteral("tutoring.import_comune_corrected"), { text, m.comune.label() }), key));
        return true;
    case core::ComuneMatch::Kind::Corrected:
        *comuneId = m.comune.comuneId;
        m_report.notes.append(
            at(Error(QStringLiteral("tutoring.import_comune_corrected"), { text, m.comune.label() }), key));
        return true;
    case core::ComuneMatch::Kind::Ambiguous:
        fail(
            Error(QStringLiteral("reference.ambiguous_comune"), { text, suggestions.join(QStringLiteral(", ")) }), key);
        return false;
    case core::ComuneMatch::Kind::NotFound:
        break;
    }
    fail(Error(QStringLiteral("reference.comune_not_found"), { text, suggestions.join(QStringLiteral(", ")) }), key);
    return false;
}

bool ImportRun::resolveSchool(const QString &key, int *schoolId)
{
    const QString text = field(key);
    const QString folded = fold(text);
    QList<int> partial;
    for (const School &s : m_schools) {
        if (fold(s.name) == folded || QString::number(s.id) == text) {
            *schoolId = s.id;
            return true;
        }
        if (!folded.isEmpty() && (fold(s.name).contains(folded) || folded.contains(fold(s.name))))
            partial.append(s.id);
    }
    if (partial.size() == 1) {
        *schoolId = partial.first();
        return true;
    }
    QStringList names;
    for (const School &s : m_schools)
        names.append(s.name);
    fail(Error(QStringLiteral("tutoring.unknown_school_name"), { text, names.join(QStringLiteral("; ")) }), key);
    return false;
}

bool ImportRun::resolveSubject(const QString &key, const QString &text, int *subjectId)
{
    const QString folded = fold(text);
    for (const Subject &s : m_subjects)
        if (fold(s.name) == folded || fold(s.code) == folded
            || fold(s.code).replace(QLatin1Char(' '), QString()) == folded.simplified().remove(QLatin1Char(' '))) {
            *subjectId = s.id;
            return true;
        }
    QStringList names;
    for (const Subject &s : m_subjects)
        names.append(s.name);
    fail(Error(QStringLiteral("tutoring.unknown_subject_name"), { text, names.join(QStringLiteral(", ")) }), key);
    return false;
}

bool ImportRun::parseAvailability(const QString &key, QList<int> *weekly)
{
    // "lun 15-18; mer 16,17; sab 15" (a range ends before its last hour).
    static const QHash<QString, int> days {
        { QStringLiteral("lun"), 1 },
        { QStringLiteral("lunedi"), 1 },
        { QStringLiteral("mon"), 1 },
        { QStringLiteral("monday"), 1 },
        { QStringLiteral("mar"), 2 },
        { QStringLiteral("martedi"), 2 },
        { QStringLiteral("tue"), 2 },
        { QStringLiteral("tuesday"), 2 },
        { QStringLiteral("mer"), 3 },
        { QStringLiteral("mercoledi"), 3 },
        { QStringLiteral("wed"), 3 },
        { QStringLiteral("wednesday"), 3 },
        { QStringLiteral("gio"), 4 },
        { QStringLiteral("giovedi"), 4 },
        { QStringLiteral("thu"), 4 },
        { QStringLiteral("thursday"), 4 },
        { QStringLiteral("ven"), 5 },
        { QStringLiteral("venerdi"), 5 },
        { QStringLiteral("fri"), 5 },
        { QStringLiteral("friday"), 5 },
        { QStringLiteral("sab"), 6 },
        { QStringLiteral("sabato"), 6 },
        { QStringLiteral("sat"), 6 },
        { QStringLiteral("saturday"), 6 },
        { QStringLiteral("dom"), 7 },
        { QStringLiteral("domenica"), 7 },
        { QStringLiteral("sun"), 7 },
        { QStringLiteral("sunday"), 7 },
    };
    static const QRegularExpression entry(QStringLiteral("^([^\\d\\s]+)\\s*(.*)$"));
    static const QRegularExpression range(QStringLiteral("^(\\d{1,2})\\s*-\\s*(\\d{1,2})$"));
    const QString text = field(key);
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto m = entry.match(part.trimmed());
        const int day = m.hasMatch() ? days.value(fold(m.captured(1)), 0) : 0;
        bool ok = day > 0;
        QList<int> hours;
        const QString spec = m.captured(2).trimmed();
        for (const QString &piece : spec.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
            if (const auto r = range.match(piece); r.hasMatch()) {
                const int from = r.captured(1).toInt(), to = r.captured(2).toInt();
                ok = ok && from < to && to <= 24;
                for (int h = from; ok && h < to; ++h)
                    hours.append(h);
            } else {
                bool number = false;
                const int h = piece.toInt(&number);
                ok = ok && number && h >= 0 && h <= 23;
                hours.append(h);
            }
        }
        if (!ok || hours.isEmpty()) {
            fail(Error(QStringLiteral("tutoring.bad_availability"), { part.trimmed() }), key);
            return false;
        }
        for (int h : hours)
            weekly->append(availabilityKey(day, h));
    }
    return true;
}

bool ImportRun::parseHour(const QString &key, int *hour)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})(?:[:.]00)?(?:\\s*-\\s*\\d{1,2}(?:[:.]00)?)?$"));
    const QString text = field(key);
    const auto m = re.match(text);
    if (!m.hasMatch() || m.captured(1).toInt() > 23) {
        fail(Error(QStringLiteral("tutoring.bad_hour"), { text }), key);
        return false;
    }
    *hour = m.captured(1).toInt();
    return true;
}

bool ImportRun::checkCodeOnce(const QString &code)
{
    if (code.isEmpty())
        return true;
    if (const auto it = m_codeLines.constFind(code); it != m_codeLines.constEnd()) {
        fail(Error(QStringLiteral("tutoring.import_duplicate_code"), { code, QString::number(*it) }),
            QStringLiteral("code"));
        return false;
    }
    m_codeLines.insert(code, m_record->line);
    return true;
}

void ImportRun::importPupil()
{
    PeopleRepository people(m_db, m_clock);
    Pupil p;
    p.code = field(QStringLiteral("code"));
    if (!checkCodeOnce(p.code))
        return;
    auto existing = people.pupilIdByCode(p.code);
    if (!existing)
        return fail(existing.error());
    if (*existing) {
        auto old = people.pupil(*existing);
        if (!old)
            return fail(old.error());
        p = *old; // fields absent from the file keep their values
    }
    p.familyName = field(QStringLiteral("family_name"));
    p.givenName = field(QStringLiteral("given_name"));
    if (!parseInt(QStringLiteral("birth_year"), &p.birthYear))
        return;
    const QString order = fold(field(QStringLiteral("school_order")));
    if (order.startsWith(QLatin1String("med")) || order == QLatin1String("middle")
        || order.contains(QLatin1String("primo grado")))
        p.order = SchoolOrder::Middle;
    else if (order.startsWith(QLatin1String("sup")) || order == QLatin1String("high")
        || order.contains(QLatin1String("secondo grado")))
        p.order = SchoolOrder::High;
    else
        return fail(Error(QStringLiteral("tutoring.bad_school_order"), { field(QStringLiteral("school_order")) }),
            QStringLiteral("school_order"));
    if (!parseInt(QStringLiteral("class_year"), &p.classYear))
        return;
    if (m_columns.contains(QStringLiteral("school")))
        p.schoolName = field(QStringLiteral("school"));
    if (!resolveComune(QStringLiteral("comune"), &p.comuneId))
        return;
    for (const auto &[key, target] : { std::pair { QStringLiteral("parent_name"), &p.parentName },
             std::pair { QStringLiteral("parent_phone"), &p.parentPhone },
             std::pair { QStringLiteral("parent_email"), &p.parentEmail },
             std::pair { QStringLiteral("notes"), &p.notes } })
        if (m_columns.contains(key))
            *target = field(key);
    if (m_columns.contains(QStringLiteral("bes")) && !parseYesNo(QStringLiteral("bes"), &p.bes))
        return;
    if (m_columns.contains(QStringLiteral("consent_on"))) {
        // A date, or "sì" for consent received on the day of the import.
        bool yes = false;
        const QString text = field(QStringLiteral("consent_on"));
        if (!core::parseUserDate(text).isValid() && !text.isEmpty()) {
            if (!parseYesNo(QStringLiteral("consent_on"), &yes))
                return;
            p.consentOn = yes ? (p.consentOn.isValid() ? p.consentOn : m_clock.today()) : QDate();
        } else if (!parseDate(QStringLiteral("consent_on"), &p.consentOn)) {
            return;
        }
    }
    p.id = *existing;
    auto saved = people.savePupil(p);
    if (!saved)
        return fail(saved.error(), keyOfField(saved.error().where.field));
    ++(*existing ? m_report.updated : m_report.created);
}

void ImportRun::importAssistant()
{
    PeopleRepository people(m_db, m_clock);
    Assistant a;
    a.code = field(QStringLiteral("code"));
    if (!checkCodeOnce(a.code))
        return;
    auto existing = people.assistantIdByCode(a.code);
    if (!existing)
        return fail(existing.error());
    if (*existing) {
        auto old = people.assistant(*existing);
        if (!old)
            return fail(old.error());
        a = *old;
    }
    a.familyName = field(QStringLiteral("family_name"));
    a.givenName = field(QStringLiteral("given_name"));
    if (!resolveSchool(QStringLiteral("school"), &a.schoolId) || !parseInt(QStringLiteral("class_year"), &a.classYear)
        || !resolveComune(QStringLiteral("comune"), &a.comuneId))
        return;
    for (const auto &[key, target] : { std::pair { QStringLiteral("email"), &a.email },
             std::pair { QStringLiteral("phone"), &a.phone }, std::pair { QStringLiteral("notes"), &a.notes } })
        if (m_columns.contains(key))
            *target = field(key);
    if (m_columns.contains(QStringLiteral("subjects"))) {
        a.subjectIds.clear();
        for (const QString &name :
            field(QStringLiteral("subjects")).split(QRegularExpression(QStringLiteral("[;,|/]")), Qt::SkipEmptyParts)) {
            int id = 0;
            if (!resolveSubject(QStringLiteral("subjects"), name.trimmed(), &id))
                return;
            a.subjectIds.append(id);
        }
    }
    if (m_columns.contains(QStringLiteral("safety_course"))) {
        const QString state = fold(field(QStringLiteral("safety_course")));
        if (state.startsWith(QLatin1String("svolt")) || state == QLatin1String("done")
            || state.startsWith(QLatin1String("fatt")) || state == QLatin1String("si"))
            a.safetyCourse = SafetyCourse::Done;
        else if (state.startsWith(QLatin1String("iscritt")) || state == QLatin1String("enrolled"))
            a.safetyCourse = SafetyCourse::Enrolled;
        else if (state.isEmpty() || state == QLatin1String("no") || state == QLatin1String("none")
            || state.startsWith(QLatin1String("nessun")))
            a.safetyCourse = SafetyCourse::None;
        else
            return fail(Error(QStringLiteral("tutoring.bad_course_state"), { field(QStringLiteral("safety_course")) }),
                QStringLiteral("safety_course"));
    }
    if (m_columns.contains(QStringLiteral("safety_course_on"))
        && !parseDate(QStringLiteral("safety_course_on"), &a.safetyCourseOn))
        return;
    if (a.safetyCourse != SafetyCourse::Done)
        a.safetyCourseOn = QDate();
    if (m_columns.contains(QStringLiteral("availability"))) {
        a.availability.clear();
        if (!parseAvailability(QStringLiteral("availability"), &a.availability))
            return;
    }
    if (m_columns.contains(QStringLiteral("tutor"))) {
        const QString code = field(QStringLiteral("tutor"));
        a.tutorId = 0;
        if (!code.isEmpty()) {
            auto tutor = people.tutorIdByCode(code);
            if (!tutor)
                return fail(tutor.error());
            if (*tutor == 0)
                return fail(Error(QStringLiteral("tutoring.unknown_tutor_code"), { code }), QStringLiteral("tutor"));
            a.tutorId = *tutor;
        }
    }
    a.id = *existing;
    auto saved = people.saveAssistant(a);
    if (!saved)
        return fail(saved.error(), keyOfField(saved.error().where.field));
    ++(*existing ? m_report.updated : m_report.created);
}

void ImportRun::importBooking()
{
    PeopleRepository people(m_db, m_clock);
    if (!m_world) {
        // One world for the whole file: everything in force from the first
        // service day on, kept current as bookings are accepted.
        auto world = loadBookingWorld(m_db, QDate(1900, 1, 1), QDate(2999, 12, 31));
        if (!world)
            return fail(world.error());
        m_world = std::move(*world);
    }
    BookingRequest r;
    const QString pupilCode = field(QStringLiteral("pupil_code"));
    auto pupil = people.pupilIdByCode(pupilCode);
    if (!pupil)
        return fail(pupil.error());
    if (*pupil == 0)
        return fail(Error(QStringLiteral("tutoring.unknown_pupil_code"), { pupilCode }), QStringLiteral("pupil_code"));
    r.pupilId = *pupil;
    if (!resolveSubject(QStringLiteral("subject"), field(QStringLiteral("subject")), &r.subjectId))
        return;
    const QString assistantCode = field(QStringLiteral("assistant_code"));
    auto assistant = people.assistantIdByCode(assistantCode);
    if (!assistant)
        return fail(assistant.error());
    if (*assistant == 0)
        return fail(Error(QStringLiteral("tutoring.unknown_assistant_code"), { assistantCode }),
            QStringLiteral("assistant_code"));
    r.assistantId = *assistant;
    if (!parseDate(QStringLiteral("date"), &r.day))
        return;
    if (!r.day.isValid())
        return fail(Error(QStringLiteral("tutoring.missing_field"), { header(QStringLiteral("date")) }),
            QStringLiteral("date"));
    if (!parseHour(QStringLiteral("hour"), &r.hour))
        return;

    // What happened, if the file says: recorded as a separate outcome.
    LessonState state = LessonState::Booked;
    const QString outcome = fold(field(QStringLiteral("outcome")));
    if (outcome.startsWith(QLatin1String("svolt")) || outcome.startsWith(QLatin1String("fatt"))
        || outcome == QLatin1String("given") || outcome.startsWith(QLatin1String("sostitu")))
        state = LessonState::Given;
    else if (outcome.startsWith(QLatin1String("annull")) || outcome.startsWith(QLatin1String("disdett"))
        || outcome == QLatin1String("cancelled"))
        state = LessonState::Cancelled;
    else if (outcome.startsWith(QLatin1String("assent"))
        || QString(outcome).remove(QLatin1Char(' ')) == QLatin1String("noshow"))
        state = LessonState::NoShow;
    else if (!outcome.isEmpty() && outcome != QLatin1String("prenotata") && outcome != QLatin1String("booked"))
        return fail(Error(QStringLiteral("tutoring.bad_outcome_text"), { field(QStringLiteral("outcome")) }),
            QStringLiteral("outcome"));
    qint64 tutorId = 0;
    const QString tutorCode = field(QStringLiteral("tutor_code"));
    if (!tutorCode.isEmpty()) {
        auto tutor = people.tutorIdByCode(tutorCode);
        if (!tutor)
            return fail(tutor.error());
        if (*tutor == 0)
            return fail(
                Error(QStringLiteral("tutoring.unknown_tutor_code"), { tutorCode }), QStringLiteral("tutor_code"));
        if (state != LessonState::Given)
            return fail(
                Error(QStringLiteral("tutoring.tutor_without_lesson"), { tutorCode }), QStringLiteral("tutor_code"));
        tutorId = *tutor;
    }

    // BES pupils' hours go on the assignment in force that day.
    if (m_world->pupils.value(r.pupilId).bes) {
        r.channel = Channel::Bes;
        for (const BesAssignment &a : std::as_const(m_world->besAssignments))
            if (a.pupilId == r.pupilId && a.covers(r.day))
                r.besAssignmentId = a.id;
        if (!r.besAssignmentId)
            return fail(Error(QStringLiteral("tutoring.bes_no_assignment"), { pupilCode, core::toSqlDate(r.day) }),
                QStringLiteral("pupil_code"));
    }
    BookingService bookings(m_db, m_clock);
    BookingOptions options;
    options.refusePast = false;
    options.note = field(QStringLiteral("note"));
    QList<FreeSlot> alternatives;
    auto booked = bookings.bookIn(*m_world, r, options, &alternatives);
    if (!booked) {
        // Blame the field the rule is about.
        static const QHash<QString, QString> fieldOfRule {
            { QStringLiteral("tutoring.outside_hours"), QStringLiteral("hour") },
            { QStringLiteral("tutoring.pupil_double_booking"), QStringLiteral("hour") },
            { QStringLiteral("tutoring.subject_school_order"), QStringLiteral("subject") },
            { QStringLiteral("tutoring.unknown_subject"), QStringLiteral("subject") },
            { QStringLiteral("tutoring.pupil_inactive"), QStringLiteral("pupil_code") },
            { QStringLiteral("tutoring.no_consent"), QStringLiteral("pupil_code") },
            { QStringLiteral("tutoring.bes_outside_calendar"), QStringLiteral("pupil_code") },
            { QStringLiteral("tutoring.not_bes"), QStringLiteral("pupil_code") },
            { QStringLiteral("tutoring.bes_assignment"), QStringLiteral("assistant_code") },
        };
        const QString code = booked.error().code;
        const QString key = code.startsWith(QLatin1String("tutoring.assistant_"))
            ? QStringLiteral("assistant_code")
            : fieldOfRule.value(code, QStringLiteral("date"));
        return fail(booked.error(), key, alternatives);
    }
    ++m_report.created;
    if (state == LessonState::Booked)
        return;
    OutcomeRequest o;
    o.bookingId = *booked;
    o.state = state;
    o.taughtBy = tutorId ? TaughtBy::Tutor : TaughtBy::Assistant;
    o.tutorId = tutorId;
    auto recorded = bookings.recordOutcome(o);
    if (!recorded)
        return fail(recorded.error(), QStringLiteral("outcome"));
    if (state == LessonState::Cancelled)
        m_world->removeBooking(*booked);
    ++m_report.outcomes;
}

} // namespace

QString TutoringImporter::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Assistants:
        return QStringLiteral("assistants");
    case ImportKind::Bookings:
        return QStringLiteral("bookings");
    case ImportKind::Pupils:
        break;
    }
    return QStringLiteral("pupils");
}

Result<ImportReport> TutoringImporter::importFile(ImportKind kind, const QString &path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { path, file.errorString() });
    return importData(kind, file.readAll(), path, dryRun);
}

Result<ImportReport> TutoringImporter::importData(
    ImportKind kind, const QByteArray &data, const QString &fileName, bool dryRun)
{
    auto table = core::parseTableFile(data, fileName);
    if (!table)
        return table.error();
    ImportReport report;
    report.kind = kind;
    report.file = fileName;
    report.dryRun = dryRun;

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    ImportRun run(m_db, m_clock, kind, *table, report);
    if (auto s = run.prepare(); !s)
        return s.error();
    run.run();
    // All or nothing: any error, or a dry run, leaves the database as it was.
    if (!report.errors.isEmpty() || dryRun) {
        tx.rollback();
        return report;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    report.applied = true;
    return report;
}

} // namespace tutoring
