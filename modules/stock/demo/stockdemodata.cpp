#include "stock/demo/stockdemodata.h"

#include <QStringList>

namespace stock::demo {

const QList<ItemSpec> &itemSpecs()
{
    static const QList<ItemSpec> specs = {
        { "BEV-ACQUA", "Acqua minerale naturale 1,5 l", "bevande", Unit::Pieces, 1500, 6, 300, 420, 45, 500 },
        { "BEV-SUCCHI", "Succhi di frutta 1 l", "bevande", Unit::Pieces, 1050, 12, 200, 300, 25, 0 },
        { "BEV-BIBITE", "Bibite analcoliche assortite", "bevande", Unit::Grams, 0, 0, 180, 300, 30, 0 },
        { "FOR-GRANA", "Grana Padano", "formaggi_latticini", Unit::Grams, 0, 0, 150, 240, 35, 0 },
        { "FOR-LATTE", "Latte UHT 1 l", "formaggi_latticini", Unit::Pieces, 1030, 12, 90, 150, 40, 200 },
        { "FOR-STAGIONATI", "Formaggi stagionati", "formaggi_latticini", Unit::Grams, 0, 0, 90, 180, 15, 0 },
        { "FOR-FRESCHI", "Formaggi freschi", "formaggi_latticini", Unit::Grams, 0, 0, 25, 40, 10, 0 },
        { "FRU-MELE", "Mele", "frutta_latticini", Unit::Grams, 0, 0, 40, 70, 35, 0 },
        { "FRU-ARANCE", "Arance", "frutta_latticini", Unit::Grams, 0, 0, 30, 45, 15, 0 },
        { "FRU-SCIROPPATA", "Frutta sciroppata 500 g", "frutta_latticini", Unit::Pieces, 500, 12, 400, 700, 25, 0 },
        { "FRU-YOGURT", "Yogurt 125 g", "frutta_latticini", Unit::Pieces, 125, 24, 28, 40, 10, 0 },
        { "FRU-BUDINI", "Budini e dessert al latte", "frutta_latticini", Unit::Grams, 0, 0, 60, 120, 15, 0 },
        { "PAN-PANE", "Pane e prodotti da forno", "pane_dolci", Unit::Grams, 0, 0, 7, 12, 10, 0 },
        { "PAN-PANETTONE", "Panettone 750 g", "pane_dolci", Unit::Pieces, 750, 6, 120, 180, 20, 0 },
        { "PAN-BISCOTTI", "Biscotti", "pane_dolci", Unit::Grams, 0, 0, 240, 360, 40, 0 },
        { "PAN-FETTE", "Fette biscottate", "pane_dolci", Unit::Grams, 0, 0, 200, 300, 30, 0 },
        { "PAS-PASTA", "Pasta di semola", "pasta_riso", Unit::Grams, 0, 0, 540, 720, 70, 300000 },
        { "PAS-RISO", "Riso", "pasta_riso", Unit::Grams, 0, 0, 540, 720, 30, 500000 },
        { "ALT-PASSATA", "Passata di pomodoro 700 g", "altri_alimentari", Unit::Pieces, 700, 12, 500, 700, 30, 0 },
        { "ALT-LEGUMI", "Legumi in scatola 400 g", "altri_alimentari", Unit::Pieces, 400, 24, 600, 900, 25, 0 },
        { "ALT-OLIO", "Olio di semi di girasole 1 l", "altri_alimentari", Unit::Pieces, 920, 12, 400, 540, 20, 0 },
        { "ALT-TONNO", "Tonno all'olio", "altri_alimentari", Unit::Grams, 0, 0, 700, 1000, 25, 0 },
        { "DPI-FFP2", "Mascherine FFP2", "dpi_mascherine", Unit::Pieces, 0, 20, 900, 1100, 0, 2000 },
        { "DPI-CHIR", "Mascherine chirurgiche", "dpi_mascherine", Unit::Pieces, 0, 50, 900, 1100, 0, 5000 },
        { "DPI-GUANTI", "Guanti in nitrile (paia)", "dpi_guanti", Unit::Pieces, 0, 50, 1500, 1800, 0, 0 },
        { "DPI-CAMICI", "Camici monouso", "dpi_camici", Unit::Pieces, 0, 10, 0, 0, 0, 0 },
        { "DPI-VISIERE", "Visiere protettive", "dpi_visiere", Unit::Pieces, 0, 10, 0, 0, 0, 0 },
        { "DPI-GEL", "Gel igienizzante 500 ml", "dpi_igienizzanti", Unit::Pieces, 0, 12, 700, 900, 0, 0 },
        { "KIT-VAX", "Kit vaccinazione antinfluenzale", "kit_vaccino_antinfluenzale", Unit::Pieces, 0, 0, 1, 1, 0, 0 },
        { "KIT-TAMP", "Kit tampone rapido", "kit_tamponi", Unit::Pieces, 0, 25, 300, 400, 0, 0 },
        { "ALT-COPERTE", "Coperte", "altri_beni", Unit::Pieces, 0, 0, 0, 0, 0, 0 },
    };
    return specs;
}

const QList<DonorSpec> &donorSpecs()
{
    static const QList<DonorSpec> specs = {
        { "Pane quotidiano", DonorKind::Charity, "Milano", "", "Segreteria logistica", { "pane_dolci", "formaggi_latticini" } },
        { "Banco Alimentare della Lombardia", DonorKind::Charity, "Muggiò", "", "Magazzino di Muggiò",
          { "pasta_riso", "altri_alimentari", "bevande", "formaggi_latticini", "frutta_latticini" } },
        { "Spesa sospesa - Comune di Rozzano", DonorKind::Collection, "Rozzano", "", "Ufficio servizi sociali",
          { "pasta_riso", "altri_alimentari", "pane_dolci" } },
        { "Spesa sospesa - Comune di Sesto San Giovanni", DonorKind::Collection, "Sesto San Giovanni", "", "COC",
          { "pasta_riso", "altri_alimentari" } },
        { "Spesa sospesa - Comune di San Giuliano Milanese", DonorKind::Collection, "San Giuliano Milanese", "", "COC",
          { "altri_alimentari", "pane_dolci" } },
        { "Acque Minerali Prealpi S.p.A.", DonorKind::Company, "Legnano", "03914520966", "Ufficio commerciale", { "bevande" } },
        { "Caseificio Valpadana S.r.l.", DonorKind::Company, "Lodi", "02817450157", "Direzione vendite",
          { "formaggi_latticini", "frutta_latticini" } },
        { "Ortofrutta Sud Milano S.c.a r.l.", DonorKind::Company, "Milano", "05528110962", "Mercato ortofrutticolo",
          { "frutta_latticini" } },
        { "Dolciaria Brianzola S.p.A.", DonorKind::Company, "Monza", "00774230153", "Responsabile CSR", { "pane_dolci" } },
        { "Molino e Pastificio Lombardo S.r.l.", DonorKind::Company, "Abbiategrasso", "06611280151", "Logistica",
          { "pasta_riso" } },
        { "Conserve Padane S.r.l.", DonorKind::Company, "Cremona", "01223450199", "Ufficio spedizioni", { "altri_alimentari" } },
        { "Distribuzione Alimentare Nord S.p.A.", DonorKind::Company, "Pioltello", "08123670965", "Piattaforma di Pioltello",
          { "bevande", "formaggi_latticini", "altri_alimentari" } },
        { "ATS Città Metropolitana di Milano", DonorKind::PublicBody, "Milano", "09320520969", "Dipartimento di prevenzione", {} },
        { "Regione Lombardia - Protezione civile", DonorKind::PublicBody, "Milano", "80050050154", "Sala operativa regionale", {} },
    };
    return specs;
}

const QList<QPair<const char *, qint64>> &publishedKg()
{
    static const QList<QPair<const char *, qint64>> kg = {
        { "bevande", 71883 },    { "formaggi_latticini", 81814 }, { "frutta_latticini", 25243 },
        { "pane_dolci", 57255 }, { "pasta_riso", 5398 },          { "altri_alimentari", 8875 },
    };
    return kg;
}

const QStringList &demoOperators()
{
    static const QStringList names = { QStringLiteral("Mario Rossi"), QStringLiteral("Giulia Bianchi"), QStringLiteral("Luca Colombo"),
                                       QStringLiteral("Sara Ferrari"), QStringLiteral("Paolo Galli") };
    return names;
}

} // namespace stock::demo
