using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class SocGroupsTests
{
    [Fact]
    public void Of_CodesOfOneBroadGroup_ShareEveryLevel()
    {
        var sut = new SocGroups(["15-1252", "15-1253", "15-2051", "29-1141"]);

        var broad = sut.Of[0];
        var minor = sut.Of[1];
        var major = sut.Of[2];

        Assert.Equal(broad[0], broad[1]);
        Assert.NotEqual(broad[0], broad[2]);
        Assert.Equal(minor[0], minor[1]);
        Assert.NotEqual(minor[0], minor[2]);
        Assert.Equal(major[0], major[2]);
        Assert.NotEqual(major[0], major[3]);
        Assert.Equal([3, 3, 2], sut.Counts);
    }
}
