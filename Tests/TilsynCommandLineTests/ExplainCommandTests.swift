import Foundation
import Testing

/// `tilsyn forklar` end to end on the committed sample (SPEC 1): Danish for the terminal, JSON for
/// tools, exit 2 with one line for what it cannot explain.
@Suite struct ExplainCommandTests {
  static let base = ["forklar", "--period", "2024H1", "--kommune", "101", "--reports", "/nonexistent-reports"]

  @Test func explainsOneMunicipality() throws {
    let outcome = try BinaryRunner.run(Self.base)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.hasPrefix("101 København — den tidlige indsats, 1. halvår 2024 (regelsæt "))
    #expect(outcome.stdout.contains("Jobsamtaler (samtale): "))
    #expect(outcome.stdout.contains("  Måned  "))
    // No earlier reports: a municipality on the list is there for the first time.
    #expect(!outcome.stdout.contains("i træk)"))
  }

  /// The JSON parses, and its month counts add up to the not-met reasons.
  @Test func jsonIsOneObjectWhoseReasonsAddUp() throws {
    let outcome = try BinaryRunner.run(Self.base + ["--json", "--maal", "tilbud"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    let measures = try #require(object["maal"] as? [[String: Any]])
    let tilbud = try #require(measures.first { $0["maal"] as? String == "tilbud" })
    let months = try #require(tilbud["maaneder"] as? [[String: Any]])
    let notMet = months.reduce(0) { $0 + ($1["kohorte"] as! Int) - ($1["opfyldt"] as! Int) }
    let reasons = try #require(tilbud["aarsager"] as? [[String: Any]])
    #expect(reasons.reduce(0) { $0 + ($1["antal"] as! Int) } == notMet)
    #expect((object["sager"] as? [Any])?.count == notMet)
  }

  @Test func whatItCannotExplainIsAUsageError() throws {
    let cases: [([String], String)] = [
      (["--maal", "tilbudd"], "tilsyn forklar: ukendt mål 'tilbudd' i --maal: regelsættets mål er samtale, tilbud, akasse\n"),
      (["--person", "ingen"], "tilsyn forklar: person_id 'ingen' findes ikke i Københavns udtræk for perioden\n"),
    ]
    for (extra, message) in cases {
      let outcome = try BinaryRunner.run(Self.base + extra)
      #expect(outcome.status == 2)
      #expect(outcome.stderr == message)
    }
    let unknown = try BinaryRunner.run(["forklar", "--period", "2024H1", "--kommune", "999"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("ukendt kommunekode 999"))
  }
}
