import Foundation
import Testing
@testable import TilsynKit

/// The inputs the fuzz targets (`Sources/TilsynFuzz`, `make fuzz`) found crashing, each kept as a
/// regression test with the fix it led to (issue 14).
@Suite struct FuzzRegressionTests {
  /// The committed rule set with the value of `key` (a rule without a regime) replaced.
  static func ruleSet(_ key: String, _ value: String) -> [UInt8] {
    let committed = String(decoding: try! FileBytes.read(Fixtures.ruleSetPath), as: UTF8.self)
    let lines = committed.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.hasPrefix(key + ";") else { return String(line) }
      var fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      fields[1] = value
      return fields.joined(separator: ";")
    }
    return Array(lines.joined(separator: "\n").utf8)
  }

  /// A month count of 999999999999 was accepted and then trapped the run computing D6 (an Int32
  /// overflow in `Day.adding(months:)`), and 10000 months made a run take many minutes; whole-number
  /// rules are now refused above 120 for months and 10000 otherwise, with the line named.
  @Test(arguments: [
    ("tidlig.maaneder_til_d6", 120), ("skaerpet.vindue_maaneder", 120), ("skaerpet.max_afbrydelse_dage", 10_000),
  ])
  func hugeWholeNumbersInTheRuleSetAreRefused(key: String, largest: Int) throws {
    #expect(throws: ConfigurationError.self) { try RuleSet.parse(bytes: Self.ruleSet(key, "999999999999"), path: "regler.csv") }
    do {
      _ = try RuleSet.parse(bytes: Self.ruleSet(key, String(largest + 1)), path: "regler.csv")
      Issue.record("\(largest + 1) accepted for \(key)")
    } catch {
      #expect(error.description.contains("skal have et helt tal på højst \(largest), ikke '\(largest + 1)'"))
    }
  }

  /// The `rules` target's find (`crash-fd229cf8…`, after 64,105 runs): the what-if rule set with
  /// `skaerpet.anciennitet_maaneder;00` was accepted and the run trapped on an empty lookback range
  /// (`SkaerpetRules.lookback`). Its later find (`crash-rules-1f39`, after 59,484 runs):
  /// `fremdrift.vindue_maaneder;00` trapped on an empty window in `KommuneFremdrift`. Every seniority
  /// and window in months is now a whole number of at least 1.
  @Test(arguments: [
    "skaerpet.anciennitet_maaneder", "skaerpet.vindue_maaneder", "fremdrift.anciennitet_maaneder",
    "fremdrift.vindue_maaneder", "fsm2.maaneder",
  ])
  func zeroMonthsAreRefused(key: String) {
    do {
      _ = try RuleSet.parse(bytes: Self.ruleSet(key, "00"), path: "regler.csv")
      Issue.record("0 accepted for \(key)")
    } catch {
      #expect(error.description.contains("skal have et helt tal på mindst 1, ikke '00'"))
    }
  }

  /// The largest and the smallest values accepted carry every measure through Læsø's sample extract
  /// without a trap (what the `rules` fuzz target does with every rule set the loader accepts).
  @Test(arguments: ["largest", "smallest"])
  func theExtremeWholeNumbersStillRun(end: String) throws {
    let period = Period("2024H1")!
    let register = try Fixtures.register()
    let extract = try ExtractLoader(
      extractsRoot: Fixtures.packageRoot + "/data/extracts", period: period, register: register
    ).load(kommune: register.kommune(code: 825)!).extract
    let benchmark = BenchmarkRow(kommune: 825, befolkning16til66: 1_100, forventetAndel: FixedDecimal(integer: 5))
    let largest = [
      ("tidlig.maaneder_til_d6", "120"), ("skaerpet.vindue_maaneder", "120"), ("fremdrift.vindue_maaneder", "120"),
      ("fsm2.maaneder", "120"), ("skaerpet.max_afbrydelse_dage", "10000"), ("indikator.rf_afgang_dage", "10000"),
    ]
    let smallest = [
      "tidlig.maaneder_til_d6", "tidlig.kriterium_maaneder", "skaerpet.vindue_maaneder",
      "skaerpet.anciennitet_maaneder", "fremdrift.vindue_maaneder", "fremdrift.anciennitet_maaneder",
      "fremdrift.minimum", "fsm2.maaneder", "fsm2.brev_minimum", "diskretion.minimum",
    ].map { ($0, "1") } + [("skaerpet.max_afbrydelse_dage", "0"), ("indikator.rf_afgang_dage", "0")]
    for (key, value) in end == "largest" ? largest : smallest {
      let rules = try RuleSet.parse(bytes: Self.ruleSet(key, value), path: "regler.csv")
      let results = KommuneResults(extract, benchmark: benchmark, period: period, rules: MeasureRules(rules, period: period))
      #expect(results.earlyEffort.kommune.code == 825, "\(key)")
    }
  }

  /// The `table` target's first find (`crash-406b4ec8…`): a `forloeb.csv` whose quotes swallow many
  /// lines into one field of over 700 characters. Its bad value went whole into `vaerdi` of
  /// `afviste_raekker.csv` (a 2 GB field would have been copied whole); the value is now cut at 500
  /// bytes like the raw line, with its length noted.
  @Test func aLongBadValueIsCutLikeTheRawLine() throws {
    let input = [UInt8](Data(base64Encoded: Self.longValueInput, options: .ignoreUnknownCharacters)!)
    #expect(input.count == 1551 && input[0] == 0)  // first byte 0: forloeb (the target's table choice)
    var persons = PersonRegistry()
    let loader = TableLoader(path: "2024H1/101/forloeb.csv", kommune: 101, period: Period("2024H1")!, knownKommuner: [101])
    let result = loader.load(Forloeb.self, bytes: Array(input.dropFirst()), persons: &persons)
    let long = try #require(result.rejectedRows.first { $0.value.contains("værdien er") })
    #expect(long.value.contains(" … (værdien er ") && long.value.hasSuffix(" bytes; vist er de første 500)"))
    for row in result.rejectedRows {
      #expect(row.value.unicodeScalars.count <= RejectedRow.rawLineLimit + 60)
      #expect(CPRMasking.masked(row.value) == row.value && CPRMasking.masked(row.rawLine) == row.rawLine)
    }
  }

  /// The `table` target's find (`crash-46a7725f…`, after 102,381 runs): a header naming a column
  /// twice, the name holding a CPR number (there after a quoted line break), rejects the file with
  /// "kolonnen '…' står mere end én gang i overskriften" — and the message carried the CPR number
  /// unmasked into `datakvalitet.csv`. `FileQuality` now masks its message and warnings as they are set.
  @Test(arguments: ["0312859766", "031285-9766", "\"x\r\n0312859766\""])
  func aDuplicatedColumnNamedLikeACPRNumberIsMasked(name: String) {
    let file = "person_id;tilbudstype;bevilget;start;slut;\(name);\(name)\r\np1;praktik;;2024-01-01;2024-02-01;;\r\n"
    var persons = PersonRegistry()
    let loader = TableLoader(path: "2024H1/101/tilbud.csv", kommune: 101, period: Period("2024H1")!, knownKommuner: [101])
    let result = loader.load(Tilbud.self, bytes: Array(file.utf8), persons: &persons)
    #expect(result.quality.status == .afvist)
    let message = result.quality.message ?? ""
    #expect(message.hasPrefix("kolonnen '") && message.hasSuffix("' står mere end én gang i overskriften"), "\(message)")
    #expect(message.contains(CPRMasking.mask))
    #expect(!message.contains("0312859766") && !message.contains("9766"))
  }

  static let longValueInput = """
    ACJQZXJzb25faWQiOyJNYWFsZ3J1cHBlIjsiU3RhcnQiOyJTbHV0IjsiQmVt5nJrbmluZyINCiI5UDAwMDAiOyJEUCI7IjIw
    MjEtMTAtMjYiOyIyMDIyLTEwLTEzIjsiIg0KIjlQAHBlcnNvbl9pZDttYWFsZ3J1cHBlO3N0YXJ0O3NsdXQKN0UwMDAwO0tI
    QTsyMDIxLTExLTE5OzIwMjQtMDEtMjEKN0kwMDAwO0xZOzIwMjEtMDgtMTg7MjAyMy0wNi0yMQo4SDAwMDE7TFk7MjAyMi0w
    Mi0xNTsyMDIyLTA1LTEyCkExMDAwMTtVSEE7MjAyMC0wMi0xNjsyMDIyLTA5LTE1CkExMDAwMTtLSEE7MjAyMi0wOS0xNjsy
    MDIzLTAzLTIwCkE4MDAwMTtLSEo7MjAyMS0xMC0yMTsyMDIyLTAzLTAxCkFEMDAwMDtEUDsyMDIyLTExLTI0OzIwMjItMTIt
    MTgKQUQwMDAwO0RQOzIwMjQtMDAtMTA7MjAyMi0xMi0xOApBRDAwMDA7RFA7MjAyMy0xMC0xNjsyMDIzLTEyLTI1CkFEMDAw
    MDs7MjAyMy0xMC0xNjsyMDIzLTEyLTI1CkFEMDAwMDtTRFA7MjAyMy0xMi0yNjsyMDI0LTAzLTI5CkFLMDAwMDtEUDsyMDIx
    LTA5LTAzOzIwMjItMDItMTcKQU8wMDAwO1VIVTsyMDIyLTAxLTA5OzIwMjMtMDEtMjQKQVcwMDAwO0RQOzIwMjItMDktMjM7
    MjAyMy0wNS0yMApCMjAwMDA7RFA7MjAyMy0wMy0yNzsyMDIzLTA0LTExCkIyMDAwMDtTRFA7MjAyMy0wNS0wNzsyMDIzLTA2
    LTE2CkI1MDAwMDtTRFA7MjAyMy0wNi0yOTsyMDI0LTA1LTA5CkI3MDAwMDtEUDsyMDIzLTA4LTIwOwpCOTAwMDA7RFA7MjAy
    My0xMC0wNzsyMDI0LTAxLTE2CjIxMTI2NS0zOTg5O0RQOzIwMjMtMTAtMDc7MjAyNC0wMS0xNgpCOTAwMDA7S0hKOzIwMjQt
    MDEtMTc7MjAyNC0wNi0xMAowIjsiRFAiOyIyMDIzLTA1LTA4IjsiMjAyMy0wOS0xMiI7IiINCiJCNjAwMDAiOyJEUCI7IjIw
    MjMtMDctMDgiOyIyMDIzLTA5LTI2IjsiIg0KIkI3MDAwMCI7IlVIVSI7IjIwMjMtMDgtMjAiOyIyMDIzLTEwLTI2IjsiVGlk
    bGlnZXJlIGFuc2F0IHNvbSBr+GtrZW5tZWRoauZscGVyIGkgNb0g5XIiDQoiQjAwIjsiRFAiOyIyMDIzLf//////////////
    ////////////////////////////////////////////////////////////////////////////////////////////////
    ////MDctMDgiOyIyMDIzLTA5LTI2IjsiIg0KIkI3MDAwMCI7IlVIVSI7IjIwMjMtMDgtMjAiOyIyMDIzLTEwLTI2IjsiVGlk
    bGlnZXJlIGFuc2F0IHNvbSBr+GtrZW5tZWRoauZscGVyIGkgNb0g5XIiDQoiQjcwMDAwIjsiVUhVIjsiMjAyNDAyMTUiOyIy
    MDIzLTEwLTI2IjsiVGlkbGlnZXJlIGFuc2F0IHNvbSBr+GtrZW5tZWRoauZscGVyIGkgNb0g5XIiDQoiQjcwMDAwIjsiVUhB
    IjsiMjAyMy0xMC0yNyI7IiI7IiINCiJCRjAwMDAiOyJEUCI7IjIwMjcwMDAwIjsiVUhVIjsiMjAyNDAyMTUiOyIyMDIzLTEw
    LTI2IjsiVGlkbGdhIGVpZXJuc2F0IHNvbSBr+GtrZW5tZWRoaubbcGVyIGkgNb0g5XIiDQoiQjcwMDAwIjsiVUhBIjsiMjAy
    My0xMC0yNyI7IiI7IiINCiJCRjAwMDAiOyJEUCI7IjIwMjQtMDQtMDEiOyIiOyIiDQoiQkcwMDAwIjsiU0RQIjsiMjAyNC0w
    NS0yNCI7IiI7IlP4Z3QgMTIgam9iIGkgc2lkc3RlIG3lbmVkIg0K
    """
}
