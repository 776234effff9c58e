import Foundation
import Testing
@testable import TilsynKit

/// The example vectors of FIPS 180-4 / NIST's SHA-256 examples, plus streaming in odd pieces, each
/// through the portable rounds and (where the CPU has them) the x86 SHA instructions.
@Suite struct SHA256Tests {
  /// The paths to check: the portable rounds always, the SHA instructions where the CPU has them.
  static let paths = SHA256.blockInstructionsAvailable ? [false, true] : [false]

  /// The hex digest of `bytes`, with the SHA instructions or without.
  static func hex(_ bytes: [UInt8], instructions: Bool) -> String {
    var hasher = SHA256(usingBlockInstructions: instructions)
    hasher.update(bytes)
    return MultiBufferSHA256.hex(hasher.finalize())
  }

  @Test(arguments: paths) func emptyString(instructions: Bool) {
    #expect(Self.hex([], instructions: instructions) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test(arguments: paths) func abc(instructions: Bool) {
    #expect(
      Self.hex(Array("abc".utf8), instructions: instructions)
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  /// The two-block message of the NIST examples (448 bits).
  @Test(arguments: paths) func multiBlockMessage(instructions: Bool) {
    let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    #expect(
      Self.hex(Array(message.utf8), instructions: instructions)
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  /// The 896-bit message of FIPS 180-4's examples.
  @Test(arguments: paths) func longerMultiBlockMessage(instructions: Bool) {
    let message =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    #expect(
      Self.hex(Array(message.utf8), instructions: instructions)
        == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
  }

  @Test(arguments: paths) func oneMillionAs(instructions: Bool) {
    #expect(
      Self.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), instructions: instructions)
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test(arguments: paths) func streamingInPiecesGivesTheSameDigest(instructions: Bool) {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var hasher = SHA256(usingBlockInstructions: instructions)
    var index = 0
    for piece in [1, 63, 64, 65, 7, 300, 500] where index < bytes.count {
      let end = min(index + piece, bytes.count)
      hasher.update(Array(bytes[index..<end]))
      index = end
    }
    #expect(MultiBufferSHA256.hex(hasher.finalize()) == Self.hex(bytes, instructions: false))
  }

  /// The SHA instructions and the portable rounds agree on seeded random messages of every length
  /// around the block and padding boundaries, and on long ones (many blocks in one call).
  @Test(.enabled(if: SHA256.blockInstructionsAvailable, "the CPU has no SHA instructions"))
  func instructionsAgreeWithThePortableRounds() {
    var random = SplitMix(state: 1804)
    for length in Array(0...200) + [1000, 4095, 4096, 4097, 65_536 + 17, 1_000_003] {
      let message = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      #expect(Self.hex(message, instructions: true) == Self.hex(message, instructions: false), "length \(length)")
    }
  }

  /// CPUID's answer agrees with the flags Linux lists in /proc/cpuinfo, and the default hasher
  /// follows it.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/cpuinfo"), "no /proc/cpuinfo"))
  func detectionAgreesWithTheKernelsCPUFlags() throws {
    let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
    // x86 lists "flags"; other CPUs list none of these, and then the instructions are never used.
    let flagsLine = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
    let flags = Set(flagsLine.split(separator: " ").map(String.init))
    #expect(SHA256.blockInstructionsAvailable == flags.isSuperset(of: ["sha_ni", "ssse3", "sse4_1"]))
    #expect(SHA256().usesBlockInstructions == SHA256.blockInstructionsAvailable)
    #expect(!SHA256(usingBlockInstructions: false).usesBlockInstructions)
  }
}

/// The multi-buffer SHA-256 gives, message for message, the digest of the scalar one (which the
/// FIPS vectors pin down), across the padding boundaries and with more messages than lanes.
@Suite struct MultiBufferSHA256Tests {
  @Test func agreesWithTheScalarDigestForEveryLength() {
    var messages: [[UInt8]] = [[], Array("abc".utf8)]
    for length in [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096, 100_001] {
      messages.append((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ length) })
    }
    let multi = Self.multiBufferHexDigests(messages)
    #expect(multi == messages.map { SHA256.hex($0) })
    #expect(multi[0] == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(multi[1] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  /// With fewer messages than lanes, or at the end of a long list, the last lanes are finished by
  /// the scalar hash, from inside the whole blocks or from the padded tail; the digests agree.
  @Test func lastLanesFinishedByTheScalarHashAgree() {
    let lengths = [0, 55, 56, 63, 64, 65, 119, 120, 128, 200, 4096, 70_001]
    for first in lengths.indices {
      for count in 1...4 where first + count <= lengths.count {
        let messages = lengths[first..<(first + count)].map { length in
          (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ length) }
        }
        #expect(Self.multiBufferHexDigests(messages) == messages.map { SHA256.hex($0) })
      }
    }
  }

  /// The multi-buffer digests of `messages`, each copied to memory of its own.
  static func multiBufferHexDigests(_ messages: [[UInt8]]) -> [String] {
    let pointers = messages.map { message in
      let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, message.count))
      copy.initialize(from: message, count: message.count)
      return UnsafeBufferPointer(start: copy, count: message.count)
    }
    defer { pointers.forEach { $0.baseAddress!.deallocate() } }
    return MultiBufferSHA256.hexDigests(pointers)
  }
}
