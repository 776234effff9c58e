/// A growable buffer of plain values with a stable address between appends, reused record after
/// record by the scanner (field spans, unescaped quoted fields). A class so the scanner can hand out
/// pointers into it that stay valid while the caller looks at the record; no per-record allocation
/// and no reference counting per field.
final class ScratchBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 64) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  /// The contents, valid until the next append or `removeAll`.
  var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

  /// The contents, writable in place; valid until the next append or `removeAll`.
  var mutableBuffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

  @inline(__always)
  func removeAll() { count = 0 }

  @inline(__always)
  func append(_ element: Element) {
    if count == capacity { grow(to: count + 1) }
    base[count] = element
    count += 1
  }

  func append(_ elements: UnsafeBufferPointer<Element>) {
    guard let source = elements.baseAddress, !elements.isEmpty else { return }
    if count + elements.count > capacity { grow(to: count + elements.count) }
    (base + count).update(from: source, count: elements.count)
    count += elements.count
  }

  /// The storage, emptied and with room for at least `minimumCapacity` elements, for a caller that
  /// writes elements directly and then sets how many with `assumeCount`.
  @inline(__always)
  func emptyStorage(minimumCapacity: Int) -> UnsafeMutablePointer<Element> {
    count = 0
    if capacity < minimumCapacity { grow(to: minimumCapacity) }
    return base
  }

  /// Takes the first `newCount` elements written through `emptyStorage` as the contents.
  @inline(__always)
  func assumeCount(_ newCount: Int) {
    precondition(newCount <= capacity)
    count = newCount
  }

  @inline(__always)
  subscript(index: Int) -> Element {
    get { base[index] }
    set { base[index] = newValue }
  }

  /// Removes and returns the last element.
  func removeLast() -> Element {
    count -= 1
    return base[count]
  }

  private func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }
}
