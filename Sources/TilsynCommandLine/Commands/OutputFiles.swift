import Glibc
import TilsynKit

/// Writes a command's few output files together: every file to a temporary name first (`.<name>.tmp`,
/// replacing any left by a killed run), and only when all are written are they renamed into place
/// (`rename(2)` replaces atomically), so the files never come from two different runs unless a run is
/// killed between two renames. A failure is a `WriteError` (exit 1) with the path and the reason in
/// Danish, and removes the temporary files.
enum OutputFiles {
  static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(WriteError) {
    try FileWriting.createFolders(folder)
    let temporaries = files.map { folder + "/." + $0.name + ".tmp" }
    func removeTemporaries() { for path in temporaries { unlink(path) } }
    for (file, temporary) in zip(files, temporaries) {
      do throws(WriteError) {
        try FileWriting.write(file.bytes, to: temporary)
      } catch {
        removeTemporaries()
        throw WriteError(path: folder + "/" + file.name, reason: error.reason)
      }
    }
    for (file, temporary) in zip(files, temporaries) {
      guard rename(temporary, folder + "/" + file.name) == 0 else {
        let reason = SystemError.reason(errno)
        removeTemporaries()
        throw WriteError(path: folder + "/" + file.name, reason: reason)
      }
    }
  }
}
