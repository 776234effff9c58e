import Foundation
import TilsynKit

/// Writes small output files: each to a temporary name first, then renamed into place (`rename(2)`
/// replaces atomically), so a file is never seen half-written.
enum OutputFiles {
  static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(ConfigurationError) {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: folder, reason: error.localizedDescription)
    }
    for (name, bytes) in files {
      let path = folder + "/" + name
      let temporary = folder + "/." + name + ".tmp"
      do {
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      } catch {
        throw .cannotWrite(path: path, reason: error.localizedDescription)
      }
      guard rename(temporary, path) == 0 else {
        throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }
}
