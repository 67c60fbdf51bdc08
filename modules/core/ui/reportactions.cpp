#include "core/ui/reportactions.h"

#include "core/domain/clock.h"
#include "core/domain/wholefile.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reportrenderer.h"
#include "core/reporting/reportxlsx.h"
#include "core/ui/errortext.h"

#include <QDate>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace core {

QString ReportActions::suggestedFileName(const ReportDocument &document, const QString &extension)
{
    QString base = document.title.isEmpty() ? document.name : document.title;
    base = base.normalized(QString::NormalizationForm_D);
    base.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _-]")));
    base = base.simplified().replace(QLatin1Char(' '), QLatin1Char('_')).toLower();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(QStringLiteral("%1_%2.%3").arg(base, core::SystemClock::instance().today().toString(QStringLiteral("yyyyMMdd")), extension));
}

void ReportActions::preview(QWidget *parent, const ReportDocument &document)
{
    const ReportRenderer renderer(document);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(renderer.pageLayout());
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(document.title));
    dialog.resize(1000, 820);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        if (auto s = renderer.print(p); !s)
            QMessageBox::warning(&dialog, tr("Print"), ErrorText::describe(s.error()));
    });
    dialog.exec();
}

void ReportActions::savePdf(QWidget *parent, const ReportDocument &document)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggestedFileName(document, QStringLiteral("pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = ReportRenderer(document).writePdf(path); !s)
        QMessageBox::warning(parent, tr("Save as PDF"), ErrorText::describe(s.error()));
}

void ReportActions::saveCsv(QWidget *parent, const ReportDocument &document)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as CSV"), suggestedFileName(document, QStringLiteral("csv")),
                                                      tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = writeWholeFile(path, reportToCsv(document, CsvFlavor::Spreadsheet)); !s)
        QMessageBox::warning(parent, tr("Save as CSV"), ErrorText::describe(s.error()));
}

void ReportActions::saveXlsx(QWidget *parent, const ReportDocument &document)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as Excel"), suggestedFileName(document, QStringLiteral("xlsx")),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ReportXlsx::write(document, path);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, tr("Save as Excel"), ErrorText::describe(written.error()));
}

} // namespace core
