#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace core {
struct AppContext;
class FormattedSqlModel;
} // namespace core

namespace stock {

// Stock by item and lot, now: every lot with goods in a location, with its
// expiry (expired rows red, expiring ones amber), donor and quantity.
// Filters by location, category and name; the selected lot can be written
// off or moved to another location.
class LotsPage : public QWidget {
    Q_OBJECT
public:
    LotsPage(core::AppContext &context, QWidget *parent = nullptr);

    void refresh();
    // Only the expired and expiring lots (the Cruscotto's expiry tile).
    void showExpiringOnly();
    void reloadChoices();
    core::FormattedSqlModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void writeOffRequested(qint64 lotId, qint64 locationId);
    void transferRequested(qint64 lotId, qint64 locationId);

private:
    void applyFilter();
    bool selectedLot(qint64 *lotId, qint64 *locationId) const;

    core::AppContext &m_context;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_expiringOnly = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace stock
