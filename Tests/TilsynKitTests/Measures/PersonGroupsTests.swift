import Testing
@testable import TilsynKit

/// `PersonGroups`: the counting sort by person, the per-person views into its one buffer, and the
/// buffer's lifetime.
@Suite struct PersonGroupsTests {
  /// A record with a sort key and its place in the input, so that the stable order can be checked;
  /// `token` lets a test watch whether the buffer releases every record.
  struct Entry: Sendable, Equatable {
    let person: PersonIndex
    let key: Int
    let serial: Int
    var token: Token? = nil
  }

  final class Token: Sendable, Equatable {
    static func == (lhs: Token, rhs: Token) -> Bool { lhs === rhs }
  }

  func group(_ entries: [Entry], persons: Int) -> PersonGroups<Entry> {
    PersonGroups(entries, persons: persons, person: \.person, orderedBy: { $0.key < $1.key })
  }

  /// Records in random order come back person by person, each person's by key, equal keys in input
  /// order (the stable order every measure relies on); `records` is the persons' runs one after another.
  @Test(arguments: [1, 2, 3, 4]) func recordsInRandomOrderAreGroupedInOrder(seed: UInt64) {
    var random = SplitMix(state: seed)
    let persons = 40
    let entries = (0..<600).map { serial in
      let person = PersonIndex(Int32.random(in: 0..<Int32(persons), using: &random))
      return Entry(person: person, key: Int.random(in: 0..<12, using: &random), serial: serial)
    }
    let groups = group(entries, persons: persons)
    var all: [Entry] = []
    for p in 0..<persons {
      let person = PersonIndex(Int32(p))
      let expected = entries.filter { $0.person == person }.sorted { ($0.key, $0.serial) < ($1.key, $1.serial) }
      #expect(Array(groups[person]) == expected, "person \(p), seed \(seed)")
      #expect(groups[person].count == expected.count)
      all += expected
    }
    #expect(Array(groups.records) == all)
  }

  /// A person without records, a person outside the table's persons and an empty table all give an
  /// empty view.
  @Test func absentPersonsGiveEmptyViews() {
    let groups = group([Entry(person: PersonIndex(2), key: 0, serial: 0)], persons: 4)
    #expect(groups[PersonIndex(0)].isEmpty)
    #expect(groups[PersonIndex(3)].isEmpty)
    #expect(groups[PersonIndex(4)].isEmpty)
    #expect(groups[PersonIndex(-1)].isEmpty)
    #expect(groups[PersonIndex(2)].map(\.serial) == [0])
    let empty = group([], persons: 3)
    #expect(empty[PersonIndex(1)].isEmpty)
    #expect(empty.records.isEmpty)
    #expect(group([], persons: 0)[PersonIndex(0)].isEmpty)
    #expect(PersonRecords<Entry>().isEmpty)
  }

  /// A copy shares the buffer and keeps it alive when the original is gone; when the last copy goes,
  /// every record in the buffer is released.
  @Test func viewsOfACopyOutliveTheOriginal() {
    weak var watched: Token?
    do {
      let token = Token()
      watched = token
      var original: PersonGroups<Entry>? = group(
        [
          Entry(person: PersonIndex(1), key: 2, serial: 0, token: token),
          Entry(person: PersonIndex(0), key: 0, serial: 1, token: token),
          Entry(person: PersonIndex(1), key: 1, serial: 2, token: token),
        ], persons: 2)
      let copy = original!
      original = nil
      withExtendedLifetime(copy) {
        #expect(copy[PersonIndex(1)].map(\.serial) == [2, 0])
        #expect(copy[PersonIndex(1)].allSatisfy { $0.token === token })
        #expect(copy[PersonIndex(0)].map(\.serial) == [1])
      }
    }
    #expect(watched == nil)
  }
}
