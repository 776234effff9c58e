import Glibc

/// The bytes of one input, held for as long as the reader needs them: a read-only memory map of a
/// file (no copy, no zeroed pages: the kernel hands out its page cache), or a private copy (decoded
/// Windows-1252 text, bytes given by a test).
final class ByteSource: @unchecked Sendable {
  /// The bytes. Immutable and valid for the lifetime of this object.
  let buffer: UnsafeBufferPointer<UInt8>
  private let release: Release

  private enum Release {
    case unmap(UnsafeMutableRawPointer, Int)
    case deallocate(UnsafeMutablePointer<UInt8>)
    case nothing
  }

  /// A private copy of `bytes`.
  init(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else {
      buffer = UnsafeBufferPointer(start: nil, count: 0)
      release = .nothing
      return
    }
    let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
    bytes.withUnsafeBufferPointer { copy.initialize(from: $0.baseAddress!, count: bytes.count) }
    buffer = UnsafeBufferPointer(start: copy, count: bytes.count)
    release = .deallocate(copy)
  }

  /// Takes ownership of `count` initialized bytes at `pointer` (allocated with `allocate`).
  init(adopting pointer: UnsafeMutablePointer<UInt8>, count: Int) {
    buffer = UnsafeBufferPointer(start: pointer, count: count)
    release = .deallocate(pointer)
  }

  private init(buffer: UnsafeBufferPointer<UInt8>, release: Release) {
    self.buffer = buffer
    self.release = release
  }

  deinit {
    switch release {
    case .unmap(let address, let length): munmap(address, length)
    case .deallocate(let pointer): pointer.deallocate()
    case .nothing: break
    }
  }

  /// Maps the file at `path` read-only. An empty file gives an empty source. The file is opened
  /// without blocking, so a named pipe (FIFO) in the extract cannot hang the run: anything but a
  /// regular file is refused before a byte is read.
  static func map(_ path: String) throws(ReadError) -> ByteSource {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: FileBytes.describeErrno()) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .cannotOpen(path: path, reason: FileBytes.describeErrno()) }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw .cannotOpen(path: path, reason: "ikke en almindelig fil")
    }
    let length = Int(status.st_size)
    guard length > 0 else { return ByteSource(buffer: UnsafeBufferPointer(start: nil, count: 0), release: .nothing) }
    // Pages are mapped as the reader first touches them (the kernel maps several around each
    // fault). MAP_POPULATE, which maps every page up front, took more kernel time in `perf` on the
    // scale-1 bench (its mmap and munmap 7.5 % of the run's samples; the faults without it about 5 %).
    guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED
    else {
      throw .cannotRead(path: path, reason: FileBytes.describeErrno())
    }
    madvise(address, length, MADV_SEQUENTIAL)
    return ByteSource(
      buffer: UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: length),
      release: .unmap(address, length))
  }
}
