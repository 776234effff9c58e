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
}
