import Foundation

/// The number of municipalities under the early-effort criteria in every period found under
/// `<reports>` (SPEC 5: "over every period found under `<reports>`"), read back from each period's
/// `tidlig_indsats_kommuner.csv`, with the current period's own numbers in place of any file of it.
public struct PeriodHistory: Sendable, Equatable {
  /// One period's counts.
  public struct Entry: Sendable, Equatable {
    public var period: Period
    public var samtale: Int
    public var tilbud: Int
    public var opfylderIkke: Int
  }

  /// The periods in order.
  public let entries: [Entry]

  /// Reads every `<reports>/<YYYYHn>/tidlig_indsats_kommuner.csv` and adds `current`.
  public static func load(reports: String, current: EarlyEffortSummary, period: Period) throws(ConfigurationError) -> PeriodHistory {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []
    var entries: [Entry] = []
    for name in names.sorted() {
      guard let found = Period(name), found != period,
        let previous = try PreviousFollowUp.load(reports: reports, period: found)
      else { continue }
      entries.append(
        Entry(
          period: found, samtale: previous.underKriteriet(.samtale), tilbud: previous.underKriteriet(.tilbud),
          opfylderIkke: previous.opfylderIkke))
    }
    entries.append(
      Entry(
        period: period, samtale: current.underKriteriet(.samtale).count, tilbud: current.underKriteriet(.tilbud).count,
        opfylderIkke: current.opfylderIkke.count))
    return PeriodHistory(entries: entries.sorted { $0.period < $1.period })
  }
}
