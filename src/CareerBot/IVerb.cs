using System.CommandLine;

namespace CareerBot;

/// <summary>A command-line verb (chat, match, risk); registered in DI, picked by name; its switches come parsed.</summary>
internal interface IVerb
{
    string Name { get; }

    Task<int> RunAsync(IServiceProvider services, ParseResult command, CancellationToken cancellationToken);
}
