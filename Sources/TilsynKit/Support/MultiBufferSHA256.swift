/// SHA-256 (FIPS 180-4) of many messages at once: eight messages run side by side in the lanes of
/// `SIMD8<UInt32>`, so one pass of the 64 rounds advances eight digests (the "multi-buffer" technique).
/// A lane whose message ends takes the next message; the result is the same digest `SHA256` gives
/// for each message, which the tests check. Used for the manifest's checksums of every input file.
enum MultiBufferSHA256 {
  typealias Lanes = SIMD8<UInt32>
  static let laneCount = Lanes.scalarCount
  /// At most this many busy lanes, with no message waiting, are finished by the scalar hash.
  static let scalarFinishLanes = 3

  /// The 32-byte digest of each message, in the order given.
  static func digests(_ messages: [UnsafeBufferPointer<UInt8>]) -> [[UInt8]] {
    digests(count: messages.count) { (messages[$0], nil) }
  }

  /// The digests of `count` messages that `message(i)` provides when a lane is free for message `i`
  /// (with an owner kept alive until its lane is done — a memory map, say), so only eight messages
  /// are held at a time.
  static func digests(
    count: Int, message: (Int) -> (bytes: UnsafeBufferPointer<UInt8>, owner: AnyObject?)
  ) -> [[UInt8]] {
    var digests = [[UInt8]](repeating: [], count: count)
    // The per-lane bookkeeping holds no references, so advancing a lane costs no reference
    // counting; the owners are touched only when a lane takes a new message.
    let laneCount = Self.laneCount
    var lanes = [LaneCursor?](repeating: nil, count: laneCount)
    var owners = [AnyObject?](repeating: nil, count: laneCount)
    var next = 0
    var state = LaneState()
    let tails = UnsafeMutablePointer<UInt8>.allocate(capacity: laneCount * LaneCursor.tailCapacity)
    // The next blocks are transposed through plain memory — word t of lane l at [t × lanes + l] — and
    // loaded as vectors, rather than inserted lane by lane.
    let words = UnsafeMutablePointer<UInt32>.allocate(capacity: 16 * laneCount)
    let schedule = UnsafeMutablePointer<Lanes>.allocate(capacity: 16)
    defer {
      tails.deallocate()
      words.deallocate()
      schedule.deallocate()
    }
    func start(lane: Int) {
      guard next < count else {
        (lanes[lane], owners[lane]) = (nil, nil)
        return
      }
      let (bytes, owner) = message(next)
      owners[lane] = owner
      lanes[lane] = LaneCursor(message: bytes, index: next, tail: tails + lane * LaneCursor.tailCapacity)
      next += 1
    }
    for lane in 0..<laneCount { start(lane: lane) }
    while lanes.contains(where: { $0 != nil }) {
      words.initialize(repeating: 0, count: 16 * laneCount)
      for lane in 0..<laneCount {
        lanes[lane]?.loadBlock(into: words + lane, stride: laneCount)
      }
      for t in 0..<16 { schedule[t] = UnsafeRawPointer(words + t * laneCount).loadUnaligned(as: Lanes.self) }
      state.compress(schedule: schedule)
      for lane in 0..<laneCount where lanes[lane] != nil {
        lanes[lane]!.advance()
        guard let cursor = lanes[lane], cursor.isDone else { continue }
        digests[cursor.index] = state.digest(lane: lane)
        state.reset(lane: lane)
        start(lane: lane)
      }
      // With no message waiting and few lanes busy, the rounds run mostly on empty lanes: the last
      // messages (often the largest files) are finished by the scalar hash, which takes one message
      // about three times as fast as one lane does.
      if next >= count, lanes.lazy.filter({ $0 != nil }).count <= Self.scalarFinishLanes {
        for lane in 0..<laneCount {
          guard let cursor = lanes[lane], let rest = cursor.unhashedMessage else { continue }
          var scalar = SHA256(resuming: state.words(lane: lane), processed: UInt64(cursor.hashedBytes))
          scalar.update(rest)
          digests[cursor.index] = scalar.finalize()
          (lanes[lane], owners[lane]) = (nil, nil)
        }
      }
    }
    return digests
  }

  /// The hex digest of each message.
  static func hexDigests(_ messages: [UnsafeBufferPointer<UInt8>]) -> [String] {
    digests(messages).map(hex)
  }

  /// The hex digests of `count` messages provided one by one (see `digests(count:message:)`).
  static func hexDigests(
    count: Int, message: (Int) -> (bytes: UnsafeBufferPointer<UInt8>, owner: AnyObject?)
  ) -> [String] {
    digests(count: count, message: message).map(hex)
  }

  static func hex(_ digest: [UInt8]) -> String {
    digest.map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
  }

  static let initialHash: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
}

/// The eight working hashes of the eight lanes.
struct LaneState {
  typealias Lanes = MultiBufferSHA256.Lanes
  var a, b, c, d, e, f, g, h: Lanes

  init() {
    let iv = MultiBufferSHA256.initialHash
    (a, b, c, d) = (Lanes(repeating: iv.0), Lanes(repeating: iv.1), Lanes(repeating: iv.2), Lanes(repeating: iv.3))
    (e, f, g, h) = (Lanes(repeating: iv.4), Lanes(repeating: iv.5), Lanes(repeating: iv.6), Lanes(repeating: iv.7))
  }

