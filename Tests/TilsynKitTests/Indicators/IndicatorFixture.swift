@testable import TilsynKit

/// A hand-built municipality extract for the reform indicators (SPEC 4.5): persons are small
/// integers, `ydelser` and `timer` start present and empty, and the benchmark row has a population
/// of 10,000 unless a test sets another.
struct IndicatorFixture {
  var extract: KommuneExtract
  var benchmark: BenchmarkRow?
  static let rules = IndicatorRules(rules: try! RuleSet.load(path: Fixtures.ruleSetPath))

  init(_ kommune: Kommune = IndicatorFixture.koebenhavn, population: Int = 10_000) {
    extract = KommuneExtract(kommune: kommune, folderName: kommune.codeText)
    extract.ydelser = []
    extract.timer = []
    benchmark = BenchmarkRow(kommune: kommune.code, befolkning16til66: population, forventetAndel: .zero)
  }

  static let koebenhavn = Kommune(
    code: 101, name: "København", region: "Hovedstaden", amk: "Øst", approximatePopulation: 1)
  static let frederiksberg = Kommune(
    code: 147, name: "Frederiksberg", region: "Hovedstaden", amk: "Øst", approximatePopulation: 1)

  /// The person numbered `n` (interned as `p<n>`).
  mutating func person(_ n: Int) -> PersonIndex {
    Array("p\(n)".utf8).withUnsafeBufferPointer { extract.persons.index(of: $0) }
  }

  mutating func benefit(_ n: Int, _ ydelse: Ydelse, _ fra: Day, _ til: Day? = nil) {
    extract.ydelser!.append(Ydelsesperiode(person: person(n), ydelse: ydelse, fra: fra, til: til))
  }

  /// A `timer` row: `hours` as the file writes it (`43,3`), read exactly.
  mutating func hours(_ n: Int, _ year: Int, _ month: Int, _ hours: String) {
    let value = Array(hours.utf8).withUnsafeBufferPointer { FieldParsing.decimal($0)! }
    extract.timer!.append(Arbejdstimer(person: person(n), maaned: YearMonth(year: year, month: month), timer: value))
  }

  func compute(_ period: String = "2024H1") -> KommuneIndicators {
    KommuneIndicators(extract, benchmark: benchmark, period: Period(period)!, rules: Self.rules)
  }
}
