#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace core {
struct AppContext;
class CommandStack;
class DateTimeField;
}

namespace room {

// One diary entry with everything it can say: the event, the kind, when it
// happened, who, the text, and what it is also about (a comune, an
// organisation, a delivery or a request by number). With `correctsId` it
// writes the correction of that entry, filled in with what the entry said.
// Writes through AppendDiaryEntry. GUI thread.
class DiaryEntryDialog : public QDialog {
    Q_OBJECT
public:
    DiaryEntryDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId, qint64 correctsId,
        QWidget *parent = nullptr);
    qint64 entryId() const { return m_entryId; }
    QPlainTextEdit *textField() const { return m_text; }
    QLineEdit *deliveryField() const { return m_delivery; }
    void accept() override;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_correctsId = 0;
    qint64 m_entryId = 0;
    QComboBox *m_event = nullptr;
    QComboBox *m_kind = nullptr;
    core::DateTimeField *m_at = nullptr;
    QLineEdit *m_who = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_comune = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_delivery = nullptr;
    QLineEdit *m_request = nullptr;
    QLabel *m_problem = nullptr;
};

// Fills a combo with the events (open ones first), after `anyText` (data 0)
// when given; keeps the current event when it is still there.
void fillEvents(QComboBox *combo, const QSqlDatabase &db, const QString &anyText = {});

} // namespace room
