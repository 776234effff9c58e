/// Generates the help text from the commands' configurations.
enum HelpFormatter {
  static func root(_ commands: [CommandConfiguration]) -> String {
    var lines = [
      "tilsyn — STAR's opfølgning på kommunernes beskæftigelsesindsats", "",
      "BRUG: tilsyn <kommando> [valgmuligheder]", "", "KOMMANDOER:",
    ]
    let width = (commands.map(\.name.count).max() ?? 0) + 2
    for command in commands {
      lines.append("  " + command.name.padding(width) + command.abstract)
    }
    lines += ["", "Se 'tilsyn <kommando> --help' for valgmuligheder og et eksempel."]
    return lines.joined(separator: "\n")
  }

  static func command(_ configuration: CommandConfiguration) -> String {
    var lines = [configuration.abstract, "", "BRUG: tilsyn \(configuration.usage)"]
    if !configuration.options.isEmpty {
      lines += ["", "VALGMULIGHEDER:"]
      let width = (configuration.options.map(\.0.count).max() ?? 0) + 2
      for (option, help) in configuration.options {
        lines.append("  " + option.padding(width) + help)
      }
    }
    if !configuration.discussion.isEmpty { lines += ["", configuration.discussion] }
    lines += ["", "EKSEMPEL:", "  " + configuration.example]
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
