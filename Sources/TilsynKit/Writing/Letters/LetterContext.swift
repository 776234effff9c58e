/// What every letter carries besides the municipality's own numbers (SPEC 5, `breve/`): the date in
/// long Danish form ("30. september 2024"), the journal-number placeholder STAR fills in its document
/// system, and the period.
struct LetterContext: Sendable {
  /// The letter's date. A fixed function of the period unless given (`--brevdato`), so reruns stay
  /// byte-identical: by default three months after the period's last day (2024H1 → 30. september 2024).
  var date: Day
  var period: Period
  /// Left for STAR's document system to fill in.
  static let journalNumber = "[j.nr. indsættes]"

  init(period: Period, date: Day? = nil) {
    self.period = period
    self.date = date ?? period.lastDay.adding(months: 3)
  }

  /// The placeholders every template may use.
  static let commonPlaceholders: Set<String> = ["dato", "journalnummer", "periode", "kommunenavn", "kommunekode", "amk"]

  /// Their values for `kommune`.
  func commonValues(_ kommune: Kommune) -> [String: String] {
    [
      "dato": PeriodText.longDate(date), "journalnummer": Self.journalNumber, "periode": PeriodText.long(period),
      "kommunenavn": kommune.name, "kommunekode": kommune.codeText, "amk": kommune.amk,
    ]
  }

  /// `breve/<folder>/<kode>-<navn>.md`, the name with spaces and slashes as hyphens (the Word
  /// document beside it: `LetterFiles`).
  static func path(folder: String, _ kommune: Kommune) -> String {
    let name = String(kommune.name.map { $0 == " " || $0 == "/" ? "-" : $0 })
    return "breve/\(folder)/\(kommune.codeText)-\(name).md"
  }
}
