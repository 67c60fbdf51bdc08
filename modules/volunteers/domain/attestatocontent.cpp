#include "volunteers/domain/attestatocontent.h"

#include "core/domain/dates.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace volunteers {

namespace {

QDate fromIso(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

int AttestatoContent::overLimitCount() const
{
    int n = 0;
    for (const AttestatoDay &d : days)
        n += d.overLimit ? 1 : 0;
    return n;
}

bool AttestatoContent::reimbursementClosed() const
{
    return reimbursementWindowClosed(reimbursementDeadline, issuedOn);
}

QList<QDate> AttestatoContent::daysPastReimbursement() const
{
    QList<QDate> list;
    if (reimbursementClosed())
        for (const AttestatoDay &d : days)
            list.append(d.day);
    return list;
}

QByteArray AttestatoContent::toJson() const
{
    QJsonArray dayArray;
    for (const AttestatoDay &d : days) {
        QJsonObject o { { QStringLiteral("day"), core::toSqlDate(d.day) }, { QStringLiteral("service"), d.service },
            { QStringLiteral("place"), d.place } };
        if (d.overLimit)
            o.insert(QStringLiteral("over_limit"), true);
        dayArray.append(o);
    }
    const QJsonObject root {
        { QStringLiteral("version"), 1 },
        { QStringLiteral("number"), number },
        { QStringLiteral("issued_on"), core::toSqlDate(issuedOn) },
        { QStringLiteral("issued_at"), issuedAt.toMSecsSinceEpoch() },
        { QStringLiteral("issued_by"), issuedBy },
        { QStringLiteral("volunteer"),
            QJsonObject { { QStringLiteral("name"), volunteerName }, { QStringLiteral("tax_code"), volunteerTaxCode },
                { QStringLiteral("birth_date"), core::toSqlDate(volunteerBirthDate) },
                { QStringLiteral("residence"), volunteerResidence } } },
        { QStringLiteral("organisation"),
            QJsonObject { { QStringLiteral("name"), organisationName },
                { QStringLiteral("comune"), organisationComune }, { QStringLiteral("registry"), organisationRegistry },
                { QStringLiteral("municipal_group"), municipalGroup } } },
        { QStringLiteral("employer"),
            QJsonObject { { QStringLiteral("self_employed"), selfEmployed }, { QStringLiteral("name"), employerName },
                { QStringLiteral("tax_code"), employerTaxCode }, { QStringLiteral("address"), employerAddress },
                { QStringLiteral("pec"), employerPec } } },
        { QStringLiteral("event"),
            QJsonObject { { QStringLiteral("name"), eventName }, { QStringLiteral("type"), eventTypeCode(eventType) },
                { QStringLiteral("act"), authorisingAct } } },
        { QStringLiteral("days"), dayArray },
        { QStringLiteral("reimbursement_deadline"), core::toSqlDate(reimbursementDeadline) },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool AttestatoContent::fromJson(const QByteArray &json, AttestatoContent *c)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    c->number = root.value(QStringLiteral("number")).toString();
    c->issuedOn = fromIso(root.value(QStringLiteral("issued_on")));
    c->issuedAt = QDateTime::fromMSecsSinceEpoch(qint64(root.value(QStringLiteral("issued_at")).toDouble()));
    c->issuedBy = root.value(QStringLiteral("issued_by")).toString();
    const QJsonObject v = root.value(QStringLiteral("volunteer")).toObject();
    c->volunteerName = v.value(QStringLiteral("name")).toString();
    c->volunteerTaxCode = v.value(QStringLiteral("tax_code")).toString();
    c->volunteerBirthDate = fromIso(v.value(QStringLiteral("birth_date")));
    c->volunteerResidence = v.value(QStringLiteral("residence")).toString();
    const QJsonObject o = root.value(QStringLiteral("organisation")).toObject();
    c->organisationName = o.value(QStringLiteral("name")).toString();
    c->organisationComune = o.value(QStringLiteral("comune")).toString();
    c->organisationRegistry = o.value(QStringLiteral("registry")).toString();
    c->municipalGroup = o.value(QStringLiteral("municipal_group")).toBool();
    const QJsonObject e = root.value(QStringLiteral("employer")).toObject();
    c->selfEmployed = e.value(QStringLiteral("self_employed")).toBool();
    c->employerName = e.value(QStringLiteral("name")).toString();
    c->employerTaxCode = e.value(QStringLiteral("tax_code")).toString();
    c->employerAddress = e.value(QStringLiteral("address")).toString();
    c->employerPec = e.value(QStringLiteral("pec")).toString();
    const QJsonObject ev = root.value(QStringLiteral("event")).toObject();
    c->eventName = ev.value(QStringLiteral("name")).toString();
    eventTypeFromCode(ev.value(QStringLiteral("type")).toString(), &c->eventType);
    c->authorisingAct = ev.value(QStringLiteral("act")).toString();
    c->days.clear();
    for (const QJsonValue &dv : root.value(QStringLiteral("days")).toArray()) {
        const QJsonObject d = dv.toObject();
        c->days.append({ fromIso(d.value(QStringLiteral("day"))), d.value(QStringLiteral("service")).toString(),
            d.value(QStringLiteral("place")).toString(), d.value(QStringLiteral("over_limit")).toBool() });
    }
    c->reimbursementDeadline = fromIso(root.value(QStringLiteral("reimbursement_deadline")));
    return true;
}

bool AttestatoContent::operator==(const AttestatoContent &o) const
{
    return toJson() == o.toJson();
}

QString attestatoNumber(int year, int workstation, int seq)
{
    const QString counter = QStringLiteral("%1").arg(seq, 6, 10, QLatin1Char('0'));
    if (workstation <= 1)
        return QStringLiteral("%1/%2").arg(year).arg(counter);
    return QStringLiteral("%1/%2-%3").arg(year).arg(workstation).arg(counter);
}

QString attestatoFileName(const QString &number, const QString &taxCode)
{
    QString safe = number;
    safe.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QStringLiteral("attestato_%1_%2.pdf").arg(safe, taxCode);
}

} // namespace volunteers
