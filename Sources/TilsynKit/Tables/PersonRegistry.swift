/// Interns one municipality's `person_id`s into dense `PersonIndex` numbers, so every table of the
/// municipality refers to a person by a 4-byte integer (SPEC 3.1: ids are scoped to their
/// municipality). Open addressing over a flat byte arena: no allocation per lookup.
public struct PersonRegistry: Sendable {
  /// All ids back to back; id `i` is `arena[offsets[i]..<offsets[i + 1]]`.
  private var arena: [UInt8] = []
  private var offsets: [Int32] = [0]
  /// Hash slots holding `index + 1`, 0 when empty; the count is a power of two.
  private var slots: [Int32] = Array(repeating: 0, count: 1024)
  private var slotHashes: [UInt32] = Array(repeating: 0, count: 1024)

  public init() {}

  /// The number of distinct persons.
  public var count: Int { offsets.count - 1 }

  /// The index of `id`, adding it if it is new.
  /// - Complexity: O(length of `id`) expected.
  public mutating func index(of id: UnsafeBufferPointer<UInt8>) -> PersonIndex {
    var hasher = ByteHasher()
    hasher.combine(id)
    let hash = hasher.value
    let shortHash = UInt32(truncatingIfNeeded: hash >> 32)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      if slotHashes[slot] == shortHash && equals(Int(entry - 1), id) { return PersonIndex(entry - 1) }
      slot = (slot + 1) & mask
    }
    let index = Int32(count)
    arena.append(contentsOf: id)
    offsets.append(Int32(arena.count))
    slots[slot] = index + 1
    slotHashes[slot] = shortHash
    if count * 2 > slots.count { grow() }
    return PersonIndex(index)
  }

  /// The `person_id` of `person`, as written in the extract.
  public func id(of person: PersonIndex) -> String {
    let index = Int(person.value)
    return String(decoding: arena[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
  }

  private func equals(_ index: Int, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(offsets[index])
    let end = Int(offsets[index + 1])
    guard end - start == id.count else { return false }
    for offset in 0..<id.count where arena[start + offset] != id[offset] { return false }
    return true
  }

  private mutating func grow() {
    let newCount = slots.count * 2
    var newSlots = [Int32](repeating: 0, count: newCount)
    var newHashes = [UInt32](repeating: 0, count: newCount)
    let mask = newCount - 1
    arena.withUnsafeBufferPointer { arena in
      for index in 0..<count {
        var hasher = ByteHasher()
        hasher.combine(UnsafeBufferPointer(rebasing: arena[Int(offsets[index])..<Int(offsets[index + 1])]))
        let hash = hasher.value
        var slot = Int(truncatingIfNeeded: hash) & mask
        while newSlots[slot] != 0 { slot = (slot + 1) & mask }
        newSlots[slot] = Int32(index + 1)
        newHashes[slot] = UInt32(truncatingIfNeeded: hash >> 32)
      }
    }
    slots = newSlots
    slotHashes = newHashes
  }
}
