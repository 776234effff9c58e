/// What governs one measure in one month (SPEC 4.6): the month, its regime, the criterion and the
/// smallest assessable cohort.
struct MonthSetting: Sendable, Equatable {
  let month: YearMonth
  /// The id of the regime that governs the month.
  let regime: String
  /// The criterion in percent (80; 75 from the reform).
  let criterion: FixedDecimal
  /// The smallest assessable cohort (10).
  let cohortMinimum: Int

  init(month: YearMonth, regime: String, criterion: FixedDecimal, cohortMinimum: Int) {
    self.month = month
    self.regime = regime
    self.criterion = criterion
    self.cohortMinimum = cohortMinimum
  }

  /// The setting of `rules` in `month`.
  init(_ month: MonthRules, _ rules: MeasureMonthRules) {
    self.init(month: month.month, regime: month.regimeID, criterion: rules.criterion, cohortMinimum: rules.cohortMinimum)
  }
}

/// One measuring month of one early-effort measure in one municipality: the cohort and how many of
/// it met the measure (SPEC 4.1).
struct MonthlyShare: Sendable, Equatable {
  let setting: MonthSetting
  let cohort: Int
  let met: Int

  init(setting: MonthSetting, cohort: Int, met: Int) {
    self.setting = setting
    self.cohort = cohort
    self.met = met
  }

  var month: YearMonth { setting.month }
  var criterion: FixedDecimal { setting.criterion }

  /// A month is assessable when the cohort has at least the minimum (10) spells.
  var isAssessable: Bool { cohort >= setting.cohortMinimum }

  /// Below the criterion, compared exactly: met × 100 < criterion × cohort (79.99 % is below 80,
  /// 80.00 % is not), never after rounding. Integer arithmetic on the criterion's millionths.
  var isBelowCriterion: Bool {
    Int64(met) * 100 * Int64(FixedDecimal.unitsPerOne) < setting.criterion.units * Int64(cohort)
  }

  /// Whether this month's share is lower than `other`'s (exact, by cross-multiplication).
  func hasLowerShare(than other: MonthlyShare) -> Bool {
    Int64(met) * Int64(other.cohort) < Int64(other.met) * Int64(cohort)
  }
}

/// The half-year status of one early-effort measure in one municipality (SPEC 4.1, 4.6).
enum MeasureStatus: String, Sendable, Equatable, CaseIterable {
  /// All six months assessable and below the criterion in every one: the municipality does not meet
  /// the criterion.
  case underKriteriet = "under_kriteriet"
  /// All six months assessable and at least one at or above the criterion.
  case opfylder = "opfylder"
  /// At least one month is not assessable: its cohort is below the minimum, or its regime does not
  /// have the measure.
  case ikkeVurderet = "ikke_vurderet"
  /// A table the measure needs is missing or rejected.
  case manglerData = "mangler_data"
  /// No month of the half-year is governed by a regime that has the measure (SPEC 4.6).
  case ikkeGaeldende = "ikke_gaeldende"
}

/// One measure's half-year in one municipality: its months and what follows from them.
struct MeasureHalfYear: Sendable, Equatable {
  /// The months whose regime has the measure, or `nil` when a needed table is missing
  /// (`mangler_data`: no counts at all).
  let months: [MonthlyShare]?
  /// What governs each month whose regime has the measure (also for `mangler_data`).
  let settings: [MonthSetting]
  /// Consecutive months below the criterion that put a municipality under it (6, from the rule
  /// set's `tidlig.kriterium_maaneder`: with six measuring months, all of them).
  let consecutiveMonthsBelow: Int

  init(months: [MonthlyShare]?, settings: [MonthSetting], consecutiveMonthsBelow: Int) {
    self.months = months
    self.settings = settings
    self.consecutiveMonthsBelow = consecutiveMonthsBelow
  }

  /// SPEC 4.1, 4.6: `ikke_gaeldende` when no month has the measure; `mangler_data` when a needed
  /// table is missing; `ikke_vurderet` when a month lacks the measure or is not assessable;
  /// `under_kriteriet` when the share is below the month's criterion in the required number of
  /// consecutive months (all six); otherwise `opfylder`.
  var status: MeasureStatus {
    if settings.isEmpty { return .ikkeGaeldende }
    guard let months else { return .manglerData }
    if months.count < Period.monthCount || months.contains(where: { !$0.isAssessable }) { return .ikkeVurderet }
    var run = 0
    var longest = 0
    for month in months {
      run = month.isBelowCriterion ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest >= consecutiveMonthsBelow ? .underKriteriet : .opfylder
  }

  /// The assessable months, over which the counts below are taken.
  var assessableMonths: [MonthlyShare] { months?.filter(\.isAssessable) ?? [] }

  /// Assessable months below the criterion, or `nil` when there are no counts (`mangler_data`) or no
  /// month has the measure (`ikke_gaeldende`).
  var monthsBelowCriterion: Int? {
    months == nil || settings.isEmpty ? nil : assessableMonths.filter(\.isBelowCriterion).count
  }

  /// The assessable month with the lowest share (the first of equals), if any.
  var lowest: MonthlyShare? {
    assessableMonths.reduce(nil) { lowest, month in
      lowest.map { month.hasLowerShare(than: $0) ? month : $0 } ?? month
    }
  }

  /// The assessable month with the highest share (the first of equals), if any.
  var highest: MonthlyShare? {
    assessableMonths.reduce(nil) { highest, month in
      highest.map { $0.hasLowerShare(than: month) ? month : $0 } ?? month
    }
  }

}

/// A municipality's overall early-effort status (SPEC 4.1).
enum OverallStatus: String, Sendable, Equatable, CaseIterable {
  /// A flagging measure is `under_kriteriet`: the municipality does not meet the criteria.
  case opfylderIkke = "opfylder_ikke"
  case manglerData = "mangler_data"
  case ikkeVurderet = "ikke_vurderet"
  case opfylder = "opfylder"

  /// `opfylder_ikke` when either measure is `under_kriteriet`; otherwise the first of `mangler_data`,
  /// `ikke_vurderet`, `opfylder` that applies to either measure.
  init(_ statuses: [MeasureStatus]) {
    if statuses.contains(.underKriteriet) {
      self = .opfylderIkke
    } else if statuses.contains(.manglerData) {
      self = .manglerData
    } else if statuses.contains(.ikkeVurderet) {
      self = .ikkeVurderet
    } else {
      self = .opfylder
    }
  }
}
