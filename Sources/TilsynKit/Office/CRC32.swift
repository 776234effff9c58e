/// CRC-32 as ZIP computes it (ISO 3309 / ITU-T V.42: the reflected polynomial `0xEDB88320`, initial
/// value and final XOR `0xFFFFFFFF`), for the stored entries of `ZipArchive` (SPEC 5, Office files).
/// `CRC32.checksum(Array("123456789".utf8)) == 0xCBF43926`, the standard check value.
enum CRC32 {
  /// The CRC of `bytes`.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// The CRC of every byte value, one bit at a time (the table-driven form's table).
  static let table: [UInt32] = (0..<256).map { value in
    var crc = UInt32(value)
    for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    return crc
  }
}
