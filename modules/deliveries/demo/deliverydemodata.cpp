#include "deliveries/demo/deliverydemodata.h"

namespace deliveries::demo {

const QList<RecipientSpec> &recipientSpecs()
{
    static const QList<RecipientSpec> specs = {
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Milano Nord", "Milano", "Via Ippocrate 45",
            "Referente distretto Nord", "+39 02 8578 1001" },
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Milano Sud", "Milano", "Via Boifava 25",
            "Referente distretto Sud", "+39 02 8578 1002" },
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Rho", "Rho", "Corso Europa 250", "Referente distretto Rhodense",
            "+39 02 8578 1003" },
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Legnano", "Legnano", "Via Savonarola 3",
            "Referente distretto Ovest", "+39 02 8578 1004" },
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Magenta", "Magenta", "Via Al Donatore di Sangue 50",
            "Referente distretto Magentino", "+39 02 8578 1005" },
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Melegnano", "Melegnano", "Via Pandina 1",
            "Referente distretto Sud Est", "+39 02 8578 1006" },
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Sesto San Giovanni", "Sesto San Giovanni", "Viale Matteotti 83",
            "Referente distretto Nord Milano", "+39 02 8578 1007" },
        { RecipientKind::AtsHub, "Hub vaccinale ATS - Cernusco sul Naviglio", "Cernusco sul Naviglio", "Via Uboldo 21",
            "Referente distretto Adda Martesana", "+39 02 8578 1008" },
        { RecipientKind::Rsa, "RSA Il Melograno", "Abbiategrasso", "Via dei Mille 14", "Direzione sanitaria",
            "+39 02 9496 2210" },
        { RecipientKind::Rsa, "RSA Villa Serena", "Bollate", "Via Verdi 8", "Coordinatrice infermieristica",
            "+39 02 3330 4411" },
        { RecipientKind::Rsa, "RSA Casa del Sole", "Corsico", "Via Leopardi 22", "Direzione", "+39 02 4510 7788" },
        { RecipientKind::Rsa, "RSA Le Magnolie", "Cinisello Balsamo", "Via Libertà 120", "Direzione sanitaria",
            "+39 02 6601 9012" },
        { RecipientKind::Rsa, "RSA San Francesco", "Gorgonzola", "Via Italia 41", "Ufficio accettazione",
            "+39 02 9530 6633" },
        { RecipientKind::Rsa, "RSA Il Glicine", "Lainate", "Via Garbagnate 15", "Direzione", "+39 02 9374 2100" },
        { RecipientKind::Rsa, "RSA Villa dei Tigli", "Melzo", "Via Colombo 9", "Coordinatrice", "+39 02 9573 4471" },
        { RecipientKind::Rsa, "RSA Casa Serena", "Opera", "Via Diaz 30", "Direzione sanitaria", "+39 02 5760 6512" },
        { RecipientKind::Rsa, "RSA La Quercia", "Paderno Dugnano", "Via Rotondi 27", "Direzione", "+39 02 9904 3380" },
        { RecipientKind::Rsa, "RSA Girasole", "Rozzano", "Viale Lombardia 3", "Ufficio infermieristico",
            "+39 02 5750 8820" },
        { RecipientKind::Rsa, "RSA Villa Arcobaleno", "San Donato Milanese", "Via Gramsci 12", "Direzione",
            "+39 02 5560 1190" },
        { RecipientKind::Rsa, "RSA Borgo Antico", "Vimodrone", "Via Piave 6", "Coordinatrice", "+39 02 2650 7743" },
        { RecipientKind::Mmg, "Dott.ssa Anna Colombo - medicina generale", "Cologno Monzese", "Via Mazzini 11",
            "Anna Colombo", "+39 02 2530 1122" },
        { RecipientKind::Mmg, "Dott. Paolo Bianchi - medicina generale", "Pioltello", "Via Roma 40", "Paolo Bianchi",
            "+39 02 9266 4410" },
        { RecipientKind::Mmg, "Dott. Luca Ferrari - medicina generale", "Segrate", "Via Cassanese 200", "Luca Ferrari",
            "+39 02 2134 8890" },
        { RecipientKind::Mmg, "Dott.ssa Elena Ricci - medicina generale", "Trezzano sul Naviglio", "Via Morandi 3",
            "Elena Ricci", "+39 02 4840 2233" },
        { RecipientKind::Mmg, "Dott. Giorgio Galli - medicina generale", "Arese", "Viale Varzi 18", "Giorgio Galli",
            "+39 02 9358 0011" },
        { RecipientKind::Mmg, "Dott.ssa Marta Conti - medicina generale", "Senago", "Via XXIV Maggio 5", "Marta Conti",
            "+39 02 9989 7123" },
        { RecipientKind::Mmg, "Dott. Andrea Fontana - medicina generale", "Bresso", "Via Vittorio Veneto 60",
            "Andrea Fontana", "+39 02 6142 3301" },
        { RecipientKind::Mmg, "Dott.ssa Chiara Greco - medicina generale", "Binasco", "Via Matteotti 2", "Chiara Greco",
            "+39 02 9005 5567" },
        { RecipientKind::Pls, "Dott.ssa Sara Marino - pediatria", "Rho", "Via Castelli Fiorenza 9", "Sara Marino",
            "+39 02 9310 2288" },
        { RecipientKind::Pls, "Dott. Davide Rizzo - pediatria", "Legnano", "Corso Garibaldi 71", "Davide Rizzo",
            "+39 0331 544 210" },
        { RecipientKind::Pls, "Dott.ssa Giulia Lombardi - pediatria", "Sesto San Giovanni", "Via Cavallotti 16",
            "Giulia Lombardi", "+39 02 2620 4411" },
        { RecipientKind::Pls, "Dott.ssa Laura Moretti - pediatria", "San Giuliano Milanese", "Via Risorgimento 4",
            "Laura Moretti", "+39 02 9824 7719" },
        { RecipientKind::Pls, "Dott. Stefano Barbieri - pediatria", "Cernusco sul Naviglio", "Via Marcelline 7",
            "Stefano Barbieri", "+39 02 9240 1566" },
        { RecipientKind::Hospital, "Presidio ospedaliero di Rho - tenda pre-triage", "Rho", "Corso Europa 250",
            "Direzione medica di presidio", "+39 02 9943 0001" },
        { RecipientKind::Hospital, "Presidio ospedaliero di Legnano - punto tamponi", "Legnano",
            "Via Papa Giovanni Paolo II", "Direzione medica di presidio", "+39 0331 449 111" },
        { RecipientKind::Hospital, "Presidio ospedaliero di Vizzolo Predabissi - drive-in", "Vizzolo Predabissi",
            "Via Pandina 1", "Direzione medica di presidio", "+39 02 9805 1" },
    };
    return specs;
}

