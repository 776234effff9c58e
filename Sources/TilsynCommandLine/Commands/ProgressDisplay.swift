import TilsynKit

/// Progress on stderr while municipalities are read (done / 98, MB read) — only on a terminal,
/// never with `--quiet`.
enum ProgressDisplay {
  static func kommuner(total: Int, quiet: Bool) -> (@Sendable (LoadProgress) -> Void)? {
    guard !quiet, Terminal.stderrIsTerminal else { return nil }
    return { done in
      Terminal.progress("Indlæser kommuner: \(done.kommuner)/\(total), \(DanishFormat.grouped(done.bytes / 1_000_000)) MB læst")
    }
  }

  /// Progress of `generate`: municipalities written / 98, MB written.
  static func generated(total: Int, quiet: Bool) -> (@Sendable (LoadProgress) -> Void)? {
    guard !quiet, Terminal.stderrIsTerminal else { return nil }
    return { done in
      Terminal.progress("Skriver kommuner: \(done.kommuner)/\(total), \(DanishFormat.grouped(done.bytes / 1_000_000)) MB skrevet")
    }
  }

  /// The run's later stages (the national measures, the reports) on the same line.
  static func stages(quiet: Bool) -> ((FollowUpRun.Stage) -> Void)? {
    guard !quiet, Terminal.stderrIsTerminal else { return nil }
    return { stage in Terminal.progress(stage.rawValue + " …") }
  }

  static func finish(quiet: Bool) {
    if !quiet && Terminal.stderrIsTerminal { Terminal.progress("") }
  }
}
