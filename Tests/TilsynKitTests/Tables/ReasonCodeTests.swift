import Testing
@testable import TilsynKit

/// Loads `text` as a file of `Record`s for period 2024H1 in municipality 101.
func loadTable<Record: ExtractRecord>(
  _ type: Record.Type, _ text: String, period: Period = Period("2024H1")!
) -> (records: [Record]?, quality: FileQuality, rejected: [RejectedRow]) {
  var persons = PersonRegistry()
  let loader = TableLoader(
    path: "2024H1/101/\(Record.table.fileName)", kommune: Record.table == .benchmark ? nil : 101,
    period: period, knownKommuner: [101, 147, 860])
  let result = loader.load(type, bytes: Array(text.utf8), persons: &persons)
  return (result.records, result.quality, result.rejectedRows)
}

/// One hand-made row per reason code of SPEC 3.1, and rows with several faults that must get the
/// first reason of the priority list.
@Suite struct ReasonCodeTests {
  static let forloebHeader = "person_id;maalgruppe;start;slut\n"

  /// The single reason each row is rejected for; `nil` = accepted.
  @Test(arguments: [
    ("p1;DP;2023-01-01;", nil),
    ("p1;DP;2023-01-01", RejectReason.antalFelter),
    ("p1;DP;2023-01-01;;", .antalFelter),
    (";DP;2023-01-01;", .manglerVaerdi),
    ("p1;;2023-01-01;", .manglerVaerdi),
    ("p1;DP;;", .manglerVaerdi),
    ("p1;DP;2023-02-29;", .ugyldigDato),
    ("p1;DP;2023-01-01;2023-13-01", .ugyldigDato),
    ("p1;XYZ;2023-01-01;", .ugyldigVaerdi),
    ("p 1;DP;2023-01-01;", .ugyldigPersonId),
    ("pø;DP;2023-01-01;", .ugyldigPersonId),
    ("0101901234;DP;2023-01-01;", .cprNummer),
    ("010190-1234;DP;2023-01-01;", .cprNummer),
    ("p1;DP;2023-01-02;2023-01-01", .slutFoerStart),
    ("p1;DP;2023-01-01;2023-01-01", nil),  // a one-day spell is fine
    ("p1;dp;01.01.2023;", nil),  // codes match in any case; any date format
  ])
  func oneReasonPerRow(row: String, expected: RejectReason?) {
    let (records, quality, rejected) = loadTable(Forloeb.self, Self.forloebHeader + row + "\n")
    #expect(quality.rowsRead == 1)
    #expect(rejected.map(\.reason) == (expected.map { [$0] } ?? []))
    #expect(records?.count == (expected == nil ? 1 : 0))
    #expect(quality.rowsAccepted + quality.rowsRejected == quality.rowsRead)
  }

  /// A row with several faults gets the first reason of the list.
  @Test(arguments: [
    ("0101901234;XYZ;2023-02-30", RejectReason.antalFelter),  // also bad code, date, CPR
    ("0101901234;;2023-02-30;", .manglerVaerdi),  // also bad date and CPR
    ("p 1;XYZ;2023-02-30;", .ugyldigDato),  // also bad code and id
    ("p 1;XYZ;2023-01-01;", .ugyldigVaerdi),  // also bad id
    ("p 1;DP;2023-01-02;2023-01-01", .ugyldigPersonId),  // also end before start
    ("0101901234;DP;2023-01-02;2023-01-01", .cprNummer),  // also end before start
  ])
  func firstReasonWins(row: String, expected: RejectReason) {
    let (_, _, rejected) = loadTable(Forloeb.self, Self.forloebHeader + row + "\n")
    #expect(rejected.map(\.reason) == [expected])
  }

  @Test func dubletIsAnExactRepeatOfAnAcceptedRowAfterTrimming() {
    let text = Self.forloebHeader + """
      p1;DP;2023-01-01;
       p1 ;"DP";2023-01-01;
      p1;dp;2023-01-01;
      p2;DP;2023-02-30;
      p2;DP;2023-02-30;
      p1;DP;2023-01-01;

      """
    let (records, quality, rejected) = loadTable(Forloeb.self, text)
    // Row 3 is the same after unquoting and trimming; row 4 differs in case (text equality);
    // rows 5 and 6 are bad dates (a rejected row is no original for a dublet); row 7 repeats row 2.
    #expect(rejected.map(\.reason) == [.dublet, .ugyldigDato, .ugyldigDato, .dublet])
    #expect(rejected.map(\.line) == [3, 5, 6, 7])
    #expect(records?.count == 2)
    #expect(quality.rowsRead == 6)
  }

  @Test func dubletCountsExtraColumns() {
    let text = "person_id;maalgruppe;start;slut;note\np1;DP;2023-01-01;;a\np1;DP;2023-01-01;;b\np1;DP;2023-01-01;;a\n"
    let (records, quality, rejected) = loadTable(Forloeb.self, text)
    #expect(rejected.map(\.line) == [4])
    #expect(records?.count == 2)
    #expect(quality.warnings == ["ekstra kolonner ignoreret: 'note'"])
  }

