import Glibc

/// Reads a whole file into memory with one `open`/`fstat` and as few `read` calls as the kernel needs.
/// The reader works on the bytes in place (SPEC 3.1), so one buffer per file is all it holds.
public enum FileBytes {
  /// The file's bytes, or a `ReadError` naming the path and the system's reason.
  public static func read(_ path: String) throws(ReadError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: describeErrno()) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .cannotOpen(path: path, reason: describeErrno())
    }
    let size = Int(status.st_size)
    var failure: String?
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      var done = 0
      while done < size {
        let got = Glibc.read(descriptor, buffer.baseAddress! + done, size - done)
        if got < 0 {
          if errno == EINTR { continue }
          failure = describeErrno()
          break
        }
        if got == 0 { break }
        done += got
      }
      count = done
    }
    if let failure { throw .cannotRead(path: path, reason: failure) }
    // A file that grew while we read it: take the rest too, so nothing is silently cut.
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if got <= 0 { break }
      bytes.append(contentsOf: chunk[0..<got])
    }
    return bytes
  }

  static func describeErrno() -> String { String(cString: strerror(errno)) }
}

/// A file could not be read at all.
public enum ReadError: Error, Equatable, Sendable {
  /// The file could not be opened (missing, a folder, no permission).
  case cannotOpen(path: String, reason: String)
  /// Reading failed part-way.
  case cannotRead(path: String, reason: String)
}

extension ReadError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "kan ikke åbne \(path): \(reason)"
    case .cannotRead(let path, let reason): return "kan ikke læse \(path): \(reason)"
    }
  }
}
