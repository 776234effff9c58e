/// Case workers' free-text notes for the extra `bemaerkning` column (SPEC 7): Danish text with æ, ø, å,
/// é and €, some holding a `;` or `,`, a double quote or a line break, so that the encoding and the
/// quoting of a file really matter. Every character is one Windows-1252 can hold.
enum DanishNotes {
  static let texts: [String] = [
    "Borger udeblev – ny tid aftalt",
    "Aftale om praktik hos Brugsen på Ærø",
    "Sygemeldt; afventer lægeerklæring",
    "Ønsker kursus i truckcertifikat, gerne i foråret",
    "Møde flyttet\nny dato følger",
    "Borger sagde: \"jeg vil gerne i job\"",
    "Udgift til transport 250 € refunderet",
    "Café-praktik i Århus, 3 dage om ugen",
    "Tolk bestilt (arabisk); mødet holdt på jobcentret",
    "Søgt 12 job i sidste måned",
    "Rehabiliteringsteam indstiller til ressourceforløb",
    "Ændret visitation: aktivitetsparat",
    "Løntilskud hos kommunens materielgård",
    "Fælles samtale med a-kassen",
    "Fritaget pga. barsel – genoptages efter orlov",
    "Afventer svar fra Økonomiafdelingen",
    "Borger møder ikke op; sanktion overvejes",
    "Idé: virksomhedspraktik på plejehjem \"Solgården\"",
    "Helbred: ryg- og knæproblemer,\nbehov for skånehensyn",
    "Tidligere ansat som køkkenmedhjælper i 5½ år",
  ]
}
