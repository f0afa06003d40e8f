using CareerBot.Core.Conversations;

namespace CareerBot.Core.Tests.Support;

internal sealed class FakeDistressDetector : IDistressDetector
{
    public bool IsDistressed(string text) =>
        text.Contains("hopeless", StringComparison.OrdinalIgnoreCase) || text.Contains("hopeloos", StringComparison.OrdinalIgnoreCase);
}
