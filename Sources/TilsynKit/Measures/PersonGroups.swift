/// One table's records grouped by person, each person's records in the order given by `orderedBy`
/// (usually a date): every measure finds a person's conversations, offers or markings as one
/// contiguous slice instead of searching the whole table.
///
/// Built with a counting sort on the dense `PersonIndex` — O(records + persons), no hashing.
public struct PersonGroups<Record: Sendable>: Sendable {
  /// The records, grouped by person.
  public let records: [Record]
  /// `records[offsets[p]..<offsets[p + 1]]` are person `p`'s.
  private let offsets: [Int32]

  /// Groups `records` by `person`, ordering each person's records by `orderedBy` (stable).
  public init(
    _ records: [Record], persons: Int, person: (Record) -> PersonIndex,
    orderedBy areInIncreasingOrder: (Record, Record) -> Bool
  ) {
    var counts = [Int32](repeating: 0, count: persons + 1)
    for record in records { counts[Int(person(record).value) + 1] += 1 }
    for index in 1..<counts.count { counts[index] += counts[index - 1] }
    let offsets = counts
    var next = counts
    var grouped = [Record?](repeating: nil, count: records.count)
    for record in records {
      let p = Int(person(record).value)
      grouped[Int(next[p])] = record
      next[p] += 1
    }
    var result = grouped.map { $0! }
    for p in 0..<persons {
      let range = Int(offsets[p])..<Int(offsets[p + 1])
      if range.count > 1 { result[range].sort(by: areInIncreasingOrder) }
    }
    self.records = result
    self.offsets = offsets
  }

  /// Person `person`'s records, in order.
  @inline(__always)
  public subscript(person: PersonIndex) -> ArraySlice<Record> {
    let p = Int(person.value)
    guard p + 1 < offsets.count else { return [] }
    return records[Int(offsets[p])..<Int(offsets[p + 1])]
  }
}
