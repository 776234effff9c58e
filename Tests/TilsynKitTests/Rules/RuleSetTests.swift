import Testing
@testable import TilsynKit

@Suite struct RuleSetTests {
  static let header = "noegle;vaerdi;gyldig_fra;gyldig_til;kilde;beskrivelse\n"

  /// The committed rule set has every key of SPEC 4 with the values of SPEC 4.
  @Test func committedRuleSetHoldsTheSpecValues() throws {
    let rules = try RuleSet.load(path: Fixtures.ruleSetPath)
    #expect(rules.version == "2024.2")
    let day = Day(2024, 6, 30)
    #expect(rules.integer(.tidligSamtalerKrav, on: day) == 4)
    #expect(rules.integer(.tidligSamtalerKravDagpenge, on: Day(2023, 12, 31)) == 4)
    #expect(rules.integer(.tidligSamtalerKravDagpenge, on: Day(2024, 1, 1)) == 3)
    #expect(rules.codes(.tidligTilbudTyper, on: Day(2023, 3, 21), as: Tilbudstype.self).contains(.vejledning))
    #expect(!rules.codes(.tidligTilbudTyper, on: Day(2023, 3, 22), as: Tilbudstype.self).contains(.vejledning))
    #expect(!rules.codes(.tidligTilbudTyper, on: Day(2023, 3, 22), as: Tilbudstype.self).contains(.andet))
    #expect(rules.codes(.tidligMaalgrupperTilbud, on: day, as: Maalgruppe.self) == [
      .dagpenge, .kontanthjaelpJobparat, .kontanthjaelpAktivitetsparat, .uddannelseshjaelpUddannelsesparat,
      .uddannelseshjaelpAktivitetsparat, .overgangsydelse,
    ])
    #expect(rules.codes(.tidligMaalgrupperSamtale, on: day, as: Maalgruppe.self).count == 10)
    #expect(!rules.codes(.tidligMaalgrupperSamtale, on: day, as: Maalgruppe.self).contains(.sygedagpenge))
    #expect(rules.integer(.tidligTilbudMinimumDage, on: day) == 14)
    #expect(rules.integer(.tidligLoentilskudFristDage, on: day) == 21)
    #expect(rules.integer(.tidligKohorteMinimum, on: day) == 10)
    #expect(rules.decimal(.tidligKriteriumProcent, on: day) == FixedDecimal(integer: 80))
    #expect(rules.integer(.skaerpetAfbrydelseDage, on: day) == 28)
    #expect(rules.decimal(.skaerpetTimerMinimum, on: day) == FixedDecimal(integer: 100))
    #expect(rules.decimal(.skaerpetFokusmaalProcent, on: day) == FixedDecimal(integer: 30))
    #expect(rules.date(.skaerpetOphaevetFra, on: day) == Day(2026, 1, 1))
    #expect(rules.integer(.fsm2Maaneder, on: day) == 9)
    #expect(rules.integer(.fsm2BrevMinimum, on: day) == 20)
    #expect(rules.decimal(.indikatorFleksjobMaksTimer, on: day) == FixedDecimal(units: 43_300_000))
    #expect(rules.decimal(.indikatorProgressionTimer, on: day) == FixedDecimal(units: 4_330_000))
    #expect(rules.integer(.diskretionMinimum, on: day) == 5)
  }

  /// Replaces the first row starting with `key` in the committed file with `replacement` (or deletes it).
  func committedText(replacing key: String, with replacement: String?) throws -> String {
    let text = String(decoding: try FileBytes.read(Fixtures.ruleSetPath), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = try #require(lines.firstIndex { $0.hasPrefix(key) })
    if let replacement { lines[index] = replacement } else { lines.remove(at: index) }
    return lines.joined(separator: "\n")
  }

  func parseError(_ text: String) -> ConfigurationError? {
    do {
      _ = try RuleSet.parse(bytes: Array(text.utf8), path: "regler.csv")
      return nil
    } catch {
      return error
    }
  }

  @Test func brokenFilesNameTheLine() throws {
    // Line 4 in the committed file is tidlig.samtale.krav.
    #expect(
      parseError(try committedText(replacing: "tidlig.samtale.krav;", with: "tidlig.samtale.krav;fire;;;LAB § 31;x"))
        == .badDataFile(path: "regler.csv", line: 4, message: "reglen tidlig.samtale.krav skal have et heltal, ikke 'fire'"))
    #expect(
      parseError(try committedText(replacing: "tidlig.samtale.krav;", with: "tidlig.samtale.kraf;4;;;LAB § 31;x"))
        == .badDataFile(path: "regler.csv", line: 4, message: "ukendt regel 'tidlig.samtale.kraf'"))
    #expect(
      parseError(try committedText(replacing: "tidlig.samtale.krav;", with: "tidlig.samtale.krav;4;2024-02-30;;LAB § 31;x"))
        == .badDataFile(path: "regler.csv", line: 4, message: "gyldig_fra '2024-02-30' er ikke en dato (ÅÅÅÅ-MM-DD)"))
    #expect(
      parseError(try committedText(replacing: "tidlig.samtale.krav;", with: "tidlig.samtale.krav;4;;;;x"))
        == .badDataFile(path: "regler.csv", line: 4, message: "reglen tidlig.samtale.krav mangler en kilde"))
    #expect(
      parseError(try committedText(replacing: "tidlig.samtale.krav;", with: nil))
        == .badDataFile(path: "regler.csv", line: 0, message: "reglen 'tidlig.samtale.krav' mangler"))
    #expect(
      parseError(try committedText(replacing: "tidlig.tilbud.maalgrupper;", with: "tidlig.tilbud.maalgrupper;DP,XX;;;LAB;x"))
        == .badDataFile(
          path: "regler.csv", line: 8,
          message: "ukendt kode 'XX' i reglen tidlig.tilbud.maalgrupper (kendte: DP, KHJ, KHA, UHU, UHA, SDP, JAF, RF, LY, REV, OVG)"))
    #expect(
      parseError(try committedText(replacing: "tidlig.samtale.krav;", with: "tidlig.samtale.krav;4;;;LAB § 31"))
        == .badDataFile(path: "regler.csv", line: 4, message: "5 felter, forventede 6 som overskriften"))
  }

  /// The dated rows of one key must cover every day exactly once.
  @Test func validityPeriodsMustFollowEachOther() throws {
    let gap = try committedText(
      replacing: "tidlig.samtale.krav_dagpenge;3", with: "tidlig.samtale.krav_dagpenge;3;2024-01-02;;LAB;x")
    #expect(
      parseError(gap)
        == .badDataFile(
          path: "regler.csv", line: 6,
          message: "reglen tidlig.samtale.krav_dagpenge: gyldighedsperioderne skal følge direkte efter hinanden (huller eller overlap)"))
    let overlap = try committedText(
      replacing: "tidlig.samtale.krav_dagpenge;3", with: "tidlig.samtale.krav_dagpenge;3;2023-12-31;;LAB;x")
    #expect(parseError(overlap) != nil)
    let noStart = try committedText(
      replacing: "tidlig.samtale.krav;", with: "tidlig.samtale.krav;4;2020-01-01;;LAB § 31;x")
    #expect(
      parseError(noStart)
        == .badDataFile(
          path: "regler.csv", line: 4,
          message: "reglen tidlig.samtale.krav har ingen værdi før 2020-01-01: den første række skal have tom gyldig_fra"))
    let noVersion = try committedText(replacing: "regelsaet.version;", with: nil)
    #expect(parseError(noVersion) == .badDataFile(path: "regler.csv", line: 0, message: "rækken 'regelsaet.version' mangler"))
  }
}
