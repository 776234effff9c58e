/// The statuses of earlier follow-ups read back from their reports, for the trends (SPEC 4.1, 4.2): the
/// pipeline reads the files and hands the measures values (issue 14, layering).
extension HistoryLoader {
  /// Reads a period's `tidlig_indsats_kommuner.csv`; `nil` when there is none. A file that exists but
  /// cannot be read as this tool writes it is an error (the trend would be wrong). The measures are read from
  /// the `status_<maal>` columns of `measures` that the file has (an older file has no `akasse`).
  static func followUp(
    reports: String, period: Period, measures: [EarlyEffortMeasure]
  ) throws(ConfigurationError) -> PreviousFollowUp? {
    let file = "tidlig_indsats_kommuner.csv"
    let header = PreviousReport.header(reports: reports, period: period, file: file) ?? []
    let present = measures.map(\.id).filter { header.contains("status_\($0)") }
    guard
      let rows = try PreviousReport.rows(
        reports: reports, period: period, file: file, columns: ["status"] + present.map { "status_\($0)" })
    else { return nil }
    var statuses: [Int: PreviousFollowUp.Statuses] = [:]
    for row in rows {
      guard let overall = OverallStatus(rawValue: row.fields[0]) else {
        throw PreviousReport.badStatus(reports: reports, period: period, file: file, line: row.line)
      }
      var byMeasure: [String: MeasureStatus] = [:]
      for (id, text) in zip(present, row.fields.dropFirst()) {
        guard let status = MeasureStatus(rawValue: text) else {
          throw PreviousReport.badStatus(reports: reports, period: period, file: file, line: row.line)
        }
        byMeasure[id] = status
      }
      statuses[row.code] = PreviousFollowUp.Statuses(measures: byMeasure, overall: overall)
    }
    return PreviousFollowUp(period: period, statuses: statuses)
  }

  /// Reads a period's skærpet-tilsyn statuses from `<reports>/<period>/skaerpet_tilsyn.csv` (SPEC 4.2,
  /// the trend); `nil` when absent.
  static func skaerpetStatuses(reports: String, period: Period) throws(ConfigurationError) -> [Int: SkaerpetStatus]? {
    let file = "skaerpet_tilsyn.csv"
    guard let rows = try PreviousReport.rows(reports: reports, period: period, file: file, columns: ["status"]) else {
      return nil
    }
    var statuses: [Int: SkaerpetStatus] = [:]
    for row in rows {
      guard let status = SkaerpetStatus(rawValue: row.fields[0]) else {
        throw PreviousReport.badStatus(reports: reports, period: period, file: file, line: row.line)
      }
      statuses[row.code] = status
    }
    return statuses
  }
}
