#pragma once

#include "core/domain/result.h"

#include <QString>

namespace volunteers {

// Small checks of contact and tax fields shared by the repositories and the
// importers. Pure.
bool isPlausibleEmail(const QString &text); // empty is fine
// Partita IVA: 11 digits with its check digit (Luhn-like, DM 23/12/1976).
bool isValidPartitaIva(const QString &text);
// An employer's tax code: a partita IVA, or a personal codice fiscale (sole
// traders), or empty. Error volunteers.bad_employer_tax_code.
core::Status checkEmployerTaxCode(const QString &text);

} // namespace volunteers
