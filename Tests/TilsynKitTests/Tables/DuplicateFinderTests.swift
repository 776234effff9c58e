import Testing

@testable import TilsynKit

/// The dublet finder's radix sort and run confirmation, against plain sorting and plain comparison.
@Suite struct DuplicateFinderTests {
  /// Keys are `tag << 32 | ordinal` in ordinal order; sorting them by tag, stably, is the same as
  /// sorting by the whole key. Tags are drawn from a few values (long runs) or from all 32 bits.
  @Test func radixSortEqualsSortingByTagThenOrdinal() {
    var random = SplitMix(state: 31)
    for count in [0, 1, 2, 3, 100, 5000] {
      for tagRange: UInt64 in [3, 1 << 32] {
        var keys = (0..<count).map { ordinal in (random.next() % tagRange) << 32 | UInt64(ordinal) }
        let expected = keys.sorted()
        let sorted = keys.withUnsafeMutableBufferPointer { DuplicateFinder.sortedByTag($0) }
        #expect(sorted == expected, "\(count) keys, tags below \(tagRange)")
      }
    }
  }

  /// Rows are repeats when their fields are the same, whatever their hashes share: rows 2 and 4
  /// repeat rows 0 and 1; row 3 shares row 0's hash but not its fields.
  @Test func findsTheRowsThatRepeatAnEarlierOne() {
    let fields = ["a", "b", "a", "c", "b"]
    let hashes: [UInt64] = [7 << 32, 9 << 32, 7 << 32, 7 << 32, 9 << 32]
    let finder = DuplicateFinder(expectedRows: 2)
    for (ordinal, hash) in hashes.enumerated() { finder.add(hash: hash, ordinal: ordinal) }
    #expect(finder.duplicates { fields[$0] == fields[$1] } == [2, 4])
  }
}
