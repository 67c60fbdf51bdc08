#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace core {

class ImportAgainBox;

// What every "Importa…" dialog shows around its own body, top to bottom:
// the file row (the path, read-only, and "Choose file...", which offers
// Excel workbooks and CSV files and hands the chosen path to `onFile`), the
// help text, the body `makeBody` returns (the problems table, or a splitter;
// it takes the spare height; made in its place, so that the tab order
// follows the screen), the summary, the "already imported" box, and Close / Import
// (`onImport`; the dialog is accepted when it returns true). The widgets
// belong to the dialog; the dialog keeps the pointers it needs. Extra rows
// go in `layout` (e.g. insertWidget(2, box) puts one under the help).
// GUI thread only.
class ImportDialogFrame {
    Q_DECLARE_TR_FUNCTIONS(core::ImportDialogFrame)
public:
    ImportDialogFrame(QDialog *dialog, const QString &chooseTitle, const QString &help,
                      const std::function<QWidget *()> &makeBody,
                      std::function<void(const QString &)> onFile, std::function<bool()> onImport);

    QLineEdit *path = nullptr;
    QLabel *help = nullptr;
    QLabel *summary = nullptr;
    ImportAgainBox *again = nullptr;
    QPushButton *import = nullptr;
    QVBoxLayout *layout = nullptr;

    // The file dialog's filter: workbooks and CSV together first.
    static QString fileFilter();
    // An existing file chosen by the person (from Documents), or empty.
    static QString chooseFile(QWidget *parent, const QString &title);
};

} // namespace core
