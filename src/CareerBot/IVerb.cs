namespace CareerBot;

/// <summary>A command-line verb (chat, match, risk); registered in DI, picked by name.</summary>
internal interface IVerb
{
    string Name { get; }

    Task<int> RunAsync(IServiceProvider services, string[] options, CancellationToken cancellationToken);
}
