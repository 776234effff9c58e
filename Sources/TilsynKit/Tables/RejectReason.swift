/// Why a data row was rejected (SPEC 3.1). A row with several faults gets the first of this list,
/// which is the declaration order.
package enum RejectReason: String, CaseIterable, Comparable, Sendable {
  /// Wrong number of fields.
  case antalFelter = "antal_felter"
  /// A required field is empty.
  case manglerVaerdi = "mangler_vaerdi"
  /// A date or month that is not of a known format or not a real calendar date.
  case ugyldigDato = "ugyldig_dato"
  /// An unknown code or a bad number.
  case ugyldigVaerdi = "ugyldig_vaerdi"
  /// A `person_id` that is not 1–64 characters of `A-Z a-z 0-9 _ -`.
  case ugyldigPersonId = "ugyldig_person_id"
  /// A field that looks like a Danish CPR number.
  case cprNummer = "cpr_nummer"
  /// The end date is before the start date.
  case slutFoerStart = "slut_foer_start"
  /// Every field equal to an earlier accepted row of the same file.
  case dublet = "dublet"

  package static func < (lhs: RejectReason, rhs: RejectReason) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// The reason's position in the priority list, for per-reason counters.
  var index: Int { RejectReason.allCases.firstIndex(of: self)! }
}
