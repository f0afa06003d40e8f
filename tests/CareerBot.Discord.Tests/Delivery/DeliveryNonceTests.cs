using CareerBot.Discord.Delivery;

namespace CareerBot.Discord.Tests.Delivery;

public sealed class DeliveryNonceTests
{
    [Fact]
    public void For_SameEntryAndPart_SameNonceWithinDiscordsLimit()
    {
        var first = DeliveryNonce.For("Discord:1310000000000000001:00", 0);

        var again = DeliveryNonce.For("Discord:1310000000000000001:00", 0);

        Assert.Equal(first, again);
        Assert.Equal(DeliveryNonce.MaxLength, first.Length);
    }

    [Theory]
    [InlineData("Discord:1310000000000000001:00", 1)]
    [InlineData("Discord:1310000000000000001:01", 0)]
    [InlineData("Discord:1310000000000000002:00", 0)]
    public void For_OtherPartOrEntry_DifferentNonce(string entryId, int part)
    {
        var nonce = DeliveryNonce.For(entryId, part);

        Assert.NotEqual(DeliveryNonce.For("Discord:1310000000000000001:00", 0), nonce);
    }
}
