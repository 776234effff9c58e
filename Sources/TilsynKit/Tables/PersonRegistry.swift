/// Interns one municipality's `person_id`s into dense `PersonIndex` numbers, so every table of the
/// municipality refers to a person by a 4-byte integer (SPEC 3.1: ids are scoped to their
/// municipality). Open addressing over a flat byte arena: no allocation per lookup. An id of up to
/// seven bytes is also kept packed beside its slot, so finding it touches one cache line.
package struct PersonRegistry: Sendable {
  /// All ids back to back; id `i` is `arena[offsets[i]..<offsets[i + 1]]`.
  private var arena: [UInt8] = []
  private var offsets: [Int32] = [0]
  /// Hash slots, two words each: a 32-bit tag of the id's hash (which also picks the slot) beside
  /// `index + 1` (0 when empty), then the id's short key (`shortKey`).
  private var slots: [UInt64] = Array(repeating: 0, count: 2 * 1024)
  /// The short key of each index, in index order, and the index of the short id looked up last.
  /// Extracts list a person's rows together, and persons in the same order in every table (by
  /// `person_id`), so an id is usually the last one or a few indices past it: found by reading on
  /// here, instead of by a hash probe that misses the cache.
  private var shortKeys: [UInt64] = []
  private var lastIndex = 0
  /// How many indices from the last one on are tried before the hash table.
  private static let lookahead = 9

  package init() {}

  /// The number of distinct persons.
  package var count: Int { offsets.count - 1 }

  /// The index of `id`, adding it if it is new.
  /// - Complexity: O(length of `id`) expected.
  package mutating func index(of id: UnsafeBufferPointer<UInt8>) -> PersonIndex {
    let key = Self.shortKey(id)
    guard key != Self.longKey else { return lookUp(id, key: key) }
    // Equal short keys mean equal ids, so a match here is exact.
    let end = min(lastIndex + Self.lookahead, shortKeys.count)
    var index = lastIndex
    while index < end, shortKeys[index] != key { index += 1 }
    lastIndex = index < end ? index : Int(lookUp(id, key: key).value)
    return PersonIndex(Int32(lastIndex))
  }

  private mutating func lookUp(_ id: UnsafeBufferPointer<UInt8>, key: UInt64) -> PersonIndex {
    var hasher = ByteHasher()
    hasher.combine(id)
    let tag = hasher.value >> 32
    let mask = slots.count / 2 - 1
    var slot = Int(tag) & mask
    while true {
      let entry = slots[2 * slot]
      if entry == 0 { break }
      if entry >> 32 == tag && slots[2 * slot + 1] == key {
        let index = Int(entry & 0xFFFF_FFFF) - 1
        if key != Self.longKey || equals(index, id) { return PersonIndex(Int32(index)) }
      }
      slot = (slot + 1) & mask
    }
    let index = count
    arena.append(contentsOf: id)
    offsets.append(Int32(arena.count))
    shortKeys.append(key)
    slots[2 * slot] = tag << 32 | UInt64(index + 1)
    slots[2 * slot + 1] = key
    if count * 4 > slots.count { grow() }
    return PersonIndex(Int32(index))
  }

  /// The `person_id` of `person`, as written in the extract.
  /// The id's UTF-8 bytes, without a copy (the case lists write them straight out).
  package func idBytes(of person: PersonIndex) -> ArraySlice<UInt8> {
    let index = Int(person.value)
    return arena[Int(offsets[index])..<Int(offsets[index + 1])]
  }

  package func id(of person: PersonIndex) -> String {
    let index = Int(person.value)
    return String(decoding: arena[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
  }

  /// The key of an id of longer than seven bytes: such ids are compared in the arena.
  private static let longKey = UInt64.max

  /// An id of up to seven bytes packed with its length in the top byte (byte `i` of the id in bits
  /// `8i ..< 8i + 8`, read by `ByteWord.load`); `longKey` otherwise. Equal short keys mean equal ids.
  @inline(__always)
  static func shortKey(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard id.count <= 7 else { return longKey }
    return ByteWord.load(id, at: 0, count: id.count) | UInt64(id.count) << 56
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
    let mask = slots.count / 2 - 1
    for position in stride(from: 0, to: old.count, by: 2) where old[position] != 0 {
      var slot = Int(old[position] >> 32) & mask
      while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
      slots[2 * slot] = old[position]
      slots[2 * slot + 1] = old[position + 1]
    }
  }
}
