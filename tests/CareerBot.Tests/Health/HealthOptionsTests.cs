using System.ComponentModel.DataAnnotations;
using CareerBot.Health;

namespace CareerBot.Tests.Health;

public sealed class HealthOptionsTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("http://127.0.0.1:8080/", true)]
    [InlineData("http://+:8080/", true)]
    [InlineData("http://*:8080/", true)]
    [InlineData("http://127.0.0.1:8080", false)]
    [InlineData("https://127.0.0.1:8080/", false)]
    [InlineData("127.0.0.1:8080", false)]
    [InlineData("not a url/", false)]
    public void Validate_Url_AcceptsOnlyHttpPrefixes(string url, bool valid)
    {
        var sut = new HealthOptions { Url = url };

        var results = new List<ValidationResult>();
        var ok = Validator.TryValidateObject(sut, new ValidationContext(sut), results, validateAllProperties: true);

        Assert.Equal(valid, ok);
    }

    [Fact]
    public void Validate_ZeroLogInterval_Fails()
    {
        var sut = new HealthOptions { LogInterval = TimeSpan.Zero };

        var ok = Validator.TryValidateObject(sut, new ValidationContext(sut), [], validateAllProperties: true);

        Assert.False(ok);
    }
}
