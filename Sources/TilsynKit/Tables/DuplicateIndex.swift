/// Remembers the accepted rows of one file by a hash of their fields, to find `dublet` rows: every
/// trimmed field, extra columns included, equal as text to an earlier accepted row (SPEC 3.1).
/// A hash match is confirmed field by field by the caller, so a hash collision never rejects a row.
struct DuplicateIndex {
  /// Slots holding `recordStart + 1`, 0 when empty; the count is a power of two.
  private var slots: [Int] = Array(repeating: 0, count: 4096)
  private var hashes: [UInt64] = Array(repeating: 0, count: 4096)
  private var count = 0

  /// The hash of a row's fields.
  static func hash(_ row: borrowing CSVRow) -> UInt64 {
    var hasher = ByteHasher()
    for index in 0..<row.count { hasher.combine(row[index]) }
    return hasher.value
  }

  /// The start offsets of earlier accepted rows with this hash.
  func candidates(hash: UInt64) -> [Int] {
    var found: [Int] = []
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      if hashes[slot] == hash { found.append(slots[slot] - 1) }
      slot = (slot + 1) & mask
    }
    return found
  }

  /// Whether any earlier accepted row has this hash (the fast path: almost always `false`).
  func contains(hash: UInt64) -> Bool {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      if hashes[slot] == hash { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  /// Records an accepted row that starts at `recordStart` in the file's text.
  mutating func insert(hash: UInt64, recordStart: Int) {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = recordStart + 1
    hashes[slot] = hash
    count += 1
  }

  private mutating func grow() {
    let oldSlots = slots
    let oldHashes = hashes
    slots = Array(repeating: 0, count: oldSlots.count * 2)
    hashes = Array(repeating: 0, count: oldSlots.count * 2)
    count = 0
    for (slot, hash) in zip(oldSlots, oldHashes) where slot != 0 {
      insert(hash: hash, recordStart: slot - 1)
    }
  }
}
