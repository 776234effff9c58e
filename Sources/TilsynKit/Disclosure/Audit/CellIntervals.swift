/// The values a hidden cell can take given only its published table (SPEC 5.1): whole numbers from
/// `lower` to `upper`; `upper` is `nil` when the table bounds it nowhere.
struct CellInterval: Sendable, Equatable, CustomStringConvertible {
  var lower: Int
  var upper: Int?

  init(lower: Int, upper: Int?) {
    self.lower = lower
    self.upper = upper
  }

  /// `upper − lower`; `nil` when unbounded.
  var width: Int? { upper.map { $0 - lower } }

  /// `[0; 12]`, `[5; ∞[`.
  var description: String { upper.map { "[\(lower); \($0)]" } ?? "[\(lower); ∞[" }
}

/// Solves a published table's relations by linear programming (SPEC 5.1, the audit's step): one
/// variable per hidden cell, `x ≥ 0`; every sum whose total is shown (empty cells drop out), every
/// "at most", and every shown share over a hidden count (its one-decimal rounding, and a denominator
/// of at least the minimum). Hidden cells linked by no relation are solved apart, so each program is
/// small. Each cell's exact minimum and maximum, rounded inwards to whole numbers, is its interval.
enum CellIntervals {
  typealias Cell = PublicationTable.Cell

  /// The interval of every hidden cell, and the faults found on the shown numbers alone.
  static func solve(_ table: PublishedTable, minimum: Int) -> (intervals: [Cell: CellInterval], findings: [String]) {
    let hidden = table.hiddenCells
    let index = Dictionary(uniqueKeysWithValues: hidden.enumerated().map { ($1, $0) })
    var constraints: [LinearProgram.Constraint] = []
    var findings: [String] = []

    /// Adds `Σ sign·cell (relation) 0` over non-empty cells; with no hidden cell, checks it instead.
    func relate(_ terms: [(Cell, Int)], _ relation: LinearProgram.Relation, fault: @autoclosure () -> String) {
      var variables: [(variable: Int, coefficient: Rational)] = []
      var constant = 0
      for (cell, factor) in terms where !table.isEmpty(cell) {
        if let variable = index[cell] {
          variables.append((variable, Rational(factor)))
        } else {
          constant += factor * (table.shown(cell) ?? 0)
        }
      }
      if variables.isEmpty {
        let holds = relation == .equal ? constant == 0 : relation == .atMost ? constant <= 0 : constant >= 0
        if !holds { findings.append(fault()) }
      } else {
        constraints.append(.init(terms: variables, relation: relation, bound: Rational(-constant)))
      }
    }

    for line in table.lines where !table.isEmpty(line.total) && line.components.contains(where: { !table.isEmpty($0) }) {
      relate(line.components.map { ($0, 1) } + [(line.total, -1)], .equal, fault: "\(table.name(line.total)): de viste tal summerer ikke til totalen")
    }
    for subset in table.subsets where !table.isEmpty(subset.part) && !table.isEmpty(subset.whole) {
      relate([(subset.part, 1), (subset.whole, -1)], .atMost, fault: "\(table.name(subset.part)): er større end \(table.columns[subset.whole.column])")
    }
    for row in table.rowLabels.indices {
      for column in table.columns.indices {
        let cell = Cell(row: row, column: column)
        if let value = table.shown(cell), (1..<max(minimum, 1)).contains(value) {
          findings.append("\(table.name(cell)): et antal under \(minimum) er offentliggjort")
        }
      }
      for (share, column) in table.shareColumns.enumerated() {
        let text = table.shareTexts[row][share]
        guard text != SuppressedTable.suppressed, !text.isEmpty else { continue }
        let numerator = Cell(row: row, column: column.numerator)
        let denominator = Cell(row: row, column: column.denominator)
        let place = "\(table.name): \(table.rowLabels[row]) / \(column.header)"
        guard let tenths = PublishedTable.tenths(text), !table.isEmpty(numerator), !table.isEmpty(denominator) else {
          findings.append("\(place): andelen vises uden sine tal")
          continue
        }
        if let n = table.shown(numerator), let d = table.shown(denominator) {
          if d < minimum { findings.append("\(place): andelen vises, men nævneren er under \(minimum)") }
          if d == 0 || text != DanishFormat.percent(n, d) { findings.append("\(place): den viste andel passer ikke til tæller og nævner") }
          continue
        }
        // (tenths − ½)·d ≤ 1000·n ≤ (tenths + ½)·d, and d ≥ minimum.
        relate([(numerator, 2000), (denominator, -(2 * tenths - 1))], .atLeast, fault: "\(place): andelen passer ikke")
        relate([(numerator, 2000), (denominator, -(2 * tenths + 1))], .atMost, fault: "\(place): andelen passer ikke")
        if let variable = index[denominator] {
          constraints.append(.init(terms: [(variable, .one)], relation: .atLeast, bound: Rational(minimum)))
        }
      }
    }

    var intervals: [Cell: CellInterval] = [:]
    for group in groups(constraints, count: hidden.count) {
      let local = Dictionary(uniqueKeysWithValues: group.variables.enumerated().map { ($1, $0) })
      let program = LinearProgram(
        variableCount: group.variables.count,
        constraints: group.constraints.map { constraint in
          var copy = constraint
          copy.terms = constraint.terms.map { (local[$0.variable]!, $0.coefficient) }
          return copy
        })
      guard let simplex = ExactSimplex(program) else {
        findings.append("\(table.name): de viste tal omkring \(table.name(hidden[group.variables[0]])) kan ikke hænge sammen")
        continue
      }
      for (position, variable) in group.variables.enumerated() {
        let upper = simplex.maximum(of: [position: .one])
        let lower = simplex.maximum(of: [position: -.one]).map { -$0 } ?? .zero
        intervals[hidden[variable]] = CellInterval(lower: Int(lower.ceiling), upper: upper.map { Int($0.floor) })
      }
    }
    return (intervals, findings)
  }

  /// The hidden cells split into groups that share no constraint (a cell in none is a group alone).
  private static func groups(
    _ constraints: [LinearProgram.Constraint], count: Int
  ) -> [(variables: [Int], constraints: [LinearProgram.Constraint])] {
    var parent = Array(0..<count)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for constraint in constraints {
      let first = root(constraint.terms[0].variable)
      for term in constraint.terms.dropFirst() { parent[root(term.variable)] = first }
    }
    var variables: [Int: [Int]] = [:]
    for variable in 0..<count { variables[root(variable), default: []].append(variable) }
    var grouped: [Int: [LinearProgram.Constraint]] = [:]
    for constraint in constraints { grouped[root(constraint.terms[0].variable), default: []].append(constraint) }
    return variables.keys.sorted().map { (variables[$0]!, grouped[$0] ?? []) }
  }
}
