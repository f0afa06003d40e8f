namespace CareerBot.Discord.Rest;

/// <summary>POST /interactions/{id}/{token}/callback body.</summary>
internal sealed record InteractionResponse(int Type, MessagePayload? Data = null)
{
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int Modal = 9;
}
