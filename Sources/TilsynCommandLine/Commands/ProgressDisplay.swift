import TilsynKit

/// Progress on stderr while municipalities are read — only on a terminal, never with `--quiet`.
enum ProgressDisplay {
  static func kommuner(total: Int, quiet: Bool) -> (@Sendable (Int) -> Void)? {
    guard !quiet, Terminal.stderrIsTerminal else { return nil }
    return { done in Terminal.progress("Indlæser kommuner: \(done)/\(total)") }
  }

  static func finish(quiet: Bool) {
    if !quiet && Terminal.stderrIsTerminal { Terminal.progress("") }
  }
}
