/// A spell in one state; `end` is the last day (far in the future for førtidspension).
struct SimulatedSpell {
  var state: LifeState
  var start: Day
  var end: Day
}

struct SimulatedSamtale {
  var day: Day
  var type: SamtaleType
  var heldBy: AfholdtAf
}

struct SimulatedTilbud {
  var type: Tilbudstype
  var granted: Day?
  var start: Day
  var end: Day
}

struct SimulatedMarking {
  var type: Markeringstype
  var from: Day
  var to: Day?
}

/// A stretch of ordinary wage hours: monthly hours around `hundredths`, growing by `growthPerMonth`.
struct WorkStretch {
  var from: Day
  var to: Day
  var hundredths: Int
  var growthPerMonth: Int
}

/// Everything the simulation knows about one person, up to the simulation horizon. One value is
/// reused for every person a worker simulates, so its arrays keep their capacity.
struct SimulatedPerson {
  /// The person's own random root, from the municipality, the arrival month and the arrival index.
  var seed: UInt64 = 0
  var arrivalMonth = YearMonth(index: 0)
  var arrivalIndex = 0
  var spells: [SimulatedSpell] = []
  var samtaler: [SimulatedSamtale] = []
  var tilbud: [SimulatedTilbud] = []
  var markings: [SimulatedMarking] = []
  var work: [WorkStretch] = []

  /// A day after every simulated date: "no end yet".
  static let openEnd = Day(number: 1_000_000)

  mutating func reset(seed: UInt64, arrivalMonth: YearMonth, arrivalIndex: Int) {
    self.seed = seed
    self.arrivalMonth = arrivalMonth
    self.arrivalIndex = arrivalIndex
    spells.removeAll(keepingCapacity: true)
    samtaler.removeAll(keepingCapacity: true)
    tilbud.removeAll(keepingCapacity: true)
    markings.removeAll(keepingCapacity: true)
    work.removeAll(keepingCapacity: true)
  }

  /// The pseudonymous `person_id`: the arrival month and the arrival index in base 36, e.g. `4K00B7`
  /// (two characters for the month, at least four for the index); unique within a municipality.
  func appendId(to buffer: inout [UInt8]) {
    let month = Int(arrivalMonth.index) - 1990 * 12
    let monthCode = ((month % 1296) + 1296) % 1296
    buffer.append(SimulatedPerson.base36[monthCode / 36])
    buffer.append(SimulatedPerson.base36[monthCode % 36])
    var digits: [UInt8] = []
    var rest = arrivalIndex
    repeat {
      digits.append(SimulatedPerson.base36[rest % 36])
      rest /= 36
    } while rest > 0 || digits.count < 4
    buffer.append(contentsOf: digits.reversed())
  }

  private static let base36: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

  /// Puts the events in date order and drops exact repeats, so that no two valid rows are equal.
  mutating func normalize() {
    samtaler.sort { ($0.day, $0.type.rank, $0.heldBy.rank) < ($1.day, $1.type.rank, $1.heldBy.rank) }
    var kept = 0
    for index in samtaler.indices {
      let current = samtaler[index]
      if kept > 0, samtaler[kept - 1].day == current.day, samtaler[kept - 1].type == current.type,
        samtaler[kept - 1].heldBy == current.heldBy
      {
        continue
      }
      samtaler[kept] = current
      kept += 1
    }
    samtaler.removeLast(samtaler.count - kept)
    tilbud.sort { $0.start < $1.start }
    SimulatedPerson.dropRepeats(&tilbud) {
      $0.type == $1.type && $0.start == $1.start && $0.end == $1.end && $0.granted == $1.granted
    }
    markings.sort { $0.from < $1.from }
    SimulatedPerson.dropRepeats(&markings) { $0.type == $1.type && $0.from == $1.from && $0.to == $1.to }
  }

  /// Removes elements equal to an earlier one with the same sort key (the array is sorted by it).
  private static func dropRepeats<Element>(_ elements: inout [Element], _ same: (Element, Element) -> Bool) {
    guard elements.count > 1 else { return }
    var kept = 1
    for index in 1..<elements.count {
      let current = elements[index]
      var repeated = false
      var back = kept - 1
      while back >= 0 && !repeated {
        repeated = same(elements[back], current)
        back -= 1
        if back >= 0 && back < kept - 3 { break }
      }
      if repeated { continue }
      elements[kept] = current
      kept += 1
    }
    elements.removeLast(elements.count - kept)
  }
}

extension SamtaleType { fileprivate var rank: Int { SamtaleType.allCases.firstIndex(of: self)! } }
extension AfholdtAf { fileprivate var rank: Int { AfholdtAf.allCases.firstIndex(of: self)! } }
