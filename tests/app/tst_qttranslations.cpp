// Qt's own strings (the context menu of a text field: Undo, Cut, Paste...)
// are Italian in the Italian program: installTranslations() loads
// qtbase_it.qm from Qt's translations folder, which the Debian package gets
// from qt6-translations-l10n (tests/packaging/check_package.sh checks the
// dependency).

#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QTest>

#include <memory>

class TestQtTranslations : public QObject {
    Q_OBJECT
private slots:
    void qtCatalogueIsInstalled();
    void italianTextFieldMenu();
};

void TestQtTranslations::qtCatalogueIsInstalled()
{
    const QString catalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_it.qm");
    QVERIFY2(QFileInfo::exists(catalogue),
             qPrintable(QStringLiteral("%1 is missing: install qt6-translations-l10n (scripts/install-deps.sh)").arg(catalogue)));
}

void TestQtTranslations::italianTextFieldMenu()
{
    QLineEdit field;
    field.setText(QStringLiteral("testo"));
    std::unique_ptr<QMenu> before(field.createStandardContextMenu());
    QVERIFY(before->actions().first()->text().startsWith(QStringLiteral("&Undo")));

    installTranslations(*QCoreApplication::instance(), QStringLiteral("it"));

    std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
    QStringList texts;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator())
            texts.append(action->text().section(QLatin1Char('\t'), 0, 0));
    QCOMPARE(texts.value(0), QStringLiteral("Ann&ulla"));
    QVERIFY2(texts.contains(QStringLiteral("&Incolla")), qPrintable(texts.join(QStringLiteral(", "))));
    QCOMPARE(QCoreApplication::translate("QWidgetTextControl", "&Undo"), QStringLiteral("Ann&ulla"));
}

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
