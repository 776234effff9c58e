/// Last period's early-effort result, read back from `<reports>/<previous period>/
/// tidlig_indsats_kommuner.csv` (SPEC 4.1: the trend "70 kommuner, mod 62 i forrige opfølgning").
public struct PreviousFollowUp: Sendable, Equatable {
  public let period: Period
  /// Each municipality's statuses last time, by code.
  public let statuses: [Int: Statuses]

  /// One municipality's statuses.
  public struct Statuses: Sendable, Equatable {
    public var samtale: MeasureStatus
    public var tilbud: MeasureStatus
    public var overall: OverallStatus
  }

  /// The number of municipalities that were `under_kriteriet` on `measure`.
  public func underKriteriet(_ measure: EarlyEffortMeasure) -> Int {
    statuses.values.filter { (measure == .samtale ? $0.samtale : $0.tilbud) == .underKriteriet }.count
  }

  /// The number that did not meet the criteria at all (`opfylder_ikke`).
  public var opfylderIkke: Int { statuses.values.filter { $0.overall == .opfylderIkke }.count }

  /// The file of `period` under `reports`.
  public static func path(reports: String, period: Period) -> String {
    "\(reports)/\(period)/tidlig_indsats_kommuner.csv"
  }

  /// Reads the previous period's file; `nil` when there is none. A file that exists but cannot be
  /// read as this tool writes it is an error (the trend would be wrong).
  public static func load(reports: String, period: Period) throws(ConfigurationError) -> PreviousFollowUp? {
    let path = path(reports: reports, period: period)
    guard let bytes = try? FileBytes.read(path) else { return nil }
    let table = try ReferenceTable(bytes: bytes, path: path, columns: ["kommune", "status_samtale", "status_tilbud", "status"])
    var statuses: [Int: Statuses] = [:]
    for row in table.rows {
      guard let code = parseKommuneCode(Array(row.fields[0].utf8)),
        let samtale = MeasureStatus(rawValue: row.fields[1]), let tilbud = MeasureStatus(rawValue: row.fields[2]),
        let overall = OverallStatus(rawValue: row.fields[3])
      else {
        throw .badDataFile(path: path, line: row.line, message: "ukendt kommune eller status i forrige opfølgning")
      }
      statuses[code] = Statuses(samtale: samtale, tilbud: tilbud, overall: overall)
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
