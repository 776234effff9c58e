import TilsynKit

/// `tilsyn forklar` (SPEC 1): one municipality's early effort explained down to the cases, from its
/// own extract only (the other municipalities are not read). The streak reads the earlier reports
/// under `--reports`.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "forklar",
    abstract: "Forklarer én kommunes resultat i den tidlige indsats ned til forløbene og personerne.",
    usage:
      "forklar --period ÅÅÅÅHn --kommune KODE [--maal MÅL] [--person ID] [--extracts MAPPE] [--reports MAPPE] [--data MAPPE] [--regler FIL] [--json]",
    options: [
      ("--period ÅÅÅÅHn", "perioden, fx 2024H1"),
      ("--kommune KODE", "kommunekoden, fx 101"),
      ("--maal MÅL", "vis de forløb, der ikke opfyldte målet (samtale, tilbud, akasse)"),
      ("--person ID", "vis personens rækker i alle seks tabeller og hvordan reglerne vurderede dem"),
      ("--extracts MAPPE", "udtræksmappen (standard: data/extracts)"),
      ("--reports MAPPE", "rapportmappen med tidligere opfølgninger, til 'i træk' (standard: reports)"),
      DataFolder.option,
      DataFolder.rulesOption,
      ("--json", "skriv forklaringen som JSON til andre værktøjer"),
    ],
    example: "tilsyn forklar --period 2024H1 --kommune 101 --maal tilbud")

  var period: Period
  var code: Int
  var measureID: String?
  var personID: String?
  var extracts: String
  var reports: String
  var data: DataFolder
  var json: Bool

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    period = try arguments.period()
    let text = try arguments.requiredOption("--kommune")
    guard let code = parseKommuneCode(Array(text.utf8)) else {
      throw UsageError("--kommune skal være en kommunekode med 3 cifre, fx 101 (fik '\(text)')")
    }
    self.code = code
    measureID = try arguments.option("--maal")
    personID = try arguments.option("--person")
    extracts = try arguments.option("--extracts") ?? "data/extracts"
    reports = try arguments.option("--reports") ?? "reports"
    data = try DataFolder(parsing: &arguments)
    json = arguments.flag("--json")
  }

  func run() throws -> ExitStatus {
    let register = try data.register()
    guard let kommune = register.kommune(code: code) else {
      throw UsageError("ukendt kommunekode \(code) i --kommune (se data/reference/kommuner.csv)")
    }
    let rules = try data.ruleSet()
    let loader = ExtractLoader(
      extractsRoot: extracts, period: period, register: register, codes: CodeLists(rules: rules, on: period.lastDay))
    let (extract, files) = try loader.load(kommune: kommune)
    let earlyEffort = EarlyEffortRules(rules: rules, period: period)
    let history = try HistoryLoader.load(reports: reports, before: period, measures: earlyEffort.measures)
    let explanation: Explanation
    do {
      explanation = try Explanation(
        extract: extract, period: period, rules: earlyEffort, history: history, measureID: measureID, personID: personID)
    } catch {
      throw UsageError(error.description)
    }
    if json {
      Terminal.output(String(ExplanationJSON.text(explanation).dropLast()))
    } else {
      Terminal.output(String(ExplanationText.text(explanation).dropLast()))
      let problems = files.filter { $0.status != .ok || $0.rowsRejected > 0 }
      if !problems.isEmpty {
        Terminal.output("\nDatakvalitet: \(problems.count) af kommunens filer har afviste rækker eller mangler (se 'tilsyn validate').")
      }
    }
    return .success
  }
}
