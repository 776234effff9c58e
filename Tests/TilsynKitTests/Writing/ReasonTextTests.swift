import Testing

@testable import TilsynKit

/// The reasons in words (issue 15), worked out by hand.
@Suite struct ReasonTextTests {
  /// 27 + 9 + 5 = 41 not met; the largest first with the total, then the rest; equal counts keep the
  /// reason order (intet_tilbud before tilbud_startet_for_sent).
  @Test func sentenceLargestFirstWithTheTotal() {
    #expect(
      ReasonText.sentence([(.intetTilbud, 27), (.tilbudForKort, 9), (.tilbudStartetForSent, 5)])
        == "27 af 41 havde intet tilbud; 9 havde et tilbud, der var for kort; 5 fik først tilbud efter fristen")
    #expect(
      ReasonText.sentence([(.intetTilbud, 2), (.tilbudForKort, 3), (.tilbudStartetForSent, 2)])
        == "3 af 7 havde et tilbud, der var for kort; 2 havde intet tilbud; 2 fik først tilbud efter fristen")
    #expect(ReasonText.sentence([(.forFaaSamtaler, 1_234)]) == "alle 1.234 havde for få jobsamtaler")
    #expect(ReasonText.sentence([]) == "")
    #expect(ReasonText.sentence(nil) == "")
  }
}
