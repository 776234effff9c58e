/// Finds the next of two or three given bytes eight bytes at a time (SWAR: "SIMD within a
/// register"), for the scanner's hot loops: the end of an unquoted field (delimiter, CR, LF) and the
/// end of a quoted one (quote, LF). A word with none of the bytes is skipped with a few integer
/// operations instead of eight compares and branches.
enum ByteSearch {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The index of the first byte at or after `start` that is `a` or `b`, or `buffer.count`.
  @inline(__always)
  static func firstIndex(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, of a: UInt8, or b: UInt8) -> Int {
    let (wordA, wordB) = (ones &* UInt64(a), ones &* UInt64(b))
    return firstIndex(in: buffer, from: start) { word in zeroBytes(word ^ wordA) | zeroBytes(word ^ wordB) } byte: {
      $0 == a || $0 == b
    }
  }

  /// The index of the first byte at or after `start` that is `a`, `b` or `c`, or `buffer.count`.
  @inline(__always)
  static func firstIndex(
    in buffer: UnsafeBufferPointer<UInt8>, from start: Int, of a: UInt8, or b: UInt8, or c: UInt8
  ) -> Int {
    let (wordA, wordB, wordC) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
    return firstIndex(in: buffer, from: start) { word in
      zeroBytes(word ^ wordA) | zeroBytes(word ^ wordB) | zeroBytes(word ^ wordC)
    } byte: {
      $0 == a || $0 == b || $0 == c
    }
  }

  /// The high bit set in exactly the bytes of `word` that equal the byte repeated in `pattern`
  /// (`pattern` = `ones &* byte`); every other bit clear. Unlike `zeroBytes`, no borrow crosses
  /// bytes, so every set bit can be used, not only the lowest.
  @inline(__always)
  static func equalBytes(_ word: UInt64, _ pattern: UInt64) -> UInt64 { ByteWord.zeroBytes(word ^ pattern) }

  /// `byte` in every byte of a word, for `equalBytes`.
  @inline(__always)
  static func pattern(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

  /// The high bit set in every byte of `word` that is zero, and possibly in bytes above the first
  /// zero byte (a borrow can carry into them): the lowest set bit is always exact, which is all
  /// `firstIndex` uses.
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

  @inline(__always)
  private static func firstIndex(
    in buffer: UnsafeBufferPointer<UInt8>, from start: Int, word matches: (UInt64) -> UInt64,
    byte isMatch: (UInt8) -> Bool
  ) -> Int {
    let count = buffer.count
    guard let base = buffer.baseAddress else { return count }
    let raw = UnsafeRawPointer(base)
    var index = start
    while index + 8 <= count {
      let found = matches(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < count, !isMatch(base[index]) { index += 1 }
    return index
  }
}
