using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Discord.Delivery;

/// <summary>
/// The nonce sent with enforce_nonce on each channel message: the same for every attempt at one part of one outbox
/// entry, so a reply sent just before a crash and again after the restart is created once (Discord returns the first
/// message for a repeated nonce from the same author within a few minutes). Discord allows up to 25 characters.
/// </summary>
internal static class DeliveryNonce
{
    public const int MaxLength = 25;

    public static string For(string outboxEntryId, int part)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{outboxEntryId}#{part}"));
        return Convert.ToHexStringLower(hash)[..MaxLength];
    }
}
