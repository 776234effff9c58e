#if arch(x86_64)
  import _Builtin_intrinsics.intel.cpuid
  import SHA256Instructions
#endif

/// SHA-256 (FIPS 180-4), written out so the manifest's checksums need nothing beyond the toolchain.
/// Streaming: `update` any number of times, then `finalize`. Whole blocks go through the x86 SHA
/// instructions where the CPU has them (`SHA256Instructions`), else through the portable rounds below;
/// the tests hold the two to the same digests.
package struct SHA256: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  /// Bytes not yet processed (fewer than 64).
  private var pending: [UInt8] = []
  private var length: UInt64 = 0
  /// Whether whole blocks go through the SHA instructions (the tests switch them off to check the
  /// portable rounds).
  let usesBlockInstructions: Bool

  package init() { self.init(usingBlockInstructions: SHA256.blockInstructionsAvailable) }

  /// A hasher that uses the SHA instructions only if `usingBlockInstructions` and the CPU has them.
  init(usingBlockInstructions: Bool) {
    usesBlockInstructions = usingBlockInstructions && SHA256.blockInstructionsAvailable
    pending.reserveCapacity(64)
  }

  /// Whether this CPU has the x86 SHA extensions and SSE4.1, which `SHA256Instructions` needs (CPUID
  /// leaf 7 EBX bit 29; leaf 1 ECX bits 9 and 19 for SSSE3 and SSE4.1).
  package static let blockInstructionsAvailable: Bool = {
    #if arch(x86_64)
      var (eax, ebx, ecx, edx): (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
      guard __get_cpuid(1, &eax, &ebx, &ecx, &edx) != 0, ecx & (1 << 9) != 0, ecx & (1 << 19) != 0 else {
        return false
      }
      guard __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 else { return false }
      return ebx & (1 << 29) != 0
    #else
      return false
    #endif
  }()

  /// Resumes a hash whose first `processed` bytes, a whole number of blocks, left `state` (the
  /// multi-buffer hash hands its last messages over this way).
  init(resuming state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32), processed: UInt64) {
    precondition(processed % 64 == 0, "resuming mid-block")
    self.init()
    self.state = state
    length = processed
  }

  /// The hex digest of `bytes`.
  package static func hex(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { hex($0) }
  }

  /// The hex digest of the bytes in `buffer`.
  package static func hex(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
    var hasher = SHA256()
    hasher.update(buffer)
    return hasher.finalize().map { byte in
      let digits = String(byte, radix: 16)
      return byte < 16 ? "0" + digits : digits
    }.joined()
  }

  package mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { update($0) }
  }

  package mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
    length &+= UInt64(bytes.count)
    var index = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: bytes[0..<take])
      index = take
      if pending.count == 64 {
        pending.withUnsafeBufferPointer { compress(blocks: $0.baseAddress!, count: 1) }
        pending.removeAll(keepingCapacity: true)
      }
    }
    let wholeBlocks = (bytes.count - index) / 64
    if wholeBlocks > 0 {
      compress(blocks: bytes.baseAddress! + index, count: wholeBlocks)
      index += 64 * wholeBlocks
    }
    if index < bytes.count { pending.append(contentsOf: bytes[index...]) }
  }

  /// The 32-byte digest. Pads as FIPS 180-4 § 5.1.1: a 1 bit, zeros, the 64-bit length in bits.
  package mutating func finalize() -> [UInt8] {
    let bitLength = length &* 8
    var tail = pending
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
    tail.withUnsafeBufferPointer { compress(blocks: $0.baseAddress!, count: $0.count / 64) }
    pending.removeAll()
    let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
  }

  /// `count` 64-byte blocks from `blocks` (FIPS 180-4 § 6.2.2), on the SHA instructions if in use.
  private mutating func compress(blocks: UnsafePointer<UInt8>, count: Int) {
    #if arch(x86_64)
      if usesBlockInstructions {
        withUnsafeMutableBytes(of: &state) { words in
          SHA256.roundConstants.withUnsafeBytes { constants in
            SHA256Instructions.compress(
              state: words.baseAddress!.assumingMemoryBound(to: UInt32.self), blocks: UnsafeRawPointer(blocks),
              count: count, constants: constants.baseAddress!)
          }
        }
        return
      }
    #endif
    for block in 0..<count { compress(block: UnsafeRawPointer(blocks + 64 * block)) }
  }

  /// One 64-byte block (FIPS 180-4 § 6.2.2). The message schedule is a 16-word ring computed as the
  /// rounds go (the same W_t as the standard's 64-word array), and the round constants are read
  /// through a pointer: no allocation and no bounds checks per round.
  @inline(__always)
  private mutating func compress(block: UnsafeRawPointer) {
    var (a, b, c, d, e, f, g, h) = state
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { w in
      SHA256.roundConstants.withUnsafeBufferPointer { k in
        for t in 0..<64 {
          let word: UInt32
          if t < 16 {
            word = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
          } else {
            let w15 = w[(t - 15) & 15]
            let w2 = w[(t - 2) & 15]
            let s0 = w15.rotatedRight(7) ^ w15.rotatedRight(18) ^ (w15 >> 3)
            let s1 = w2.rotatedRight(17) ^ w2.rotatedRight(19) ^ (w2 >> 10)
            word = w[t & 15] &+ s0 &+ w[(t - 7) & 15] &+ s1
          }
          w[t & 15] = word
          let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
          let choice = ((f ^ g) & e) ^ g
          let temp1 = h &+ s1 &+ choice &+ k[t] &+ word
          let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
          let majority = ((a ^ b) & (b ^ c)) ^ b
          (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
        }
      }
    }
    state = (
      state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h
    )
  }

  /// The round constants: the first 32 bits of the fractional parts of the cube roots of the first
  /// 64 primes (FIPS 180-4 § 4.2.2).
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}

extension UInt32 {
  @inline(__always)
  func rotatedRight(_ count: UInt32) -> UInt32 { (self >> count) | (self << (32 - count)) }
}
