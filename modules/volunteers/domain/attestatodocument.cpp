#include "volunteers/domain/attestatodocument.h"

#include "core/domain/dates.h"
#include "volunteers/domain/codicefiscale.h"

#include <QLocale>

namespace volunteers {

namespace {

QString L(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "le giornate indicate (dal 01/03/2021 al 09/03/2021)" or "la giornata del
// 01/03/2021": the days need not follow each other, the table lists them.
QString dayListItalian(const QList<QDate> &days)
{
    if (days.isEmpty())
        return {};
    if (days.size() == 1)
        return L("la giornata del %1").arg(core::toItalianDate(days.constFirst()));
    return L("le giornate indicate (dal %1 al %2)")
        .arg(core::toItalianDate(days.constFirst()), core::toItalianDate(days.constLast()));
}

} // namespace

QString eventTypeItalian(EventType type)
{
    switch (type) {
    case EventType::Ordinary:
        return L("attività di protezione civile (art. 39, comma 1)");
    case EventType::NationalEmergency:
        return L("emergenza di rilievo nazionale (art. 39, comma 2)");
    case EventType::Covid19:
        return L("emergenza di rilievo nazionale COVID-19 (art. 39 D.Lgs. 1/2018 e art. 35-bis D.L. 34/2020)");
    case EventType::Training:
        return L("attività di pianificazione, esercitazione e formazione (art. 39, comma 3)");
    }
    return {};
}

core::ReportDocument attestatoDocument(const AttestatoContent &c)
{
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    core::ReportDocument doc;
    doc.name = QStringLiteral("attestato");
    doc.title = L("Attestato n. %1").arg(c.number);
    doc.subtitle = L("Attestato di impiego di volontario di protezione civile\n"
                     "(art. 39 del D.Lgs. 2 gennaio 2018, n. 1, Codice della protezione civile)");
    doc.parameters = { { L("Protocollo n."), c.number }, { L("Data"), core::toItalianDate(c.issuedOn) } };
    // The operator is named once, with the protocol; the "printed on" lines
    // at the top and foot of the page give only the time.
    if (!c.issuedBy.isEmpty())
        doc.parameters.append({ L("Pratica trattata da"), c.issuedBy });
    doc.printedAt = c.issuedAt;

    QString addressee = c.selfEmployed ? L("Al volontario lavoratore autonomo\n%1").arg(c.employerName)
                                       : L("Spett.le\n%1").arg(c.employerName);
    if (!c.employerAddress.isEmpty())
        addressee += QLatin1Char('\n') + c.employerAddress;
    if (!c.employerTaxCode.isEmpty())
        addressee += L("\nC.F./P.IVA %1").arg(c.employerTaxCode);
    if (!c.employerPec.isEmpty())
        addressee += L("\nPEC %1").arg(c.employerPec);
    // Issued after the two years: said on top, where the employer reads first.
    if (c.reimbursementClosed())
        doc.addHtml(L("<p style=\"color: #b71c1c;\"><b>ATTENZIONE: termine per il rimborso scaduto.</b> "
                      "Il termine di due anni per chiedere il rimborso previsto dall'art. 39 del D.Lgs. 1/2018 "
                      "per %1 è scaduto il %2, prima della data del presente attestato: il rimborso non può più "
                      "essere chiesto. L'attestato resta valido come certificazione dell'impiego.</p>")
                        .arg(dayListItalian(c.daysPastReimbursement()).toHtmlEscaped(),
                            core::toItalianDate(c.reimbursementDeadline)));
    doc.addKeyValues({ { L("Destinatario"), addressee } });

    // The codice fiscale says whether the volunteer is a woman (day + 40):
    // the sentence agrees with her or him.
    const auto cf = CodiceFiscale::parse(c.volunteerTaxCode, c.issuedOn.isValid() ? c.issuedOn : QDate(2100, 1, 1));
    const bool woman = cf && cf->sex == QLatin1Char('F');
    const QString organisation = c.organisationComune.isEmpty()
        ? L("«%1»").arg(c.organisationName)
        : L("«%1» (%2)").arg(c.organisationName, c.organisationComune);
    const int count = int(c.days.size());
    const QString period = c.firstDay() == c.lastDay()
        ? L("nella giornata del %1").arg(core::toItalianDate(c.firstDay()))
        : L("dal %1 al %2").arg(core::toItalianDate(c.firstDay()), core::toItalianDate(c.lastDay()));
    const QString text = woman
        ? L("Si attesta che la volontaria %1, codice fiscale %2%3, iscritta all'organizzazione di "
            "volontariato di protezione civile %4%5, è stata impiegata, su attivazione del CCV-MI, "
            "nell'evento «%6» (%7), autorizzato con %8, %9, %10, come di seguito dettagliato.")
        : L("Si attesta che il volontario %1, codice fiscale %2%3, iscritto all'organizzazione di "
            "volontariato di protezione civile %4%5, è stato impiegato, su attivazione del CCV-MI, "
            "nell'evento «%6» (%7), autorizzato con %8, %9, %10, come di seguito dettagliato.");
    const QString born = !c.volunteerBirthDate.isValid() ? QString()
        : woman ? L(", nata il %1").arg(core::toItalianDate(c.volunteerBirthDate))
                : L(", nato il %1").arg(core::toItalianDate(c.volunteerBirthDate));
    doc.addParagraph(
        text.arg(c.volunteerName, c.volunteerTaxCode, born, organisation,
                c.organisationRegistry.isEmpty() ? QString() : L(", n. di iscrizione %1").arg(c.organisationRegistry),
                c.eventName, eventTypeItalian(c.eventType), c.authorisingAct, period)
            .arg(count == 1 ? L("per una giornata") : L("per complessive %1 giornate").arg(italian.toString(count))));

    core::ReportTable table;
    table.columns = { { QStringLiteral("day"), L("Giornata"), core::ColumnKind::Date },
        { QStringLiteral("weekday"), L("Giorno") }, { QStringLiteral("service"), L("Servizio") },
        { QStringLiteral("place"), L("Luogo") } };
    for (const AttestatoDay &d : c.days)
        table.rows.append({ d.day, italian.dayName(d.day.dayOfWeek(), QLocale::LongFormat), d.service,
            d.overLimit ? d.place + L(" (*)") : d.place });
    table.totals = { L("Totale giornate"), QVariant(), QVariant(), italian.toString(count) };
    doc.addTable(table);

    const QString closedNote = c.reimbursementClosed()
        ? L(" Alla data del presente attestato tale termine è già scaduto.")
        : QString();
    if (c.selfEmployed)
        doc.addParagraph(
            L("Ai sensi dell'art. 39 del D.Lgs. 1/2018, al lavoratore autonomo spetta, a richiesta, il "
              "rimborso del mancato guadagno giornaliero per le giornate di effettivo impiego sopra indicate, "
              "nei limiti previsti. La richiesta deve essere presentata entro due anni dalla conclusione "
              "dell'intervento, e cioè entro il %1.%2")
                .arg(core::toItalianDate(c.reimbursementDeadline), closedNote));
    else
        doc.addParagraph(
            L("Ai sensi dell'art. 39 del D.Lgs. 1/2018, per le giornate di effettivo impiego sopra indicate al "
              "lavoratore sono garantiti il mantenimento del posto di lavoro e del relativo trattamento economico "
              "e previdenziale. Il datore di lavoro può chiedere il rimborso dell'equivalente degli emolumenti "
              "versati entro due anni dalla conclusione dell'intervento, e cioè entro il %1.%2")
                .arg(core::toItalianDate(c.reimbursementDeadline), closedNote));

    if (c.overLimitCount() > 0) {
        QStringList overDays;
        for (const AttestatoDay &d : c.days)
            if (d.overLimit)
                overDays.append(core::toItalianDate(d.day));
        doc.addParagraph(L("(*) Le giornate del %1 eccedono i limiti di impiego dell'art. 39 per il tipo di evento "
                           "(giorni continuativi o giorni nell'anno). L'eccedenza è stata segnalata prima "
                           "dell'emissione del presente attestato.")
                             .arg(overDays.join(QStringLiteral(", "))));
    }
    doc.addParagraph(
        L("Il presente attestato è rilasciato su richiesta dell'interessato per gli usi consentiti dalla legge."));
    doc.addParagraph(L("Peschiera Borromeo, %1").arg(core::toItalianDate(c.issuedOn)));
    doc.addSignatures({ L("Il Presidente del CCV-MI"), L("Il legale rappresentante dell'organizzazione") });
    return doc;
}

} // namespace volunteers
