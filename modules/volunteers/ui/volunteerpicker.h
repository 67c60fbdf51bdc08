#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace volunteers {

// Finds one volunteer by typing the first letters of the surname, the name
// or the codice fiscale; the matches show below. GUI thread.
class VolunteerPicker : public QWidget {
    Q_OBJECT
public:
    VolunteerPicker(QSqlDatabase db, QWidget *parent);
    qint64 volunteerId() const { return m_id; }
    void setVolunteer(qint64 id);
    QLineEdit *searchField() const { return m_search; }

signals:
    void volunteerChanged(qint64 id);

private:
    void search();

    QSqlDatabase m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    qint64 m_id = 0;
};

} // namespace volunteers
