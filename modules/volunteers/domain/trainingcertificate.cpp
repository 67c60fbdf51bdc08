#include "volunteers/domain/trainingcertificate.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/trainingrepository.h"

#include <QLocale>

namespace volunteers {

using core::Error;
using core::Result;

namespace {


QString italianText(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString hoursItalian(int minutes)
{
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    if (minutes % 60 == 0)
        return minutes == 60 ? italianText("1 ora") : italianText("%1 ore").arg(italian.toString(minutes / 60));
    return italianText("%1 ore").arg(italian.toString(minutes / 60.0, 'f', 1));
}

QString modeItalian(Edition::Mode mode)
{
    switch (mode) {
    case Edition::Mode::Presence:
        return italianText("in presenza");
    case Edition::Mode::Remote:
        return italianText("a distanza (FAD)");
    case Edition::Mode::Mixed:
        return italianText("in presenza e a distanza");
    }
    return {};
}

} // namespace

Result<TrainingCertificateContent> certificateContent(const QSqlDatabase &db, qint64 participantId)
{
    TrainingRepository repository(db);
    auto p = repository.participant(participantId);
    if (!p)
        return p.error();
    if (p->id == 0)
        return Error(QStringLiteral("training.unknown_participant"));
    auto edition = repository.edition(p->editionId);
    if (!edition)
        return edition.error();
    auto course = repository.course(edition->courseId);
    if (!course)
        return course.error();
    if (p->certificateNumber.isEmpty()) {
        // Say why it cannot be had, when it cannot.
        if (auto s = TrainingRules::checkCertificate(*course, *p); !s)
            return s.error();
        return Error(QStringLiteral("training.certificate_not_issued"));
    }
    TrainingCertificateContent c;
    c.number = p->certificateNumber;
    c.issuedOn = p->certificateIssuedOn;
    c.participantName = p->displayName;
    c.affiliation = p->affiliation;
    if (p->volunteerId != 0) {
        auto q = core::runQuery(db,
            QStringLiteral("SELECT v.tax_code, o.name FROM volunteer v JOIN organisation o ON o.id = v.organisation_id "
                           "WHERE v.id = ?"),
            { p->volunteerId });
        if (!q)
            return q.error();
        if (q->next()) {
            c.participantTaxCode = q->value(0).toString();
            c.organisationName = q->value(1).toString();
        }
    }
    c.courseTitle = course->title;
    c.editionCode = edition->code;
    c.startDate = edition->startDate;
    c.endDate = edition->endDate;
    c.mode = edition->mode;
    c.place = edition->place;
    auto sessions = repository.sessions(edition->id);
    if (!sessions)
        return sessions.error();
    c.sessions = *sessions;
    c.attendedMinutes = p->attendedMinutes;
    c.totalMinutes = p->totalMinutes;
    c.minAttendance = course->minAttendance;
    c.finalTest = course->finalTest;
    c.score = p->testScore;
    c.maxScore = course->maxScore;
    if (p->qualificationId != 0) {
        auto q = core::runQuery(db,
            QStringLiteral("SELECT name, coalesce(expires_on, '') FROM volunteer_qualification WHERE id = ?"),
            { p->qualificationId });
        if (!q)
            return q.error();
        if (q->next()) {
            c.qualification = q->value(0).toString();
            c.qualificationExpires = core::fromSqlDate(q->value(1).toString());
        }
    }
    return c;
}

core::ReportDocument trainingCertificateDocument(const TrainingCertificateContent &c)
{
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    core::ReportDocument doc;
    doc.name = QStringLiteral("training-certificate");
    doc.title = italianText("Attestato di partecipazione n. %1").arg(c.number);
    doc.subtitle = italianText("Corso «%1», edizione %2").arg(c.courseTitle, c.editionCode);
    doc.parameters = { { italianText("Protocollo n."), c.number }, { italianText("Data"), core::toItalianDate(c.issuedOn) } };
    doc.printedAt = QDateTime(c.issuedOn, QTime(12, 0));

    QString who = italianText("%1").arg(c.participantName);
    if (!c.participantTaxCode.isEmpty())
        who += italianText(", codice fiscale %1").arg(c.participantTaxCode);
    // The codice fiscale says whether the volunteer is a woman: the words agree.
    const auto cf = CodiceFiscale::parse(c.participantTaxCode, c.issuedOn.isValid() ? c.issuedOn : QDate(2100, 1, 1));
    const bool woman = cf && cf->sex == QLatin1Char('F');
    if (!c.organisationName.isEmpty())
        who += (woman ? italianText(", volontaria dell'organizzazione «%1»") : italianText(", volontario dell'organizzazione «%1»"))
                   .arg(c.organisationName);
    else if (!c.affiliation.isEmpty())
        who += italianText(" (%1)").arg(c.affiliation);
    const QString period = c.startDate == c.endDate
        ? italianText("il %1").arg(core::toItalianDate(c.startDate))
        : italianText("dal %1 al %2").arg(core::toItalianDate(c.startDate), core::toItalianDate(c.endDate));
    const int percent = c.totalMinutes > 0 ? int(qint64(c.attendedMinutes) * 100 / c.totalMinutes) : 0;
    doc.addParagraph(italianText("Si attesta che %1 ha partecipato al corso «%2» (edizione %3), organizzato dalla funzione "
                       "formazione del CCV-MI %4 %5%6, frequentando %7 sulle %8 previste (%9%), oltre la frequenza "
                       "minima del %10% richiesta.")
                         .arg(who, c.courseTitle, c.editionCode, modeItalian(c.mode), period,
                             c.place.isEmpty() || c.mode == Edition::Mode::Remote ? QString()
                                                                                  : italianText(", presso %1").arg(c.place),
                             hoursItalian(c.attendedMinutes), hoursItalian(c.totalMinutes))
                         .arg(percent)
                         .arg(c.minAttendance));
    if (c.finalTest)
        doc.addParagraph(c.score >= 0
                ? italianText("Ha superato il test finale di verifica con il punteggio di %1 su %2.")
                      .arg(italian.toString(c.score), italian.toString(c.maxScore))
                : italianText("Ha superato il test finale di verifica."));

    core::ReportTable table;
    table.columns = { { QStringLiteral("day"), italianText("Data"), core::ColumnKind::Date },
        { QStringLiteral("time"), italianText("Ora") }, { QStringLiteral("hours"), italianText("Durata") },
        { QStringLiteral("topic"), italianText("Argomento") }, { QStringLiteral("trainer"), italianText("Docente") } };
    for (const TrainingSession &s : c.sessions)
        table.rows.append({ s.day, s.startTime, hoursItalian(s.minutes), s.topic, s.trainer });
    table.totals = { italianText("Totale"), QVariant(), hoursItalian(c.totalMinutes), QVariant(), QVariant() };
    doc.addTable(table);

    if (!c.qualification.isEmpty())
        doc.addParagraph(c.qualificationExpires.isValid()
                ? italianText("Il corso dà titolo alla qualifica «%1», valida fino al %2.")
                      .arg(c.qualification, core::toItalianDate(c.qualificationExpires))
                : italianText("Il corso dà titolo alla qualifica «%1».").arg(c.qualification));
    doc.addParagraph(italianText("Il presente attestato è rilasciato su richiesta dell'interessato per gli usi consentiti dalla legge."));
    doc.addParagraph(italianText("Peschiera Borromeo, %1").arg(core::toItalianDate(c.issuedOn)));
    doc.addSignatures({ italianText("Il responsabile della formazione del CCV-MI"), italianText("Il Presidente del CCV-MI") });
    return doc;
}

} // namespace volunteers