const QList<VehicleSpec> &vehicleSpecs()
{
    static const QList<VehicleSpec> specs = {
        { "Fiat Ducato CCV-MI - EX 412 PL", "CCV-MI", "Marco Brambilla" },
        { "Iveco Daily CCV-MI - FB 208 KT", "CCV-MI", "Roberto Villa" },
        { "Ford Transit CCV-MI - GA 771 RS", "Gruppo comunale di protezione civile di Segrate", "Francesca Sala" },
        { "Fiat Ducato - DV 903 MC", "Associazione Volontari Protezione Civile Adda Martesana", "Giuseppe Mauri" },
        { "Mercedes Sprinter - FL 552 ZT", "Gruppo comunale di protezione civile di Rozzano", "Alessandro Riva" },
    };
    return specs;
}

const QStringList &signatories()
{
    static const QStringList names = {
        QStringLiteral("R. Bassi"),
        QStringLiteral("M. Cattaneo"),
        QStringLiteral("G. Longoni"),
        QStringLiteral("L. Sironi"),
        QStringLiteral("F. Pirovano"),
        QStringLiteral("A. Monti"),
        QStringLiteral("S. Vismara"),
        QStringLiteral("C. Parma"),
        QStringLiteral("E. Crippa"),
        QStringLiteral("P. Fumagalli"),
        QStringLiteral("D. Arosio"),
        QStringLiteral("V. Redaelli"),
    };
    return names;
}

const QList<FoodHabit> &foodHabits()
{
    static const QList<FoodHabit> habits = {
        { "bevande", 45 },
        { "formaggi_latticini", 50 },
        { "frutta_latticini", 28 },
        { "pane_dolci", 40 },
        { "pasta_riso", 15 },
        { "altri_alimentari", 22 },
    };
    return habits;
}

} // namespace deliveries::demo
