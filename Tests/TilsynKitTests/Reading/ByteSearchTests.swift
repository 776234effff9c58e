import Testing

@testable import TilsynKit

/// The word-at-a-time search finds exactly what a byte-by-byte search finds: at every start, with
/// the match in the first word, a later word or the sub-word tail, next to bytes that differ from a
/// searched one by a single bit or a borrow (0x00, 0x01, 0x80, 0xFF), and with no match at all.
@Suite struct ByteSearchTests {
  static func naive(_ bytes: [UInt8], from start: Int, _ targets: Set<UInt8>) -> Int {
    bytes[start...].firstIndex(where: targets.contains) ?? bytes.count
  }

  @Test func agreesWithAByteByByteSearch() {
    var generator = SplitMix(state: 11)
    let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0D, 0x22, 0x23, 0x3B, 0x3A, 0x80, 0xFF, 0x61]
    for length in 0..<40 {
      for _ in 0..<30 {
        let bytes = (0..<length).map { _ in
          // Mostly letters, so matches fall in every word position.
          generator.next() % 4 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : 0x61
        }
        bytes.withUnsafeBufferPointer { buffer in
          for start in 0...length {
            #expect(
              ByteSearch.firstIndex(in: buffer, from: start, of: 0x22, or: 0x0A)
                == Self.naive(bytes, from: start, [0x22, 0x0A]))
            #expect(
              ByteSearch.firstIndex(in: buffer, from: start, of: 0x3B, or: 0x0A, or: 0x0D)
                == Self.naive(bytes, from: start, [0x3B, 0x0A, 0x0D]))
          }
        }
      }
    }
  }

  @Test func equalBytesMarksExactlyTheEqualBytes() {
    var generator = SplitMix(state: 12)
    let alphabet: [UInt8] = [0x00, 0x01, 0x0A, 0x0B, 0x3A, 0x3B, 0x3C, 0x7F, 0x80, 0xBB, 0xFF]
    for _ in 0..<5000 {
      let bytes = (0..<8).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
      for target in alphabet {
        let expected = bytes.enumerated().reduce(UInt64(0)) {
          $1.element == target ? $0 | 0x80 << (8 * UInt64($1.offset)) : $0
        }
        #expect(ByteSearch.equalBytes(word, ByteSearch.pattern(target)) == expected, "\(bytes) \(target)")
      }
    }
  }

  @Test func findsAMatchAfterManyWordsAndReportsNoneAsTheEnd() {
    let bytes = [UInt8](repeating: 0x61, count: 100) + [0x0D] + [UInt8](repeating: 0x61, count: 5)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(ByteSearch.firstIndex(in: buffer, from: 0, of: 0x3B, or: 0x0A, or: 0x0D) == 100)
      #expect(ByteSearch.firstIndex(in: buffer, from: 101, of: 0x3B, or: 0x0A, or: 0x0D) == 106)
      #expect(ByteSearch.firstIndex(in: buffer, from: 0, of: 0x22, or: 0x0A) == 106)
    }
  }

  /// `ByteMarker` sets bit i exactly where byte i of a block is one of its four bytes, for blocks of
  /// random bytes from an alphabet with near misses (0x0B next to LF, 0x3A/0x3C around ';', high bytes).
  @Test func byteMarkerMarksExactlyTheFourBytes() {
    var generator = SplitMix(state: 16)
    let alphabet: [UInt8] = [0x00, 0x0A, 0x0B, 0x0D, 0x22, 0x23, 0x3A, 0x3B, 0x3C, 0x61, 0x80, 0xBB, 0xFF]
    let marker = ByteMarker(0x3B, 0x0A, 0x22, 0x0D)
    for _ in 0..<5000 {
      let bytes = (0..<ByteMarker.width).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      let expected = bytes.enumerated().reduce(UInt32(0)) {
        [0x3B, 0x0A, 0x22, 0x0D].contains($1.element) ? $0 | 1 << UInt32($1.offset) : $0
      }
      #expect(bytes.withUnsafeBytes { marker.marks($0.baseAddress!) } == expected, "\(bytes)")
    }
  }
}
