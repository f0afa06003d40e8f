namespace CareerBot.Core.Messaging;

/// <summary>This process's name as a lease owner: host, process id and a random part (a restarted process is a new owner).</summary>
public sealed class ProcessIdentity
{
    public ProcessIdentity()
        : this($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}"[..^24])
    {
    }

    public ProcessIdentity(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    public override string ToString() => Id;
}
