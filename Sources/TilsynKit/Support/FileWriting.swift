import Glibc

/// A file or folder that could not be written (SPEC 1: exit 1, an internal failure, not a usage
/// error): the path and the system's reason in Danish. The previous reports are left as they were.
package struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
  package var path: String
  package var reason: String

  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// The error for the current `errno`.
  static func current(_ path: String) -> WriteError { WriteError(path: path, reason: SystemError.reason(errno)) }

  package var description: String { "kan ikke skrive \(path): \(reason)" }
}

/// The system's reasons in Danish, for the messages a person acts on (the English `strerror` text
/// follows in parentheses for the rarer ones).
package enum SystemError {
  package static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "mappen eller filen findes ikke"
    case EACCES, EPERM: return "ingen adgang (tjek rettighederne)"
    case EROFS: return "filsystemet er skrivebeskyttet"
    case ENOSPC: return "disken er fuld"
    case EDQUOT: return "diskkvoten er opbrugt"
    case EISDIR: return "det er en mappe"
    case ENOTDIR: return "en del af stien er ikke en mappe"
    case EEXIST: return "findes allerede"
    case ENAMETOOLONG: return "navnet er for langt"
    case EIO: return "ind- eller uddatafejl på disken"
    default: return "systemfejl \(code) (\(String(cString: strerror(code))))"
    }
  }
}

/// Writing files without Foundation, so every failure carries `errno` and a Danish reason.
package enum FileWriting {
  /// Creates `folder` and any missing parents (`mkdir -p`).
  package static func createFolders(_ folder: String) throws(WriteError) {
    var path = folder.hasPrefix("/") ? "" : "."
    for component in folder.split(separator: "/") {
      path += "/" + component
      if mkdir(path, 0o755) != 0 && errno != EEXIST { throw WriteError.current(path) }
    }
    var status = stat()
    guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
      throw WriteError(path: folder, reason: SystemError.reason(ENOTDIR))
    }
  }

  /// Writes `bytes` to `path`, replacing it.
  package static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw WriteError.current(path) }
    var written = 0
    var failure: WriteError?
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 && errno == EINTR { continue }
        guard result > 0 else {
          failure = WriteError.current(path)
          return
        }
        written += result
      }
    }
    if close(descriptor) != 0, failure == nil { failure = WriteError.current(path) }
    if let failure { throw failure }
  }
}
