#include "core/ui/importagainbox.h"

#include "core/db/importonce.h"
#include "core/ui/errortext.h"

namespace core {

ImportAgainBox::ImportAgainBox(QWidget *parent)
    : QCheckBox(tr("Import it again anyway: it is a new file with the same content"), parent)
{
    hide();
}

void ImportAgainBox::setFile(const QSqlDatabase &db, const QString &kind, const QString &path)
{
    setChecked(false);
    m_previous = {};
    if (auto s = ImportOnce::checkFile(db, kind, path); !s && s.error().code == QLatin1String("import.already_imported"))
        m_previous = s.error();
    setVisible(alreadyImported());
}

QString ImportAgainBox::message() const
{
    if (!alreadyImported())
        return {};
    Error bare = m_previous;
    bare.where = {};
    QString text = ErrorText::describe(bare);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace core
