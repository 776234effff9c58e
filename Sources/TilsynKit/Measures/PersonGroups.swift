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

  /// Groups `records` by `person`, ordering each person's records by `orderedBy` (stable). Records
  /// are placed straight into their slots (no optional wrapper, no second copy), and a person's
  /// records that are already in order — the usual case, as extracts are written person by person and
  /// date by date — are not sorted again. The counting runs on raw buffers: one pass per record with
  /// no bounds or uniqueness checks. Inlined, so that `person` and `orderedBy` are compiled into the
  /// loops instead of being called once per record.
  @inline(__always)
  public init(
    _ records: [Record], persons: Int, person: (Record) -> PersonIndex,
    orderedBy areInIncreasingOrder: (Record, Record) -> Bool
  ) {
    var offsets = [Int32](repeating: 0, count: persons + 1)
    var grouped = [Record](unsafeUninitializedCapacity: records.count) { buffer, count in
      records.withUnsafeBufferPointer { records in
        offsets.withUnsafeMutableBufferPointer { offsets in
          for record in records { offsets[Int(person(record).value) + 1] += 1 }
          for index in 1..<offsets.count { offsets[index] += offsets[index - 1] }
          var next = Array(offsets)
          next.withUnsafeMutableBufferPointer { next in
            for record in records {
              let p = Int(person(record).value)
              (buffer.baseAddress! + Int(next[p])).initialize(to: record)
              next[p] += 1
            }
          }
        }
      }
      count = records.count
    }
    grouped.withUnsafeMutableBufferPointer { grouped in
      for p in 0..<persons {
        let range = Int(offsets[p])..<Int(offsets[p + 1])
        guard range.count > 1 else { continue }
        let isSorted = range.dropFirst().allSatisfy { !areInIncreasingOrder(grouped[$0], grouped[$0 - 1]) }
        if !isSorted { grouped[range].sort(by: areInIncreasingOrder) }
      }
    }
    self.records = grouped
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
