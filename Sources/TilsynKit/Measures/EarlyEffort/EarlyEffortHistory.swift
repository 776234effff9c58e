/// The early-effort results of earlier follow-ups, as the pipeline read them back from their reports
/// (`HistoryLoader`): the streak of SPEC 4.1 (`i_traek`) and `historik.csv`.
package struct EarlyEffortHistory: Sendable {
  /// One earlier follow-up.
  struct FollowUp: Sendable {
    let period: Period
    /// Each municipality's statuses, by code.
    let statuses: [Int: PreviousFollowUp.Statuses]
    /// Each municipality's cohort and met over the half-year, by code and measure id (only where the
    /// period's month rows had numbers).
    let halfYears: [Int: [String: GroupCount]]

    init(period: Period, statuses: [Int: PreviousFollowUp.Statuses], halfYears: [Int: [String: GroupCount]]) {
      self.period = period
      self.statuses = statuses
      self.halfYears = halfYears
    }
  }

  /// Earlier follow-ups in period order, only those found.
  let followUps: [FollowUp]

  init(followUps: [FollowUp] = []) { self.followUps = followUps.sorted { $0.period < $1.period } }

  /// The follow-up of the period before `period`, for the trend; `nil` when it was not found.
  func previous(of period: Period) -> PreviousFollowUp? {
    followUps.first { $0.period == period.previous }.map { PreviousFollowUp(period: $0.period, statuses: $0.statuses) }
  }

  /// SPEC 4.1 `i_traek`: for a municipality `opfylder_ikke` in `period`, the number of consecutive
  /// follow-ups ending with this one in which it was `opfylder_ikke`, counting back until a period
  /// that was not found or where it was not; `nil` for the others.
  func streak(kommune code: Int, overall: OverallStatus, period: Period) -> Int? {
    guard overall == .opfylderIkke else { return nil }
    let byPeriod = Dictionary(uniqueKeysWithValues: followUps.map { ($0.period, $0) })
    var count = 1
    var earlier = period.previous
    while byPeriod[earlier]?.statuses[code]?.overall == .opfylderIkke {
      count += 1
      earlier = earlier.previous
    }
    return count
  }
}
