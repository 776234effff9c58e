import Testing
@testable import TilsynKit

/// The loader refuses a broken rule set with the file and line named in Danish (issue 13): each
/// rejection below starts from the committed file and breaks one thing.
@Suite struct RuleSetLoaderTests {
  static let committed = String(decoding: try! FileBytes.read(Fixtures.ruleSetPath), as: UTF8.self)
  static var lines: [String] { committed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

  /// The 1-based line of the first row starting with `prefix`.
  static func line(_ prefix: String) -> Int { lines.firstIndex { $0.hasPrefix(prefix) }! + 1 }

  /// The committed text with the first row starting with `prefix` replaced (or deleted).
  static func replacing(_ prefix: String, with replacement: String?) -> String {
    var lines = Self.lines
    let index = lines.firstIndex { $0.hasPrefix(prefix) }!
    if let replacement { lines[index] = replacement } else { lines.remove(at: index) }
    return lines.joined(separator: "\n")
  }

  static func adding(_ row: String) -> String { committed + row + "\n" }

  static func error(_ text: String) -> ConfigurationError? {
    do {
      _ = try RuleSet.parse(bytes: Array(text.utf8), path: "regler.csv")
      return nil
    } catch {
      return error
    }
  }

  static func expectError(_ text: String, line: Int, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(error(text) == .badDataFile(path: "regler.csv", line: line, message: message), sourceLocation: sourceLocation)
  }

  @Test func theCommittedFileLoads() { #expect(Self.error(Self.committed) == nil) }

  @Test func unknownKeys() {
    Self.expectError(
      Self.adding("skaerpet.vindue;12;;;LOB;x;;nej"), line: Self.lines.count, "ukendt regel 'skaerpet.vindue'")
    let text = Self.adding("tidlig.samtale.antl;4;;;LAB;x;lab;nej")
    #expect(Self.error(text)?.description.hasPrefix("regler.csv, linje \(Self.lines.count): ukendt regel 'tidlig.samtale.antl' (en måls værdi skrives") == true)
    Self.expectError(
      Self.adding("tidlig.samtale.antal.XX;4;;;LAB;x;lab;nej"), line: Self.lines.count,
      "målgruppen 'XX' i reglen tidlig.samtale.antal.XX står ikke i koder.maalgrupper")
    Self.expectError(
      Self.adding("tidlig.samtale.antal.X-1;4;;;LAB;x;lab;nej"), line: Self.lines.count,
      "ukendt regel 'tidlig.samtale.antal.X-1'" + RuleSet.regimeKeyHint)
  }

  @Test func unknownRegimeAndMisplacedRegimeColumn() {
    Self.expectError(
      Self.adding("tidlig.samtale.antal;4;;;LAB;x;lab2023;nej"), line: Self.lines.count,
      "ukendt regime 'lab2023' (kendte: lab, reform2026)")
    let line = Self.line("skaerpet.vindue_maaneder;")
    Self.expectError(
      Self.replacing("skaerpet.vindue_maaneder;", with: "skaerpet.vindue_maaneder;12;;;LOB;x;lab;nej"), line: line,
      "reglen skaerpet.vindue_maaneder gælder for alle regimer: kolonnen regime skal være tom")
    let antal = Self.line("tidlig.samtale.antal;4;;;LAB § 31;")
    Self.expectError(
      Self.replacing("tidlig.samtale.antal;4;;;LAB § 31;", with: "tidlig.samtale.antal;4;;;LAB § 31;x;;nej"), line: antal,
      "reglen tidlig.samtale.antal hører til et regime: angiv regimet i kolonnen regime")
  }

  /// The regimes must follow each other: an overlap and a gap are both refused.
  @Test func regimesWithoutGapOrOverlap() {
    let reform = Self.line("regime;Reformen")
    let overlap = Self.replacing(
      "regime;Reformen", with: "regime;Reformen 2025, fase 1;2026-06-01;;Lov nr. 1750;x;reform2026;nej")
    Self.expectError(
      overlap, line: reform, "reglen regime: gyldighedsperioderne skal følge direkte efter hinanden (huller eller overlap)")
    let gap = Self.replacing(
      "regime;Reformen", with: "regime;Reformen 2025, fase 1;2026-08-01;;Lov nr. 1750;x;reform2026;nej")
    Self.expectError(
      gap, line: reform, "reglen regime: gyldighedsperioderne skal følge direkte efter hinanden (huller eller overlap)")
  }

  @Test func badValues() {
    let line = Self.line("tidlig.samtale.kriterium_procent;80")
    Self.expectError(
      Self.replacing("tidlig.samtale.kriterium_procent;80", with: "tidlig.samtale.kriterium_procent;120;;;STAR;x;lab;nej"),
      line: line, "reglen tidlig.samtale.kriterium_procent skal have en procent over 0 og højst 100, ikke '120'")
    let antal = Self.line("tidlig.samtale.antal;4;;;LAB § 31;")
    Self.expectError(
      Self.replacing("tidlig.samtale.antal;4;;;LAB § 31;", with: "tidlig.samtale.antal;fire;;;LAB § 31;x;lab;nej"),
      line: antal, "reglen tidlig.samtale.antal skal have et helt tal på mindst 1, ikke 'fire'")
    Self.expectError(
      Self.replacing("tidlig.samtale.antal;4;;;LAB § 31;", with: "tidlig.samtale.antal;4;;;LAB § 31;x;lab;måske"),
      line: antal, "modelantagelse skal være ja eller nej, ikke 'måske'")
    Self.expectError(
      Self.replacing("tidlig.samtale.antal;4;;;LAB § 31;", with: "tidlig.samtale.antal;4;;;;x;lab;nej"),
      line: antal, "reglen tidlig.samtale.antal mangler en kilde")
    let groups = Self.line("tidlig.tilbud.maalgrupper;DP,KHJ,KHA")
    Self.expectError(
      Self.replacing("tidlig.tilbud.maalgrupper;DP,KHJ,KHA", with: "tidlig.tilbud.maalgrupper;DP,XX;;;LAB;x;lab;nej"),
      line: groups, "målgruppen 'XX' i reglen tidlig.tilbud.maalgrupper står ikke i koder.maalgrupper")
    let offers = Self.line("tidlig.tilbudstyper;")
    Self.expectError(
      Self.replacing("tidlig.tilbudstyper;", with: "tidlig.tilbudstyper;praktik,kursus;;2023-03-21;LAB;x;;nej"),
      line: offers,
      "ukendt kode 'kursus' i reglen tidlig.tilbudstyper (kendte: praktik, loentilskud_privat, loentilskud_offentlig, nytte, uddannelse, vejledning, andet)")
    Self.expectError(
      Self.replacing("tidlig.samtale.navn;jobsamtaler", with: "tidlig.samtale.navn;jobsamtaler;;;LAB;x;lab"),
      line: Self.line("tidlig.samtale.navn;jobsamtaler"), "7 felter, forventede 8 som overskriften")
  }

  @Test func aMeasureWithoutACriterion() {
    let text = Self.replacing("tidlig.akasse.kriterium_procent", with: nil)
    Self.expectError(
      text, line: Self.line("regime;Reformen"),
      "målet akasse i regimet reform2026 mangler et kriterium (tidlig.akasse.kriterium_procent)")
  }

  @Test func measureStructure() {
    Self.expectError(
      Self.adding("tidlig.ukendt.antal;4;;;LAB;x;lab;nej"), line: Self.lines.count,
      "reglen tidlig.ukendt.antal nævner målet ukendt, som ikke står i tidlig.maal for regimet lab")
    Self.expectError(
      Self.adding("tidlig.tilbud.antal;4;;;LAB;x;lab;nej"), line: Self.lines.count,
      "reglen tidlig.tilbud.antal gælder ikke for et mål med regel tilbud")
    // A measure keeps its rule and role across regimes: the old regime's tilbud made informative.
    let lab = Self.line("tidlig.tilbud.regel")
    let reform = Self.lines.indices.filter { Self.lines[$0].hasPrefix("tidlig.tilbud.regel") }[1] + 1
    Self.expectError(
      Self.replacing("tidlig.tilbud.rolle", with: "tidlig.tilbud.rolle;information;;;STAR;x;lab;nej"), line: reform,
      "målet tilbud skal have samme regel og rolle i alle regimer (som i linje \(lab))")
  }

  @Test func valuesInsideTheirRegime() {
    let line = Self.line("tidlig.samtale.antal.DP;3")
    Self.expectError(
      Self.replacing("tidlig.samtale.antal.DP;3", with: "tidlig.samtale.antal.DP;3;2024-01-01;2026-12-31;LAB;x;lab;nej"),
      line: line, "reglen tidlig.samtale.antal.DP gælder uden for regimet labs gyldighed")
    Self.expectError(
      Self.replacing("tidlig.samtale.antal.DP;3", with: "tidlig.samtale.antal.DP;3;2024-01-02;;LAB;x;lab;nej"),
      line: line,
      "reglen tidlig.samtale.antal.DP i regimet lab: gyldighedsperioderne skal følge direkte efter hinanden (huller eller overlap)")
    let window = Self.line("tidlig.akasse.til_maaned")
    Self.expectError(
      Self.replacing("tidlig.akasse.til_maaned", with: "tidlig.akasse.til_maaned;0;;;STAR;x;reform2026;nej"),
      line: window, "tidsvinduet for akasse lukker (0 mdr.) før det åbner (0 mdr.)")
  }

  @Test func missingGlobalRuleAndVersion() {
    Self.expectError(
      Self.replacing("fsm2.brev_minimum;", with: nil), line: 0, "reglen 'fsm2.brev_minimum' mangler")
    Self.expectError(Self.replacing("regelsaet.version;", with: nil), line: 0, "rækken 'regelsaet.version' mangler")
  }
}
