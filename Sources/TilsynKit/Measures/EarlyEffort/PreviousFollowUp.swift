/// An earlier period's early-effort result, as the pipeline read it back from `<reports>/<period>/
/// tidlig_indsats_kommuner.csv` (`HistoryLoader.followUp`; SPEC 4.1: the trend "70 kommuner, mod 62 i
/// forrige opfølgning"). The measures only see these values, never the files.
struct PreviousFollowUp: Sendable, Equatable {
  let period: Period
  /// Each municipality's statuses last time, by code.
  let statuses: [Int: Statuses]

  /// One municipality's statuses: per measure id (the `status_<maal>` columns the file has) and
  /// overall.
  struct Statuses: Sendable, Equatable {
    var measures: [String: MeasureStatus]
    var overall: OverallStatus
  }

  /// The number of municipalities that were `under_kriteriet` on `measure`.
  func underKriteriet(_ measure: EarlyEffortMeasure) -> Int {
    statuses.values.filter { $0.measures[measure.id] == .underKriteriet }.count
  }

  /// The number that did not meet the criteria at all (`opfylder_ikke`).
  var opfylderIkke: Int { statuses.values.filter { $0.overall == .opfylderIkke }.count }
}

/// Where a municipality stands on the list of those not meeting the criteria, against last time.
enum ListChange: String, Sendable {
  /// On the list now, not last time.
  case ny = "ny på listen"
  /// On the list now and last time.
  case fortsat = "fortsat på listen"
  /// On the list last time, not now.
  case ude = "ude af listen"
  /// On the list last time, and no data now: not "off the list", which would read as an improvement
  /// (SPEC 3: missing data is never reported as compliant).
  case manglerData = "på listen sidst, mangler data nu"
  /// No previous follow-up to compare with, or not on the list either time.
  case ingen = ""

  init(now: Bool, before: Bool?, missingNow: Bool = false) {
    switch (now, before) {
    case (true, .some(false)): self = .ny
    case (true, .some(true)): self = .fortsat
    case (false, .some(true)): self = missingNow ? .manglerData : .ude
    default: self = .ingen
    }
  }
}
