/// The number of municipalities under the early-effort criteria in every follow-up up to this one (SPEC
/// 5: the trend chart): the earlier follow-ups the pipeline found under `<reports>` (`HistoryLoader`,
/// kept in `EarlyEffortSummary.history`) and this period's own numbers. Later periods are left out, so
/// a period's committee page does not change when a later one has been run (SPEC 5: the same inputs
/// give byte-identical outputs).
struct PeriodHistory: Sendable, Equatable {
  /// One period's counts.
  struct Entry: Sendable, Equatable {
    var period: Period
    /// Municipalities `under_kriteriet` per measure id (the measures the period's file has).
    var underKriteriet: [String: Int]
    var opfylderIkke: Int
  }

  /// The periods in order.
  let entries: [Entry]
  /// The measures the history follows: the current period's flagging measures.
  let measures: [EarlyEffortMeasure]

  init(_ current: EarlyEffortSummary) {
    let measures = current.flaggingMeasures
    var entries = current.history.followUps.map { followUp in
      let previous = PreviousFollowUp(period: followUp.period, statuses: followUp.statuses)
      return Entry(
        period: followUp.period, underKriteriet: Dictionary(uniqueKeysWithValues: measures.map { ($0.id, previous.underKriteriet($0)) }),
        opfylderIkke: previous.opfylderIkke)
    }
    if let period = current.kommuner.first?.period {
      let counts = Dictionary(uniqueKeysWithValues: measures.map { ($0.id, current.underKriteriet($0).count) })
      entries.append(Entry(period: period, underKriteriet: counts, opfylderIkke: current.opfylderIkke.count))
    }
    self.entries = entries
    self.measures = measures
  }
}
