/// Finds the `dublet` rows of one file (SPEC 3.1): rows whose every trimmed field, extra columns
/// included, equals as text an earlier accepted row of the same file.
///
/// Rather than probing a hash table per row (a cache miss each, the largest cost of reading when
/// measured), the loader hands over each valid row's hash and ordinal during its pass, and the
/// finder sorts them once afterwards: rows with equal hash tags end up side by side, in file order,
/// and each such run is confirmed field by field, so a hash collision never rejects a row.
/// Identical rows validate identically, so "an earlier accepted row" is simply the first of the
/// identical rows.
struct DuplicateFinder {
  /// `tag << 32 | ordinal` per valid row, in ordinal order (a buffer without copy-on-write checks:
  /// one is added per row).
  private let keys: ScratchBuffer<UInt64>

  init(expectedRows: Int) { keys = ScratchBuffer(capacity: max(1, expectedRows)) }

  /// The hash of a valid row: of its person id and its parsed values, not of its text. Rows with
  /// the same fields validate to the same values, so they hash alike, quoted or not, and nothing is
  /// joined or copied per row. Rows whose values coincide while their text differs (a date in another
  /// format, a code in other letter case, another extra column) share a hash and are told apart by
  /// the field-by-field confirmation.
  @inline(__always)
  static func hash(_ values: ParsedRow, personId: UnsafeBufferPointer<UInt8>?) -> UInt64 {
    var hasher = ByteHasher()
    if let personId { hasher.combine(personId) }
    for value in values.values { hasher.combine(word: value.hashWord) }
    return hasher.value
  }

  /// Adds the valid row with this ordinal (0, 1, 2, … in file order).
  @inline(__always)
  func add(hash: UInt64, ordinal: Int) {
    keys.append((hash >> 32) << 32 | UInt64(UInt32(ordinal)))
  }

  /// The ordinals, ascending, of the rows that repeat an earlier row. `sameFields(a, b)` says
  /// whether rows `a` and `b` have the same fields. Called once, after the last `add`: it reorders
  /// the keys.
  /// - Complexity: O(n) for the sort (three stable 11-bit radix passes on the tag), plus one field
  ///   comparison per row that shares its tag with an earlier one.
  func duplicates(sameFields: (Int, Int) -> Bool) -> [Int] {
    guard keys.count > 1 else { return [] }
    let sorted = Self.sortedByTag(keys.mutableBuffer)
    var found: [Int] = []
    var runStart = 0
    while runStart < sorted.count {
      var runEnd = runStart + 1
      while runEnd < sorted.count, sorted[runEnd] >> 32 == sorted[runStart] >> 32 { runEnd += 1 }
      if runEnd - runStart > 1 {
        // Within a run the ordinals ascend; each row is compared with the distinct ones before it.
        var distinct: [Int] = []
        for key in sorted[runStart..<runEnd] {
          let ordinal = Int(key & 0xFFFF_FFFF)
          if distinct.contains(where: { sameFields($0, ordinal) }) {
            found.append(ordinal)
          } else {
            distinct.append(ordinal)
          }
        }
      }
      runStart = runEnd
    }
    return found.sorted()
  }

  /// LSD radix sort on the 32-bit tag (bits 32–63) in three 11-bit passes, whose 2,048 buckets
  /// stay in cache. Stable, so equal tags keep their ordinal order. The bucket counts of all three
  /// passes are taken in one read of the keys; the passes go from `keys` to a new (uninitialized,
  /// not zeroed) array and back, so `keys` is overwritten and the result is that array.
  static func sortedByTag(_ keys: UnsafeMutableBufferPointer<UInt64>) -> [UInt64] {
    let shifts: [UInt64] = [32, 43, 54]
    let buckets = 2048
    var starts = [Int](repeating: 0, count: shifts.count * buckets)
    starts.withUnsafeMutableBufferPointer { starts in
      for key in keys {
        for (pass, shift) in shifts.enumerated() { starts[pass * buckets + Int((key >> shift) & 0x7FF)] += 1 }
      }
      for pass in shifts.indices {
        var total = 0
        for bucket in pass * buckets..<(pass + 1) * buckets { (starts[bucket], total) = (total, total + starts[bucket]) }
      }
    }
    return [UInt64](unsafeUninitializedCapacity: keys.count) { other, initialized in
      starts.withUnsafeMutableBufferPointer { starts in
        var (source, target) = (keys, other)
        for (pass, shift) in shifts.enumerated() {  // an odd number of passes ends in `other`
          for key in source {
            let bucket = pass * buckets + Int((key >> shift) & 0x7FF)
            target[starts[bucket]] = key
            starts[bucket] += 1
          }
          swap(&source, &target)
        }
      }
      initialized = keys.count
    }
  }
}
