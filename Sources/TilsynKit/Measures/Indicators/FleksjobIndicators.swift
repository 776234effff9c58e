/// `ledighed_fleksjob_andel` (SPEC 4.5; DOMAIN: unemployment among fleksjob holders): fuldtidspersoner
/// on `LY` ÷ (fuldtidspersoner on `LY` + on `FJ`) in P. Both fuldtidspersoner share the divisor (the
/// days in P), so the share is computed exactly on days: LY days ÷ (LY days + FJ days).
struct FleksjobUnemployment: Sendable, Equatable {
  /// Fuldtidspersoner on ledighedsydelse in P.
  var ledighedsydelse: FullTimeOnBenefit
  /// Fuldtidspersoner in fleksjob in P.
  var fleksjob: FullTimeOnBenefit

  init(ledighedsydelse: FullTimeOnBenefit, fleksjob: FullTimeOnBenefit) {
    self.ledighedsydelse = ledighedsydelse
    self.fleksjob = fleksjob
  }

  init(_ spells: PersonGroups<Ydelsesperiode>, persons: Int, period: ClosedRange<Day>) {
    self.init(
      ledighedsydelse: spells.fullTime(on: .ledighedsydelse, in: period, persons: persons),
      fleksjob: spells.fullTime(on: .fleksjob, in: period, persons: persons))
  }

  /// `ledighed_fleksjob_andel` exactly: LY days over LY + FJ days.
  var share: IndicatorFraction {
    IndicatorFraction(ledighedsydelse.days, ledighedsydelse.days + fleksjob.days)
  }

  static func + (lhs: FleksjobUnemployment, rhs: FleksjobUnemployment) -> FleksjobUnemployment {
    FleksjobUnemployment(
      ledighedsydelse: lhs.ledighedsydelse + rhs.ledighedsydelse, fleksjob: lhs.fleksjob + rhs.fleksjob)
  }
}

/// `timeprogression_andel` (SPEC 4.5; DOMAIN: the progression in hours for fleksjob holders on few
/// hours): of the persons on `FJ` on W's first day with at most 43.3 hours in W's first month, the
/// share with at least 4.33 more hours in W's last month (E's month) than in the first.
///
/// Hours are each month's `timer` rows summed (SPEC 3.1) and compared exactly as `FixedDecimal`s: 43.3
/// is on few hours, 43.31 is not; an increase of exactly 4.33 counts, 4.32 does not. A month without
/// rows has 0 hours. A person counts once however many `FJ` spells cover W's first day. Needs `timer`
/// as well as `ydelser` (SPEC 4.5).
enum FleksjobHourProgression {
  /// Persons with the progression (numerator) over fleksjob holders on few hours (denominator).
  static func fraction(
    _ spells: PersonGroups<Ydelsesperiode>, persons: Int, hours: HoursByMonth, thresholds: IndicatorThresholds
  ) -> IndicatorFraction {
    let firstDay = thresholds.window.lowerBound
    let firstMonth = firstDay.yearMonth
    let lastMonth = thresholds.window.upperBound.yearMonth
    var result = IndicatorFraction(0, 0)
    for person in 0..<persons {
      let index = PersonIndex(Int32(person))
      guard BenefitHistory(spells: spells[index]).isOn(.fleksjob, on: firstDay) else { continue }
      let before = hours.hours(index, in: firstMonth)
      guard before <= thresholds.fleksjobMaximumHours else { continue }
      result.denominator += 1
      if hours.hours(index, in: lastMonth) >= before + thresholds.progressionHours { result.numerator += 1 }
    }
    return result
  }
}
