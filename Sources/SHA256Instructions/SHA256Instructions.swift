#if arch(x86_64)
  import _Builtin_intrinsics.intel

  /// SHA-256's block function (FIPS 180-4 § 6.2.2) on the x86 SHA extensions ("SHA-NI": `sha256rnds2`
  /// does two rounds, `sha256msg1`/`sha256msg2` extend the message schedule), about twice the speed of
  /// eight messages side by side in 256-bit vectors.
  ///
  /// This target alone is compiled with `-msha -msse4.1` (Package.swift), so its code uses
  /// instructions older x86-64 CPUs lack: call it only when `SHA256.blockInstructionsAvailable`
  /// (TilsynKit, which asks CPUID) is true. The instructions are reached through the C compiler's
  /// own intrinsics headers, which ship with the Swift toolchain; no library is involved.
  public enum SHA256Instructions {
    /// Runs `count` 64-byte blocks from `blocks` through the eight-word `state` (a, b, …, h), with
    /// the 64 round constants K (FIPS 180-4 § 4.2.2) at `constants`.
    @inline(never)
    public static func compress(
      state: UnsafeMutablePointer<UInt32>, blocks: UnsafeRawPointer, count: Int, constants: UnsafeRawPointer
    ) {
      // The message words are big-endian: this shuffle reverses the bytes of each 32-bit lane.
      let byteSwap = vector(SIMD4<UInt32>(0x0001_0203, 0x0405_0607, 0x0809_0a0b, 0x0c0d_0e0f))
      let abcd = SIMD4<UInt32>(state[0], state[1], state[2], state[3])
      let efgh = SIMD4<UInt32>(state[4], state[5], state[6], state[7])
      // `sha256rnds2` keeps the state in two registers, ABEF and CDGH, highest lane first.
      var abef = vector(SIMD4(efgh[1], efgh[0], abcd[1], abcd[0]))
      var cdgh = vector(SIMD4(efgh[3], efgh[2], abcd[3], abcd[2]))
      var block = blocks
      for _ in 0..<count {
        let savedABEF = abef
        let savedCDGH = cdgh
        /// Four rounds with message words `words` (W_4g … W_4g+3) and their constants.
        func rounds(_ words: __m128i, group: Int) {
          let constant = _mm_loadu_si128((constants + 16 * group).assumingMemoryBound(to: __m128i.self))
          let wordsPlusConstants = _mm_add_epi32(words, constant)
          cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wordsPlusConstants)
          // The next two rounds take the upper two words (the instruction reads the lower two).
          abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_unpackhi_epi64(wordsPlusConstants, wordsPlusConstants))
        }
        func load(_ offset: Int) -> __m128i {
          _mm_shuffle_epi8(_mm_loadu_si128((block + offset).assumingMemoryBound(to: __m128i.self)), byteSwap)
        }
        // The schedule's last four groups of four words: W_4g-16 … W_4g-1 when group g starts.
        var (w0, w1, w2, w3) = (load(0), load(16), load(32), load(48))
        rounds(w0, group: 0)
        rounds(w1, group: 1)
        rounds(w2, group: 2)
        rounds(w3, group: 3)
        for group in 4..<16 {
          // W_t = σ1(W_t-2) + W_t-7 + σ0(W_t-15) + W_t-16, four at a time: msg1 adds σ0, the aligned
          // middle words are W_t-7, and msg2 adds σ1 (which needs the words just computed).
          let sevenBack = shiftedByOneWord(low: w2, high: w3)
          let next = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), sevenBack), w3)
          (w0, w1, w2, w3) = (w1, w2, w3, next)
          rounds(next, group: group)
        }
        abef = _mm_add_epi32(abef, savedABEF)
        cdgh = _mm_add_epi32(cdgh, savedCDGH)
        block += 64
      }
      let (finalABEF, finalCDGH) = (lanes(abef), lanes(cdgh))
      (state[0], state[1], state[2], state[3]) = (finalABEF[3], finalABEF[2], finalCDGH[3], finalCDGH[2])
      (state[4], state[5], state[6], state[7]) = (finalABEF[1], finalABEF[0], finalCDGH[1], finalCDGH[0])
    }

    /// Words 1, 2, 3 of `low` and word 0 of `high` (`palignr` by four bytes, which the intrinsics
    /// offer only as a C macro; the compiler turns this shuffle into that instruction).
    @inline(__always)
    private static func shiftedByOneWord(low: __m128i, high: __m128i) -> __m128i {
      let (low, high) = (lanes(low), lanes(high))
      return vector(SIMD4(low[1], low[2], low[3], high[0]))
    }

    @inline(__always)
    private static func lanes(_ vector: __m128i) -> SIMD4<UInt32> { unsafeBitCast(vector, to: SIMD4<UInt32>.self) }

    @inline(__always)
    private static func vector(_ lanes: SIMD4<UInt32>) -> __m128i { unsafeBitCast(lanes, to: __m128i.self) }
  }
#endif
