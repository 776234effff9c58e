import Glibc

/// Reads a whole small file (a register, a rule set, a template) into an array. The extract's tables
/// are read through `ByteSource.map` instead, without a copy.
package enum FileBytes {
  /// The file's bytes, or a `ReadError` naming the path and the system's reason.
  package static func read(_ path: String) throws(ReadError) -> [UInt8] {
    let source = try ByteSource.map(path)
    // The copy must be made while the mapping lives; Swift may release `source` after its last use.
    return withExtendedLifetime(source) { Array(source.buffer) }
  }

  static func describeErrno() -> String { SystemError.reason(errno) }
}

/// A file could not be read at all.
package enum ReadError: Error, Equatable, Sendable {
  /// The file could not be opened (missing, a folder, no permission).
  case cannotOpen(path: String, reason: String)
  /// Reading failed part-way.
  case cannotRead(path: String, reason: String)
}

extension ReadError: CustomStringConvertible {
  package var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "kan ikke åbne \(path): \(reason)"
    case .cannotRead(let path, let reason): return "kan ikke læse \(path): \(reason)"
    }
  }
}
