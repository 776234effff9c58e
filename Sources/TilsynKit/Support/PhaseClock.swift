import Foundation

/// Wall time per phase of a run, printed to stderr when `TILSYN_TIMING=1` (for profiling; timings
/// never go into an output file, which must be byte-identical from run to run).
final class PhaseClock: @unchecked Sendable {
  private let enabled = ProcessInfo.processInfo.environment["TILSYN_TIMING"] == "1"
  private var last = Date()

  func mark(_ phase: String) {
    guard enabled else { return }
    let now = Date()
    FileHandle.standardError.write(Data(String(format: "%@: %.2f s\n", phase, now.timeIntervalSince(last)).utf8))
    last = now
  }
}
