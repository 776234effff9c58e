import Foundation
import Testing

/// Golden files: `assertSnapshot` compares text with a file under `Tests/TilsynKitTests/Snapshots/`;
/// with `TILSYN_RECORD=1` in the environment it writes the file instead. A mismatch reports the first
/// differing lines, so the change can be read in the test log.
enum Snapshot {
  static var folder: String { Fixtures.packageRoot + "/Tests/TilsynKitTests/Snapshots" }
  static var recording: Bool { ProcessInfo.processInfo.environment["TILSYN_RECORD"] == "1" }

  static func assert(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = folder + "/" + name
    if recording {
      Fixtures.write(text, to: path)
      return
    }
    // Read as bytes: Foundation's String(contentsOfFile:) would drop a BOM the outputs must keep.
    guard let data = FileManager.default.contents(atPath: path) else {
      Issue.record("no golden file \(name); run the tests with TILSYN_RECORD=1 to record it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let message = "\(name) differs from its golden file (TILSYN_RECORD=1 re-records):\n" + diff(expected, text)
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }

  /// The first few differing lines, `-` golden, `+` actual.
  static func diff(_ expected: String, _ actual: String) -> String {
    // Split on line feeds as scalars: CRLF is one Character and would not split as "\n".
    let old = expected.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    let new = actual.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) where lines.count < 24 {
      let a = index < old.count ? old[index] : "<intet>"
      let b = index < new.count ? new[index] : "<intet>"
      if a != b { lines += ["linje \(index + 1):", "- " + a, "+ " + b] }
    }
    return lines.joined(separator: "\n")
  }
}
