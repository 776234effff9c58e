import Testing
@testable import TilsynKit

@Suite struct ZipArchiveTests {
  /// The standard check values of CRC-32 (the ISO 3309 / ZIP CRC).
  @Test func crcKnownValues() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("a".utf8)) == 0xE8B7_BE43)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
  }

  /// One entry `a` holding `a`: a local header (30 bytes + name + data), a central header (46 +
  /// name) and the end record (22): 101 bytes, laid out as worked out by hand from the ZIP format.
  @Test func smallestArchiveByHand() throws {
    var archive = ZipArchive()
    archive.add("a", text: "a")
    let bytes = archive.bytes
    #expect(bytes.count == 30 + 1 + 1 + 46 + 1 + 22)
    #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
    #expect(Array(bytes[8..<10]) == [0, 0])  // stored
    #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x00])  // 00:00, 1980-01-01
    #expect(Array(bytes[14..<18]) == [0x43, 0xBE, 0xB7, 0xE8])  // CRC of "a", little-endian
    #expect(Array(bytes[18..<26]) == [1, 0, 0, 0, 1, 0, 0, 0])
    #expect(bytes[30] == UInt8(ascii: "a") && bytes[31] == UInt8(ascii: "a"))
    #expect(Array(bytes[32..<36]) == [0x50, 0x4B, 0x01, 0x02])
    #expect(Array(bytes[79..<83]) == [0x50, 0x4B, 0x05, 0x06])
    #expect(Array(bytes[91..<95]) == [47, 0, 0, 0])  // central directory size
    #expect(Array(bytes[95..<99]) == [32, 0, 0, 0])  // its offset
  }

  @Test func readsBackWithNamesAndCRCs() throws {
    var archive = ZipArchive()
    archive.add("[Content_Types].xml", text: "<x/>")
    archive.add("mappe/æøå.txt", text: "Ærø")
    archive.add("tom", [])
    let reader = try OfficeReader(archive.bytes)
    #expect(reader.names == ["[Content_Types].xml", "mappe/æøå.txt", "tom"])
    #expect(reader.entries["mappe/æøå.txt"] == Array("Ærø".utf8))
    #expect(reader.entries["tom"] == [])
    #expect(reader.dates == [[0, 0x21]])
    #expect(archive.bytes == archive.bytes)
  }
}
