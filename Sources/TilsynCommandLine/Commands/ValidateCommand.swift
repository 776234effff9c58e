import Foundation
import TilsynKit

/// `tilsyn validate`: ingest a period's extracts and write only the data-quality files (SPEC 1).
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "validate",
    abstract: "Indlæser periodens udtræk og skriver kun datakvalitet.csv og afviste_raekker.csv.",
    usage: "validate --period ÅÅÅÅHn [--extracts MAPPE] --out MAPPE [--data MAPPE] [--regler FIL] [--quiet]",
    options: [
      ("--period ÅÅÅÅHn", "perioden, fx 2024H1"),
      ("--extracts MAPPE", "udtræksmappen (standard: data/extracts)"),
      ("--out MAPPE", "hvor de to filer skrives (oprettes om nødvendigt)"),
      DataFolder.option,
      DataFolder.rulesOption,
      ("--quiet", "ingen fremdriftsvisning"),
    ],
    example: "tilsyn validate --period 2024H1 --extracts data/extracts --out /tmp/kvalitet")

  var period: Period
  var extracts: String
  var out: String
  var data: DataFolder
  var quiet: Bool

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    period = try arguments.period()
    extracts = try arguments.option("--extracts") ?? "data/extracts"
    out = try arguments.requiredOption("--out")
    data = try DataFolder(parsing: &arguments)
    quiet = arguments.flag("--quiet")
  }

  func run() throws -> ExitStatus {
    let input = ExtractInput(period: period, extracts: extracts, data: data)
    try input.checkOutput(out)
    let register = try data.register()
    let rules = try data.ruleSet()
    let (extract, _) = try input.load(
      register: register, codes: CodeLists(rules: rules, on: period.lastDay), quiet: quiet) { _, _ in () }
    try OutputFiles.write(
      [
        ("datakvalitet.csv", DataQualityTables.fileTable(extract, register: register).bytes),
        ("afviste_raekker.csv", DataQualityTables.rejectedRowTable(extract, register: register).bytes),
      ], into: out)
    Terminal.output("Periode \(period) fra \(input.periodFolder)")
    Terminal.output(DataQualitySummary(extract).text)
    Terminal.output("Skrevet: \(out)/datakvalitet.csv og \(out)/afviste_raekker.csv")
    return .success
  }
}
