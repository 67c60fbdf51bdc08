#pragma once

#include "room/ui/roompage.h"

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace core {
class PagedSqlModel;
}

namespace room {

// "Protocollo": the communications register (paged, newest first), the
// selected circular's letters and messages per comune beside it; register a
// communication in or out, prepare a circular to the mayors, keep the
// mayors' names and the room's sender. Writes are commands
// (room.communications). GUI thread.
class ProtocolPage : public RoomPage {
    Q_OBJECT
public:
    explicit ProtocolPage(core::AppContext &context, QWidget *parent = nullptr);
    QString pageName() const override { return QStringLiteral("protocol"); }
    void tablesChanged(const QStringList &tables) override;

    core::PagedSqlModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *sendings() const { return m_sendings; }
    QPushButton *completeButton() const { return m_complete; } // shown for a circular that lacks letters
    QLabel *detail() const { return m_detail; }
    qint64 selectedEntry() const;
    // Selects the entry (the register is never filtered); false when it is
    // not there.
    bool selectEntry(qint64 id);
    void showSelected();

private:
    void registerCommunication();
    void newCircular();
    void completeCircular();
    void editMayors();
    void editSender();

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTableWidget *m_sendings = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_complete = nullptr; // a circular that lacks letters
    qint64 m_incomplete = 0;           // its id
};

} // namespace room
