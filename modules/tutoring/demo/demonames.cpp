#include "tutoring/demo/demonames.h"

namespace tutoring {

const QStringList &DemoNames::familyNames()
{
    static const QStringList names = QStringLiteral(
        "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De "
        "Luca,Mancini,Costa,"
        "Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,Ferrara,Galli,Martini,Leone,"
        "Longo,Gentile,Martinelli,Vitale,Lombardo,Serra,Coppola,De "
        "Santis,D'Angelo,Marchetti,Parisi,Villa,Conte,Ferraro,"
        "Ferri,Fabbri,Bianco,Marini,Grasso,Valentini,Messina,Sala,De Angelis,Gatti,Pellegrini,Palumbo,Sanna,Farina,"
        "Rizzi,Monti,Cattaneo,Morelli,Amato,Silvestri,Mazza,Testa,Grassi,Pellegrino,Carbone,Giuliani,Benedetti,Barone,"
        "Rossetti,Caputo,Montanari,Guerra,Palmieri,Bernardi,Martino,Fiore,Brambilla,Colombi,Sironi,Radaelli,Locatelli,"
        "Bassi,Pozzi,Crippa,Galbiati,Mauri,Fumagalli,Villa,Meroni,Redaelli,Riva,Cazzaniga,Ronchi,Longoni")
                                         .split(QLatin1Char(','));
    return names;
}

const QStringList &DemoNames::givenNames()
{
    static const QStringList names = QStringLiteral(
        "Alessandro,Andrea,Lorenzo,Matteo,Francesco,Leonardo,Gabriele,Riccardo,Tommaso,Edoardo,Mattia,Giuseppe,Davide,"
        "Federico,Marco,Luca,Simone,Pietro,Filippo,Samuele,Giulia,Sofia,Aurora,Alice,Ginevra,Emma,Giorgia,Greta,"
        "Beatrice,"
        "Anna,Martina,Chiara,Sara,Francesca,Alessia,Elisa,Noemi,Matilde,Vittoria,Camilla,Nicolò,Christian,Daniele,"
        "Elena,"
        "Ludovica,Bianca,Irene,Marta,Stefano,Paolo,Lucia,Caterina,Valentina,Jacopo,Diego,Arianna,Rebecca,Viola,"
        "Emanuele,"
        "Cristina")
                                         .split(QLatin1Char(','));
    return names;
}

const QStringList &DemoNames::highSchools()
{
    static const QStringList names = QStringLiteral(
        "Liceo scientifico Vittorio Veneto,Liceo Primo Levi,IIS Europa Unita,ITIS Cannizzaro,Liceo Marie Curie,"
        "IIS Piero della Francesca,Liceo Giordano Bruno,ITC Gino Zappa,IIS Alessandrini,Liceo Volta")
                                         .split(QLatin1Char(','));
    return names;
}

} // namespace tutoring
