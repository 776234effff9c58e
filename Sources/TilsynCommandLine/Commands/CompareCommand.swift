import Foundation
import TilsynKit

/// `tilsyn sammenlign`: the same extract under two rule sets (SPEC 1, what-if), written as
/// `sammenligning.md` and `sammenligning.csv` into `--out`.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "sammenlign",
    abstract: "Beregner den tidlige indsats for samme udtræk efter to regelsæt og skriver forskellene.",
    usage: "sammenlign --period ÅÅÅÅHn --regler A.csv --mod B.csv [--extracts MAPPE] --out MAPPE [--data MAPPE] [--quiet]",
    options: [
      ("--period ÅÅÅÅHn", "perioden, fx 2024H1"),
      ("--regler FIL", "regelsæt A (fx data/regler/regelsaet.csv)"),
      ("--mod FIL", "regelsæt B, der sammenlignes med A"),
      ("--extracts MAPPE", "udtræksmappen (standard: data/extracts)"),
      ("--out MAPPE", "hvor sammenligning.md og sammenligning.csv skrives"),
      DataFolder.option,
      ("--quiet", "ingen fremdriftsvisning"),
    ],
    example: "tilsyn sammenlign --period 2024H1 --regler A.csv --mod B.csv --out /tmp/sammenligning")

  var period: Period
  var extracts: String
  var out: String
  var data: DataFolder
  var rulesB: String
  var quiet: Bool

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    period = try arguments.period()
    extracts = try arguments.option("--extracts") ?? "data/extracts"
    out = try arguments.requiredOption("--out")
    data = try DataFolder(parsing: &arguments)
    guard data.rulesPath != nil else { throw UsageError("sammenlign kræver --regler (se 'tilsyn sammenlign --help')") }
    rulesB = try arguments.requiredOption("--mod")
    quiet = arguments.flag("--quiet")
  }

  func run() throws -> ExitStatus {
    let input = ExtractInput(period: period, extracts: extracts, data: data)
    try input.checkOutput(out)
    let register = try data.register()
    let a = try data.ruleSet()
    let b = try RuleSet.load(path: rulesB)
    let codes = CodeLists(rules: a, on: period.lastDay).union(CodeLists(rules: b, on: period.lastDay))
    let rules = RuleComparison.Rules(period: period, a: a, b: b)
    let period = self.period
    let (_, kommuner) = try input.load(register: register, codes: codes, quiet: quiet) { kommune, _ in
      RuleComparison.measure(kommune, period: period, rules: rules)
    }
    let comparison = RuleComparison(period: period, a: a, b: b, rules: rules, kommuner: kommuner)
    try OutputFiles.write(
      [
        ("sammenligning.md", Array(ComparisonReport.markdown(comparison).utf8)),
        ("sammenligning.csv", ComparisonReport.csv(comparison).bytes),
      ], into: out)
    for id in comparison.measureIDs { Terminal.output(ComparisonReport.nationalLine(id, comparison)) }
    Terminal.output("Skrevet: \(out)/sammenligning.md og \(out)/sammenligning.csv")
    return .success
  }
}
