namespace CareerBot.Core.Conversations.Commands;

/// <summary>Who a command is for, which decides how it is answered in a group or server channel.</summary>
public enum CommandAudience
{
    /// <summary>Answered where it is asked, also in a group (look-ups, stories, sources, help, privacy).</summary>
    Public,

    /// <summary>Part of the person's own conversation: in a group the bot moves it to a private chat.</summary>
    Personal,

    /// <summary>Changes a channel's settings; only for the group's moderators, and only in a group.</summary>
    Moderator,
}
