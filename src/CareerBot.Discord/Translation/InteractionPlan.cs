using CareerBot.Core.Messaging;
using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Translation;

/// <summary>How to acknowledge an interaction at once (within 3 s), and the message for the dialogue, if any.</summary>
internal sealed record InteractionPlan(InteractionResponse Acknowledgement, IncomingMessage? Message);
