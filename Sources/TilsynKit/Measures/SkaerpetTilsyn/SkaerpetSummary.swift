/// The national skærpet-tilsyn picture (SPEC 4.2): every municipality's figures, the rank by the
/// difference from the expected share, the counts per status, and last period's statuses for the
/// trend.
struct SkaerpetSummary: Sendable {
  let kommuner: [KommuneSkaerpetTilsyn]
  /// `placering` by municipality code: 1 = largest difference, over every municipality with faktisk
  /// and forventet andel; ties by municipality code.
  let ranks: [Int: Int]
  /// Last period's status by municipality code, when its `skaerpet_tilsyn.csv` exists.
  let previous: [Int: SkaerpetStatus]?
  let period: Period
  /// Whether the scheme is abolished on the period's last day E (`skaerpet.ophaevet_fra` ≤ E; SPEC
  /// 4.2, 4.6: from the first period that ends after the abolition the report words the statuses as
  /// what the computation would have shown).
  let isAbolished: Bool
  /// The rule values used, for the texts.
  let rules: SkaerpetRules

  init(kommuner: [KommuneSkaerpetTilsyn], previous: [Int: SkaerpetStatus]?, period: Period, rules: SkaerpetRules) {
    self.kommuner = kommuner
    self.previous = previous
    self.period = period
    self.rules = rules
    isAbolished = period.lastDay >= rules.abolishedFrom
    let ranked = kommuner.filter { $0.actual != nil }.sorted { a, b in
      let (x, y) = (a.actual!, b.actual!)
      if x.hasLargerDifference(than: y) { return true }
      if y.hasLargerDifference(than: x) { return false }
      return a.kommune.code < b.kommune.code
    }
    ranks = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1.kommune.code, $0 + 1) })
  }

  func count(_ status: SkaerpetStatus) -> Int { kommuner.filter { $0.status == status }.count }

  func previousCount(_ status: SkaerpetStatus) -> Int? { previous.map { $0.values.filter { $0 == status }.count } }
}
