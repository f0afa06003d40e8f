namespace CareerBot.Core.Discussions;

/// <summary>Why a channel's weekly prompts are not being posted.</summary>
public enum PauseReason
{
    None,
    Moderator,

    /// <summary>The platform refused a post for good (bot removed, blocked, missing permission).</summary>
    CannotPost,
}
