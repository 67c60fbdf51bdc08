#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void installTranslations(QCoreApplication &app, const QString &language)
{
    const bool italian = language != QLatin1String("en");
    const QLocale locale = italian ? QLocale(QLocale::Italian, QLocale::Italy)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/cisiamo_%1.qm").arg(italian ? QStringLiteral("it") : QStringLiteral("en"))))
        QCoreApplication::installTranslator(own);
    if (italian) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}
