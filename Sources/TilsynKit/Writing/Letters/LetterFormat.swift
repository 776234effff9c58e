/// Numbers in letters, in Danish (issue 17, SPEC 5): counts with `.` between thousands (`1.234`),
/// shares in percent with a decimal comma (`78,4`; the templates say "pct." after them, as the rule
/// texts do), and in the letters' tables with the sign (`78,4 %`).
enum LetterFormat {
  static func count(_ value: Int) -> String { DanishFormat.grouped(value) }

  /// `78,4`, or empty without a denominator (as the CSVs write a share).
  static func share(_ met: Int, _ cohort: Int) -> String { EarlyEffortTables.share(met, cohort) }

  /// `78,4 %` for a table cell, or empty without a denominator.
  static func shareCell(_ met: Int, _ cohort: Int) -> String { cohort > 0 ? share(met, cohort) + " %" : "" }
}
