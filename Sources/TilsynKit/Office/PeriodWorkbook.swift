/// `tilsyn_<period>.xlsx` (SPEC 5): every internal table of the period as a typed sheet of one
/// workbook, after a first sheet "Oversigt" with the period, the rule set, the input summary, the
/// sheets and the symbol legend.
///
/// The sheets are the run's CSV outputs, typed by `CSVSheet`, in the order the run writes them. Left
/// out: `udvalg/` (the published committee tables, with disclosure control, are not internal) and the
/// person-level case lists of `sager/` (for the municipality to act on, one file each; at national
/// scale hundreds of thousands of rows). A table longer than a sheet holds is cut, and "Oversigt"
/// says so.
enum PeriodWorkbook {
  /// `tilsyn_2024H1.xlsx`.
  static func fileName(_ period: Period) -> String { "tilsyn_\(period).xlsx" }

  /// Excel's rows per sheet, the header included.
  static let maximumRows = 1_048_576

  /// Whether the run's output at `path` becomes a sheet.
  static func includes(_ path: String) -> Bool {
    path.hasSuffix(".csv") && !path.contains("/")
  }

  /// The workbook of `files` (the run's outputs, relative path → bytes).
  static func xlsx(
    period: Period, ruleSetVersion: String, quality: DataQualitySummary, files: [(path: String, bytes: [UInt8])]
  ) -> [UInt8] {
    var sheets: [(sheet: Workbook.Sheet, file: String, rows: Int)] = []
    for file in files where includes(file.path) {
      var sheet = CSVSheet.sheet(name: sheetName(file.path), csv: file.bytes)
      let rows = sheet.rows.count - 1
      if sheet.rows.count > maximumRows { sheet.rows.removeLast(sheet.rows.count - maximumRows) }
      sheets.append((sheet, file.path, rows))
    }
    let overview = overviewRows(period: period, ruleSetVersion: ruleSetVersion, quality: quality, sheets: sheets)
    return Workbook(
      title: "Opfølgning på beskæftigelsesindsatsen, \(PeriodText.long(period))",
      sheets: [Workbook.Sheet(name: "Oversigt", rows: overview, hasHeader: false)] + sheets.map(\.sheet)
    ).bytes
  }

  /// `tidlig_indsats_maaneder.csv` → `tidlig_indsats_maaneder` (at most 31 characters).
  static func sheetName(_ path: String) -> String {
    String(path.dropLast(".csv".count).prefix(31))
  }

  static func overviewRows(
    period: Period, ruleSetVersion: String, quality: DataQualitySummary,
    sheets: [(sheet: Workbook.Sheet, file: String, rows: Int)]
  ) -> [[Workbook.Cell]] {
    func label(_ text: String) -> Workbook.Cell { .text(text, .header) }
    func count(_ value: Int) -> Workbook.Cell { .number(String(value), .grouped) }
    var rows: [[Workbook.Cell]] = [
      [label("Opfølgning på beskæftigelsesindsatsen: tabeller")],
      [],
      [label("Periode"), .text("\(PeriodText.long(period)) (\(period))")],
      [label("Regelsæt"), .text(ruleSetVersion)],
      [label("Program"), .text("tilsyn \(Manifest.toolVersion)")],
      [],
      [label("Indlæste data")],
      [.text("Filer læst"), count(quality.filesRead)],
      [.text("Filer afvist som helhed"), count(quality.filesRejected.count)],
      [.text("Filer, der mangler"), count(quality.filesMissing.count)],
      [.text("Rækker læst"), count(quality.rowsRead)],
      [.text("Rækker accepteret"), count(quality.rowsRead - quality.rowsRejected)],
      [.text("Rækker afvist"), count(quality.rowsRejected)],
      [],
      [label("Ark"), label("Fil"), label("Rækker")],
    ]
    for entry in sheets {
      var row: [Workbook.Cell] = [.text(entry.sheet.name), .text(entry.file), count(entry.rows)]
      if entry.rows >= maximumRows {
        row.append(.text("Kun de første \(DanishFormat.grouped(maximumRows - 1)) rækker; hele tabellen står i filen"))
      }
      rows.append(row)
    }
    rows += [[], [label("Tegnforklaring")]] + legend.map { [.text($0.symbol), .text($0.meaning)] }
    return rows
  }

  /// The symbol legend of the sheets.
  static let legend: [(symbol: String, meaning: String)] = [
    ("Tom celle", "Ingen værdi: der er ingen borgere at beregne en andel af, data mangler, eller målet gælder ikke i perioden."),
    ("Andele", "Vist i procent med én decimal (78,4 %); cellen rummer andelen som brøk (0,784), så der kan regnes med den."),
    ("Måneder", "Gemt som dato (den første i måneden) og vist som åååå-mm."),
    ("Datoer", "Gemt som dato og vist som dd-mm-åååå."),
    ("ja / nej", "Om betingelsen i kolonnens navn er opfyldt."),
    ("Koder", "Kolonnenavne og koder (fx under_kriteriet) er de samme som i periodens CSV-filer."),
    ("..", "Bruges kun i udvalgets materiale (udvalg/): tallet vises ikke af diskretionshensyn. Arbejdsbogen er intern og viser alle tal."),
  ]
}
