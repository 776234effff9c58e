/// Eight bytes of a field in one little-endian word (the byte at the lowest address lowest), and
/// byte-parallel tests on such words ("SWAR"). A test on a word looks at each byte on its own: no
/// carry or borrow crosses from one byte to the next.
enum ByteWord {
  /// Each byte 0x01, times a byte value: that value in every byte.
  static let ones: UInt64 = 0x0101_0101_0101_0101
  /// The top bit of every byte.
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  /// `0` in every byte.
  static let zeros: UInt64 = 0x3030_3030_3030_3030

  /// The `count` (0…8) bytes of `field` at `offset` as a word, zero above them. Reads only those
  /// bytes: two overlapping loads for 2–7 bytes.
  @inline(__always)
  static func load(_ field: UnsafeBufferPointer<UInt8>, at offset: Int, count: Int) -> UInt64 {
    guard count > 0, let start = field.baseAddress else { return 0 }
    let base = UnsafeRawPointer(start + offset)
    if count >= 4 {
      if count == 8 { return UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) }
      let low = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)))
      let high = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
      return low | high &<< ((count &- 4) &* 8)
    }
    if count >= 2 {
      let low = UInt64(UInt16(littleEndian: base.loadUnaligned(as: UInt16.self)))
      let high = UInt64(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)))
      return low | high &<< ((count &- 2) &* 8)
    }
    return UInt64(base.load(as: UInt8.self))
  }

  /// The top bit set in each byte of `word` that lies in `lower...upper`, for words whose bytes are
  /// all below 0x80 (other bits are clear).
  @inline(__always)
  static func bytesInRange(_ word: UInt64, _ lower: UInt8, _ upper: UInt8) -> UInt64 {
    let atLeastLower = word &+ ones &* UInt64(0x80 - lower)
    let aboveUpper = word &+ ones &* UInt64(0x7F - upper)
    return atLeastLower & ~aboveUpper & highBits
  }

  /// `word` less `pattern`, byte by byte — the digits' values — if each byte of `word` is a digit
  /// where `pattern` holds `0` and is `pattern`'s byte everywhere else; otherwise `nil`.
  ///
  /// Exact although the subtraction may borrow: a valid byte never borrows or carries into the next,
  /// so the lowest invalid byte is tested on its own and fails.
  @inline(__always)
  static func digitValues(_ word: UInt64, pattern: UInt64) -> UInt64? {
    let values = word &- pattern
    let otherBytes = ((zeroBytes(pattern ^ zeros) ^ highBits) >> 7) &* 0xFF  // 0xFF where no digit goes
    let aboveNine = (values | (values &+ ones &* 0x76)) & highBits
    return aboveNine | (values & otherBytes) == 0 ? values : nil
  }

  /// 0x80 in each zero byte of `word`, 0 elsewhere (exact: no carry crosses bytes).
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    ~((word & ~highBits &+ ~highBits) | word) & highBits
  }

  /// Digit values taken in pairs: byte i becomes 10 × byte i + byte i + 1 (at most 99, no carry).
  @inline(__always)
  static func pairs(_ values: UInt64) -> UInt64 { values &* 10 &+ values >> 8 }

  /// The number written by eight digit values, the lowest byte the most significant digit.
  @inline(__always)
  static func decimalValue(_ values: UInt64) -> UInt64 {
    let pairs = pairs(values) & 0x00FF_00FF_00FF_00FF  // the even bytes' pairs
    let quads = (pairs &* 100 &+ pairs >> 16) & 0x0000_FFFF_0000_FFFF
    return (quads &* 10_000 &+ quads >> 32) & 0xFFFF_FFFF
  }

  /// Byte `index` of `word`.
  @inline(__always)
  static func byte(_ word: UInt64, _ index: Int) -> Int { Int(truncatingIfNeeded: word &>> (index &* 8) & 0xFF) }

  /// `word` with the ASCII capitals `A`–`Z` made small letters; every other byte stays as it is.
  @inline(__always)
  static func asciiLowercased(_ word: UInt64) -> UInt64 {
    let capitals = bytesInRange(word & ~highBits, UInt8(ascii: "A"), UInt8(ascii: "Z")) & ~word
    return word | capitals >> 2  // 0x80 >> 2 = 0x20, the case bit
  }

  /// Whether every byte of `word` is one of `A-Z a-z 0-9 _ -` (SPEC 3.1 `person_id`).
  @inline(__always)
  static func isPersonIdWord(_ word: UInt64) -> Bool {
    let ascii = word & ~highBits
    // Setting the case bit maps exactly `A-Z` and `a-z` into `a-z`.
    let letters = bytesInRange(ascii | ones &* 0x20, UInt8(ascii: "a"), UInt8(ascii: "z"))
    let digits = bytesInRange(ascii, UInt8(ascii: "0"), UInt8(ascii: "9"))
    let underscores = bytesInRange(ascii, UInt8(ascii: "_"), UInt8(ascii: "_"))
    let hyphens = bytesInRange(ascii, UInt8(ascii: "-"), UInt8(ascii: "-"))
    return (letters | digits | underscores | hyphens) & ~word == highBits
  }
}
