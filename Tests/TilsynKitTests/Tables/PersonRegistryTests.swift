import Testing
@testable import TilsynKit

@Suite struct PersonRegistryTests {
  /// Ids of every length from 1 to 64 (short ones packed in the slot, long ones in the arena), many
  /// enough to make the table grow several times: each gets one dense index and keeps it.
  @Test func internsEveryIdOnceAcrossGrowth() {
    var registry = PersonRegistry()
    let ids = (0..<50_000).map { n in String(n, radix: 36) + "_" + String(repeating: "x", count: n % 58) }
    var indices: [Int32] = []
    for id in ids {
      indices.append(Array(id.utf8).withUnsafeBufferPointer { registry.index(of: $0) }.value)
    }
    #expect(indices.enumerated().filter { $0.offset != Int($0.element) }.count == 0)
    #expect(registry.count == 50_000)
    let again = ids.reversed().map { id in Array(id.utf8).withUnsafeBufferPointer { registry.index(of: $0) }.value }
    #expect(again.reversed().enumerated().filter { $0.offset != Int($0.element) }.count == 0)
    for n in stride(from: 0, to: 50_000, by: 997) { #expect(registry.id(of: PersonIndex(Int32(n))) == ids[n]) }
    #expect(registry.count == 50_000)
  }

  /// Ids that differ only in length or in a late byte are different persons.
  @Test func similarIdsAreDifferentPersons() {
    var registry = PersonRegistry()
    let ids = ["a", "a\u{0}", "aa", "abcdefg", "abcdefh", "abcdefgh", "abcdefgi", "A"]
    let indices = ids.map { id in Array(id.utf8).withUnsafeBufferPointer { registry.index(of: $0) }.value }
    #expect(indices == [0, 1, 2, 3, 4, 5, 6, 7])
  }

  /// A repeat of the id looked up last takes a shortcut; it must give the same index as the table,
  /// for short ids, long ids (never cached) and after a different id in between.
  @Test func repeatedLookupsGiveTheSameIndex() {
    var registry = PersonRegistry()
    let ids = ["p1", "p1", "p2", "p1", "a-long-id-1", "a-long-id-1", "p2", "a-long-id-2", "p2", ""]
    let indices = ids.map { id in Array(id.utf8).withUnsafeBufferPointer { registry.index(of: $0) }.value }
    #expect(indices == [0, 0, 1, 0, 2, 2, 1, 3, 1, 4])
    #expect(registry.count == 5)
    var fresh = PersonRegistry()
    let longFirst = ["a-long-id-1", "a-long-id-1", "p1"].map { id in
      Array(id.utf8).withUnsafeBufferPointer { fresh.index(of: $0) }.value
    }
    #expect(longFirst == [0, 0, 1])
  }

  /// A second table lists a subset of the persons in the same order, with gaps shorter and longer
  /// than the look-ahead, and a person out of order: every id keeps its index, none is added.
  @Test func aLaterTableInTheSameOrderFindsEveryIndex() {
    var registry = PersonRegistry()
    let ids = (0..<100).map { "p\($0)" }
    for id in ids { _ = Array(id.utf8).withUnsafeBufferPointer { registry.index(of: $0) } }
    let subset = [0, 1, 2, 5, 12, 13, 40, 41, 3, 42, 99, 98]
    let found = subset.map { n in Array(ids[n].utf8).withUnsafeBufferPointer { registry.index(of: $0) }.value }
    #expect(found == subset.map(Int32.init))
    #expect(registry.count == 100)
  }

  /// The short key holds an id of up to seven bytes exactly: byte i in bits 8i..<8i+8, the length
  /// in the top byte (checked against the bytes laid out one by one), and distinct ids never share one.
  @Test func shortKeysPackTheIdExactly() {
    var random = SplitMix(state: 7)
    var seen: [UInt64: [UInt8]] = [:]
    for _ in 0..<5000 {
      let id = (0..<Int(random.next() % 8)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let expected = id.enumerated().reduce(UInt64(id.count) << 56) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
      let key = id.withUnsafeBufferPointer { PersonRegistry.shortKey($0) }
      #expect(key == expected, "\(id)")
      if let other = seen.updateValue(id, forKey: key) { #expect(other == id) }
    }
  }
}
