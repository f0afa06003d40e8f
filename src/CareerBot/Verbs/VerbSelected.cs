using System.CommandLine;
using System.CommandLine.Invocation;

namespace CareerBot.Verbs;

/// <summary>
/// The action of the root command and of each verb: it only marks the parse as "run this", so that what is left to
/// System.CommandLine itself (--help, --version) can be told apart; the host runs the verb after the parse.
/// </summary>
internal sealed class VerbSelected : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult) => 0;
}
