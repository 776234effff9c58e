/// A growable byte buffer with a stable address between appends, reused record after record for
/// quoted fields that must be unescaped. A class so the scanner can hand out pointers into it that
/// stay valid while the caller looks at the record.
final class ScratchBytes {
  private(set) var bytes: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 256) {
    self.capacity = capacity
    bytes = .allocate(capacity: capacity)
  }

  deinit { bytes.deallocate() }

  func removeAll() { count = 0 }

  func append(_ byte: UInt8) {
    reserve(count + 1)
    bytes[count] = byte
    count += 1
  }

  func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
    reserve(count + buffer.count)
    (bytes + count).update(from: base, count: buffer.count)
    count += buffer.count
  }

  private func reserve(_ needed: Int) {
    guard needed > capacity else { return }
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.update(from: bytes, count: count)
    bytes.deallocate()
    bytes = grown
    capacity = newCapacity
  }
}
