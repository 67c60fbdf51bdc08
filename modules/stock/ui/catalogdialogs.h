#pragma once

#include "stock/domain/stockcatalog.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace core {
class CommandStack;
}

namespace stock {

// Editing one item: code, name, category, unit, weight per piece, pieces
// per package, minimum level, whether it expires. Saved with the SaveItem
// command on the tab's CommandStack (validation in the domain; Undo puts
// the previous values back); errors shown in the dialog.
class ItemDialog : public QDialog {
    Q_OBJECT
public:
    ItemDialog(const QSqlDatabase &db, core::CommandStack &commands, const Item &item, QWidget *parent = nullptr);
    void accept() override;
    qint64 savedId() const { return m_id; }

private:
    void unitChanged();

    QSqlDatabase m_db;
    core::CommandStack &m_commands;
    Item m_item;
    qint64 m_id = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_gramsPerPiece = nullptr;
    QSpinBox *m_perPackage = nullptr;
    QLineEdit *m_minLevel = nullptr;
    QCheckBox *m_expires = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

class DonorDialog : public QDialog {
    Q_OBJECT
public:
    DonorDialog(const QSqlDatabase &db, core::CommandStack &commands, const Donor &donor, QWidget *parent = nullptr);
    void accept() override;
    qint64 savedId() const { return m_id; }

private:
    QSqlDatabase m_db;
    core::CommandStack &m_commands;
    Donor m_donor;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_notes = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
};

class LocationDialog : public QDialog {
    Q_OBJECT
public:
    LocationDialog(const QSqlDatabase &db, core::CommandStack &commands, const Location &location, QWidget *parent = nullptr);
    void accept() override;

private:
    QSqlDatabase m_db;
    core::CommandStack &m_commands;
    Location m_location;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_default = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
};

// A goods category: code, name, kind, in use. SaveCategory command.
class CategoryDialog : public QDialog {
    Q_OBJECT
public:
    CategoryDialog(core::CommandStack &commands, const Category &category, QWidget *parent = nullptr);
    void accept() override;

private:
    core::CommandStack &m_commands;
    Category m_category;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
};

// The components of a kit and how many of each one kit takes.
class KitRecipeDialog : public QDialog {
    Q_OBJECT
public:
    KitRecipeDialog(const QSqlDatabase &db, core::CommandStack &commands, qint64 kitItemId, QWidget *parent = nullptr);
    void accept() override;

private:
    void addRow(qint64 itemId, qint64 quantity);

    QSqlDatabase m_db;
    core::CommandStack &m_commands;
    qint64 m_kitItemId = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

// Fills a combo with the 133 comuni of the metropolitan city (data: id).
void fillComuni(QComboBox *combo, const QSqlDatabase &db, int selected);

} // namespace stock
