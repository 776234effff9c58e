import Foundation
@testable import TilsynKit

/// Test fixtures: the repository's data folder and temporary folders.
enum Fixtures {
  /// The package root (two levels above this file's folder).
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  static var registerPath: String { packageRoot + "/data/reference/kommuner.csv" }
  static var ruleSetPath: String { packageRoot + "/data/regler/regelsaet.csv" }

  static func register() throws -> KommuneRegister { try KommuneRegister.load(path: registerPath) }

  /// The folder all of this test process's temporary folders go in; removed when the process exits,
  /// so test runs leave nothing behind in the system's temporary folder.
  static let temporaryRoot: String = {
    let root = NSTemporaryDirectory() + "tilsyn-tests-\(getpid())"
    try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: Fixtures.temporaryRoot) }
    return root
  }()

  /// A new empty temporary folder (under `temporaryRoot`).
  static func temporaryFolder(_ name: String = #function) -> String {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let path = temporaryRoot + "/\(safe)-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Writes `text` to `path`, creating folders.
  static func write(_ text: String, to path: String) {
    write(Array(text.utf8), to: path)
  }

  static func write(_ bytes: [UInt8], to path: String) {
    let url = URL(fileURLWithPath: path)
    try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try! Data(bytes).write(to: url)
  }
}
