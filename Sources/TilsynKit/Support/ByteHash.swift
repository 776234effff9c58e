/// A fast, deterministic 64-bit hash of byte strings (a multiply–xorshift mix over 8-byte words),
/// for the person-id interner and duplicate detection. Not cryptographic; every use verifies a hash
/// match byte by byte.
struct ByteHasher {
  private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

  init() {}

  /// Mixes `bytes` and their length into the hash. Reads only inside `bytes`: 8-byte words, then
  /// the tail as two overlapping 4-byte loads (4–7 bytes) or three single bytes (1–3), as wyhash does.
  @inline(__always)
  mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
    let count = bytes.count
    guard let base = bytes.baseAddress, count > 0 else {
      mix(0xA5A5_0000_0000_0000)
      return
    }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= count {
      mix(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      index += 8
    }
    let rest = count - index
    if rest >= 4 {
      let low = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
      let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      mix(low | high << 32)
    } else if rest > 0 {
      mix(UInt64(base[index]) | UInt64(base[index + rest / 2]) << 8 | UInt64(base[count - 1]) << 16)
    }
    mix(UInt64(count) | 0xA5A5_0000_0000_0000)
  }

  /// Mixes one 64-bit word into the hash.
  @inline(__always)
  mutating func combine(word: UInt64) { mix(word) }

  @inline(__always)
  private mutating func mix(_ word: UInt64) {
    state = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
    state ^= state >> 31
  }

  /// The hash of everything combined so far.
  var value: UInt64 {
    var x = state
    x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
    x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
    return x ^ (x >> 31)
  }
}
