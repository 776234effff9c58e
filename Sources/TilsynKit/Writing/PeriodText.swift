/// How periods and months read in Danish text.
enum PeriodText {
  static let monthNames = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
    "december",
  ]

  /// `1. halvår 2024`.
  static func long(_ period: Period) -> String { "\(period.half). halvår \(period.year)" }

  /// `januar 2024`.
  static func month(_ month: YearMonth) -> String { "\(monthNames[month.month - 1]) \(month.year)" }

  /// The long Danish date of letters (SPEC 5): `30. september 2024`, `1. januar 2025`.
  static func longDate(_ day: Day) -> String { "\(day.dayOfMonth). \(monthNames[day.month - 1]) \(day.year)" }

  /// `jan.`-style short month names for table headers.
  static func shortMonth(_ month: YearMonth) -> String {
    let name = monthNames[month.month - 1]
    return name.count <= 4 ? name : String(name.prefix(3)) + "."
  }
}
