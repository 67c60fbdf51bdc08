#include "core/ui/importdialogframe.h"

#include "core/ui/importagainbox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace core {

ImportDialogFrame::ImportDialogFrame(QDialog *dialog, const QString &chooseTitle, const QString &helpText,
                                     const std::function<QWidget *()> &makeBody, std::function<void(const QString &)> onFile,
                                     std::function<bool()> onImport)
{
    path = new QLineEdit(dialog);
    path->setReadOnly(true);
    path->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Choose file..."), dialog);
    QObject::connect(browse, &QPushButton::clicked, dialog, [dialog, chooseTitle, onFile] {
        const QString chosen = chooseFile(dialog, chooseTitle);
        if (!chosen.isEmpty())
            onFile(chosen);
    });
    help = new QLabel(helpText, dialog);
    help->setWordWrap(true);
    QWidget *body = makeBody();
    summary = new QLabel(tr("Choose a file (Excel .xlsx or CSV): it is checked first, and nothing is written until "
                            "you import it."),
        dialog);
    summary->setWordWrap(true);
    again = new ImportAgainBox(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setEnabled(false);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(import, &QPushButton::clicked, dialog, [dialog, onImport] {
        if (onImport())
            dialog->accept();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(path, 1);
    fileRow->addWidget(browse);
    layout = new QVBoxLayout(dialog);
    layout->addLayout(fileRow);
    layout->addWidget(help);
    layout->addWidget(body, 1);
    layout->addWidget(summary);
    layout->addWidget(again);
    layout->addWidget(buttons);
}

QString ImportDialogFrame::fileFilter()
{
    return tr("Spreadsheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)");
}

QString ImportDialogFrame::chooseFile(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
}

} // namespace core