  /// Starts `lane` over at the initial hash, for its next message.
  mutating func reset(lane: Int) {
    let iv = MultiBufferSHA256.initialHash
    (a[lane], b[lane], c[lane], d[lane]) = (iv.0, iv.1, iv.2, iv.3)
    (e[lane], f[lane], g[lane], h[lane]) = (iv.4, iv.5, iv.6, iv.7)
  }

  /// The chaining value of `lane`, for the scalar hash to resume from.
  func words(lane: Int) -> (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) {
    (a[lane], b[lane], c[lane], d[lane], e[lane], f[lane], g[lane], h[lane])
  }

  /// The finished digest of `lane`, big-endian.
  func digest(lane: Int) -> [UInt8] {
    [a[lane], b[lane], c[lane], d[lane], e[lane], f[lane], g[lane], h[lane]].flatMap { word in
      (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) }
    }
  }

  /// Rotation right, written with `&+` (the two parts share no bits): written with `|`, LLVM turns
  /// it into a rotate, which baseline x86-64 has no vector instruction for, and scalarizes all eight
  /// lanes; as two shifts and an add it stays in vector registers.
  @inline(__always)
  static func rotr(_ x: Lanes, _ n: UInt32) -> Lanes { (x &>> n) &+ (x &<< (32 - n)) }

  /// The 64 rounds on eight blocks at once; `w` holds W_0…W_15 and is overwritten as a ring.
  mutating func compress(schedule w: UnsafeMutablePointer<Lanes>) {
    var (a, b, c, d, e, f, g, h) = (self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h)
    // Maj(a, b, c) = ((a ^ b) & (b ^ c)) ^ b, and this round's b ^ c is the last round's a ^ b.
    var bXorC = b ^ c
    SHA256.roundConstants.withUnsafeBufferPointer { k in
      for t in 0..<64 {
        let word: Lanes
        if t < 16 {
          word = w[t]
        } else {
          let w15 = w[(t - 15) & 15]
          let w2 = w[(t - 2) & 15]
          let s0 = Self.rotr(w15, 7) ^ Self.rotr(w15, 18) ^ (w15 &>> 3)
          let s1 = Self.rotr(w2, 17) ^ Self.rotr(w2, 19) ^ (w2 &>> 10)
          word = w[t & 15] &+ s0 &+ w[(t - 7) & 15] &+ s1
          w[t & 15] = word
        }
        let s1 = Self.rotr(e, 6) ^ Self.rotr(e, 11) ^ Self.rotr(e, 25)
        let choice = ((f ^ g) & e) ^ g
        let temp1 = h &+ s1 &+ choice &+ Lanes(repeating: k[t]) &+ word
        let s0 = Self.rotr(a, 2) ^ Self.rotr(a, 13) ^ Self.rotr(a, 22)
        let aXorB = a ^ b
        let majority = (aXorB & bXorC) ^ b
        bXorC = aXorB
        (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
      }
    }
    self.a &+= a
    self.b &+= b
    self.c &+= c
    self.d &+= d
    self.e &+= e
    self.f &+= f
    self.g &+= g
    self.h &+= h
  }
}

/// Where one lane is in its message: the next 64-byte block, taken from the message itself while
/// whole blocks remain, then from the padded tail (FIPS 180-4 § 5.1.1: a 1 bit, zeros, the length),
/// which is written to a slot of `tailCapacity` bytes the caller owns.
struct LaneCursor {
  /// The padded tail is one or two blocks.
  static let tailCapacity = 128
  let message: UnsafeBufferPointer<UInt8>
  /// The message's position in the caller's list.
  let index: Int
  private let tail: UnsafeMutablePointer<UInt8>
  /// The bytes of the message in whole blocks, then the end of the padded tail.
  private let wholeCount: Int
  private let endOffset: Int
  /// The offset of the next block: in the message below `wholeCount`, in the tail from there.
  private var offset = 0

  init(message: UnsafeBufferPointer<UInt8>, index: Int, tail: UnsafeMutablePointer<UInt8>) {
    self.message = message
    self.index = index
    self.tail = tail
    wholeCount = message.count / 64 * 64
    let rest = message.count - wholeCount
    let tailCount = rest < 56 ? 64 : 128
    tail.initialize(repeating: 0, count: tailCount)
    if rest > 0 { tail.initialize(from: message.baseAddress! + wholeCount, count: rest) }
    tail[rest] = 0x80
    let bits = UInt64(message.count) &* 8
    for byte in 0..<8 { tail[tailCount - 1 - byte] = UInt8(truncatingIfNeeded: bits >> UInt64(8 * byte)) }
    endOffset = wholeCount + tailCount
  }

  var isDone: Bool { offset >= endOffset }

  /// The bytes hashed so far, while the lane is still in the message's whole blocks.
  var hashedBytes: Int { min(offset, wholeCount) }

  /// The message bytes not yet hashed, or `nil` once the lane has begun the padded tail.
  var unhashedMessage: UnsafeBufferPointer<UInt8>? {
    guard offset <= wholeCount else { return nil }
    return UnsafeBufferPointer(rebasing: message[offset...])
  }

  /// Writes the current block's 16 big-endian words to `words[0]`, `words[stride]`, … `words[15 × stride]`.
  func loadBlock(into words: UnsafeMutablePointer<UInt32>, stride: Int) {
    let block = offset < wholeCount
      ? UnsafeRawPointer(message.baseAddress! + offset) : UnsafeRawPointer(tail + (offset - wholeCount))
    for t in 0..<16 { words[t * stride] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self)) }
  }

  mutating func advance() { offset += 64 }
}
