namespace CareerBot.Storage.LiteDb.Backup;

/// <summary>One verified copy: where it is, its size, how many conversations it holds and how many old copies were pruned.</summary>
internal sealed record BackupResult(string Path, long Bytes, int Conversations, int Pruned, long ElapsedMs);