  /// An extra column whose header looks like a CPR number is named masked in the file's warning,
  /// with and without the dash (SPEC 3.1: no raw CPR number in any output).
  @Test func cprLikeExtraColumnNamesAreMasked() {
    let text = "person_id;maalgruppe;start;slut;171004-7502;1710047502;note0101\np1;DP;2023-01-01;;a;b;c\n"
    let (records, quality, _) = loadTable(Forloeb.self, text)
    #expect(records?.count == 1)
    #expect(quality.warnings == ["ekstra kolonner ignoreret: 'XXXXXX-XXXX', 'XXXXXX-XXXX', 'note0101'"])
  }

  /// Dublets are found by hashing parsed values; rows with the same values written differently
  /// share that hash but are not dublets, since SPEC 3.1 compares the text.
  @Test func sameValuesWrittenDifferentlyAreNotDublets() {
    let text = Self.forloebHeader + """
      p1;DP;2023-01-01;2023-02-01
      p1;DP;01-01-2023;2023-02-01
      p1;DP;01.01.2023;01/02/2023
      "p1";"DP";"2023-01-01";"2023-02-01"
      p1;DP;01-01-2023;2023-02-01

      """
    let (records, quality, rejected) = loadTable(Forloeb.self, text)
    // Only rows 5 (quoted, same text as row 2) and 6 (repeats row 3) are dublets.
    #expect(rejected.map(\.reason) == [.dublet, .dublet])
    #expect(rejected.map(\.line) == [5, 6])
    #expect(records?.count == 3)
    #expect(quality.rowsRead == 5)
  }

  @Test func cprInAnyColumnIsRejectedAndMaskedInTheRawLine() {
    let text = "person_id;maalgruppe;start;slut;note\np1;DP;2023-01-01;;010190-1234\n"
    let (_, _, rejected) = loadTable(Forloeb.self, text)
    #expect(rejected.map(\.reason) == [.cprNummer])
    #expect(rejected.first?.column == "note")
    #expect(rejected.first?.value == "XXXXXX-XXXX")
    #expect(rejected.first?.rawLine == "p1;DP;2023-01-01;;XXXXXX-XXXX")
  }

  @Test func everyTableChecksItsOwnValues() {
    #expect(loadTable(Samtale.self, "person_id;dato;type;afholdt_af\np1;2024-01-01;kaffe;\n").rejected.map(\.reason) == [.ugyldigVaerdi])
    #expect(loadTable(Samtale.self, "person_id;dato;type;afholdt_af\np1;2024-01-01;jobsamtale;kommunen\n").rejected.map(\.reason) == [.ugyldigVaerdi])
    #expect(loadTable(Tilbud.self, "person_id;tilbudstype;bevilget;start;slut\np1;praktik;2024-13-01;2024-01-01;\n").rejected.map(\.reason) == [.ugyldigDato])
    #expect(loadTable(Tilbud.self, "person_id;tilbudstype;bevilget;start;slut\np1;praktik;;2024-01-02;2024-01-01\n").rejected.map(\.reason) == [.slutFoerStart])
    #expect(loadTable(Ydelsesperiode.self, "person_id;ydelse;fra;til\np1;KHJ;2024-01-01;\n").rejected.map(\.reason) == [.ugyldigVaerdi])
    #expect(loadTable(Ydelsesperiode.self, "person_id;ydelse;fra;til\np1;KH;2024-01-02;2024-01-01\n").rejected.map(\.reason) == [.slutFoerStart])
    #expect(loadTable(Arbejdstimer.self, "person_id;maaned;timer\np1;2024-1;10\n").rejected.map(\.reason) == [.ugyldigDato])
    #expect(loadTable(Arbejdstimer.self, "person_id;maaned;timer\np1;2024-01;-10\n").rejected.map(\.reason) == [.ugyldigVaerdi])
    #expect(loadTable(Arbejdstimer.self, "person_id;maaned;timer\np1;2024-01;ti\n").rejected.map(\.reason) == [.ugyldigVaerdi])
    #expect(loadTable(Markering.self, "person_id;markering;fra;til\np1;FSM3;2024-01-01;\n").rejected.map(\.reason) == [.ugyldigVaerdi])
    #expect(loadTable(Markering.self, "person_id;markering;fra;til\np1;fritaget;2024-01-02;2024-01-01\n").rejected.map(\.reason) == [.slutFoerStart])
  }

