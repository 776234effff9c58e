@testable import TilsynKit

/// A hand-built municipality extract for rule tests: persons are small integers, records are added
/// one by one, and every table starts present and empty.
struct EarlyEffortFixture {
  var extract: KommuneExtract
  static let ruleSet = try! RuleSet.load(path: Fixtures.ruleSetPath)
  /// The repository's early-effort rules for 2024H1.
  static let rules = EarlyEffortRules(rules: ruleSet, period: Period("2024H1")!)

  init() {
    extract = KommuneExtract(
      kommune: Kommune(code: 101, name: "København", region: "Hovedstaden", amk: "Øst", approximatePopulation: 1),
      folderName: "101")
    extract.forloeb = []
    extract.samtaler = []
    extract.tilbud = []
    extract.markeringer = []
  }

  /// The person numbered `n` (interned as `p<n>`).
  mutating func person(_ n: Int) -> PersonIndex {
    Array("p\(n)".utf8).withUnsafeBufferPointer { extract.persons.index(of: $0) }
  }

  mutating func spell(_ n: Int, _ group: Maalgruppe, _ start: Day, _ slut: Day? = nil) {
    extract.forloeb!.append(Forloeb(person: person(n), maalgruppe: group, start: start, slut: slut))
  }

  mutating func samtale(_ n: Int, _ day: Day, _ type: SamtaleType = .jobsamtale, by holder: AfholdtAf = .jobcenter) {
    extract.samtaler!.append(Samtale(person: person(n), dato: day, type: type, afholdtAf: holder))
  }

  mutating func offer(_ n: Int, _ type: Tilbudstype, _ start: Day, _ slut: Day? = nil, granted: Day? = nil) {
    extract.tilbud!.append(Tilbud(person: person(n), type: type, bevilget: granted, start: start, slut: slut))
  }

  mutating func marking(_ n: Int, _ type: Markeringstype, _ fra: Day, _ til: Day? = nil) {
    extract.markeringer!.append(Markering(person: person(n), type: type, fra: fra, til: til))
  }

  func compute(_ period: String = "2024H1", rules: RuleSet = Self.ruleSet) -> KommuneEarlyEffort {
    KommuneEarlyEffort(extract, period: Period(period)!, rules: EarlyEffortRules(rules: rules, period: Period(period)!))
  }
}

extension KommuneEarlyEffort {
  /// The month of `measure` in `month` (`YYYY-MM`).
  func month(_ measure: EarlyEffortMeasure, _ month: String) -> MonthlyShare? {
    halfYear(measure).months?.first { $0.month.description == month }
  }
}
