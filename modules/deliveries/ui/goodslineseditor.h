#pragma once

#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"

#include <QDate>
#include <QWidget>

class QTableWidget;

namespace core {
struct AppContext;
}

namespace deliveries {

// The goods of a request or a delivery, typed as lines: a goods category
// ("any item", in kg) or an item (kg or pieces), its quantity and, for a
// delivery, its packages and what the warehouse can issue on the day.
// Quantities are integers underneath: grams or pieces. GUI thread only.
class GoodsLinesEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Request, Delivery };
    GoodsLinesEditor(core::AppContext &context, Mode mode, QWidget *parent = nullptr);

    // Lines as the services take them: categoryId or itemId, quantity (grams
    // or pieces), packages, requestLineId.
    QList<DeliveryLine> lines() const;
    void setLines(const QList<DeliveryLine> &lines);
    // Appends a line; goods is "c<id>" (category) or "i<id>" (item), none
    // chosen when empty; quantity in kg for weight, pieces otherwise.
    void addLine(const QString &goods = {}, double quantity = 0, int packages = 0);
    // For deliveries: shows what can be issued on the day from the location.
    void setStockDay(const QDate &date, qint64 locationId = 0);

    // Refuses goods not chosen (deliveries.goods_missing: "required") or
    // typed but unknown (deliveries.unknown_goods «text»): the first
    // problem; every offending cell is marked red, and from then on the
    // marks follow the typing (cleared when fixed).
    core::Status check();

    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void refreshUnit(int row);
    void refreshStock(int row);
    QString goodsKey(int row) const;
    std::optional<core::Error> rowProblem(int row) const;
    void markRows();

    core::AppContext &m_context;
    Mode m_mode;
    QTableWidget *m_table = nullptr;
    QList<QPair<QString, QString>> m_choices; // key, label
    QHash<QString, bool> m_byPiece; // key -> counted by the piece
    QDate m_stockDay;
    qint64 m_location = 0;
    bool m_checked = false; // check() was called: marks follow the typing
};

} // namespace deliveries
