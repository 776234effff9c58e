import Foundation

/// Reads the early-effort results of every earlier follow-up found under `<reports>` (folders named
/// like a period before the current one): the statuses from `tidlig_indsats_kommuner.csv` and the
/// half-year cohort and met per measure, summed from `tidlig_indsats_maaneder.csv`. The measures only
/// ever see the values (`EarlyEffortHistory`); a file that exists but cannot be read as this tool
/// writes it is a configuration error naming the line.
package enum HistoryLoader {
  package static func load(
    reports: String, before period: Period, measures: [EarlyEffortMeasure]
  ) throws(ConfigurationError) -> EarlyEffortHistory {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []
    var followUps: [EarlyEffortHistory.FollowUp] = []
    for name in names {
      guard let found = Period(name), found.description == name, found < period,
        let statuses = try followUp(reports: reports, period: found, measures: measures)
      else { continue }
      followUps.append(
        .init(period: found, statuses: statuses.statuses, halfYears: try halfYears(reports: reports, period: found)))
    }
    return EarlyEffortHistory(followUps: followUps)
  }

  /// Cohort and met summed over the months per municipality and measure; empty when the file is
  /// missing or lacks the columns (an older report), rows with empty counts (`mangler_data`) left out.
  private static func halfYears(reports: String, period: Period) throws(ConfigurationError) -> [Int: [String: GroupCount]] {
    let file = "tidlig_indsats_maaneder.csv"
    let columns = ["maal", "kohorte", "opfyldt"]
    guard let header = PreviousReport.header(reports: reports, period: period, file: file),
      columns.allSatisfy(header.contains),
      let rows = try PreviousReport.rows(reports: reports, period: period, file: file, columns: columns)
    else { return [:] }
    var sums: [Int: [String: GroupCount]] = [:]
    for row in rows {
      guard !row.fields[1].isEmpty else { continue }
      guard let cohort = Int(row.fields[1]), let met = Int(row.fields[2]), cohort >= 0, met >= 0, met <= cohort else {
        throw .badDataFile(
          path: "\(reports)/\(period)/\(file)", line: row.line, message: "ugyldigt antal i forrige opfølgning")
      }
      sums[row.code, default: [:]][row.fields[0], default: GroupCount()].cohort += cohort
      sums[row.code, default: [:]][row.fields[0], default: GroupCount()].met += met
    }
    return sums
  }
}
