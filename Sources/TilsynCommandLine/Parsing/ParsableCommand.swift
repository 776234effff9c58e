/// A subcommand of `tilsyn`, shaped like swift-argument-parser's: a static configuration that the
/// help is generated from, an initializer that parses its arguments, and `run()`.
protocol ParsableCommand {
  static var configuration: CommandConfiguration { get }
  /// Parses the arguments after the subcommand's name.
  init(parsing arguments: inout ArgumentList) throws(UsageError)
  /// Does the work and says how the process should exit.
  func run() throws -> ExitStatus
}

/// What the help shows for a command.
struct CommandConfiguration {
  /// The subcommand's name (`run`, `validate`, …).
  var name: String
  /// One line on what it does.
  var abstract: String
  /// The usage line after `tilsyn`.
  var usage: String
  /// The options, each as (`--name VALUE`, explanation).
  var options: [(String, String)]
  /// A worked example.
  var example: String
  /// More explanation, if any.
  var discussion: String = ""
}

/// How `tilsyn` exits (SPEC 1).
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// An internal failure: a bug or an unexpected system error.
  case internalFailure = 1
  /// A usage or configuration error: unknown period, missing folder, bad option.
  case usage = 2
  /// `--strict` and a row or file was rejected.
  case rejectedInStrictMode = 3
}

/// A usage error: a bad or missing option. Printed as one Danish line; exit status 2.
struct UsageError: Error, Equatable, CustomStringConvertible {
  var description: String

  init(_ message: String) { description = message }
}
