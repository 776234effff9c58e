/// One person's public support over time (SPEC 3.5, 4.2): their `ydelser` spells of *offentlig
/// forsørgelse* (every benefit but fleksjob and førtidspension), in `fra` order, from which the days on
/// support in a window and the seniority at a day follow. Overlapping spells never count a day twice.
public struct PublicSupport: Sendable {
  /// The person's public-support spells, by `fra` (then `til`, open last).
  public let spells: [Ydelsesperiode]

  public init<Spells: Sequence<Ydelsesperiode>>(_ spells: Spells) {
    self.spells = spells.filter(\.ydelse.isPublicSupport).sorted(by: PublicSupport.precedes)
  }

  static func precedes(_ a: Ydelsesperiode, _ b: Ydelsesperiode) -> Bool {
    if a.fra != b.fra { return a.fra < b.fra }
    switch (a.til, b.til) {
    case (let x?, let y?): return x < y
    case (.some, nil): return true
    default: return false
    }
  }

  /// The days in `window` (inclusive) on which at least one spell was running: the union of the
  /// spells, clipped to the window.
  public func daysOnSupport(in window: ClosedRange<Day>) -> Int {
    Self.daysCovered(by: spells, in: window)
  }

  /// The days in `window` covered by at least one of `spells` (given in `fra` order): each day
  /// counted once however many spells overlap it (SPEC 3.5).
  public static func daysCovered<Spells: Sequence<Ydelsesperiode>>(by spells: Spells, in window: ClosedRange<Day>) -> Int {
    var total = 0
    var coveredUntil: Day?  // the last day already counted
    for spell in spells {
      if spell.fra > window.upperBound { break }
      let end = min(spell.til ?? window.upperBound, window.upperBound)
      var start = max(spell.fra, window.lowerBound)
      if let covered = coveredUntil, covered >= start { start = covered.adding(days: 1) }
      if start <= end {
        total += start.days(to: end) + 1
        coveredUntil = max(coveredUntil ?? end, end)
      }
    }
    return total
  }

  /// The seniority at `day` (SPEC 4.2): the first day of the unbroken stretch of public support that
  /// covers `day`, where a gap of up to `maximumGap` days without support (the next `fra` − the latest
  /// `til` of all earlier spells − 1) does not break the stretch; `nil` when no spell covers `day`
  /// itself.
  public func stretchStart(coveringDay day: Day, maximumGap: Int) -> Day? {
    guard spells.contains(where: { $0.fra <= day && ($0.til.map { day <= $0 } ?? true) }) else { return nil }
    var stretchStart = day
    var latestEnd: Day?
    var openSpellSeen = false
    for spell in spells {
      if spell.fra > day { break }
      let continues = openSpellSeen || (latestEnd.map { $0.days(to: spell.fra) - 1 <= maximumGap } ?? false)
      if !continues { stretchStart = spell.fra }
      if let til = spell.til { latestEnd = max(latestEnd ?? til, til) } else { openSpellSeen = true }
    }
    return stretchStart
  }
}
