using System.ComponentModel.DataAnnotations;
using CareerBot.Health;

namespace CareerBot.Tests.Health;

public sealed class HealthOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var sut = new HealthOptions();

        var ok = Validator.TryValidateObject(sut, new ValidationContext(sut), [], validateAllProperties: true);

        Assert.True(ok);
    }

    [Fact]
    public void Validate_ZeroLogInterval_Fails()
    {
        var sut = new HealthOptions { LogInterval = TimeSpan.Zero };

        var ok = Validator.TryValidateObject(sut, new ValidationContext(sut), [], validateAllProperties: true);

        Assert.False(ok);
    }
}
