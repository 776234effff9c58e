/// The nearest known word to a mistyped one, for "mente du …?" in usage errors: the candidate with the
/// smallest edit distance (insertions, deletions, substitutions and swaps of neighbours each count
/// one), if it is at most 2 and less than half the word's length.
enum Suggestion {
  static func nearest(_ word: String, among candidates: [String]) -> String? {
    let best = candidates.map { ($0, distance(Array(word), Array($0))) }.min { $0.1 < $1.1 }
    guard let (candidate, cost) = best, cost > 0, cost <= 2, cost * 2 < word.count else { return nil }
    return candidate
  }

  /// The optimal-string-alignment distance between `a` and `b`.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
