import Testing
@testable import TilsynKit

/// The catalogue of moves kept as row path × column set pairs (`MoveList`, SPEC 5.1), worked out by
/// hand on one region: X (101) 2 + 3 = 5, Y (102) 4 + 6 = 10; rows 0 X, 1 Y, 2 the region, 3 Hele
/// landet (both 6 + 9 = 15); columns 0 opfyldt, 1 ikke opfyldt, 2 kohorte.
@Suite struct MoveListTests {
  typealias Cell = PublicationTable.Cell

  let table = DisclosureFixture.regional([
    DisclosureFixture.region("Region Test i alt", [("X", 101, [2, 3, 5]), ("Y", 102, [4, 6, 10])])
  ])

  /// Row paths through X: P0 X; P1 X, region; P2 X, region, nation; P3 X, −Y. Column sets through
  /// opfyldt, in the order tried: S0 {0}; S1 {0, 2}; S2 {0, −2}; S3 {0, 1}; S4 {0, −1} (the other
  /// sign choices have three members and break `opfyldt + ikke opfyldt = kohorte`). Row sums hold for
  /// S1 (1 − 1) and S4 (1 − 1) only; column sums for P2 (region 1 − 1, nation 1 − 1) and P3 (1 − 1)
  /// only. So four moves, path by path: P2×S1, P2×S4, P3×S1, P3×S4.
  @Test func movesThroughACellAreTheProductsThatKeepEverySum() {
    let moves = MoveCatalogue(table).moves(through: Cell(row: 0, column: 0))
    #expect(moves.count == 4)
    #expect(cells(moves, 0) == [[0, 0, 1], [0, 2, 1], [2, 0, 1], [2, 2, 1], [3, 0, 1], [3, 2, 1]])
    #expect(cells(moves, 1) == [[0, 0, 1], [0, 1, -1], [2, 0, 1], [2, 1, -1], [3, 0, 1], [3, 1, -1]])
    #expect(cells(moves, 2) == [[0, 0, 1], [0, 2, 1], [1, 0, -1], [1, 2, -1]])
    #expect(cells(moves, 3) == [[0, 0, 1], [0, 1, -1], [1, 0, -1], [1, 1, 1]])
  }

  /// A true relation across rows and columns (X.opfyldt + Y.opfyldt + X.ikke + Y.ikke = the region's
  /// kohorte, 2 + 4 + 3 + 6 = 15) turns off the row-by-column shortcut; each of the four moves keeps
  /// it too (P2×S1: X.opfyldt − region.kohorte; P2×S4: X.opfyldt − X.ikke; P3×S1: X.opfyldt − Y.opfyldt;
  /// P3×S4: 1 − 1 − 1 + 1), so the general check finds the same four.
  @Test func aSumAcrossRowsAndColumnsIsCheckedCellByCell() {
    var mixed = table
    mixed.lines.append(
      PublicationTable.Line(
        components: [Cell(row: 0, column: 0), Cell(row: 1, column: 0), Cell(row: 0, column: 1), Cell(row: 1, column: 1)],
        total: Cell(row: 2, column: 2)))
    let moves = MoveCatalogue(mixed).moves(through: Cell(row: 0, column: 0))
    let plain = MoveCatalogue(table).moves(through: Cell(row: 0, column: 0))
    #expect(moves.count == 4)
    #expect((0..<4).map { cells(moves, $0) } == (0..<4).map { cells(plain, $0) })
  }

  /// Hidden: X.opfyldt, X.ikke (row 0: columns 0 and 1, mask 0b011) and Y.opfyldt (row 1: 0b001).
  /// P3×S4 (X.opfyldt, X.ikke, Y.opfyldt, Y.ikke) would newly hide Y.ikke: 1, none besides Y.ikke,
  /// and none at all (`nil`) if Y.ikke were a shown 0. P3×S1 hides X.kohorte and Y.kohorte anew: 2.
  /// P2×S1 hides X.kohorte and the region's and nation's opfyldt and kohorte: 5.
  @Test func newCellsCountsTheShownCellsOfAMoveOnBitMasks() {
    let moves = MoveCatalogue(table).moves(through: Cell(row: 0, column: 0))
    let hidden: [UInt64] = [0b011, 0b001, 0, 0]
    let noZeros: [UInt64] = [0, 0, 0, 0]
    #expect(moves.newCells(3, hiddenColumns: hidden, zeroColumns: noZeros) == 1)
    #expect(moves.newCells(3, hiddenColumns: hidden, zeroColumns: noZeros, excluding: [0, 0b010, 0, 0]) == 0)
    #expect(moves.newCells(3, hiddenColumns: hidden, zeroColumns: [0, 0b010, 0, 0]) == nil)
    #expect(moves.newCells(2, hiddenColumns: hidden, zeroColumns: noZeros) == 2)
    #expect(moves.newCells(0, hiddenColumns: hidden, zeroColumns: noZeros) == 5)
  }

  /// Move `number`'s cells as `[row, column, change]`.
  private func cells(_ moves: MoveList, _ number: Int) -> [[Int]] {
    var buffer: [(cell: Cell, change: Int)] = []
    moves.write(number, into: &buffer)
    return buffer.map { [$0.cell.row, $0.cell.column, $0.change] }
  }
}
