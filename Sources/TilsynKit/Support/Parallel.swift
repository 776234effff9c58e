import Dispatch
import Foundation

/// Runs `body` for `0..<count` on every core and returns the results in index order, so the output
/// never depends on scheduling. Each index is written by exactly one iteration.
///
/// `TILSYN_THREADS=1` in the environment runs everything on one thread instead — for checking that
/// the outputs are byte-identical either way, and for profiling.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  if Parallelism.isSerial { return (0..<count).map(body) }
  let slots = ResultSlots<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { index in
    slots.store(body(index), at: index)
  }
  return slots.results()
}

/// Runs `first` on the calling thread and `second` on a thread of its own at the same time (one
/// after the other with `TILSYN_THREADS=1`), and returns both results. Not `concurrentPerform`: a
/// `parallelMap` inside `first` then still gets every core (inside `concurrentPerform` it would run
/// serially, as libdispatch does with nested applies).
func concurrently<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
  if Parallelism.isSerial { return (first(), second()) }
  let slot = ResultSlots<B>(count: 1)
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    slot.store(second(), at: 0)
    done.signal()
  }
  thread.stackSize = 8 << 20
  thread.start()
  let a = first()
  done.wait()
  return (a, slot.results()[0])
}

/// Whether the work runs on one thread (`TILSYN_THREADS=1`).
enum Parallelism {
  static let isSerial = ProcessInfo.processInfo.environment["TILSYN_THREADS"] == "1"
}

/// Storage for `parallelMap`: disjoint slots, one writer each, read after all writers are done
/// (`concurrentPerform` returns only when every iteration has finished).
private final class ResultSlots<T>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<T?>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  func store(_ value: T, at index: Int) { storage[index] = value }

  func results() -> [T] { (0..<count).map { storage[$0]! } }
}
