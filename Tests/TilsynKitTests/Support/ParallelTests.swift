import Foundation
import Testing
@testable import TilsynKit

/// `parallelMap` and `concurrently` give their results in order, whatever the scheduling.
@Suite struct ParallelTests {
  /// Each index's result lands in its own slot: 0², 1², …, 999².
  @Test func parallelMapKeepsIndexOrder() {
    let squares = parallelMap(1_000) { $0 * $0 }
    #expect(squares.count == 1_000)
    #expect(squares[0] == 0 && squares[7] == 49 && squares[999] == 998_001)
    #expect(squares == (0..<1_000).map { $0 * $0 })
  }

  /// The first closure's result first, the second's second, also when the second finishes first.
  @Test func concurrentlyReturnsBothResults() {
    let (number, text) = concurrently(
      { () -> Int in
        usleep(20_000)
        return 42
      },
      { "to" })
    #expect(number == 42)
    #expect(text == "to")
  }
}
