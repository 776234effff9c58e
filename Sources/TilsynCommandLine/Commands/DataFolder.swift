import Foundation
import TilsynKit

/// Where the reference data, the rule set and the letter templates live: `--data DIR`; by default
/// `data` in the current folder (the repository's `data/` when run from its root), or else the data
/// installed beside the binary by `make install` (`<prefix>/share/tilsyn/data`), so an installed
/// `tilsyn` runs from any folder. Holds `reference/kommuner.csv`, `regler/regelsaet.csv` and
/// `skabeloner/`. `--regler FILE` uses another rule set (SPEC 1: what-if runs); the report and the
/// manifest name the file, its version and its SHA-256.
struct DataFolder {
  var path: String
  /// The rule set given with `--regler`, if any.
  var rulesPath: String?

  static let option = (
    "--data MAPPE", "mappen med reference/kommuner.csv, regler/regelsaet.csv og skabeloner/ (standard: data)"
  )
  static let rulesOption = ("--regler FIL", "et andet regelsæt end data/regler/regelsaet.csv (hvad-nu-hvis)")

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    path = try arguments.option("--data") ?? Self.defaultPath
    rulesPath = try arguments.option("--regler")
  }

  /// `data` when the current folder has one with a rule set, else the installed data beside the
  /// binary when there is one, else `data` (and the error then names the option to give).
  static var defaultPath: String {
    let local = "data"
    if FileManager.default.fileExists(atPath: local + "/regler/regelsaet.csv") { return local }
    // The running binary's own path (argv[0] is only the name when found through PATH).
    guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
      return local
    }
    let installed = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/tilsyn/data").path
    if FileManager.default.fileExists(atPath: installed + "/regler/regelsaet.csv") { return installed }
    return local
  }

  /// The rule set's file: `--regler`, or the data folder's.
  var ruleSetPath: String { rulesPath ?? path + "/regler/regelsaet.csv" }

  func register() throws(ConfigurationError) -> KommuneRegister {
    guard FileManager.default.fileExists(atPath: path + "/reference/kommuner.csv") else {
      throw .badOption(
        option: "--data", value: path,
        expected: "en mappe med reference/kommuner.csv, regler/regelsaet.csv og skabeloner/ (kør fra "
          + "projektmappen, giv --data MAPPE, eller installer tilsyn med make install)")
    }
    return try KommuneRegister.load(path: path + "/reference/kommuner.csv")
  }

  func ruleSet() throws(ConfigurationError) -> RuleSet {
    try RuleSet.load(path: ruleSetPath)
  }

  /// The letter templates of `skabeloner/`.
  func templates() throws(ConfigurationError) -> LetterTemplates {
    try LetterTemplates.load(folder: path + "/skabeloner")
  }

  /// The register and rule set with their SHA-256, for the manifest; each named by its last two path
  /// components (`reference/kommuner.csv`), so two checkouts in different folders write the same
  /// manifest (issue 14).
  func references() throws(ConfigurationError) -> [Manifest.Reference] {
    var references: [Manifest.Reference] = []
    for file in [path + "/reference/kommuner.csv", ruleSetPath] {
      let bytes: [UInt8]
      do { bytes = try FileBytes.read(file) } catch { throw .badDataFile(path: file, line: 0, message: error.description) }
      let name = file.split(separator: "/").suffix(2).joined(separator: "/")
      references.append(Manifest.Reference(path: name, sha256: SHA256.hex(bytes)))
    }
    return references
  }
}
