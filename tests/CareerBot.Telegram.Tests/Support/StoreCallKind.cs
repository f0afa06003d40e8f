namespace CareerBot.Telegram.Tests.Support;

/// <summary>Whether a store call only looks (read) or changes what is stored (write).</summary>
internal enum StoreCallKind
{
    Read,
    Write,
}
