import Foundation
import FoundationXML
@testable import TilsynKit

/// The tests' own reader of the ZIP container the Office files are written in: the end record, the
/// central directory and every local header, each entry's CRC recomputed, and the XML parts parsed
/// with Foundation's `XMLDocument`, so a test sees what Word or Excel would open.
struct OfficeReader {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Entry name → bytes, in archive order.
  var names: [String] = []
  var entries: [String: [UInt8]] = [:]
  /// The DOS date and time of every entry, local header and central directory alike.
  var dates: Set<[UInt16]> = []

  init(_ bytes: [UInt8]) throws {
    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    let end = bytes.count - 22
    guard end >= 0, u32(end) == 0x0605_4B50 else { throw Failure(description: "no end of central directory") }
    let count = u16(end + 10)
    var at = u32(end + 16)
    guard at + u32(end + 12) == end else { throw Failure(description: "central directory size/offset") }
    for _ in 0..<count {
      guard u32(at) == 0x0201_4B50 else { throw Failure(description: "central header at \(at)") }
      let method = u16(at + 10), crc = u32(at + 16), size = u32(at + 20), nameLength = u16(at + 28)
      let extra = u16(at + 30), comment = u16(at + 32), local = u32(at + 42)
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      dates.insert([UInt16(u16(at + 12)), UInt16(u16(at + 14))])
      guard method == 0, u32(at + 24) == size else { throw Failure(description: "\(name): not stored") }
      guard u32(local) == 0x0403_4B50, u16(local + 26) == nameLength,
        String(decoding: bytes[(local + 30)..<(local + 30 + nameLength)], as: UTF8.self) == name,
        u32(local + 14) == crc, u32(local + 18) == size
      else { throw Failure(description: "\(name): local header differs from central") }
      dates.insert([UInt16(u16(local + 10)), UInt16(u16(local + 12))])
      let start = local + 30 + nameLength + u16(local + 28)
      let data = Array(bytes[start..<(start + size)])
      guard CRC32.checksum(data) == UInt32(crc) else { throw Failure(description: "\(name): CRC mismatch") }
      names.append(name)
      entries[name] = data
      at += 46 + nameLength + extra + comment
    }
  }

  /// The part `name` parsed as XML (throws when it is missing or not well-formed).
  func xml(_ name: String) throws -> XMLDocument {
    guard let bytes = entries[name] else { throw Failure(description: "no part \(name)") }
    return try XMLDocument(data: Data(bytes), options: [])
  }

  /// The nodes of `name` an XPath finds; the parts' default namespace is matched by local names.
  func nodes(_ name: String, _ xpath: String) throws -> [XMLNode] {
    try xml(name).nodes(forXPath: xpath)
  }
}

extension XMLNode {
  /// The attribute `name` (a qualified name such as `w:val`) of an element. (Looked up in the list:
  /// swift-corelibs-foundation's `attribute(forName:)` finds nothing in a part with a default
  /// namespace.)
  func attribute(_ name: String) -> String? {
    (self as? XMLElement)?.attributes?.first { $0.name == name }?.stringValue
  }
}
