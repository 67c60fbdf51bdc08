#include "volunteers/demo/demonames.h"

namespace volunteers::demo {

namespace {
QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}
} // namespace

const QStringList &surnames()
{
    static const QStringList list = words(
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De "
        "Luca|Mancini|Costa|"
        "Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|"
        "Longo|Gentile|Martinelli|Vitale|Lombardo|Serra|Coppola|De "
        "Santis|D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|"
        "Ferri|Fabbri|Bianco|Marini|Grasso|Valentini|Messina|Sala|De "
        "Angelis|Gatti|Pellegrini|Palumbo|Sanna|Farina|Rizzi|"
        "Monti|Cattaneo|Morelli|Amato|Silvestri|Mazza|Testa|Grassi|Pellegrino|Carbone|Giuliani|Benedetti|Barone|"
        "Rossetti|"
        "Caputo|Montanari|Guerra|Palmieri|Bernardi|Martino|Fiore|De "
        "Rosa|Ferretti|Bellini|Basile|Riva|Donati|Piras|Vitali|"
        "Battaglia|Sartori|Neri|Costantini|Milani|Pagano|Ruggiero|Sorrentino|D'Amico|Orlando|Damico|Negri|Brambilla|"
        "Sironi|"
        "Colombi|Mauri|Fumagalli|Galbiati|Crippa|Radaelli|Vergani|Brivio|Pozzi|Meroni|Frigerio|Arosio|Cazzaniga|"
        "Bonfanti");
    return list;
}

const QStringList &maleNames()
{
    static const QStringList list = words(
        "Marco|Andrea|Luca|Giuseppe|Francesco|Alessandro|Giovanni|Roberto|Stefano|Paolo|Antonio|Matteo|Davide|Simone|"
        "Federico|Massimo|Mario|Fabio|Riccardo|Lorenzo|Daniele|Claudio|Giorgio|Sergio|Maurizio|Alberto|Emanuele|Franco|"
        "Gabriele|Nicola|Michele|Pietro|Salvatore|Luigi|Enrico|Tommaso|Filippo|Alessio|Cristian|Diego|Gianluca|Carlo|"
        "Vincenzo|Angelo|Bruno|Edoardo|Giacomo|Ivan|Mattia|Raffaele|Samuele|Valerio|Walter|Ugo|Dario|Fausto");
    return list;
}

const QStringList &femaleNames()
{
    static const QStringList list = words("Giulia|Francesca|Chiara|Sara|Laura|Anna|Valentina|Elena|Alessandra|Silvia|"
                                          "Martina|Federica|Paola|Roberta|Elisa|"
                                          "Monica|Cristina|Barbara|Simona|Giorgia|Maria|Marta|Serena|Claudia|Daniela|"
                                          "Ilaria|Veronica|Eleonora|Alice|Beatrice|"
                                          "Caterina|Stefania|Manuela|Lucia|Michela|Arianna|Camilla|Benedetta|Irene|"
                                          "Noemi|Rebecca|Aurora|Teresa|Rita|Patrizia|"
                                          "Antonella|Emanuela|Lorena|Nadia|Sabrina|Tiziana|Vittoria|Greta|Sofia");
    return list;
}

const QStringList &streetNames()
{
    static const QStringList list = words(
        "via Roma|via Garibaldi|via Mazzini|via Manzoni|via Dante|via Verdi|via Cavour|via Matteotti|via Gramsci|"
        "via XXV Aprile|via IV Novembre|via Vittorio Veneto|via Marconi|via Leonardo da Vinci|via Piave|via Milano|"
        "via Monza|via Lodi|via Pavia|via Vigevano|corso Italia|viale Lombardia|via dei Mille|via Carducci|via Volta|"
        "via Galilei|via Puccini|via Don Minzoni|via Trento|via Trieste|piazza della Repubblica|via San Francesco|"
        "via dell'Artigianato|via dell'Industria|via del Lavoro|via Einstein|via Meucci|via Fermi");
    return list;
}

const QStringList &associationPatterns()
{
    static const QStringList list = words(
        "Associazione Volontari Protezione Civile %1|Nucleo Volontari Emergenza %1|Volontari del Soccorso %1|"
        "Gruppo Volontari Protezione Civile %1|Associazione Radioamatori Emergenza %1|Nucleo Cinofilo da Soccorso %1|"
        "Corpo Volontari Antincendio %1|Associazione Soccorso e Solidarietà %1|Squadra Logistica Emergenze %1|"
        "Volontari Servizi Sanitari %1");
    return list;
}

const QStringList &businessWords()
{
    static const QStringList list = words(
        "Lombarda|Ambrosiana|Naviglio|Martesana|Brianza|Ticino|Adda|Lambro|Olona|Seveso|Idroscalo|Metropoli|Padana|"
        "Alpina|Centrale|Nord|Europa|Duomo|Castello|Sempione|Porta Nuova|Bicocca|Ortica|Barona|Corvetto|Villoresi|"
        "Conca|Molinello|Cascina Nuova|Quadrifoglio|Airone|Aquila|Delta|Orione|Vega|Polaris|Sirio");
    return list;
}

const QStringList &businessKinds()
{
    static const QStringList list = words(
        "Impianti S.r.l.|Trasporti S.p.A.|Logistica S.r.l.|Costruzioni S.r.l.|Servizi S.c.a r.l.|Meccanica S.r.l.|"
        "Elettronica S.p.A.|Alimentari S.r.l.|Informatica S.r.l.|Assicurazioni S.p.A.|Farmacia S.n.c.|Studio Associato|"
        "Cooperativa Sociale|Edilizia S.r.l.|Tessile S.p.A.|Grafica S.r.l.|Ristorazione S.r.l.|Consulting S.r.l.");
    return list;
}

} // namespace volunteers::demo
