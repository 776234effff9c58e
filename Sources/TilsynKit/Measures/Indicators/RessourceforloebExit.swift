/// `afgang_rf_job_uddannelse_andel` (SPEC 4.5; DOMAIN: exits from ressourceforløb to job and
/// education): of the `RF` spells ending in P (`til` in P), the share that ended in
///
/// - **fleksjob**: the person has an `FJ` spell with `fra` in [`til` + 1, `til` + 31], or
/// - **self-support**: no public-support spell (SPEC 3.5) on any day of [`til` + 1, `til` + 31], and at
///   least 1 hour in `timer` in a month after the end month.
///
/// Readings (the contract is silent):
/// - *A month after the end month* is any month from the one after `til`'s month up to E's month, each
///   month's rows summed and compared on its own (1 hour in one month, not 1 hour over several).
///   A spell ending in E's month can therefore only count through fleksjob.
/// - The extract ends at E (rows dated later are ignored, SPEC 3.1), so the 31 days are observed up
///   to E only: a fleksjob or public-support spell starting after E is not seen.
/// - Spells are counted, not persons; an `RF` spell followed at once by another `RF` spell of the same
///   person ends in P all the same, and is an exit only through fleksjob (the next `RF` is support).
/// - Needs `timer` as well as `ydelser` (SPEC 4.5).
enum RessourceforloebExit {
  /// Exits (numerator) over `RF` spells ending in `period` (denominator).
  static func fraction(
    _ spells: PersonGroups<Ydelsesperiode>, persons: Int, hours: HoursByMonth, period: ClosedRange<Day>,
    thresholds: IndicatorThresholds
  ) -> IndicatorFraction {
    let e = period.upperBound
    var result = IndicatorFraction(0, 0)
    for person in 0..<persons {
      let index = PersonIndex(Int32(person))
      let history = BenefitHistory(spells: spells[index])
      for spell in history.spells where spell.ydelse == .ressourceforloeb {
        guard let til = spell.til, period.contains(til) else { continue }
        result.denominator += 1
        if isExit(after: til, history, hours: { hours.hours(index, in: $0) }, e: e, thresholds: thresholds) {
          result.numerator += 1
        }
      }
    }
    return result
  }

  /// Whether an `RF` spell ending on `til` was followed by fleksjob or by self-support.
  static func isExit(
    after til: Day, _ history: BenefitHistory, hours: (YearMonth) -> FixedDecimal, e: Day,
    thresholds: IndicatorThresholds
  ) -> Bool {
    let first = til.adding(days: 1)
    let last = min(til.adding(days: thresholds.exitDays), e)
    guard first <= last else { return false }  // ended on E: nothing after it is observed
    if history.starts(.fleksjob, in: first...last) { return true }
    guard history.publicSupport.daysOnSupport(in: first...last) == 0 else { return false }
    let endMonth = til.yearMonth
    guard endMonth < e.yearMonth else { return false }
    for month in sequence(first: endMonth.adding(months: 1), next: { $0 < e.yearMonth ? $0.adding(months: 1) : nil })
    where hours(month) >= thresholds.exitMinimumHours {
      return true
    }
    return false
  }
}
