using CareerBot.Core.Conversations;

namespace CareerBot.Core.Tests.Conversations;

/// <summary>What must not trip the detector, and input that must not break it.</summary>
public sealed partial class DistressDetectorTests
{
    [Theory]
    [InlineData("debt collector")]
    [InlineData("I work as a debt collector")]
    [InlineData("my debt collector job is at risk")]
    [InlineData("Debt Counsellor")]
    [InlineData("bankruptcy lawyer")]
    [InlineData("incassomedewerker")]
    [InlineData("schuldhulpverlener")]
    [InlineData("Ik help mensen met schulden")]
    [InlineData("deurwaarder")]
    [InlineData("suicide prevention counsellor")]
    [InlineData("eviction specialist")]
    [InlineData("The panicle of this grass is large")]
    [InlineData("I'm hopelessly romantic")]
    [InlineData("a hopeless romantic")]
    [InlineData("mijn vaardigheden zijn hopeloos verouderd")]
    [InlineData("No need to panic, not yet")]
    [InlineData("Paniek is volgens hem niet nodig, nog niet.")]
    [InlineData("geen paniek")]
    [InlineData("Don't panic")]
    [InlineData("I can't go on holiday this year")]
    [InlineData("ik kan niet meer als vertaler werken")]
    [InlineData("trek het je niet aan")]
    [InlineData("het is mijn schuld")]
    [InlineData("ik voel me schuldig")]
    [InlineData("I'm a writer and I want to become a therapist")]
    [InlineData("Ik ben bakker en wil elektricien worden")]
    [InlineData("help desk")]
    [InlineData("stop-motion animator")]
    [InlineData("our company went bankrupt so I need a new job")]
    [InlineData("Zestig procent was compleet verzonnen")]
    [InlineData("I cut myself off from social media")]
    [InlineData("Ik wil de markt voor hypotheken beter begrijpen")]
    [InlineData("the breakdown of my tasks")]
    [InlineData("I'm desperate for a change of career")]
    [InlineData("ik ben wanhopig op zoek naar een baan als bakker")]
    [InlineData("wages in my field are depressed")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("<b>**hello**</b> [x](y) `code`")]
    public void Detect_CalmOrJobTitle_FindsNothing(string text)
    {
        var result = DistressDetector.Detect(text);

        Assert.Equal(DistressKind.None, result);
    }

    [Fact]
    public void Detect_SeveralKinds_ReturnsAll()
    {
        var result = DistressDetector.Detect("Ik heb schulden, ik raak in paniek en ik wil dood.");

        Assert.Equal(DistressKind.MoneyTrouble | DistressKind.Panic | DistressKind.SelfHarm, result);
    }

    [Theory]
    [InlineData("I CAN’T COPE")]
    [InlineData("i can`t cope")]
    [InlineData("I can´t cope")]
    [InlineData("ZELFMOORD")]
    [InlineData("Ｐａｎｉｃ")]
    [InlineData("suï-cide? no: suïcide!")]
    [InlineData("hopeloos\n")]
    public void IsDistressed_CaseDiacriticsAndPunctuation_AreNormalised(string text)
    {
        var sut = CreateSut();

        var result = sut.IsDistressed(text);

        Assert.True(result);
    }

    [Fact]
    public void IsDistressed_HugeOrBinaryText_AnswersWithoutThrowing()
    {
        var sut = CreateSut();
        var long10k = string.Concat(Enumerable.Repeat("I work as a writer and editor. ", 320)) + "I can't cope";
        var huge = string.Concat(Enumerable.Repeat("panic ", 200_000));
        var binary = new string([.. Enumerable.Range(0, 5000).Select(i => (char)(i * 7919 % 65536))]);

        var longResult = sut.IsDistressed(long10k);
        var hugeResult = sut.IsDistressed(huge);
        var binaryResult = sut.IsDistressed(binary);
        var loneSurrogate = sut.IsDistressed("\uD800 panic \uDFFF");

        Assert.True(longResult);
        Assert.True(hugeResult);
        Assert.False(binaryResult);
        Assert.True(loneSurrogate);
    }

    private static DistressDetector CreateSut() => new();
}
