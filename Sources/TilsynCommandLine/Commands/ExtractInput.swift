import TilsynKit

/// What `validate` and `sammenlign` share: refuse an output folder that overlaps the inputs, then read
/// the period's extract with progress on the terminal.
struct ExtractInput {
  var period: Period
  var extracts: String
  var data: DataFolder

  /// Refuses `--out` when it is, contains or lies inside `--extracts` or `--data` (exit 2).
  func checkOutput(_ out: String) throws(ConfigurationError) {
    try OutputFolderGuard.check(
      output: out, option: "--out",
      against: [.init(path: extracts, option: "--extracts"), .init(path: data.path, option: "--data")])
  }

  /// Reads the period's extract with `codes`, showing progress unless `quiet`.
  func load(register: KommuneRegister, codes: CodeLists, quiet: Bool) throws(ConfigurationError) -> Extract {
    let loader = ExtractLoader(extractsRoot: extracts, period: period, register: register, codes: codes)
    let extract = try loader.load(progress: ProgressDisplay.kommuner(total: register.kommuner.count, quiet: quiet))
    ProgressDisplay.finish(quiet: quiet)
    return extract
  }

  /// The period's folder, for messages.
  var periodFolder: String { extracts + "/" + period.description }
}
