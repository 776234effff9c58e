/// An indicator's exact value as a numerator over a denominator, kept as integers (counts, days)
/// so that nothing is rounded before display (SPEC 5) and the counts stay available (the report's
/// arithmetic; disclosure control in the committee briefing).
struct IndicatorFraction: Sendable, Equatable {
  var numerator: Int
  var denominator: Int

  init(_ numerator: Int, _ denominator: Int) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// The value exists only over a positive denominator (an empty group has no share).
  var hasValue: Bool { denominator > 0 }

  /// The value in percent, one decimal, rounded half away from zero; empty without a denominator.
  var percentText: String { hasValue ? DanishFormat.percent(numerator, denominator) : "" }

  /// Whether this value is below `other`, compared exactly by cross-multiplication (both
  /// denominators positive).
  func isLess(than other: IndicatorFraction) -> Bool {
    let lhs = numerator.multipliedFullWidth(by: other.denominator)
    let rhs = other.numerator.multipliedFullWidth(by: denominator)
    return (lhs.high, lhs.low) < (rhs.high, rhs.low)
  }

  /// Sums numerators and denominators (the national value of a share).
  static func + (lhs: IndicatorFraction, rhs: IndicatorFraction) -> IndicatorFraction {
    IndicatorFraction(lhs.numerator + rhs.numerator, lhs.denominator + rhs.denominator)
  }
}

/// Fuldtidspersoner on one benefit in a window (SPEC 4.2, used by SPEC 4.5): each person's days on
/// the benefit in the window, a day counted once however many spells overlap, summed over persons
/// and divided by the days in the window. Shown with one decimal.
struct FullTimeOnBenefit: Sendable, Equatable {
  /// Days on the benefit, summed over persons.
  var days: Int
  /// Persons with at least one such day.
  var persons: Int
  /// The days in the window.
  var windowDays: Int

  init(days: Int, persons: Int, windowDays: Int) {
    self.days = days
    self.persons = persons
    self.windowDays = windowDays
  }

  /// Fuldtidspersoner exactly: days ÷ days in the window.
  var fraction: IndicatorFraction { IndicatorFraction(days, windowDays) }

  /// Fuldtidspersoner with one decimal (`12,5`).
  var text: String { DanishFormat.ratio(days, windowDays, places: 1) }

  /// Sums two municipalities' numbers for the same window.
  static func + (lhs: FullTimeOnBenefit, rhs: FullTimeOnBenefit) -> FullTimeOnBenefit {
    precondition(lhs.windowDays == rhs.windowDays, "fuldtidspersoner of different windows")
    return FullTimeOnBenefit(days: lhs.days + rhs.days, persons: lhs.persons + rhs.persons, windowDays: lhs.windowDays)
  }
}
