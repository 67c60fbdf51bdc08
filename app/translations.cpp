#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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

QString languageOfSystem(const QLocale &system)
{
    const QString italian = QStringLiteral("it");
    if (system.language() == QLocale::C)
        return italian;
    for (const QString &tag : system.uiLanguages()) {
        const QLocale::Language language = QLocale(tag).language();
        if (language == QLocale::Italian)
            return italian;
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return italian;
}

QString chooseLanguage(const QString &fromCommandLine, const QString &saved, const QLocale &system)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    if (!saved.isEmpty())
        return saved;
    return languageOfSystem(system);
}
