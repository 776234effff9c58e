import Testing
@testable import TilsynKit

/// The example vectors of FIPS 180-4 / NIST's SHA-256 examples, plus streaming in odd pieces.
@Suite struct SHA256Tests {
  @Test func emptyString() {
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func abc() {
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  /// The two-block message of the NIST examples (448 bits).
  @Test func multiBlockMessage() {
    let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    #expect(SHA256.hex(Array(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  /// The 896-bit message of FIPS 180-4's examples.
  @Test func longerMultiBlockMessage() {
    let message =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    #expect(SHA256.hex(Array(message.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
  }

  @Test func oneMillionAs() {
    #expect(
      SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func streamingInPiecesGivesTheSameDigest() {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var hasher = SHA256()
    var index = 0
    for piece in [1, 63, 64, 65, 7, 300, 500] where index < bytes.count {
      let end = min(index + piece, bytes.count)
      hasher.update(Array(bytes[index..<end]))
      index = end
    }
    #expect(hasher.finalize() == { var h = SHA256(); h.update(bytes); return h.finalize() }())
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
