/// The two early-effort measures (SPEC 4.1), as the outputs' `maal` column names them.
public enum EarlyEffortMeasure: String, Sendable, CaseIterable {
  /// At least 4 (DP from 2024: 3) jobsamtaler in the first six months (LAB § 31).
  case samtale
  /// An offer started within the first six months (LAB § 102).
  case tilbud

  /// The tables the measure needs (SPEC 4.1); a missing `markeringer` only means no exemptions.
  public var neededTables: [TableKind] {
    switch self {
    case .samtale: return [.forloeb, .samtaler]
    case .tilbud: return [.forloeb, .tilbud]
    }
  }
}

/// Cohort and met over the half-year for one target group (the breakdown of SPEC 4.1: report only).
public struct GroupCount: Sendable, Equatable {
  public var cohort = 0
  public var met = 0

  public init(cohort: Int = 0, met: Int = 0) {
    self.cohort = cohort
    self.met = met
  }
}

/// One municipality's early effort in a period: both measures' six months, their statuses, the
/// overall status and the target-group breakdown.
public struct KommuneEarlyEffort: Sendable {
  public let kommune: Kommune
  public let period: Period
  public let samtale: MeasureHalfYear
  public let tilbud: MeasureHalfYear
  /// Per measure: cohort and met over the six months by target group (`nil` for `mangler_data`).
  public let samtaleGroups: [Maalgruppe: GroupCount]?
  public let tilbudGroups: [Maalgruppe: GroupCount]?

  public func halfYear(_ measure: EarlyEffortMeasure) -> MeasureHalfYear {
    measure == .samtale ? samtale : tilbud
  }

  public func groups(_ measure: EarlyEffortMeasure) -> [Maalgruppe: GroupCount]? {
    measure == .samtale ? samtaleGroups : tilbudGroups
  }

  /// SPEC 4.1: `opfylder_ikke` when either measure is `under_kriteriet`, and so on.
  public var overall: OverallStatus { OverallStatus([samtale.status, tilbud.status]) }
}

extension KommuneEarlyEffort {
  /// Computes both measures for one municipality's extract in `period`.
  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  public init(_ extract: KommuneExtract, period: Period, rules: EarlyEffortRules, tables: PersonTables? = nil) {
    kommune = extract.kommune
    self.period = period
    let tables = tables ?? PersonTables(extract)
    let months = period.months
    let required = rules.consecutiveMonthsBelow(on: period.lastDay)
    var samtale: (MeasureHalfYear, [Maalgruppe: GroupCount]?) = (MeasureHalfYear(months: nil, consecutiveMonthsBelow: required), nil)
    var tilbud = samtale
    let candidates = extract.forloeb.map {
      Cohort.candidates(months: months, spells: $0, rules: rules, markings: tables.markeringer)
    }
    if let candidates, let samtaler = tables.samtaler {
      let rule = SamtaleRule(conversations: samtaler, rules: rules)
      let cohorts = Cohort.monthly(months: months, candidates: candidates, groups: rules.samtaleGroups(on:))
      samtale = Self.measure(months: months, cohorts: cohorts, rules: rules, required: required, isMet: rule.isMet)
    }
    if let candidates, let offers = tables.tilbud {
      let rule = TilbudRule(offers: offers, rules: rules)
      let cohorts = Cohort.monthly(months: months, candidates: candidates, groups: rules.tilbudGroups(on:))
      tilbud = Self.measure(months: months, cohorts: cohorts, rules: rules, required: required, isMet: rule.isMet)
    }
    (self.samtale, samtaleGroups) = samtale
    (self.tilbud, tilbudGroups) = tilbud
  }

  /// The six monthly shares and the target-group counts of one measure.
  private static func measure(
    months: [YearMonth], cohorts: [[CohortSpell]], rules: EarlyEffortRules, required: Int,
    isMet: (CohortSpell) -> Bool
  ) -> (MeasureHalfYear, [Maalgruppe: GroupCount]) {
    var groups: [Maalgruppe: GroupCount] = [:]
    var shares: [MonthlyShare] = []
    for (month, cohort) in zip(months, cohorts) {
      var met = 0
      for spell in cohort {
        let isMet = isMet(spell)
        if isMet { met += 1 }
        groups[spell.spell.maalgruppe, default: GroupCount()].cohort += 1
        if isMet { groups[spell.spell.maalgruppe, default: GroupCount()].met += 1 }
      }
      let lastDay = month.lastDay
      shares.append(
        MonthlyShare(
          month: month, cohort: cohort.count, met: met, cohortMinimum: rules.cohortMinimum(on: lastDay),
          criterion: rules.criterionPercent(on: lastDay)))
    }
    return (MeasureHalfYear(months: shares, consecutiveMonthsBelow: required), groups)
  }
}
