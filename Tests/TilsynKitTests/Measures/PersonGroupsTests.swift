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

  /// Records already grouped by person (as extracts write them) take the block copy; one record out
  /// of place at the very end takes the counting sort. Either way each person's records come back by
  /// key, equal keys in input order, and persons with no records are empty.
  @Test(arguments: [false, true]) func groupedRecordsComeBackTheSameWay(lastOutOfPlace: Bool) {
    var entries = [
      Entry(person: PersonIndex(0), key: 5, serial: 0), Entry(person: PersonIndex(0), key: 1, serial: 1),
      Entry(person: PersonIndex(0), key: 5, serial: 2), Entry(person: PersonIndex(2), key: 3, serial: 3),
      Entry(person: PersonIndex(4), key: 0, serial: 4), Entry(person: PersonIndex(4), key: 9, serial: 5),
    ]
    if lastOutOfPlace { entries.append(Entry(person: PersonIndex(2), key: 1, serial: 6)) }
    let groups = group(entries, persons: 5)
    // Worked out by hand: person 0 by key (1, then the two 5s in input order), person 2's key 1
    // (when there) before its key 3, person 4 as given; persons 1 and 3 have none.
    #expect(groups[PersonIndex(0)].map(\.serial) == [1, 0, 2])
    #expect(groups[PersonIndex(1)].isEmpty)
    #expect(groups[PersonIndex(2)].map(\.serial) == (lastOutOfPlace ? [6, 3] : [3]))
    #expect(groups[PersonIndex(3)].isEmpty)
    #expect(groups[PersonIndex(4)].map(\.serial) == [4, 5])
    #expect(groups.records.map(\.serial) == (lastOutOfPlace ? [1, 0, 2, 6, 3, 4, 5] : [1, 0, 2, 3, 4, 5]))
  }

  /// The block copy holds its records like the counting sort does: released with the last copy.
  @Test func groupedRecordsAreReleasedWithTheGroups() {
    weak var watched: Token?
    do {
      let token = Token()
      watched = token
      let groups = group(
        [Entry(person: PersonIndex(0), key: 1, serial: 0, token: token), Entry(person: PersonIndex(1), key: 0, serial: 1, token: token)],
        persons: 2)
      withExtendedLifetime(groups) { #expect(groups[PersonIndex(1)].allSatisfy { $0.token === token }) }
    }
    #expect(watched == nil)
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
