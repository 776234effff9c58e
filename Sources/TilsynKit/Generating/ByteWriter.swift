#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Number formatting straight into a byte buffer: no `String` per field, no formatter objects.
enum ByteFormat {
  /// Appends the decimal digits of a non-negative number.
  @inline(__always)
  static func digits(_ value: Int, into buffer: inout [UInt8]) {
    if value < 10 {
      buffer.append(UInt8(truncatingIfNeeded: 48 + value))
      return
    }
    var divisor = 10
    while divisor <= value / 10 { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      buffer.append(UInt8(truncatingIfNeeded: 48 + rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  /// Appends `value` zero-padded to at least `width` digits.
  @inline(__always)
  static func padded(_ value: Int, width: Int, into buffer: inout [UInt8]) {
    var limit = 10
    var count = 1
    while count < width {
      if value < limit { buffer.append(48) }
      limit *= 10
      count += 1
    }
    digits(value, into: &buffer)
  }
}

/// One output file written through an in-memory buffer that is flushed to disk every few MB, so
/// memory stays bounded however large the file gets.
struct ByteWriter {
  /// Flush when the buffer holds this many bytes.
  static let flushThreshold = 4 << 20

  let path: String
  private var descriptor: Int32
  /// Bytes not yet written to the file. Callers append to it directly.
  var buffer: [UInt8] = []
  /// Bytes written to the file so far (not counting `buffer`).
  private(set) var flushedBytes = 0

  /// Creates (or truncates) the file at `path`.
  init(path: String) throws {
    self.path = path
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw GeneratorError.cannotCreateFile(path: path) }
    buffer.reserveCapacity(ByteWriter.flushThreshold + (64 << 10))
  }

  /// Writes the buffer out when it has grown past the threshold. Call between records only.
  @inline(__always)
  mutating func flushIfFull() throws {
    if buffer.count >= ByteWriter.flushThreshold { try flush() }
  }

  /// Writes every buffered byte to the file.
  mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    let fd = descriptor
    let ok = buffer.withUnsafeBytes { raw -> Bool in
      var offset = 0
      while offset < raw.count {
        let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
    guard ok else { throw GeneratorError.cannotWrite(path: path) }
    flushedBytes += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes the file; returns its size in bytes.
  mutating func close() throws -> Int {
    try flush()
    if descriptor >= 0 {
      let result = closeDescriptor(descriptor)
      descriptor = -1
      guard result == 0 else { throw GeneratorError.cannotWrite(path: path) }
    }
    return flushedBytes
  }

  /// Writes `bytes` as the whole content of the file at `path`.
  static func writeFile(_ bytes: [UInt8], to path: String) throws -> Int {
    var writer = try ByteWriter(path: path)
    writer.buffer = bytes
    return try writer.close()
  }
}

/// `close(2)`, named so that it does not clash with `ByteWriter.close()`.
@inline(__always)
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }
