/// Interns one municipality's `person_id`s into dense `PersonIndex` numbers, so every table of the
/// municipality refers to a person by a 4-byte integer (SPEC 3.1: ids are scoped to their
/// municipality). Open addressing over a flat byte arena: no allocation per lookup.
public struct PersonRegistry: Sendable {
  /// All ids back to back; id `i` is `arena[offsets[i]..<offsets[i + 1]]`.
  private var arena: [UInt8] = []
  private var offsets: [Int32] = [0]
  /// Hash slots holding a 32-bit tag of the id's hash (which also picks the slot) beside
  /// `index + 1`; 0 when empty. One `UInt64` per slot, so a probe touches one cache line.
  private var slots: [UInt64] = Array(repeating: 0, count: 1024)

  public init() {}

  /// The number of distinct persons.
  public var count: Int { offsets.count - 1 }

  /// The index of `id`, adding it if it is new.
  /// - Complexity: O(length of `id`) expected.
  public mutating func index(of id: UnsafeBufferPointer<UInt8>) -> PersonIndex {
    var hasher = ByteHasher()
    hasher.combine(id)
    let tag = hasher.value >> 32
    let mask = slots.count - 1
    var slot = Int(tag) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      if entry >> 32 == tag {
        let index = Int(entry & 0xFFFF_FFFF) - 1
        if equals(index, id) { return PersonIndex(Int32(index)) }
      }
      slot = (slot + 1) & mask
    }
    let index = count
    arena.append(contentsOf: id)
    offsets.append(Int32(arena.count))
    slots[slot] = tag << 32 | UInt64(index + 1)
    if count * 2 > slots.count { grow() }
    return PersonIndex(Int32(index))
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

  /// Doubles the table, re-placing every entry by its tag.
  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry != 0 {
      var slot = Int(entry >> 32) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }
}
