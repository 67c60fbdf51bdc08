#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace core {
class DateField;
struct AppContext;
class FormattedSqlModel;
} // namespace core

namespace stock {

// The receipts (carichi) of donated goods, newest first, with donor, lines
// and kg; a receipt's donation receipt can be printed for the donor, and a
// receipt entered by mistake cancelled (reversing movements).
class ReceiptsPage : public QWidget {
    Q_OBJECT
public:
    ReceiptsPage(core::AppContext &context, QWidget *parent = nullptr);

    void reloadChoices();
    qint64 selectedReceipt() const;
    core::FormattedSqlModel *model() const { return m_model; }

signals:
    void newReceiptRequested();
    void printRequested(qint64 receiptId);
    void cancelRequested(qint64 receiptId);

private:
    void applyFilter();

    core::AppContext &m_context;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_donor = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace stock
