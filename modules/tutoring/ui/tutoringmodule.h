#pragma once

#include "core/ui/module.h"

#include <QCoreApplication>

namespace tutoring {

// ConosciAMO: study support for pupils aged 12-16, booked by parents,
// given by study assistants (PCTO), supervised by tutors. Registers the
// Italian text of its error codes when created.
class TutoringModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(tutoring::TutoringModule)
public:
    TutoringModule();

    QString id() const override { return QStringLiteral("tutoring"); }
    QString title() const override { return tr("ConosciAMO"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
};

} // namespace tutoring
