/// `tilgang_fp_pr_10000` (SPEC 4.5; DOMAIN "The reform indicators": inflow to førtidspension): the
/// `FP` spells with `fra` in P per 10,000 of the municipality's `befolkning_16_66`, shown with two
/// decimals. Spells are counted, not persons: a person with two `FP` spells starting in P counts
/// twice (the extract should not hold such a person).
struct FoertidspensionInflow: Sendable, Equatable {
  /// `FP` spells starting in P.
  var spells: Int
  /// `befolkning_16_66` from `benchmark.csv`.
  var population: Int
  /// The population base from the rule set (10,000).
  var base: Int

  init(spells: Int, population: Int, base: Int) {
    self.spells = spells
    self.population = population
    self.base = base
  }

  /// Counts the `FP` spells of `ydelser` with `fra` in `period` (inclusive).
  init(_ ydelser: PersonGroups<Ydelsesperiode>, in period: ClosedRange<Day>, population: Int, base: Int) {
    var spells = 0
    for spell in ydelser.records where spell.ydelse == .foertidspension && period.contains(spell.fra) { spells += 1 }
    self.init(spells: spells, population: population, base: base)
  }

  /// Spells × 10,000 ÷ population, exactly; no value for a population of 0.
  var perBase: IndicatorFraction { IndicatorFraction(spells * base, population) }

  /// The value with two decimals (`3,57`), empty without a population.
  var text: String { population > 0 ? DanishFormat.ratio(spells * base, population, places: 2) : "" }

  /// Sums two municipalities (the national value).
  static func + (lhs: FoertidspensionInflow, rhs: FoertidspensionInflow) -> FoertidspensionInflow {
    precondition(lhs.base == rhs.base, "inflows per different population bases")
    return FoertidspensionInflow(
      spells: lhs.spells + rhs.spells, population: lhs.population + rhs.population, base: lhs.base)
  }
}
