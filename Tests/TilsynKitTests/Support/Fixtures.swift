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

  /// A new empty temporary folder.
  static func temporaryFolder(_ name: String = #function) -> String {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "tilsyn-test-\(safe)-\(UUID().uuidString)"
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
