/// One person's public support over time (SPEC 3.5, 4.2): their `ydelser` spells of *offentlig
/// forsørgelse* (every benefit but fleksjob and førtidspension), in `fra` order, from which the days on
/// support in a window and the seniority at a day follow. Overlapping spells never count a day twice.
///
/// A view of the person's spells where `PersonTables` grouped them, valid as long as they are
/// (`PersonGroups`' lifetime rule).
struct PublicSupport {
  /// The person's spells by `fra` (then `til`, open last), of every benefit: only those of public
  /// support count, and they are picked out as they are read, so that a person's grouped spells are
  /// used where they lie, without a copy per person.
  private let ordered: PersonRecords<Ydelsesperiode>

  /// One person's spells as `PersonTables` groups them, already ordered by `precedes`.
  init(ordered spells: PersonRecords<Ydelsesperiode>) {
    ordered = spells
  }

  /// The public support of `spells` (any benefits, any order), for use inside `body` only: the spells
  /// are grouped for the call and freed after it.
  static func of<Result>(
    _ spells: [Ydelsesperiode], _ body: (PublicSupport) throws -> Result
  ) rethrows -> Result {
    let person = PersonIndex(0)
    let grouped = PersonGroups(spells, persons: 1, person: { _ in person }, orderedBy: precedes)
    return try withExtendedLifetime(grouped) { try body(PublicSupport(ordered: grouped[person])) }
  }

  /// Whether no spell is of public support (the person has neither seniority nor days on support).
  var isEmpty: Bool { !ordered.contains(where: \.ydelse.isPublicSupport) }

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
  func daysOnSupport(in window: ClosedRange<Day>) -> Int {
    Self.daysCovered(by: ordered, in: window, counting: \.isPublicSupport)
  }

  /// The days in `window` covered by at least one of those `spells` (given in `fra` order) whose
  /// benefit `counting` accepts: each day counted once however many spells overlap it (SPEC 3.5).
  static func daysCovered(
    by spells: PersonRecords<Ydelsesperiode>, in window: ClosedRange<Day>, counting: (Ydelse) -> Bool
  ) -> Int {
    var total = 0
    var coveredUntil: Day?  // the last day already counted
    for spell in spells where counting(spell.ydelse) {
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
  func stretchStart(coveringDay day: Day, maximumGap: Int) -> Day? {
    var seniority = seniority(maximumGap: maximumGap)
    return seniority.stretchStart(coveringDay: day)
  }

  /// The seniority at one ascending day after another, in one pass over the spells.
  func seniority(maximumGap: Int) -> Seniority { Seniority(ordered, maximumGap: maximumGap) }

  /// `stretchStart(coveringDay:maximumGap:)` asked for days in ascending order (the 12 measuring
  /// points of SPEC 4.2): each spell is read once, however many days are asked about.
  struct Seniority {
    private let spells: PersonRecords<Ydelsesperiode>
    private let maximumGap: Int
    /// The first spell not yet read (those read have `fra` ≤ the last day asked about).
    private var next: Int
    /// The stretch of the spells read so far: its first day, the latest `til` and whether a spell
    /// is open.
    private var stretchStart: Day?
    private var latestEnd: Day?
    private var openSpellSeen = false

    fileprivate init(_ spells: PersonRecords<Ydelsesperiode>, maximumGap: Int) {
      self.spells = spells
      self.maximumGap = maximumGap
      next = spells.startIndex
    }

    /// The seniority at `day`, which must not be earlier than the day asked about before.
    mutating func stretchStart(coveringDay day: Day) -> Day? {
      while next < spells.endIndex, spells[next].fra <= day {
        let spell = spells[next]
        next += 1
        guard spell.ydelse.isPublicSupport else { continue }
        let continues = openSpellSeen || (latestEnd.map { $0.days(to: spell.fra) - 1 <= maximumGap } ?? false)
        if !continues { stretchStart = spell.fra }
        if let til = spell.til { latestEnd = max(latestEnd ?? til, til) } else { openSpellSeen = true }
      }
      // A spell read covers `day` exactly when one is open or the latest `til` is not before it.
      let isCovered = openSpellSeen || (latestEnd.map { day <= $0 } ?? false)
      return isCovered ? stretchStart : nil
    }
  }
}

extension PersonGroups<Ydelsesperiode> {
  /// The days on public support in `window`, summed over the persons (condition A, SPEC 4.2).
  func daysOnPublicSupport(in window: ClosedRange<Day>, persons: Int) -> Int {
    (0..<persons).reduce(0) { $0 + PublicSupport(ordered: self[PersonIndex(Int32($1))]).daysOnSupport(in: window) }
  }
}
