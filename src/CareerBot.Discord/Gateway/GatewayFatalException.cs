namespace CareerBot.Discord.Gateway;

/// <summary>The gateway refused the bot for a reason that reconnecting cannot fix.</summary>
public sealed class GatewayFatalException : Exception
{
    public GatewayFatalException()
    {
    }

    public GatewayFatalException(string message)
        : base(message)
    {
    }

    public GatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalException(int? closeCode, string reason)
        : base($"Discord gateway closed with {closeCode}: {reason}. Not reconnecting.")
    {
        CloseCode = closeCode;
    }

    public int? CloseCode { get; }
}
