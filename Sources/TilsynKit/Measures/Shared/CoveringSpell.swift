/// A dated spell with a code: a `ydelser` row (SPEC 3.5) or a `forloeb` row (SPEC 3.2).
protocol CodedSpell {
  var spellStart: Day { get }
  /// Last day; `nil` while ongoing.
  var spellEnd: Day? { get }
  /// The code's place in its list for the last tie-break (SPEC 3.5's order for benefits, 3.2's for
  /// target groups; a target group outside SPEC 3.2 comes after them).
  var codeRank: Int { get }
}

extension Ydelsesperiode: CodedSpell {
  var spellStart: Day { fra }
  var spellEnd: Day? { til }
  var codeRank: Int { Ydelse.allCases.firstIndex(of: ydelse) ?? Int.max }
}

extension Forloeb: CodedSpell {
  var spellStart: Day { start }
  var spellEnd: Day? { slut }
  var codeRank: Int { Maalgruppe.allCases.firstIndex(of: maalgruppe) ?? Int.max }
}

extension CodedSpell {
  /// Whether the spell runs on `day`: start ≤ day ≤ end (an empty end is ongoing).
  func covers(_ day: Day) -> Bool { spellStart <= day && (spellEnd.map { day <= $0 } ?? true) }
}

/// The one spell of a person that covers a day (SPEC 4.3's benefit at E; SPEC 4.4 reads "the
/// `forloeb` covering E" the same way). When several cover it: the one with the latest start, then
/// the latest end (an empty end counts as latest), then the first code in declaration order (for
/// `ydelser` the list order of SPEC 3.5).
enum CoveringSpell {
  static func on<Spell: CodedSpell>(_ day: Day, among spells: some Sequence<Spell>) -> Spell? {
    var chosen: Spell?
    for spell in spells where spell.covers(day) {
      if let current = chosen, !precedes(spell, current) { continue }
      chosen = spell
    }
    return chosen
  }

  /// Whether `a` wins over `b` by the tie-breaks.
  static func precedes<Spell: CodedSpell>(_ a: Spell, _ b: Spell) -> Bool {
    if a.spellStart != b.spellStart { return a.spellStart > b.spellStart }
    switch (a.spellEnd, b.spellEnd) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (let x?, let y?) where x != y: return x > y
    default: return a.codeRank < b.codeRank
    }
  }
}
