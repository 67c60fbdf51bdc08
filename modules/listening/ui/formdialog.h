#pragma once

#include "core/domain/result.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;

namespace listening {

// A small dialog around a form: intro text, fields, an error line, and a
// submit function run on OK. The dialog closes only when the submit
// succeeds; otherwise it says why (core::ErrorText) and keeps what was
// typed. The listening tab's many small records use it.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    FormDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void setSubmit(std::function<core::Status()> submit) { m_submit = std::move(submit); }
    void setOkText(const QString &text);
    // Shows a message in the error line (also used for local checks).
    void showError(const QString &text);

    void accept() override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    class QPushButton *m_ok = nullptr;
    std::function<core::Status()> m_submit;
};

} // namespace listening
