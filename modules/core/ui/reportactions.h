#pragma once

#include "core/reporting/reportdocument.h"

#include <QCoreApplication>

class QWidget;

namespace core {

// What a person can do with a built report, from any tab: look at it in a
// print preview (and print), save it as PDF, save its table as CSV for an
// Italian spreadsheet, save it as an Excel workbook (every table, numbers
// as numbers, dates as dates). Errors are shown in a message box.
class ReportActions {
    Q_DECLARE_TR_FUNCTIONS(core::ReportActions)
public:
    static void preview(QWidget *parent, const ReportDocument &document);
    static void savePdf(QWidget *parent, const ReportDocument &document);
    static void saveCsv(QWidget *parent, const ReportDocument &document);
    static void saveXlsx(QWidget *parent, const ReportDocument &document);
    // A file name made from the report title and today's date.
    static QString suggestedFileName(const ReportDocument &document, const QString &extension);
};

} // namespace core
