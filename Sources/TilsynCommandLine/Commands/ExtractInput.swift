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

  /// Reads the period's extract with `codes`, showing progress unless `quiet`, and measures each
  /// municipality with `measure` as it is read; the records are let go after that (their memory is
  /// reused for the next municipality), so the returned extract holds the data-quality account and
  /// the person ids only.
  func load<Measured: Sendable>(
    register: KommuneRegister, codes: CodeLists, quiet: Bool,
    measuring measure: @Sendable (KommuneExtract, BenchmarkRow?) -> Measured
  ) throws(ConfigurationError) -> (extract: Extract, measured: [Measured]) {
    let loader = ExtractLoader(extractsRoot: extracts, period: period, register: register, codes: codes)
    let loaded = try loader.load(
      progress: ProgressDisplay.kommuner(total: register.kommuner.count, quiet: quiet), checksums: false,
      measuring: measure)
    ProgressDisplay.finish(quiet: quiet)
    return loaded
  }

  /// The period's folder, for messages.
  var periodFolder: String { extracts + "/" + period.description }
}
