/// One table's records grouped by person, each person's records in the order given by `orderedBy`
/// (usually a date): every measure finds a person's conversations, offers or markings as one
/// contiguous run instead of searching the whole table.
///
/// Built with a counting sort on the dense `PersonIndex` — O(records + persons), no hashing.
///
/// The grouped records live in one immutable buffer that every copy of the value shares, and a person's
/// records are handed out as a `PersonRecords` view into it, which owns nothing: looking a person up
/// costs no reference counting (the measures do it per person per table, some 1.5 M persons at scale
/// 1). The price is a lifetime rule — a view is valid only while a `PersonGroups` sharing the buffer is
/// known to be alive. Take views from a parameter or from a stored property of `self` (both are kept
/// alive for the whole call), use them within that call, and never return or store them beyond it.
/// A local `PersonGroups` whose last use is the subscript may be released before the view is read.
struct PersonGroups<Record: Sendable>: Sendable {
  private let storage: Storage

  /// Groups `records` by `person`, ordering each person's records by `orderedBy` (stable). Records
  /// are placed straight into their slots (no optional wrapper, no second copy; in one block when
  /// they are grouped already), and a person's records that are already in order — the usual case,
  /// as extracts are written person by person and date by date — are not sorted again. The counting runs on raw buffers: one pass per record with
  /// no bounds or uniqueness checks. Inlined, so that `person` and `orderedBy` are compiled into the
  /// loops instead of being called once per record.
  @inline(__always)
  init(
    _ records: [Record], persons: Int, person: (Record) -> PersonIndex,
    orderedBy areInIncreasingOrder: (Record, Record) -> Bool
  ) {
    let offsets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: persons + 1)
    offsets.initialize(repeating: 0)
    let grouped = UnsafeMutableBufferPointer<Record>.allocate(capacity: records.count)
    records.withUnsafeBufferPointer { records in
      // Extracts list persons in the same order in every table, so a table's person indices usually
      // never fall: then the records are already grouped and are copied in one block.
      var isGrouped = true
      var previous = Int.min
      for record in records {
        let p = Int(person(record).value)
        offsets[p + 1] += 1
        isGrouped = isGrouped && p >= previous
        previous = p
      }
      for index in 1..<offsets.count { offsets[index] += offsets[index - 1] }
      if isGrouped {
        if let source = records.baseAddress { grouped.baseAddress!.initialize(from: source, count: records.count) }
        return
      }
      var next = Array(offsets)
      next.withUnsafeMutableBufferPointer { next in
        for record in records {
          let p = Int(person(record).value)
          (grouped.baseAddress! + Int(next[p])).initialize(to: record)
          next[p] += 1
        }
      }
    }
    for p in 0..<persons {
      let range = Int(offsets[p])..<Int(offsets[p + 1])
      guard range.count > 1 else { continue }
      let isSorted = range.dropFirst().allSatisfy { !areInIncreasingOrder(grouped[$0], grouped[$0 - 1]) }
      if !isSorted { grouped[range].sort(by: areInIncreasingOrder) }
    }
    storage = Storage(records: grouped, offsets: offsets)
  }

  /// Every record, grouped by person (persons in index order, each person's records in order). Valid
  /// under the rule of the type's comment.
  var records: PersonRecords<Record> { PersonRecords(UnsafeBufferPointer(storage.records)) }

  /// Person `person`'s records, in order; empty for a person outside the table's persons. Valid under
  /// the rule of the type's comment.
  @inline(__always)
  subscript(person: PersonIndex) -> PersonRecords<Record> {
    let p = Int(person.value)
    let offsets = storage.offsets
    guard p >= 0, p + 1 < offsets.count else { return PersonRecords() }
    let start = Int(offsets[p])
    return PersonRecords(UnsafeBufferPointer(rebasing: storage.records[start..<Int(offsets[p + 1])]))
  }

  /// The grouped records and the persons' offsets, allocated once when grouped and freed with the last
  /// copy of the `PersonGroups`. A class, so that its buffers have one owner and one address; the
  /// buffers, not arrays, so that reading them from a borrowed `PersonGroups` retains nothing.
  /// `@unchecked Sendable`: nothing is written after `init`, and `Record` is `Sendable`.
  private final class Storage: @unchecked Sendable {
    /// Initialized records, grouped by person.
    let records: UnsafeMutableBufferPointer<Record>
    /// `records[offsets[p]..<offsets[p + 1]]` are person `p`'s; `persons + 1` entries.
    let offsets: UnsafeMutableBufferPointer<Int32>

    /// Takes over `records`, which must be initialized, and `offsets`.
    init(records: UnsafeMutableBufferPointer<Record>, offsets: UnsafeMutableBufferPointer<Int32>) {
      self.records = records
      self.offsets = offsets
    }

    deinit {
      records.deinitialize()
      records.deallocate()
      offsets.deallocate()
    }
  }
}

/// A view of some of a `PersonGroups`' records — usually one person's, in order — that owns nothing:
/// passing it around and reading it costs no reference counting. It is valid only while the
/// `PersonGroups` it came from is alive (the rule in `PersonGroups`' comment); for that reason it is
/// not `Sendable`, and it must not be kept beyond the call that took it.
struct PersonRecords<Record>: RandomAccessCollection {
  private let buffer: UnsafeBufferPointer<Record>

  /// No records.
  init() { buffer = UnsafeBufferPointer(start: nil, count: 0) }

  fileprivate init(_ buffer: UnsafeBufferPointer<Record>) { self.buffer = buffer }

  var startIndex: Int { 0 }
  var endIndex: Int { buffer.count }
  /// Checked like an array's: out of bounds traps (the buffer's own check is debug-only).
  subscript(position: Int) -> Record {
    precondition(UInt(bitPattern: position) < UInt(buffer.count), "PersonRecords index out of range")
    return buffer[position]
  }
  func makeIterator() -> UnsafeBufferPointer<Record>.Iterator { buffer.makeIterator() }
}
