import Foundation
import TilsynKit

/// `tilsyn run`: the main job — ingest the period's extracts, compute every measure, write every
/// report into `<reports>/<period>/` (SPEC 1).
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "run",
    abstract: "Indlæser periodens udtræk, beregner alle mål og skriver alle rapporter i RAPPORTER/PERIODE/.",
    usage: "run --period ÅÅÅÅHn [--extracts MAPPE] [--reports MAPPE] [--strict] [--quiet] [--uden-sager] [--brevdato DATO] [--data MAPPE] [--regler FIL]",
    options: [
      ("--period ÅÅÅÅHn", "perioden, fx 2024H1"),
      ("--extracts MAPPE", "udtræksmappen (standard: data/extracts)"),
      ("--reports MAPPE", "rapportmappen (standard: reports); forrige periodes rapporter giver udviklingen"),
      ("--strict", "afslut med status 3, hvis nogen række eller fil er afvist (rapporterne skrives stadig)"),
      ("--quiet", "ingen fremdriftsvisning"),
      ("--uden-sager", "skriv ikke sagslisterne i sager/ (fx til tidsmåling; alt andet er det samme)"),
      ("--brevdato DD-MM-ÅÅÅÅ", "brevenes dato (standard: tre måneder efter periodens sidste dag)"),
      DataFolder.option,
      DataFolder.rulesOption,
    ],
    example: "tilsyn run --period 2024H1 --extracts data/extracts --reports reports",
    discussion:
      "Rapporterne skrives i en midlertidig mappe og flyttes på plads i ét skridt; en kørsel der fejler, "
      + "efterlader periodens tidligere rapporter urørte. To samtidige kørsler i samme rapportmappe afvises.")

  var period: Period
  var extracts: String
  var reports: String
  var strict: Bool
  var quiet: Bool
  var withoutCaseLists: Bool
  var data: DataFolder
  var letterDate: Day?

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    period = try arguments.period()
    extracts = try arguments.option("--extracts") ?? "data/extracts"
    reports = try arguments.option("--reports") ?? "reports"
    strict = arguments.flag("--strict")
    quiet = arguments.flag("--quiet")
    withoutCaseLists = arguments.flag("--uden-sager")
    data = try DataFolder(parsing: &arguments)
    if let text = try arguments.option("--brevdato") {
      guard let day = Array(text.utf8).withUnsafeBufferPointer(FieldParsing.date) else {
        throw UsageError("--brevdato skal være en dato som 30-09-2024, ikke '\(text)'")
      }
      letterDate = day
    }
  }

  func run() throws -> ExitStatus {
    let started = Date()
    try OutputFolderGuard.check(
      output: reports, option: "--reports",
      against: [.init(path: extracts, option: "--extracts"), .init(path: data.path, option: "--data")])
    let register = try data.register()
    let rules = try data.ruleSet()
    var pipeline = FollowUpRun(
      period: period, extractsRoot: extracts, reportsRoot: reports, register: register, rules: rules,
      references: try data.references(), templates: try data.templates(), letterDate: letterDate)
    pipeline.writesCaseLists = !withoutCaseLists
    let outcome = try pipeline.run(
      progress: ProgressDisplay.kommuner(total: register.kommuner.count, quiet: quiet),
      stage: ProgressDisplay.stages(quiet: quiet))
    ProgressDisplay.finish(quiet: quiet)
    let quality = outcome.quality
    let earlyEffort = outcome.earlyEffort
    var rows = "Rækker læst: \(DanishFormat.grouped(quality.rowsRead)), afvist: \(DanishFormat.grouped(quality.rowsRejected))"
    if !quality.filesRejected.isEmpty { rows += ", filer afvist som helhed: \(quality.filesRejected.count)" }
    if !quality.filesMissing.isEmpty { rows += ", filer der mangler: \(quality.filesMissing.count)" }
    let perMeasure = earlyEffort.applicableMeasures.map { measure in
      "\(measure.name) \(earlyEffort.underKriteriet(measure).count)" + (measure.flags ? "" : " (til orientering)")
    }
    Terminal.output(
      [
        "Periode \(period): rapporter skrevet i \(outcome.folder)/ (\(outcome.files.count) filer)", rows,
        "Under kriteriet: " + perMeasure.joined(separator: ", ")
          + "; opfylder ikke i alt: \(earlyEffort.opfylderIkke.count) kommuner",
      ].joined(separator: "\n"))
    Terminal.error(String(format: "Tid: %.2f s", Date().timeIntervalSince(started)))
    guard strict, quality.hasRejections else { return .success }
    Terminal.error(quality.strictReason)
    return .rejectedInStrictMode
  }
}
