import Foundation

/// Wall and CPU time per phase of a run, printed to stderr when `TILSYN_TIMING=1` (for profiling;
/// timings never go into an output file, which must be byte-identical from run to run). CPU time
/// over wall time shows how many cores a phase kept busy.
final class PhaseClock: @unchecked Sendable {
  private let enabled = ProcessInfo.processInfo.environment["TILSYN_TIMING"] == "1"
  private var lastWall = Date()
  private var lastCPU = PhaseClock.cpuSeconds()

  func mark(_ phase: String) {
    guard enabled else { return }
    let (wall, cpu) = (Date(), Self.cpuSeconds())
    let line = String(
      format: "%@: %.2f s (CPU %.2f s)\n", phase, wall.timeIntervalSince(lastWall), cpu - lastCPU)
    FileHandle.standardError.write(Data(line.utf8))
    (lastWall, lastCPU) = (wall, cpu)
  }

  /// User and system CPU time of the process so far.
  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
