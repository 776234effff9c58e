#if arch(x86_64)
  import _Builtin_intrinsics.intel
#endif

/// Marks which bytes of a block are one of four given bytes, one bit per byte (bit i for byte i):
/// the scanner's test for a delimiter, line feed, quote or carriage return. On x86-64 a block is 16
/// bytes, compared at once with SSE2 (part of every x86-64 CPU, so no build flag or CPU check is
/// needed); elsewhere 8 bytes, with the SWAR compares of `ByteSearch`.
struct ByteMarker {
  #if arch(x86_64)
    /// The bytes in one block.
    static let width = 16
    private let a: __m128i, b: __m128i, c: __m128i, d: __m128i
  #else
    static let width = 8
    private let a: UInt64, b: UInt64, c: UInt64, d: UInt64
  #endif

  init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
    #if arch(x86_64)
      (self.a, self.b) = (_mm_set1_epi8(CChar(bitPattern: a)), _mm_set1_epi8(CChar(bitPattern: b)))
      (self.c, self.d) = (_mm_set1_epi8(CChar(bitPattern: c)), _mm_set1_epi8(CChar(bitPattern: d)))
    #else
      (self.a, self.b) = (ByteSearch.pattern(a), ByteSearch.pattern(b))
      (self.c, self.d) = (ByteSearch.pattern(c), ByteSearch.pattern(d))
    #endif
  }

  /// Bit i set where byte i of the `width` bytes at `bytes` is one of the four.
  @inline(__always)
  func marks(_ bytes: UnsafeRawPointer) -> UInt32 {
    #if arch(x86_64)
      let block = _mm_loadu_si128(bytes.assumingMemoryBound(to: __m128i.self))
      let found = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(block, a), _mm_cmpeq_epi8(block, b)),
        _mm_or_si128(_mm_cmpeq_epi8(block, c), _mm_cmpeq_epi8(block, d)))
      return UInt32(truncatingIfNeeded: _mm_movemask_epi8(found))
    #else
      let word = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
      let highBits =
        ByteSearch.equalBytes(word, a) | ByteSearch.equalBytes(word, b) | ByteSearch.equalBytes(word, c)
        | ByteSearch.equalBytes(word, d)
      // The high bit of each byte, gathered into the low eight bits.
      return UInt32(truncatingIfNeeded: ((highBits >> 7) &* 0x0102_0408_1020_4080) >> 56)
    #endif
  }
}
