#include "core/reporting/reportcatalog.h"

namespace core {

const ReportDefinition *ReportCatalog::find(const QString &name) const
{
    for (const ReportDefinition &d : m_definitions)
        if (d.name == name)
            return &d;
    return nullptr;
}

QStringList ReportCatalog::names() const
{
    QStringList names;
    for (const ReportDefinition &d : m_definitions)
        names.append(d.name);
    return names;
}

ReportDocument newReportDocument(const QString &name, const QString &title, const ReportRequest &request)
{
    ReportDocument doc;
    doc.name = name;
    doc.title = title;
    doc.operatorName = request.operatorName;
    doc.printedAt = request.now;
    return doc;
}

Status validateReportRequest(const ReportDefinition &definition, const ReportRequest &request)
{
    if ((definition.required & ReportDefinition::From) && !request.from.isValid())
        return Error(QStringLiteral("report.missing_from"), { definition.name });
    if ((definition.required & ReportDefinition::To) && !request.to.isValid())
        return Error(QStringLiteral("report.missing_to"), { definition.name });
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error(QStringLiteral("report.bad_period"),
            { request.from.toString(QStringLiteral("dd/MM/yyyy")), request.to.toString(QStringLiteral("dd/MM/yyyy")) });
    if ((definition.required & ReportDefinition::At) && !request.at.isValid())
        return Error(QStringLiteral("report.missing_at"), { definition.name });
    if ((definition.parameters & ReportDefinition::By) && !request.by.isEmpty()
        && !definition.byChoices.contains(request.by))
        return Error(QStringLiteral("report.bad_by"), { request.by, definition.byChoices.join(QStringLiteral(", ")) });
    if ((definition.required & ReportDefinition::By) && request.by.isEmpty())
        return Error(QStringLiteral("report.bad_by"), { request.by, definition.byChoices.join(QStringLiteral(", ")) });
    return {};
}

} // namespace core
