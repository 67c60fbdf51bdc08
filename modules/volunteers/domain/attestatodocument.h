#pragma once

#include "core/reporting/reportdocument.h"
#include "volunteers/domain/attestatocontent.h"

namespace volunteers {

// Builds the printable certificate from its frozen content: CCV-MI
// heading, addressee (employer, or the self-employed volunteer), the
// volunteer, the organisation, the event and its authorising act, the days
// with service and place, the rights under art. 39 with the reimbursement
// deadline, days beyond the limits if any, and the signature block.
//
// The text is Italian on purpose and not translated: it is a document for
// an Italian employer, and a reprint must be identical to the original
// whatever language the program runs in. Pure: same content, same document.
core::ReportDocument attestatoDocument(const AttestatoContent &content);

// The Italian words for an event type on the certificate.
QString eventTypeItalian(EventType type);

} // namespace volunteers
