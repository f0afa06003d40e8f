using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;

namespace CareerBot.ConsoleChat;

/// <summary>
/// The console's outbound half: prints a reply, then its picture's file as "[picture: data/pictures/….png]" (saved in the
/// <see cref="PictureFolder"/>; a terminal shows no images), then its choices as "[1] Label". Enabled only while a chat
/// session runs, so a bot run never prints (or settles) console replies stored by an earlier chat.
/// </summary>
internal sealed class ConsoleReplySender(DeliveryPictures pictures, PictureFolder folder) : IReplySender
{
    private TextWriter _output = TextWriter.Null;

    public Platform Platform => Platform.Console;

    public bool IsEnabled { get; private set; }

    public void Attach(TextWriter output)
    {
        _output = output;
        IsEnabled = true;
    }

    public async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var message = entry.Message;
        await _output.WriteLineAsync(message.Text.AsMemory(), cancellationToken);
        if (message.Picture is { } picture && pictures.PngFor(message) is { } png
            && await folder.SaveAsync(DeliveryPictures.FileNameOf(picture), png, cancellationToken) is { } path)
        {
            await _output.WriteLineAsync($"[picture: {path}]".AsMemory(), cancellationToken);
        }

        for (var i = 0; i < message.Choices.Count; i++)
        {
            await _output.WriteLineAsync($"[{i + 1}] {message.Choices[i].Label}".AsMemory(), cancellationToken);
        }

        await _output.WriteLineAsync();
        await _output.FlushAsync(cancellationToken);
        return DeliveryOutcome.Delivered;
    }
}
