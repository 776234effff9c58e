/// The dates that decide what a period's extract holds (SPEC 2): records from 24 months before the
/// period's first day up to its last day E, and the benchmark window W = [E − 12 months + 1 day, E].
struct ExtractWindow {
  let period: Period
  /// The first day of the extract: the period's first day − 24 months.
  let first: Day
  /// E, the period's last day.
  let last: Day
  /// The first day of W (SPEC 4.2).
  let benchmarkFirst: Day
  /// Valid rows dated after E (planned conversations, granted offers) reach this far.
  let horizon: Day
  /// The month the simulation starts: a fixed calendar month (so that every period from 2018 on sees
  /// the same world), or four years before the extract for earlier periods.
  let simulationStart: YearMonth

  /// The fixed first arrival month of the simulated world.
  static let worldStart = YearMonth(year: 2012, month: 1)

  init(period: Period) {
    self.period = period
    first = period.firstDay.adding(months: -24)
    last = period.lastDay
    benchmarkFirst = last.adding(months: -12).adding(days: 1)
    horizon = last.adding(days: 62)
    simulationStart = min(ExtractWindow.worldStart, first.yearMonth.adding(months: -48))
  }

  var firstMonth: YearMonth { first.yearMonth }
  var lastMonth: YearMonth { last.yearMonth }

  /// Whether a spell [start, end] has a day in the extract.
  @inline(__always)
  func overlaps(start: Day, end: Day) -> Bool { start <= last && end >= first }

  /// Days of [start, end] inside W.
  func benchmarkDays(start: Day, end: Day) -> Int {
    let from = max(start, benchmarkFirst)
    let to = min(end, last)
    return from <= to ? from.days(to: to) + 1 : 0
  }

  /// Whether a spell of an early-effort group is in one of the period's monthly cohorts (SPEC 4.1).
  func isInCohort(_ spell: SimulatedSpell) -> Bool {
    guard spell.state.isEarlyEffortGroup else { return false }
    let d6 = spell.start.adding(months: 6)
    return d6 >= period.firstDay && d6 <= last && spell.end >= d6
  }
}
