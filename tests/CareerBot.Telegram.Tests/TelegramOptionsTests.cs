using System.ComponentModel.DataAnnotations;

namespace CareerBot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    private const string Url = "https://bot.example.org/telegram/webhook";

    [Theory]
    [InlineData("a")]
    [InlineData("Az09_-")]
    public void Validate_WebhookWithAllowedSecret_Passes(string secret)
    {
        var sut = Webhook(Url, secret);

        var errors = Validate(sut);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    [InlineData("ünïcode")]
    [InlineData("line\n")]
    public void Validate_SecretWithForbiddenCharactersOrTooLong_FailsWithoutShowingIt(string secret)
    {
        var sut = Webhook(Url, secret);

        var error = Assert.Single(Validate(sut));

        Assert.Contains("Telegram:WebhookSecret may hold only", error, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Trim(), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void Validate_SecretLength_AtMost256(int length, bool valid)
    {
        var sut = Webhook(Url, new string('s', length));

        var errors = Validate(sut);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_WebhookWithoutSecret_Fails(string? secret)
    {
        var sut = Webhook(Url, secret);

        Assert.Contains("Telegram:WebhookSecret is required when Telegram:Mode is Webhook.", Validate(sut));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://bot.example.org/telegram/webhook")]
    [InlineData("/telegram/webhook")]
    public void Validate_WebhookWithoutPublicHttpsUrl_Fails(string? url)
    {
        var sut = Webhook(url, "secret");

        var error = Assert.Single(Validate(sut));

        Assert.StartsWith("Telegram:WebhookUrl must be the public https:// URL", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_MaxConnectionsOutOfTelegramsRange_Fails(int connections)
    {
        var sut = Webhook(Url, "secret");
        sut.WebhookMaxConnections = connections;

        Assert.Single(Validate(sut));
    }

    [Fact]
    public void Validate_PollingWithoutWebhookSettings_Passes()
    {
        var sut = new TelegramOptions { BotToken = "1:x" };

        Assert.Equal(TelegramMode.Polling, sut.Mode);
        Assert.Equal(40, sut.WebhookMaxConnections);
        Assert.Empty(Validate(sut));
    }

    private static TelegramOptions Webhook(string? url, string? secret) =>
        new() { BotToken = "1:x", Mode = TelegramMode.Webhook, WebhookUrl = url, WebhookSecret = secret };

    private static List<string> Validate(TelegramOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
