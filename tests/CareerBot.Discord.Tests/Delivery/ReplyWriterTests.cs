using CareerBot.Core.Messaging.Delivery;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Tests.Delivery;

public sealed class ReplyWriterTests
{
    [Theory]
    [InlineData(403, DiscordApiError.CannotSendMessagesToUser)]
    [InlineData(403, 50013)]
    [InlineData(404, DiscordApiError.UnknownChannel)]
    [InlineData(400, DiscordApiError.InvalidFormBody)]
    [InlineData(401, 0)]
    public void Outcome_RefusedForGood_UndeliverableNamingStatusAndCode(int status, int code)
    {
        var sut = ReplyWriter.Outcome(new DiscordApiError(status, code, "refused"));

        Assert.Equal(DeliveryStatus.Undeliverable, sut.Status);
        Assert.Equal($"HTTP {status}, code {code}: refused", sut.Reason);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(0)]
    public void Outcome_ServerErrorOrNoAnswer_RetryAfterAFewSeconds(int status)
    {
        var sut = ReplyWriter.Outcome(new DiscordApiError(status, 0, "TimeoutRejectedException"));

        Assert.Equal(DeliveryStatus.RetryLater, sut.Status);
        Assert.Equal(ReplyWriter.TransientWait, sut.RetryAfter);
    }

    [Fact]
    public void Outcome_RateLimitWithRetryAfter_RetryAfterWhatDiscordAsked()
    {
        var sut = ReplyWriter.Outcome(new DiscordApiError(429, 0, "You are being rate limited.", TimeSpan.FromSeconds(95)));

        Assert.Equal((DeliveryStatus.RetryLater, TimeSpan.FromSeconds(95)), (sut.Status, sut.RetryAfter));
    }

    [Fact]
    public void Outcome_RateLimitWithoutRetryAfter_RetryAfterAFewSeconds()
    {
        var sut = ReplyWriter.Outcome(new DiscordApiError(429, 0, "You are being rate limited."));

        Assert.Equal((DeliveryStatus.RetryLater, ReplyWriter.TransientWait), (sut.Status, sut.RetryAfter));
    }

    [Fact]
    public void Outcome_NoError_Delivered()
    {
        var sut = ReplyWriter.Outcome(null);

        Assert.Equal(DeliveryOutcome.Delivered, sut);
    }
}
