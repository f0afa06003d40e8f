namespace CareerBot.Storage.LiteDb;

/// <summary>
/// The one lock every store in this project holds around its LiteDB writes and checkpoints, so at most one write
/// transaction on the shared file is open at a time. LiteDB 5.0.21 does not recover reliably from a crash while write
/// transactions on different collections overlap: the conversation crash test found index nodes pointing at data
/// blocks recovery had not restored, and replies missing for committed turns (2 to 5 runs in 6). Serialised, 0 in 24.
/// Writes take about a millisecond, and LiteDB's log accepts one writer at a time anyway. Reads need no gate.
/// </summary>
internal sealed class LiteDbWriteGate
{
    private readonly Lock _gate = new();

    public Lock.Scope Enter() => _gate.EnterScope();
}
