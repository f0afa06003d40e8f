namespace CareerBot.Core.Conversations.Flow;

/// <summary>What /risk did: showed the figures of <paramref name="Soc"/>, asked which job was meant, or found nothing.</summary>
internal readonly record struct RiskAnswer(string? Soc, bool AsksWhich)
{
    public static RiskAnswer Nothing => default;
}
