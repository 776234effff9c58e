/// The committee briefing (SPEC 5, `udvalg/`): sender, date and period; the headline numbers, the
/// charts, the tables after disclosure control with a status column, a legend and the methodology, as
/// one self-contained HTML page (`index.html`: inline CSS and SVG, nothing loaded from anywhere, laid
/// out to print on A4, issue 17), as Markdown for the ministry's document system (`udvalg.md`), and the
/// tables and charts as files of their own. Flags and statuses come from the unsuppressed data; only
/// the published cells are protected. No text names an internal file: the page stands alone.
struct CommitteeBriefing: Sendable {
  let period: Period
  /// The date on the page: the letters' date (`LetterContext`), so reruns stay byte-identical.
  let date: Day
  let committeeTables: [CommitteeTable]
  let charts: [(name: String, title: String, svg: String)]
  let audit: AuditResult
  let headlines: [String]
  let minimum: Int
  /// The municipalities on the list and their earlier statuses (issue 15).
  let listHistory: ListHistory

  init(summaries: Summaries, period: Period, register: KommuneRegister, headlines: [String], minimum: Int, date: Day) {
    self.period = period
    self.date = date
    committeeTables = CommitteeTables.all(summaries, register: register, minimum: minimum)
    charts = CommitteeCharts.all(summaries, history: PeriodHistory(summaries.earlyEffort), minimum: minimum)
    audit = DisclosureAudit.audit(committeeTables.map(\.suppressed), minimum: minimum)
    self.headlines = headlines
    self.minimum = minimum
    listHistory = ListHistory(summaries.earlyEffort)
  }

  /// Every file of `udvalg/`, paths relative to the period's folder.
  var files: [(path: String, bytes: [UInt8])] {
    [("udvalg/udvalg.md", Array(markdown.utf8)), ("udvalg/index.html", Array(html.utf8))]
      + committeeTables.map { ("udvalg/\($0.suppressed.table.name).csv", $0.csv.bytes) }
      + charts.map { ("udvalg/\($0.name)", Array($0.svg.utf8)) }
  }

  var title: String { "Opfølgning på kommunernes beskæftigelsesindsats — \(PeriodText.long(period))" }

  static let sender = "Styrelsen for Arbejdsmarked og Rekruttering"

  /// Sender, date and what the material is, under the title.
  var dateline: String { "\(Self.sender) · \(PeriodText.longDate(date)) · Materiale til Folketingets Beskæftigelsesudvalg" }

  /// The symbol and colour legend, as Markdown paragraphs.
  var legend: [String] {
    [
      "`..` = diskretioneret: tallet vises ikke, fordi det bygger på færre end \(minimum) personer, eller fordi det ellers kunne regnes ud fra en total. Et tomt felt: kommunen mangler data.",
      "Status: **under kriteriet** = under kriteriet i alle måneder af halvåret; **opfylder kriteriet** = mindst én måned på eller over kriteriet; **ikke vurderet** = for få borgere i mindst én måned til at vurdere; **mangler data** = kommunens udtræk mangler en tabel, som målet bygger på. På regionernes og landets linjer står, hvor mange kommuner der er under kriteriet (for Flere skal med: hvor mange der får brev).",
    ]
  }

  /// The methodology notes, as Markdown paragraphs.
  var methodology: [String] {
    [
      "Tallene er beregnet af STAR på kommunernes halvårlige udtræk efter de regler, der gjaldt i hver måned; definitionerne og tærsklerne står i STAR's opfølgningsrapport for perioden.",
      "Diskretionering (Danmarks Statistiks praksis): et antal fra 1 til \(minimum - 1) vises som `..`; en andel vises som `..`, når nævneren er under \(minimum), eller når tæller eller nævner er skjult. Derudover skjules så få andre tal som muligt (færrest celler, dernæst mindst sum), så intet skjult tal kan regnes ud eller vises at være under \(minimum) ud fra tabellens række-, regions- og landstotaler, delmængder og andele. Kommunernes status er beregnet på de fulde tal.",
      "Kontrol: " + audit.summary + " " + audit.tables.map { auditLine($0) }.joined(separator: " "),
      "Diagrammet om skærpet tilsyn viser kun kommuner med mindst \(minimum) langvarigt forsørgede i gennemsnit. Fremdriftsgarantien er en foreslået ordning, ikke gældende lov.",
    ]
  }

  /// `Tabel n (titel): n skjult primært, m sekundært; snævreste interval …` (SPEC 5.1), naming the
  /// table as the page does, not by its file.
  func auditLine(_ table: AuditResult.TableCounts) -> String {
    let name = committeeTables.firstIndex { $0.suppressed.table.name == table.name }
      .map { "Tabel \($0 + 1) (\(committeeTables[$0].suppressed.table.title))" } ?? table.name
    // The audit names a cell `tabel: række / kolonne`; the page names the table already.
    let narrowest = table.narrowest.map { narrowest in
      let cell = narrowest.cell.hasPrefix(table.name + ": ") ? String(narrowest.cell.dropFirst(table.name.count + 2)) : narrowest.cell
      return "; snævreste interval for et skjult tal: \(cell) \(narrowest.interval)"
    } ?? ""
    return "\(name): \(table.primary) skjult primært, \(table.secondary) sekundært\(narrowest)."
  }

  /// "Figur n. …" captions: the chart titles are inside the SVGs.
  func figureCaption(_ index: Int) -> String { "Figur \(index + 1)" }

  func tableCaption(_ index: Int) -> String { "Tabel \(index + 1). \(committeeTables[index].suppressed.table.title)" }

  var markdown: String {
    var text = "# \(title)\n\n\(dateline)\n\n## Hovedtal\n\n"
    text += headlines.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
    if !listHistory.isEmpty {
      text += "## \(ListHistory.title)\n\n\(ListHistory.note)\n\n" + listHistory.table.text + "\n"
    }
    text += "## Figurer\n\n" + charts.indices.map { "- \(figureCaption($0)). \(charts[$0].title)" }
      .joined(separator: "\n") + "\n\n"
    for index in committeeTables.indices {
      let table = committeeTables[index]
      text += "## \(tableCaption(index))\n\n" + table.markdown.text + "\n"
      text += table.suppressed.withheldQuotes.map { $0 + "\n\n" }.joined()
    }
    text += "## Tegnforklaring\n\n" + legend.joined(separator: "\n\n") + "\n\n## Metode\n\n" + methodology.joined(separator: "\n\n") + "\n"
    return text
  }

  var html: String { CommitteePage(briefing: self).html }
}
