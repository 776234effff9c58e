/// The national picture of the early effort (SPEC 4.1): how many municipalities are
/// `under_kriteriet` per measure and do not meet the criteria in all, against the previous
/// follow-up when there is one, and the national target-group breakdown.
public struct EarlyEffortSummary: Sendable {
  /// Every municipality's result, in code order.
  public let kommuner: [KommuneEarlyEffort]
  public let previous: PreviousFollowUp?

  public init(kommuner: [KommuneEarlyEffort], previous: PreviousFollowUp?) {
    self.kommuner = kommuner
    self.previous = previous
  }

  /// Municipalities `under_kriteriet` on `measure`.
  public func underKriteriet(_ measure: EarlyEffortMeasure) -> [KommuneEarlyEffort] {
    kommuner.filter { $0.halfYear(measure).status == .underKriteriet }
  }

  /// Municipalities that do not meet the criteria (`opfylder_ikke`).
  public var opfylderIkke: [KommuneEarlyEffort] { kommuner.filter { $0.overall == .opfylderIkke } }

  /// The number of municipalities with `status` on `measure`.
  public func count(_ measure: EarlyEffortMeasure, _ status: MeasureStatus) -> Int {
    kommuner.filter { $0.halfYear(measure).status == status }.count
  }

  /// The national cohort and met per month of `measure`, over the municipalities with data.
  public func nationalMonths(_ measure: EarlyEffortMeasure) -> [(month: YearMonth, count: GroupCount)] {
    guard let months = kommuner.first?.period.months else { return [] }
    return months.enumerated().map { index, month in
      var count = GroupCount()
      for kommune in kommuner {
        guard let share = kommune.halfYear(measure).months?[index] else { continue }
        count.cohort += share.cohort
        count.met += share.met
      }
      return (month, count)
    }
  }

  /// The national breakdown of `measure` by target group, in code order (groups with a cohort).
  public static func nationalGroups(
    _ kommuner: [KommuneEarlyEffort], _ measure: EarlyEffortMeasure
  ) -> [(group: Maalgruppe, count: GroupCount)] {
    var totals: [Maalgruppe: GroupCount] = [:]
    for kommune in kommuner {
      for (group, count) in kommune.groups(measure) ?? [:] {
        totals[group, default: GroupCount()].cohort += count.cohort
        totals[group, default: GroupCount()].met += count.met
      }
    }
    return Maalgruppe.allCases.compactMap { group in totals[group].map { (group, $0) } }
  }

  /// A municipality's place on the list against last time.
  public func change(_ kommune: KommuneEarlyEffort) -> ListChange {
    ListChange(
      now: kommune.overall == .opfylderIkke,
      before: previous.map { $0.statuses[kommune.kommune.code]?.overall == .opfylderIkke })
  }

  /// A municipality's place among those `under_kriteriet` on `measure`, against last time.
  public func change(_ kommune: KommuneEarlyEffort, _ measure: EarlyEffortMeasure) -> ListChange {
    ListChange(
      now: kommune.halfYear(measure).status == .underKriteriet,
      before: previous.map { previous in
        previous.statuses[kommune.kommune.code].map {
          (measure == .samtale ? $0.samtale : $0.tilbud) == .underKriteriet
        } ?? false
      })
  }

  /// Municipalities on the list last time that are off it now.
  public var offTheList: [KommuneEarlyEffort] { kommuner.filter { change($0) == .ude } }
}
