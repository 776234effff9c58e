#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Number formatting straight into a byte buffer: no `String` per field, no formatter objects.
extension Array where Element == UInt8 {
  /// Appends the decimal digits of a non-negative number.
  @inline(__always)
  mutating func appendDigits(_ value: Int) {
    if value < 10 {
      append(UInt8(48 + value))
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0 && count < 10 {
        buffer[count] = UInt8(48 + rest % 10)
        rest /= 10
        count += 1
      }
      while count > 0 {
        count -= 1
        append(buffer[count])
      }
    }
  }

  /// Appends `value` zero-padded to at least `width` digits.
  @inline(__always)
  mutating func appendPadded(_ value: Int, width: Int) {
    var limit = 10
    var digits = 1
    while digits < width {
      if value < limit { append(48) }
      limit *= 10
      digits += 1
    }
    appendDigits(value)
  }

  /// Appends an ASCII string's bytes.
  @inline(__always)
  mutating func appendASCII(_ text: StaticString) {
    text.withUTF8Buffer { append(contentsOf: $0) }
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

  /// All bytes of the file, flushed or not.
  var totalBytes: Int { flushedBytes + buffer.count }

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
