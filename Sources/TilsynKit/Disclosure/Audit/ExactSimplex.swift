/// A linear program over non-negative variables: `terms · x (=, ≤, ≥) bound`, `x ≥ 0` (SPEC 5.1, the
/// audit's model of what a reader can solve from a published table).
struct LinearProgram: Sendable {
  enum Relation: Sendable { case equal, atMost, atLeast }

  struct Constraint: Sendable {
    var terms: [(variable: Int, coefficient: Rational)]
    var relation: Relation
    var bound: Rational
  }

  var variableCount: Int
  var constraints: [Constraint] = []
}

/// The simplex method in exact rational arithmetic, with Bland's rule (it cannot cycle). Phase 1
/// runs once; each objective then starts from that feasible basis. Dense tableau, but a pivot only
/// touches the pivot row's non-zero columns — the audit's tables are sums of a few cells.
struct ExactSimplex: Sendable {
  private var rows: [[Rational]]
  private var rhs: [Rational]
  private var basis: [Int]
  /// Columns of the original variables and slacks (artificials are gone after phase 1).
  private let columnCount: Int

  /// Phase 1; `nil` when no `x ≥ 0` satisfies the constraints.
  init?(_ program: LinearProgram) {
    let slackCount = program.constraints.filter { $0.relation != .equal }.count
    columnCount = program.variableCount + slackCount
    let width = columnCount + program.constraints.count
    rows = []
    rhs = []
    basis = []
    var slack = program.variableCount
    for (index, constraint) in program.constraints.enumerated() {
      var row = Array(repeating: Rational.zero, count: width)
      for term in constraint.terms { row[term.variable] = row[term.variable] + term.coefficient }
      switch constraint.relation {
      case .equal: break
      case .atMost: row[slack] = .one; slack += 1
      case .atLeast: row[slack] = -.one; slack += 1
      }
      var bound = constraint.bound
      if bound.isNegative {
        row = row.map { -$0 }
        bound = -bound
      }
      row[columnCount + index] = .one
      rows.append(row)
      rhs.append(bound)
      basis.append(columnCount + index)
    }
    // Maximise −Σ artificials.
    var objective = Array(repeating: Rational.zero, count: width)
    for column in columnCount..<width { objective[column] = -.one }
    guard let best = optimise(objective), best.isZero else { return nil }
    driveOutArtificials()
    rows = rows.map { Array($0.prefix(columnCount)) }
  }

  /// The largest value of `objective · x` over the feasible set; `nil` when unbounded.
  func maximum(of objective: [Int: Rational]) -> Rational? {
    var copy = self
    var dense = Array(repeating: Rational.zero, count: columnCount)
    for (variable, coefficient) in objective { dense[variable] = coefficient }
    return copy.optimise(dense)
  }

  /// Maximises from the current feasible basis; `nil` when unbounded.
  private mutating func optimise(_ objective: [Rational]) -> Rational? {
    let width = objective.count
    // Reduced costs z_j − c_j and the objective's value at the basis.
    var reduced = objective.map { -$0 }
    var value = Rational.zero
    for (row, basic) in basis.enumerated() where !objective[basic].isZero {
      let cost = objective[basic]
      for column in 0..<width where !rows[row][column].isZero { reduced[column] = reduced[column] + cost * rows[row][column] }
      value = value + cost * rhs[row]
    }
    while let entering = reduced.indices.first(where: { reduced[$0].isNegative }) {
      var leaving: Int?
      var ratio = Rational.zero
      for row in rows.indices where rows[row][entering].isPositive {
        let candidate = rhs[row] / rows[row][entering]
        if leaving == nil || candidate < ratio || (candidate == ratio && basis[row] < basis[leaving!]) {
          leaving = row
          ratio = candidate
        }
      }
      guard let leaving else { return nil }
      pivot(row: leaving, column: entering)
      let factor = reduced[entering]
      for column in 0..<width where !rows[leaving][column].isZero {
        reduced[column] = reduced[column] - factor * rows[leaving][column]
      }
      value = value - factor * rhs[leaving]
    }
    return value
  }

  private mutating func pivot(row pivotRow: Int, column: Int) {
    let pivot = rows[pivotRow][column]
    let nonZero = rows[pivotRow].indices.filter { !rows[pivotRow][$0].isZero }
    for index in nonZero { rows[pivotRow][index] = rows[pivotRow][index] / pivot }
    rhs[pivotRow] = rhs[pivotRow] / pivot
    for row in rows.indices where row != pivotRow && !rows[row][column].isZero {
      let factor = rows[row][column]
      for index in nonZero { rows[row][index] = rows[row][index] - factor * rows[pivotRow][index] }
      rhs[row] = rhs[row] - factor * rhs[pivotRow]
    }
    basis[pivotRow] = column
  }

  /// After phase 1 every artificial still basic is 0: pivot it out on any real column, or drop its
  /// row when the row has none (the constraint repeats others).
  private mutating func driveOutArtificials() {
    var row = 0
    while row < rows.count {
      if basis[row] >= columnCount {
        if let column = (0..<columnCount).first(where: { !rows[row][$0].isZero }) {
          pivot(row: row, column: column)
        } else {
          rows.remove(at: row)
          rhs.remove(at: row)
          basis.remove(at: row)
          continue
        }
      }
      row += 1
    }
  }
}
