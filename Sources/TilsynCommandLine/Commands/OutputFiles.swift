import Glibc
import TilsynKit

/// Writes small output files: each to a temporary name first, then renamed into place (`rename(2)`
/// replaces atomically), so a file is never seen half-written. A failure is a `WriteError` (exit 1)
/// with the path and the reason in Danish.
enum OutputFiles {
  static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(WriteError) {
    try FileWriting.createFolders(folder)
    for (name, bytes) in files {
      let path = folder + "/" + name
      let temporary = folder + "/." + name + ".tmp"
      do throws(WriteError) {
        try FileWriting.write(bytes, to: temporary)
      } catch {
        unlink(temporary)
        throw WriteError(path: path, reason: error.reason)
      }
      guard rename(temporary, path) == 0 else {
        let reason = SystemError.reason(errno)
        unlink(temporary)
        throw WriteError(path: path, reason: reason)
      }
    }
  }
}
