/// The data-quality summary printed by `validate` and `run` (SPEC 1): rows read, accepted and
/// rejected per reason, and the files that are missing or rejected whole.
package struct DataQualitySummary: Sendable, Equatable {
  package var filesRead = 0
  package var filesMissing: [FileQuality] = []
  package var filesRejected: [FileQuality] = []
  package var rowsRead = 0
  package var rowsRejected = 0
  package var rejectedByReason = [Int](repeating: 0, count: RejectReason.allCases.count)
  package var kommunerWithoutFolder = 0
  package var unknownFolders: [String] = []

  package init(_ extract: Extract) {
    for file in extract.files {
      switch file.status {
      case .ok: filesRead += 1
      case .mangler: filesMissing.append(file)
      case .afvist: filesRejected.append(file)
      }
      rowsRead += file.rowsRead
      rowsRejected += file.rowsRejected
      for (index, count) in file.rejectedByReason.enumerated() { rejectedByReason[index] += count }
    }
    kommunerWithoutFolder = extract.kommuner.filter { $0.folderName == nil }.count
    unknownFolders = extract.unknownFolders
  }

  /// Whether anything at all was rejected, missing or not understood (`--strict` exits 3 on this;
  /// issue 14: an empty period folder, every file missing, used to pass).
  package var hasRejections: Bool {
    rowsRejected > 0 || !filesRejected.isEmpty || !filesMissing.isEmpty || !unknownFolders.isEmpty
  }

  /// Why `--strict` fails, in Danish: what was rejected or missing.
  package var strictReason: String {
    var parts: [String] = []
    if rowsRejected > 0 { parts.append("\(DanishFormat.grouped(rowsRejected)) afviste rækker") }
    if !filesRejected.isEmpty { parts.append("\(filesRejected.count) filer afvist som helhed") }
    if !filesMissing.isEmpty { parts.append("\(filesMissing.count) filer mangler") }
    if !unknownFolders.isEmpty { parts.append("\(unknownFolders.count) ukendte mapper") }
    return "--strict: " + parts.joined(separator: ", ") + " (se datakvalitet.csv og afviste_raekker.csv); status 3"
  }

  /// The summary as Danish lines.
  package var text: String {
    var lines = [
      "Filer læst: \(filesRead), afvist som helhed: \(filesRejected.count), mangler: \(filesMissing.count)"
        + (kommunerWithoutFolder > 0 ? " (\(kommunerWithoutFolder) kommuner uden mappe)" : ""),
      "Rækker læst: \(DanishFormat.grouped(rowsRead)), accepteret: \(DanishFormat.grouped(rowsRead - rowsRejected)), "
        + "afvist: \(DanishFormat.grouped(rowsRejected))",
    ]
    for reason in RejectReason.allCases where rejectedByReason[reason.index] > 0 {
      lines.append("  \(reason.rawValue): \(DanishFormat.grouped(rejectedByReason[reason.index]))")
    }
    for file in filesRejected {
      lines.append("Afvist: \(file.path): \(file.message ?? "")")
    }
    let missingShown = filesMissing.prefix(10)
    for file in missingShown { lines.append("Mangler: \(file.path)") }
    if filesMissing.count > missingShown.count {
      lines.append("Mangler: … og \(filesMissing.count - missingShown.count) filer mere (se datakvalitet.csv)")
    }
    for folder in unknownFolders {
      lines.append("Ukendt mappe ignoreret: \(CPRMasking.masked(folder)) (ikke en kommunekode fra kommuneregisteret)")
    }
    return lines.joined(separator: "\n")
  }
}
