#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QDate>
#include <QString>

namespace volunteers {

// What a valid codice fiscale (the Italian personal tax code) tells.
struct CodiceFiscaleInfo {
    QString code; // normalised: upper case, no spaces
    QDate birthDate; // century chosen so that the person is not born in the future
    QChar sex; // 'M' or 'F'
    QString cadastralCode; // comune (or foreign country, Zxxx) of birth: "F205" is Milano
    bool omocodia = false; // some digits replaced by letters (duplicate codes)
};

// Validates and decodes personal codici fiscali (16 characters), following
// DM 23/12/1976: 6 letters from surname and name, year, month letter, day
// (+40 for women), cadastral code of the place of birth, check character.
// Omocodia: when two people would get the same code, digits are replaced by
// the letters L M N P Q R S T U V (0..9) from the right; they are accepted
// and decoded. Pure functions, any thread.
class CodiceFiscale {
public:
    // Error codes (args: the code as typed):
    //   volunteers.cf_empty, volunteers.cf_length (arg 1: length),
    //   volunteers.cf_format (arg 1: 1-based position of the first bad character),
    //   volunteers.cf_month, volunteers.cf_day, volunteers.cf_check (arg 1: expected character)
    static core::Result<CodiceFiscaleInfo> parse(const QString &text, const QDate &today = core::SystemClock::instance().today());
    static bool isValid(const QString &text) { return parse(text).ok(); }

    // Upper case, spaces removed.
    static QString normalise(const QString &text);
    // The check character of the first 15 characters.
    static QChar checkCharacter(const QString &first15);

    // The six letters a surname and a name give ("Rossi", "Mario" -> "RSSMRA"),
    // to compare with a code: a mismatch is worth a warning, not a refusal
    // (transliterated foreign names do not always follow the rule).
    static QString surnameLetters(const QString &surname);
    static QString nameLetters(const QString &name);
    static bool matchesName(const QString &code, const QString &surname, const QString &name);

    // Builds a valid code (for demo data and tests).
    static QString build(
        const QString &surname, const QString &name, const QDate &birthDate, QChar sex, const QString &cadastralCode);
};

} // namespace volunteers
