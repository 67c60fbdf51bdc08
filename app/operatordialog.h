#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Asks who is at the keyboard at start (and when the shift changes). The
// name is written into every change; recent names are offered.
class OperatorDialog : public QDialog {
    Q_OBJECT
public:
    explicit OperatorDialog(const QStringList &recent, QWidget *parent = nullptr);
    QString operatorName() const;

    static constexpr int maxLength = 60;

    void accept() override;

private:
    QComboBox *m_name = nullptr;
    QLabel *m_error = nullptr;
};