  @Test func parsedRecordsCarryTheirValues() throws {
    let samtaler = try #require(
      loadTable(Samtale.self, "Person_ID;DATO;Type;Afholdt_af\np1;5/1/2024;JOBSAMTALE;\np2;2024-01-06;andet;Faelles\n").records)
    #expect(samtaler.map(\.dato) == [Day(2024, 1, 5), Day(2024, 1, 6)])
    #expect(samtaler.map(\.type) == [.jobsamtale, .andet])
    #expect(samtaler.map(\.afholdtAf) == [.jobcenter, .faelles])
    #expect(samtaler.map(\.person.value) == [0, 1])
    let timer = try #require(loadTable(Arbejdstimer.self, "timer,maaned,person_id\n\"37,5\",2024-01,p1\n").records)
    #expect(timer == [Arbejdstimer(person: PersonIndex(0), maaned: YearMonth(year: 2024, month: 1), timer: FixedDecimal(units: 37_500_000))])
    let tilbud = try #require(
      loadTable(Tilbud.self, "person_id;tilbudstype;start;slut;bevilget\np1;Loentilskud_Privat;2024-02-01;;2024-01-20\n").records)
    #expect(tilbud == [Tilbud(person: PersonIndex(0), type: .loentilskudPrivat, bevilget: Day(2024, 1, 20), start: Day(2024, 2, 1), slut: nil)])
  }

  /// SPEC 3.1: a row dated after the period's last day is accepted and ignored by the measures.
  @Test func rowsAfterThePeriodAreAcceptedButNotKept() throws {
    let (records, quality, rejected) = loadTable(
      Samtale.self, "person_id;dato;type\np1;2024-06-30;jobsamtale\np1;2024-07-01;jobsamtale\n")
    #expect(rejected.isEmpty)
    #expect(quality.rowsAccepted == 2)
    #expect(quality.acceptedAfterPeriod == 1)
    #expect(try #require(records).map(\.dato) == [Day(2024, 6, 30)])
    let timer = loadTable(Arbejdstimer.self, "person_id;maaned;timer\np1;2024-06;1\np1;2024-07;1\n")
    #expect(timer.records?.count == 1)
    #expect(timer.quality.acceptedAfterPeriod == 1)
  }

  /// SPEC 3.1: a later benchmark row for the same municipality is a `dublet`, even written with 4
  /// digits or different values; an unknown municipality is `ugyldig_vaerdi`.
  @Test func benchmarkRows() throws {
    let (records, _, rejected) = loadTable(
      BenchmarkRow.self,
      "kommune;befolkning_16_66;forventet_andel\n101;400000;15,5\n0101;1;1\n411;1;1\n147;65.000;1\n860;41000;12.25\n")
    #expect(rejected.map(\.reason) == [.dublet, .ugyldigVaerdi, .ugyldigVaerdi])
    #expect(try #require(records) == [
      BenchmarkRow(kommune: 101, befolkning16til66: 400_000, forventetAndel: FixedDecimal(units: 15_500_000)),
      BenchmarkRow(kommune: 860, befolkning16til66: 41_000, forventetAndel: FixedDecimal(units: 12_250_000)),
    ])
  }

  /// Issue 14: a population of 0 used to stop the whole run (a division by zero); it is rejected as
  /// `ugyldig_vaerdi`, and so is an expected share above 100 %. 1 and exactly 100 are accepted.
  @Test func benchmarkRangeChecks() throws {
    let (records, _, rejected) = loadTable(
      BenchmarkRow.self,
      "kommune;befolkning_16_66;forventet_andel\n101;0;15,5\n147;1;100\n151;5000;100,01\n860;41000;0\n")
    #expect(rejected.map(\.reason) == [.ugyldigVaerdi, .ugyldigVaerdi])
    #expect(rejected.map(\.line) == [2, 4])
    #expect(rejected.map(\.expected) == ["et heltal på mindst 1", "en procent fra 0 til 100"])
    #expect(try #require(records).map(\.kommune) == [147, 860])
  }
}

@Suite struct DubletAfterPeriodTests {
  /// Dublets are found after the pass; rows dated after the period are accepted but not records.
  /// Mixing both must keep the right records and counts.
  @Test func dubletsOfRowsInsideAndAfterThePeriod() throws {
    let text = """
      person_id;dato;type
      a;2024-01-01;jobsamtale
      b;2024-07-01;jobsamtale
      c;2024-01-02;jobsamtale
      b;2024-07-01;jobsamtale
      d;2024-01-03;jobsamtale
      c;2024-01-02;jobsamtale
      e;2024-08-01;jobsamtale
      f;2024-01-04;jobsamtale

      """
    let (records, quality, rejected) = loadTable(Samtale.self, text)
    #expect(rejected.map(\.line) == [5, 7])
    #expect(rejected.map(\.reason) == [.dublet, .dublet])
    #expect(rejected.map(\.rawLine) == ["b;2024-07-01;jobsamtale", "c;2024-01-02;jobsamtale"])
    #expect(quality.rowsRead == 8)
    #expect(quality.rowsAccepted == 6)
    #expect(quality.acceptedAfterPeriod == 2)  // b and e
    #expect(try #require(records).map(\.dato) == [Day(2024, 1, 1), Day(2024, 1, 2), Day(2024, 1, 3), Day(2024, 1, 4)])
  }

  @Test func dubletLineNumbersCountLineBreaksInsideQuotes() {
    let text = "person_id;dato;type;note\na;2024-01-01;jobsamtale;\"to\nlinjer\"\n\nb;2024-01-01;jobsamtale;x\na;2024-01-01;jobsamtale;\"to\nlinjer\"\n"
    let (_, _, rejected) = loadTable(Samtale.self, text)
    #expect(rejected.map(\.line) == [6])
  }
}
