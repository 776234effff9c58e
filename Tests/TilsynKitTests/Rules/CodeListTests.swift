import Testing
@testable import TilsynKit

/// The codes the reader accepts come from the rule set (issue 13): a code left out is rejected as
/// `ugyldig_vaerdi`, and a new target group — as the new main law will bring — is a change of the
/// rule set only: the reader accepts it and a regime can measure it.
@Suite struct CodeListTests {
  static let committed = String(decoding: try! FileBytes.read(Fixtures.ruleSetPath), as: UTF8.self)

  @Test func targetGroupCodesRoundTrip() {
    for code in ["DP", "KHJ", "G1", "ABCDEFGH", "a_1"] { #expect(Maalgruppe(rawValue: code)?.rawValue == code) }
    for bad in ["", "ABCDEFGHI", "D P", "Æ", "D-P"] { #expect(Maalgruppe(rawValue: bad) == nil) }
    #expect(Maalgruppe(rawValue: "DP") == .dagpenge)
    #expect(Maalgruppe(rawValue: "dp") != .dagpenge)
    #expect(Maalgruppe.allCases.count == 11)
  }

  /// The committed rule set's lists are those of SPEC 3.
  @Test func committedListsAreTheSpecCodes() throws {
    let rules = try RuleSet.load(path: Fixtures.ruleSetPath)
    #expect(CodeLists(rules: rules, on: Day(2024, 6, 30)) == .standard)
  }

  /// With OVG left out of `koder.maalgrupper` (and of the regimes), an OVG spell is rejected; with a
  /// new group G1 added, a G1 spell is read, and a regime that names G1 measures it.
  @Test func theRuleSetDecidesWhichTargetGroupsAreRead() throws {
    let text = Self.committed
      .replacingOccurrences(of: "koder.maalgrupper;DP,KHJ,KHA,UHU,UHA,SDP,JAF,RF,LY,REV,OVG;", with: "koder.maalgrupper;DP,KHJ,KHA,UHU,UHA,SDP,JAF,RF,LY,REV,G1;")
      .replacingOccurrences(of: "tidlig.samtale.maalgrupper;DP,KHJ,KHA,UHU,UHA,JAF,RF,LY,REV,OVG;", with: "tidlig.samtale.maalgrupper;DP,KHJ,KHA,UHU,UHA,JAF,RF,LY,REV;")
      .replacingOccurrences(of: "tidlig.tilbud.maalgrupper;DP,KHJ,KHA,UHU,UHA,OVG;", with: "tidlig.tilbud.maalgrupper;DP,KHJ,KHA,UHU,UHA;")
      .replacingOccurrences(of: "tidlig.samtale.maalgrupper;DP,KHJ,LY;", with: "tidlig.samtale.maalgrupper;DP,KHJ,LY,G1;")
    let rules = try RuleSet.parse(bytes: Array(text.utf8), path: "regler.csv")
    let period = Period("2027H1")!
    let codes = CodeLists(rules: rules, on: period.lastDay)
    #expect(codes.maalgrupper.map(\.rawValue).last == "G1")
    var persons = PersonRegistry()
    let loader = TableLoader(
      path: "2027H1/101/forloeb.csv", kommune: 101, period: period, knownKommuner: [101], codes: codes)
    let file = "person_id;maalgruppe;start;slut\np1;G1;2026-07-10;\np2;ovg;2026-07-10;\np3;g1;2026-07-11;\n"
    let result = loader.load(Forloeb.self, bytes: Array(file.utf8), persons: &persons)
    #expect(result.records?.map(\.maalgruppe.rawValue) == ["G1", "G1"])
    #expect(result.rejectedRows.map(\.reason) == [.ugyldigVaerdi])
    #expect(result.rejectedRows.first?.expected.hasSuffix("LY, REV, G1") == true)
    // Four jobcenter talks in [start, D6] meet the reform's default requirement for G1.
    var fixture = EarlyEffortFixture()
    for n in [1, 3] { fixture.spell(n, Maalgruppe(rawValue: "G1")!, Day(2026, 7, 9 + n / 2)) }
    for n in [1, 3] {
      for month in 1...4 { fixture.samtale(n, Day(2026, 7 + month, 15)) }
    }
    let january = fixture.compute("2027H1", rules: rules).month(.samtale, "2027-01")
    #expect(january?.cohort == 2)
    #expect(january?.met == 2)
  }

  @Test func aRegimeMayNameOnlyListedTargetGroups() {
    let text = Self.committed.replacingOccurrences(
      of: "tidlig.samtale.maalgrupper;DP,KHJ,LY;", with: "tidlig.samtale.maalgrupper;DP,KHJ,LY,G1;")
    let line = Self.committed.split(separator: "\n").firstIndex { $0.hasPrefix("tidlig.samtale.maalgrupper;DP,KHJ,LY;") }! + 1
    #expect(throws: ConfigurationError.badDataFile(
      path: "regler.csv", line: line,
      message: "målgruppen 'G1' i reglen tidlig.samtale.maalgrupper står ikke i koder.maalgrupper")) {
      try RuleSet.parse(bytes: Array(text.utf8), path: "regler.csv")
    }
    let benefits = Self.committed.replacingOccurrences(of: "koder.ydelser;DP,KH,", with: "koder.ydelser;DP,XY,KH,")
    #expect(throws: ConfigurationError.self) { try RuleSet.parse(bytes: Array(benefits.utf8), path: "regler.csv") }
  }
}
