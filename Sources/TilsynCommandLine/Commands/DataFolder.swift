import TilsynKit

/// Where the reference data and the rule set live: `--data DIR`, default `data` (the repository's
/// `data/` when run from its root). Holds `reference/kommuner.csv` and `regler/regelsaet.csv`.
struct DataFolder {
  var path: String

  static let option = ("--data MAPPE", "mappen med reference/kommuner.csv og regler/regelsaet.csv (standard: data)")

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    path = try arguments.option("--data") ?? "data"
  }

  func register() throws(ConfigurationError) -> KommuneRegister {
    try KommuneRegister.load(path: path + "/reference/kommuner.csv")
  }

  func ruleSet() throws(ConfigurationError) -> RuleSet {
    try RuleSet.load(path: path + "/regler/regelsaet.csv")
  }
}
