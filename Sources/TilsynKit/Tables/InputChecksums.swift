/// The SHA-256 of every input file that exists, for the manifest (SPEC 5), taken after reading: the
/// files are mapped again (from the page cache), largest first, split over the cores by size. On a
/// CPU with the SHA instructions each core hashes its files one after another (about 1.8 GB/s a
/// core); without them, eight at a time with `MultiBufferSHA256` (about 0.9 GB/s). At most sixteen
/// files are mapped at a time, so memory does not grow with the extract.
enum InputChecksums {
  /// Fills `sha256` of every file of `files` that has bytes on disk under `extractsRoot` and no
  /// checksum yet.
  static func fill(_ files: inout [FileQuality], extractsRoot: String) {
    let present = files.indices.filter { files[$0].status != .mangler && files[$0].sha256 == nil }
      .sorted { (files[$0].bytes, $1) > (files[$1].bytes, $0) }
    var shares: [[Int]] = [[], []]
    var load = [0, 0]
    for index in present {
      let lightest = load[0] <= load[1] ? 0 : 1
      shares[lightest].append(index)
      load[lightest] += files[index].bytes
    }
    let paths = files.map { extractsRoot + "/" + $0.path }
    let groups = shares
    let digests = parallelMap(groups.count) { share -> [(Int, String?)] in
      let indices = groups[share]
      if SHA256.blockInstructionsAvailable {
        // A file that cannot be mapped gets no checksum, not the empty one.
        return indices.map { index in (index, (try? ByteSource.map(paths[index])).map { SHA256.hex($0.buffer) }) }
      }
      var unreadable = Set<Int>()
      let hex = MultiBufferSHA256.hexDigests(count: indices.count) { position in
        guard let source = try? ByteSource.map(paths[indices[position]]) else {
          unreadable.insert(position)
          return (UnsafeBufferPointer(start: nil, count: 0), nil)
        }
        return (source.buffer, source)
      }
      return indices.indices.map { (indices[$0], unreadable.contains($0) ? nil : hex[$0]) }
    }
    for (index, digest) in digests.joined() { files[index].sha256 = digest }
  }
}
