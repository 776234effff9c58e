/// The character encoding of an input file (SPEC 3.1): a BOM means UTF-8; otherwise valid UTF-8 is
/// UTF-8; otherwise Windows-1252. The reader turns every file into UTF-8 bytes before it splits it.
package enum TextEncoding: String, Sendable, Equatable {
  case utf8WithBOM = "UTF-8 med BOM"
  case utf8 = "UTF-8"
  case windows1252 = "Windows-1252"

  /// Detects the encoding of `source` and returns its text as UTF-8 without a BOM: the same source
  /// (and the range after the BOM) when it is UTF-8, or a new one when it had to be decoded.
  ///
  /// A file with a BOM but invalid sequences has them replaced by U+FFFD, since the BOM says it is
  /// UTF-8; Windows-1252 input is transcoded.
  /// - Complexity: O(n): one validating pass, plus two transcoding passes for Windows-1252.
  static func decode(_ source: ByteSource) -> (encoding: TextEncoding, text: ByteSource, range: Range<Int>) {
    let bytes = source.buffer
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      let body = UnsafeBufferPointer(rebasing: bytes[3...])
      if isValidUTF8(body) { return (.utf8WithBOM, source, 3..<bytes.count) }
      let repaired = ByteSource(Array(String(decoding: body, as: UTF8.self).utf8))
      return (.utf8WithBOM, repaired, 0..<repaired.buffer.count)
    }
    if isValidUTF8(bytes) { return (.utf8, source, 0..<bytes.count) }
    let decoded = transcodeWindows1252(bytes)
    return (.windows1252, decoded, 0..<decoded.buffer.count)
  }

  /// Strict UTF-8 validation of an array (see the buffer version).
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isValidUTF8($0) }
  }

  /// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF), with an
  /// eight-bytes-at-a-time path for ASCII.
  static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    do {
      let count = buffer.count
      var i = 0
      while i < count {
        if i + 32 <= count, isASCII(buffer, at: i, words: 4) {
          i += 32
          continue
        }
        if i + 8 <= count, isASCII(buffer, at: i, words: 1) {
          i += 8
          continue
        }
        let lead = buffer[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, lower) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, upper) = (3, 0x9F)
        case 0xF0: (length, lower) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, upper) = (4, 0x8F)
        default: return false
        }
        guard i + length <= count else { return false }
        guard buffer[i + 1] >= lower, buffer[i + 1] <= upper else { return false }
        for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return false }
        i += length
      }
      return true
    }
  }

  /// Whether the `words` eight-byte words from `offset` are all ASCII (no byte with its high bit).
  @inline(__always)
  private static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, words: Int) -> Bool {
    let raw = UnsafeRawPointer(buffer.baseAddress! + offset)
    var bits: UInt64 = 0
    for word in 0..<words { bits |= raw.loadUnaligned(fromByteOffset: 8 * word, as: UInt64.self) }
    return bits & ByteWord.highBits == 0
  }

  /// Windows-1252 to UTF-8. Bytes 0x80–0x9F map through the code page's table (0x80 is €); the
  /// five bytes the code page leaves undefined map to the C1 control of the same number, as the
  /// WHATWG encoding standard does; 0xA0–0xFF are Latin-1.
  static func transcodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { input in
      let source = transcodeWindows1252(input)
      return withExtendedLifetime(source) { Array(source.buffer) }
    }
  }

  /// Windows-1252 to UTF-8 (see the array version) into a new source of exactly the UTF-8 length:
  /// one pass counts the bytes that grow, one writes; runs of eight ASCII bytes are copied as one
  /// word. (A fifth of a national extract is Windows-1252, so this is on the hot path.)
  static func transcodeWindows1252(_ input: UnsafeBufferPointer<UInt8>) -> ByteSource {
    let count = input.count
    guard let base = input.baseAddress, count > 0 else { return ByteSource([]) }
    let raw = UnsafeRawPointer(base)
    var size = count
    var index = 0
    while index < count {
      if index + 32 <= count, isASCII(input, at: index, words: 4) {
        index += 32
        continue
      }
      if index + 8 <= count, isASCII(input, at: index, words: 1) {
        index += 8
        continue
      }
      if base[index] >= 0x80 { size += windows1252Scalar(base[index]) < 0x800 ? 1 : 2 }
      index += 1
    }
    let output = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    let rawOutput = UnsafeMutableRawPointer(output)
    var position = 0
    index = 0
    while index < count {
      if index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if word & ByteWord.highBits == 0 {
          rawOutput.storeBytes(of: word, toByteOffset: position, as: UInt64.self)
          (index, position) = (index + 8, position + 8)
          continue
        }
      }
      let byte = base[index]
      index += 1
      if byte < 0x80 {
        output[position] = byte
        position += 1
        continue
      }
      let scalar = windows1252Scalar(byte)
      if scalar < 0x800 {
        output[position] = UInt8(0xC0 | (scalar >> 6))
        output[position + 1] = UInt8(0x80 | (scalar & 0x3F))
        position += 2
      } else {
        output[position] = UInt8(0xE0 | (scalar >> 12))
        output[position + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
        output[position + 2] = UInt8(0x80 | (scalar & 0x3F))
        position += 3
      }
    }
    assert(position == size)
    return ByteSource(adopting: output, count: size)
  }

  /// The Unicode scalar of a Windows-1252 byte of 0x80 or more.
  @inline(__always)
  private static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
    byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
  }

  /// The Unicode scalars of Windows-1252 bytes 0x80–0x9F.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]
}
