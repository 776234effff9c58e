import TilsynKit

/// Where the reference data, the rule set and the letter templates live: `--data DIR`, default `data`
/// (the repository's `data/` when run from its root). Holds `reference/kommuner.csv`,
/// `regler/regelsaet.csv` and `skabeloner/`.
struct DataFolder {
  var path: String

  static let option = (
    "--data MAPPE", "mappen med reference/kommuner.csv, regler/regelsaet.csv og skabeloner/ (standard: data)"
  )

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    path = try arguments.option("--data") ?? "data"
  }

  func register() throws(ConfigurationError) -> KommuneRegister {
    try KommuneRegister.load(path: path + "/reference/kommuner.csv")
  }

  func ruleSet() throws(ConfigurationError) -> RuleSet {
    try RuleSet.load(path: path + "/regler/regelsaet.csv")
  }

  /// The letter templates of `skabeloner/`.
  func templates() throws(ConfigurationError) -> LetterTemplates {
    try LetterTemplates.load(folder: path + "/skabeloner")
  }

  /// The register and rule set with their SHA-256, for the manifest.
  func references() throws(ConfigurationError) -> [Manifest.Reference] {
    var references: [Manifest.Reference] = []
    for file in [path + "/reference/kommuner.csv", path + "/regler/regelsaet.csv"] {
      let bytes: [UInt8]
      do { bytes = try FileBytes.read(file) } catch { throw .badDataFile(path: file, line: 0, message: error.description) }
      references.append(Manifest.Reference(path: file, sha256: SHA256.hex(bytes)))
    }
    return references
  }
}
