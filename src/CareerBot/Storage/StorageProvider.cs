namespace CareerBot.Storage;

/// <summary>Where conversations and the outbox live (<c>Storage:Provider</c>).</summary>
internal enum StorageProvider
{
    /// <summary>The embedded LiteDB file: one process, no server (the default).</summary>
    LiteDb,

    /// <summary>A PostgreSQL database shared by any number of processes (<c>ConnectionStrings:CareerBot</c>).</summary>
    Postgres,
}
