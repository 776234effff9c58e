/// Last period's early-effort result, read back from `<reports>/<previous period>/
/// tidlig_indsats_kommuner.csv` (SPEC 4.1: the trend "70 kommuner, mod 62 i forrige opfølgning").
public struct PreviousFollowUp: Sendable, Equatable {
  public let period: Period
  /// Each municipality's statuses last time, by code.
  public let statuses: [Int: Statuses]

  /// One municipality's statuses: per measure id (the `status_<maal>` columns the file has) and
  /// overall.
  public struct Statuses: Sendable, Equatable {
    public var measures: [String: MeasureStatus]
    public var overall: OverallStatus
  }

  /// The number of municipalities that were `under_kriteriet` on `measure`.
  public func underKriteriet(_ measure: EarlyEffortMeasure) -> Int {
    statuses.values.filter { $0.measures[measure.id] == .underKriteriet }.count
  }

  /// The number that did not meet the criteria at all (`opfylder_ikke`).
  public var opfylderIkke: Int { statuses.values.filter { $0.overall == .opfylderIkke }.count }

  /// Reads the previous period's file; `nil` when there is none. A file that exists but cannot be
  /// read as this tool writes it is an error (the trend would be wrong). The measures are read from
  /// the `status_<maal>` columns of `measures` that the file has (an older file has no `akasse`).
  public static func load(
    reports: String, period: Period, measures: [EarlyEffortMeasure]
  ) throws(ConfigurationError) -> PreviousFollowUp? {
    let file = "tidlig_indsats_kommuner.csv"
    let header = PreviousReport.header(reports: reports, period: period, file: file) ?? []
    let present = measures.map(\.id).filter { header.contains("status_\($0)") }
    guard
      let rows = try PreviousReport.rows(
        reports: reports, period: period, file: file, columns: ["status"] + present.map { "status_\($0)" })
    else { return nil }
    var statuses: [Int: Statuses] = [:]
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
      statuses[row.code] = Statuses(measures: byMeasure, overall: overall)
    }
    return PreviousFollowUp(period: period, statuses: statuses)
  }
}

/// Where a municipality stands on the list of those not meeting the criteria, against last time.
public enum ListChange: String, Sendable {
  /// On the list now, not last time.
  case ny = "ny på listen"
  /// On the list now and last time.
  case fortsat = "fortsat på listen"
  /// On the list last time, not now.
  case ude = "ude af listen"
  /// No previous follow-up to compare with, or not on the list either time.
  case ingen = ""

  public init(now: Bool, before: Bool?) {
    switch (now, before) {
    case (true, .some(false)): self = .ny
    case (true, .some(true)): self = .fortsat
    case (false, .some(true)): self = .ude
    default: self = .ingen
    }
  }
}
