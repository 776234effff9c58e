/// One measuring month of one early-effort measure in one municipality: the cohort and how many of
/// it met the measure (SPEC 4.1).
public struct MonthlyShare: Sendable, Equatable {
  public let month: YearMonth
  public let cohort: Int
  public let met: Int
  /// The smallest assessable cohort (10), from the rule set.
  public let cohortMinimum: Int
  /// The criterion in percent (80), from the rule set.
  public let criterion: FixedDecimal

  /// A month is assessable when the cohort has at least 10 spells.
  public var isAssessable: Bool { cohort >= cohortMinimum }

  /// Below the criterion, compared exactly: met × 100 < 80 × cohort (79.99 % is below, 80.00 % is
  /// not), never after rounding. Integer arithmetic on the criterion's millionths.
  public var isBelowCriterion: Bool {
    Int64(met) * 100 * Int64(FixedDecimal.unitsPerOne) < criterion.units * Int64(cohort)
  }

  /// Whether this month's share is lower than `other`'s (exact, by cross-multiplication).
  public func hasLowerShare(than other: MonthlyShare) -> Bool {
    Int64(met) * Int64(other.cohort) < Int64(other.met) * Int64(cohort)
  }
}

/// The half-year status of one early-effort measure in one municipality (SPEC 4.1).
public enum MeasureStatus: String, Sendable, Equatable, CaseIterable {
  /// All six months assessable and below 80 % in every one: the municipality does not meet the
  /// criterion.
  case underKriteriet = "under_kriteriet"
  /// All six months assessable and at least one at or above 80 %.
  case opfylder = "opfylder"
  /// At least one month has a cohort below 10.
  case ikkeVurderet = "ikke_vurderet"
  /// A table the measure needs is missing or rejected.
  case manglerData = "mangler_data"
}

/// One measure's half-year in one municipality: the six months and what follows from them.
public struct MeasureHalfYear: Sendable, Equatable {
  /// The six months, or `nil` when a needed table is missing (`mangler_data`: no counts at all).
  public let months: [MonthlyShare]?
  /// Consecutive months below 80 % that put a municipality under the criterion (6, from the rule
  /// set's `tidlig.kriterium_maaneder`: with six measuring months, all of them).
  public let consecutiveMonthsBelow: Int

  public init(months: [MonthlyShare]?, consecutiveMonthsBelow: Int) {
    self.months = months
    self.consecutiveMonthsBelow = consecutiveMonthsBelow
  }

  /// SPEC 4.1: `mangler_data` when a needed table is missing; `ikke_vurderet` when any month is not
  /// assessable; `under_kriteriet` when the share is below 80 % in the required number of
  /// consecutive months (all six); otherwise `opfylder`.
  public var status: MeasureStatus {
    guard let months else { return .manglerData }
    if months.contains(where: { !$0.isAssessable }) { return .ikkeVurderet }
    var run = 0
    var longest = 0
    for month in months {
      run = month.isBelowCriterion ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest >= consecutiveMonthsBelow ? .underKriteriet : .opfylder
  }

  /// The assessable months, over which the counts below are taken.
  public var assessableMonths: [MonthlyShare] { months?.filter(\.isAssessable) ?? [] }

  /// Assessable months below 80 %, or `nil` for `mangler_data`.
  public var monthsBelowCriterion: Int? {
    months == nil ? nil : assessableMonths.filter(\.isBelowCriterion).count
  }

  /// The assessable month with the lowest share (the first of equals), if any.
  public var lowest: MonthlyShare? {
    assessableMonths.reduce(nil) { lowest, month in
      lowest.map { month.hasLowerShare(than: $0) ? month : $0 } ?? month
    }
  }

  /// The assessable month with the highest share (the first of equals), if any.
  public var highest: MonthlyShare? {
    assessableMonths.reduce(nil) { highest, month in
      highest.map { $0.hasLowerShare(than: month) ? month : $0 } ?? month
    }
  }
}

/// A municipality's overall early-effort status (SPEC 4.1).
public enum OverallStatus: String, Sendable, Equatable, CaseIterable {
  /// Either measure is `under_kriteriet`: the municipality does not meet the criteria.
  case opfylderIkke = "opfylder_ikke"
  case manglerData = "mangler_data"
  case ikkeVurderet = "ikke_vurderet"
  case opfylder = "opfylder"

  /// `opfylder_ikke` when either measure is `under_kriteriet`; otherwise the first of `mangler_data`,
  /// `ikke_vurderet`, `opfylder` that applies to either measure.
  public init(_ statuses: [MeasureStatus]) {
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
