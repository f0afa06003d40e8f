using System.Text.Json;

namespace CareerBot.Discord.Gateway;

/// <summary>The envelope of every gateway frame: <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set only on dispatches.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }

    public JsonElement? D { get; init; }

    public int? S { get; init; }

    public string? T { get; init; }
}
