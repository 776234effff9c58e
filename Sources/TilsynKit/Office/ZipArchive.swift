/// A ZIP archive of stored (uncompressed) entries, the container of `.docx` and `.xlsx` files (SPEC 5:
/// written by the project itself). Office opens stored entries like deflated ones; the files stay
/// small (letters of a few kB, a workbook of the period's tables).
///
/// Deterministic: every entry carries the fixed date 1 January 1980 00:00 (the earliest the DOS date
/// field holds) and no extra fields, so the same entries give byte-identical archives (SPEC 5).
/// Entries are written in the order given; Office requires `[Content_Types].xml` but not its
/// position, and callers put it first anyway.
struct ZipArchive: Sendable {
  private(set) var entries: [(name: String, bytes: [UInt8])] = []

  init() {}

  /// Adds an entry; `name` is a relative path with `/` (a part name of the package).
  mutating func add(_ name: String, _ bytes: [UInt8]) {
    precondition(!entries.contains { $0.name == name }, "duplicate ZIP entry \(name)")
    entries.append((name, bytes))
  }

  /// Adds an entry holding `text` as UTF-8.
  mutating func add(_ name: String, text: String) { add(name, Array(text.utf8)) }

  /// DOS time 00:00:00 and date 1980-01-01 (`(1980 − 1980) << 9 | 1 << 5 | 1`).
  static let dosTime: UInt16 = 0
  static let dosDate: UInt16 = 0x0021
  /// General-purpose flag bit 11: the names are UTF-8.
  static let utf8Flag: UInt16 = 1 << 11

  /// The archive's bytes: local headers and data, the central directory, its end record. Sizes are
  /// limited to 4 GiB and 65 535 entries (no ZIP64), far above any report.
  var bytes: [UInt8] {
    var out = ByteBuffer()
    var central = ByteBuffer()
    for entry in entries {
      precondition(entry.bytes.count < Int(UInt32.max) && out.bytes.count < Int(UInt32.max), "ZIP entry too large")
      let name = Array(entry.name.utf8)
      let crc = CRC32.checksum(entry.bytes)
      let offset = UInt32(out.bytes.count)
      out.u32(0x0403_4B50)  // local file header
      out.u16(20)  // version needed: 2.0
      out.u16(Self.utf8Flag)
      out.u16(0)  // stored
      out.u16(Self.dosTime)
      out.u16(Self.dosDate)
      out.u32(crc)
      out.u32(UInt32(entry.bytes.count))
      out.u32(UInt32(entry.bytes.count))
      out.u16(UInt16(name.count))
      out.u16(0)  // no extra field
      out.bytes += name
      out.bytes += entry.bytes
      central.u32(0x0201_4B50)  // central directory header
      central.u16(20)  // made by: 2.0, MS-DOS attributes
      central.u16(20)
      central.u16(Self.utf8Flag)
      central.u16(0)
      central.u16(Self.dosTime)
      central.u16(Self.dosDate)
      central.u32(crc)
      central.u32(UInt32(entry.bytes.count))
      central.u32(UInt32(entry.bytes.count))
      central.u16(UInt16(name.count))
      central.u16(0)  // extra
      central.u16(0)  // comment
      central.u16(0)  // disk
      central.u16(0)  // internal attributes
      central.u32(0)  // external attributes
      central.u32(offset)
      central.bytes += name
    }
    precondition(entries.count <= Int(UInt16.max), "too many ZIP entries")
    let centralOffset = UInt32(out.bytes.count)
    out.bytes += central.bytes
    out.u32(0x0605_4B50)  // end of central directory
    out.u16(0)
    out.u16(0)
    out.u16(UInt16(entries.count))
    out.u16(UInt16(entries.count))
    out.u32(UInt32(central.bytes.count))
    out.u32(centralOffset)
    out.u16(0)  // no comment
    return out.bytes
  }
}

/// Little-endian integers appended to bytes, as ZIP writes them.
struct ByteBuffer {
  var bytes: [UInt8] = []

  mutating func u16(_ value: UInt16) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
  }

  mutating func u32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
