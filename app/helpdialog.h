#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;
class QTreeWidget;

// The user guide (F1): the Italian how-to shipped in the program
// (resources/help/guida.html, in the resource :/help/), with its table of
// contents on the left, printable. Opens at the section of the tab and page
// in front ("stock-lots"), or at the tab's section ("stock") when the page
// has none of its own.
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // Scrolls to the section; returns the anchor shown ("" : the start).
    QString showSection(const QString &section);
    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }

    // The guide's HTML and its anchors (tests: every tab's section exists).
    static QString guideHtml();
    static QStringList anchors();
    // The anchor F1 opens for a section: itself, else its tab's ("stock"
    // for "stock-lots"), else "" (the start of the guide).
    static QString resolveSection(const QString &section);

private:
    void print();

    QTextBrowser *m_browser = nullptr;
    QTreeWidget *m_contents = nullptr;
};
