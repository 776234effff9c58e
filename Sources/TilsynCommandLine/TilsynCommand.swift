import Foundation
import TilsynKit

/// The `tilsyn` command: picks the subcommand, runs it, and turns every outcome into the exit status
/// and one-line Danish message of SPEC 1.
public enum TilsynCommand {
  /// The subcommands, in the order the help lists them.
  static var subcommands: [any ParsableCommand.Type] {
    [
      RunCommand.self, ValidateCommand.self, ExplainCommand.self, CompareCommand.self, GenerateCommand.self,
      InspectCommand.self,
    ]
  }

  /// Runs `tilsyn` with the process's arguments and exits.
  public static func main() -> Never {
    let status = run(Array(CommandLine.arguments.dropFirst()))
    exit(status.rawValue)
  }

  /// `tilsyn --version`: the tool's version and the default rule set's (SPEC 1), from the data folder
  /// that commands use by default (`data/`, or the installed data).
  static func version() -> String {
    let path = DataFolder.defaultPath + "/regler/regelsaet.csv"
    let rules = (try? RuleSet.load(path: path)).map { ", regelsæt \($0.version) (\(path))" }
    return "tilsyn \(Manifest.toolVersion)" + (rules ?? "")
  }

  /// Runs `tilsyn` with `arguments` (without the program name) and returns the exit status.
  public static func run(_ arguments: [String]) -> ExitStatus {
    guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
      let help = HelpFormatter.root(subcommands.map { $0.configuration })
      if arguments.isEmpty {
        Terminal.error(help)
        return .usage
      }
      Terminal.output(help)
      return .success
    }
    if name == "--version" {
      Terminal.output(version())
      return .success
    }
    guard let command = subcommands.first(where: { $0.configuration.name == name }) else {
      let hint = Suggestion.nearest(name, among: subcommands.map { $0.configuration.name }).map { "; mente du '\($0)'?" } ?? ""
      Terminal.error("tilsyn: ukendt kommando '\(name)'\(hint) (se 'tilsyn --help')")
      return .usage
    }
    var list = ArgumentList(Array(arguments.dropFirst()), command: name)
    if list.wantsHelp {
      Terminal.output(HelpFormatter.command(command.configuration))
      return .success
    }
    do {
      let parsed = try command.init(parsing: &list)
      try list.finish(options: command.configuration.options.map { String($0.0.split(separator: " ")[0]) } + ["--help"])
      return try parsed.run()
    } catch let error as UsageError {
      Terminal.error("tilsyn \(name): \(error.description)")
      return .usage
    } catch let error as ConfigurationError {
      Terminal.error("tilsyn \(name): \(error.description)")
      return .usage
    } catch let error as WriteError {
      Terminal.error("tilsyn \(name): \(error.description); tidligere rapporter er urørte")
      return .internalFailure
    } catch {
      Terminal.error("tilsyn \(name): intern fejl: \(error)")
      return .internalFailure
    }
  }
}
