import Foundation

/// The number of municipalities under the early-effort criteria in every period found under
/// `<reports>` (SPEC 5: "over every period found under `<reports>`"), read back from each period's
/// `tidlig_indsats_kommuner.csv`, with the current period's own numbers in place of any file of it.
public struct PeriodHistory: Sendable, Equatable {
  /// One period's counts.
  public struct Entry: Sendable, Equatable {
    public var period: Period
    /// Municipalities `under_kriteriet` per measure id (the measures the period's file has).
    public var underKriteriet: [String: Int]
    public var opfylderIkke: Int
  }

  /// The periods in order.
  public let entries: [Entry]
  /// The measures the history follows: the current period's flagging measures.
  public let measures: [EarlyEffortMeasure]

  /// Reads every `<reports>/<YYYYHn>/tidlig_indsats_kommuner.csv` and adds `current`.
  public static func load(reports: String, current: EarlyEffortSummary, period: Period) throws(ConfigurationError) -> PeriodHistory {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []
    let measures = current.flaggingMeasures
    var entries: [Entry] = []
    for name in names.sorted() {
      guard let found = Period(name), found != period,
        let previous = try PreviousFollowUp.load(reports: reports, period: found, measures: current.measures)
      else { continue }
      let counts = Dictionary(uniqueKeysWithValues: measures.map { ($0.id, previous.underKriteriet($0)) })
      entries.append(Entry(period: found, underKriteriet: counts, opfylderIkke: previous.opfylderIkke))
    }
    let counts = Dictionary(uniqueKeysWithValues: measures.map { ($0.id, current.underKriteriet($0).count) })
    entries.append(Entry(period: period, underKriteriet: counts, opfylderIkke: current.opfylderIkke.count))
    return PeriodHistory(entries: entries.sorted { $0.period < $1.period }, measures: measures)
  }
}
