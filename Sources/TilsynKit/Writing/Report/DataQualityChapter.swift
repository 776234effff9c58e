/// The data-quality chapter of `rapport.md` (SPEC 3.1, 5): rows read and rejected per reason and per
/// table, the files that are missing or rejected whole, municipalities without data, and what that
/// means for the measures (`mangler_data`, never 0).
enum DataQualityChapter {
  static func chapter(_ extract: Extract, register: KommuneRegister) -> String {
    let summary = DataQualitySummary(extract)
    var text = "## Datakvalitet\n\n"
    text +=
      "Der er læst \(DanishFormat.grouped(summary.rowsRead)) rækker i \(summary.filesRead) filer; "
      + "\(DanishFormat.grouped(summary.rowsRead - summary.rowsRejected)) er accepteret og "
      + "\(DanishFormat.grouped(summary.rowsRejected)) afvist. For hver fil gælder: læste = accepterede + afviste "
      + "(se datakvalitet.csv; de afviste rækker står i afviste_raekker.csv med CPR-lignende tal maskeret).\n\n"
    var byTable = MarkdownTable(
      header: ["Tabel", "Filer", "Læst", "Accepteret", "Afvist", "Efter perioden"], rightAligned: [1, 2, 3, 4, 5])
    for table in TableKind.allCases {
      let files = extract.files.filter { $0.table == table && $0.status == .ok }
      let read = files.reduce(0) { $0 + $1.rowsRead }
      let rejected = files.reduce(0) { $0 + $1.rowsRejected }
      byTable.append([
        table.fileName, String(files.count), DanishFormat.grouped(read), DanishFormat.grouped(read - rejected),
        DanishFormat.grouped(rejected), DanishFormat.grouped(files.reduce(0) { $0 + $1.acceptedAfterPeriod }),
      ])
    }
    text += byTable.text + "\n"
    var reasons = MarkdownTable(header: ["Årsag", "Afviste rækker"], rightAligned: [1])
    for reason in RejectReason.allCases {
      reasons.append([reason.rawValue, DanishFormat.grouped(summary.rejectedByReason[reason.index])])
    }
    text += reasons.text + "\n"
    text += "Rækker dateret efter periodens sidste dag er accepteret, men indgår ikke i målingerne.\n\n"
    let missingFolders = extract.kommuner.filter { $0.folderName == nil }.map(\.kommune.name)
    if !missingFolders.isEmpty {
      text += "Kommuner uden udtræk (mangler data for alle mål): " + missingFolders.joined(separator: ", ") + ".\n\n"
    }
    let otherMissing = summary.filesMissing.filter { file in
      file.kommune.map { code in extract.kommuner.contains { $0.kommune.code == code && $0.folderName != nil } } ?? true
    }
    if !otherMissing.isEmpty || !summary.filesRejected.isEmpty {
      var files = MarkdownTable(header: ["Fil", "Status", "Besked"])
      for file in summary.filesRejected + otherMissing {
        files.append([file.path, file.status.rawValue, file.message ?? ""])
      }
      text += "Filer der mangler eller er afvist som helhed (målene, der bruger dem, får status »mangler data«):\n\n" + files.text + "\n"
    }
    let noMarkings = extract.kommuner.filter { $0.folderName != nil && $0.markeringer == nil }.map(\.kommune.name)
    if !noMarkings.isEmpty {
      text += "Uden markeringer.csv (behandlet som ingen markeringer, dvs. ingen fritagne borgere): "
        + noMarkings.joined(separator: ", ") + ".\n\n"
    }
    if !extract.unknownFolders.isEmpty {
      text += "Mapper i udtrækket, der ikke er en kommunekode, er ignoreret: " + extract.unknownFolders.map(CPRMasking.masked).joined(separator: ", ") + ".\n\n"
    }
    return text
  }
}
