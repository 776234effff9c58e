/// `sager/flere_skal_med.csv` (SPEC 5.2; internal): one row per person in gruppe 2 at E, made from the
/// same records as the counts (`KommuneFlereSkalMed.persons`), so the rows of a municipality number
/// `i_gruppe2`, its `ja` in `over_9_mdr` its `over_9_mdr`, and so on — the list the municipality acts
/// on after a mayor's letter. `ved_udgang` is the outcome at E (`skiftet_ydelse`,
/// `fortsat_kontanthjaelp`, `afgaaet`, `anden_ydelse`); `rehabiliteringsteam` the date of the first
/// meeting since the marking, empty when none.
enum FlereSkalMedCases {
  static let header = [
    "kommune", "person_id", "markeret_fra", "rehabiliteringsteam", "ved_udgang", "over_9_mdr", "uden_tilbud",
  ]

  static func csv(_ summary: FlereSkalMedSummary, persons: [Int: PersonRegistry]) -> ExcelCSV {
    var csv = ExcelCSV(header: header)
    for result in summary.kommuner {
      guard let people = result.persons, let registry = persons[result.kommune.code] else { continue }
      for person in people {
        csv.appendRow([
          result.kommune.codeText, registry.id(of: person.person), person.markedFrom.danish, person.treated?.danish ?? "",
          person.outcome.rawValue, yesNo(person.over9Mdr), yesNo(person.udenTilbud),
        ])
      }
    }
    return csv
  }
}

/// `sager/fremdriftsgaranti.csv` (SPEC 5.2; internal): one row per person due at E under the proposed
/// fremdriftsgaranti, whether met, and the date of the fremdriftsvurdering that met it.
enum FremdriftCases {
  static let header = ["kommune", "person_id", "opfyldt", "fremdriftsvurdering"]

  static func csv(_ summary: FremdriftSummary, persons: [Int: PersonRegistry]) -> ExcelCSV {
    var csv = ExcelCSV(header: header)
    for result in summary.kommuner {
      guard let due = result.duePersons, let registry = persons[result.kommune.code] else { continue }
      for (person, review) in due {
        csv.appendRow([result.kommune.codeText, registry.id(of: person), yesNo(review != nil), review?.danish ?? ""])
      }
    }
    return csv
  }
}

/// `ja` or `nej`, as the case lists write a yes/no column.
func yesNo(_ value: Bool) -> String { value ? "ja" : "nej" }
