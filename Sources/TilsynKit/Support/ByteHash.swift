/// A fast, deterministic 64-bit hash of byte strings (a multiply–xorshift mix over 8-byte words),
/// for the person-id interner and duplicate detection. Not cryptographic; every use verifies a hash
/// match byte by byte.
public struct ByteHasher {
  private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

  public init() {}

  /// Mixes `bytes` and their length into the hash.
  @inline(__always)
  public mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    let count = bytes.count
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= count {
        mix(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        index += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while index < count {
        tail |= UInt64(base[index]) << shift
        shift += 8
        index += 1
      }
      mix(tail)
    }
    mix(UInt64(count) | 0xA5A5_0000_0000_0000)
  }

  @inline(__always)
  private mutating func mix(_ word: UInt64) {
    state = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
    state ^= state >> 31
  }

  /// The hash of everything combined so far.
  public var value: UInt64 {
    var x = state
    x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
    x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
    return x ^ (x >> 31)
  }
}
