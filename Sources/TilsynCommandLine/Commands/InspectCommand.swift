import TilsynKit

/// `tilsyn inspect FILE [--json]`: how one CSV file is read (SPEC 1).
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "inspect",
    abstract: "Viser hvordan én CSV-fil læses: tegnsæt, skilletegn, linjeskift, overskrift og rækker.",
    usage: "inspect FIL [--json] [--rows N]",
    options: [
      ("--json", "skriv overskriften og derefter hver række som et JSON-array af strenge, én pr. linje"),
      ("--rows N", "antal rækker der vises uden --json (standard: 5)"),
    ],
    example: "tilsyn inspect data/extracts/2024H1/101/forloeb.csv",
    discussion: "Felter der ligner et CPR-nummer vises som XXXXXX-XXXX, også med --json.")

  var path: String
  var json: Bool
  var rowsShown: Int

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    json = arguments.flag("--json")
    let rows = try arguments.option("--rows") ?? "5"
    guard let count = Int(rows), count >= 0 else { throw UsageError("--rows skal være et ikke-negativt heltal, ikke '\(rows)'") }
    rowsShown = count
    path = try arguments.positional("en fil")
  }

  func run() throws -> ExitStatus {
    let bytes: [UInt8]
    do { bytes = try FileBytes.read(path) } catch {
      switch error {
      case .cannotOpen(_, let reason), .cannotRead(_, let reason):
        throw ConfigurationError.cannotRead(path: path, reason: reason)
      }
    }
    let file: CSVFile
    do { file = try CSVFile(bytes: bytes) } catch {
      throw ConfigurationError.badDataFile(path: path, line: 0, message: error.description)
    }
    if json { return try printJSON(file) }
    var shown: [String] = []
    var count = 0
    let endings: LineEndingCount
    do {
      endings = try file.forEachRow { (row: CSVRow) throws(Never) in
        count += 1
        if shown.count < rowsShown {
          shown.append("  linje \(row.lineNumber): " + row.strings.map(CPRMasking.masked).joined(separator: " | "))
        }
      }
    } catch {
      switch error {
      case .csv(let error): throw ConfigurationError.badDataFile(path: path, line: 0, message: error.description)
      }
    }
    let delimiter = CSVDialect(delimiter: file.delimiter, lineEnding: endings.lineEnding)
    Terminal.output(
      ([
        "Fil: \(path) (\(DanishFormat.grouped(bytes.count)) bytes)",
        "Tegnsæt: \(file.encoding.rawValue)",
        "Skilletegn: \(delimiter.delimiterName)",
        "Linjeskift: \(endings.lineEnding.rawValue)",
        "Overskrift (linje \(file.headerLine)): " + file.header.map(CPRMasking.masked).joined(separator: " | "),
        "Rækker: \(DanishFormat.grouped(count)) (tomme linjer og overskriften tæller ikke)",
        "Første rækker:",
      ] + shown).joined(separator: "\n"))
    return .success
  }

  /// Header, then one JSON array per record; written in chunks so a large file streams.
  private func printJSON(_ file: CSVFile) throws -> ExitStatus {
    var out = JSONLines.array(file.header.map(CPRMasking.masked))
    do {
      try file.forEachRow { (row: CSVRow) throws(Never) in
        out += JSONLines.array(row.strings.map(CPRMasking.masked))
        if out.utf8.count > 1 << 20 {
          Terminal.write(out)
          out = ""
        }
      }
    } catch {
      Terminal.write(out)
      switch error {
      case .csv(let error): throw ConfigurationError.badDataFile(path: path, line: 0, message: error.description)
      }
    }
    Terminal.write(out)
    return .success
  }
}

/// JSON arrays of strings, one per line.
enum JSONLines {
  static func array(_ strings: [String]) -> String {
    "[" + strings.map(JSONValue.quoted).joined(separator: ",") + "]\n"
  }
}
