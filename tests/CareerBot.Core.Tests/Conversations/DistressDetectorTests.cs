using CareerBot.Core.Conversations;

namespace CareerBot.Core.Tests.Conversations;

public sealed partial class DistressDetectorTests
{
    [Theory]
    // Money trouble, English
    [InlineData("I can't pay my rent this month")]
    [InlineData("we cannot afford the bills anymore")]
    [InlineData("I couldn't pay my health insurance")]
    [InlineData("I'm drowning in debt")]
    [InlineData("I am in debt since I lost my job")]
    [InlineData("I'm behind on my rent")]
    [InlineData("We're about to be evicted")]
    [InlineData("I'm broke")]
    [InlineData("I ran out of money")]
    [InlineData("The debt collectors keep calling me")]
    [InlineData("I'm a debt collector and now I'm in debt myself")]
    [InlineData("I can't feed my kids")]
    [InlineData("can't make ends meet")]
    // Money trouble, Dutch
    [InlineData("Ik heb schulden")]
    [InlineData("ik kan de huur niet meer betalen")]
    [InlineData("Ik kan mijn huur niet betalen")]
    [InlineData("ik kon niet meer mijn zorgverzekering betalen")]
    [InlineData("De rekeningen kan ik niet meer betalen.")]
    [InlineData("We hebben een huurachterstand")]
    [InlineData("Ik zit diep in de schulden")]
    [InlineData("ik heb geen geld meer")]
    [InlineData("ik ben blut")]
    [InlineData("de deurwaarder staat morgen aan de deur")]
    [InlineData("Ik kom niet meer rond")]
    [InlineData("ik ga failliet")]
    public void Detect_MoneyTrouble_FindsIt(string text)
    {
        var result = DistressDetector.Detect(text);

        Assert.True(result.HasFlag(DistressKind.MoneyTrouble), $"'{text}' gave {result}");
    }

    [Theory]
    [InlineData("I'm starting to panic about AI")]
    [InlineData("I had a panic attack at work")]
    [InlineData("PANICKING!!!")]
    [InlineData("I'm terrified")]
    [InlineData("I can't sleep")]
    [InlineData("Ik raak in paniek")]
    [InlineData("ik kreeg een paniekaanval")]
    [InlineData("ik ben doodsbang")]
    [InlineData("ik kan niet meer slapen")]
    public void Detect_Panic_FindsIt(string text)
    {
        var result = DistressDetector.Detect(text);

        Assert.True(result.HasFlag(DistressKind.Panic), $"'{text}' gave {result}");
    }

    [Theory]
    [InlineData("It all feels hopeless")]
    [InlineData("there is no hope for people like me")]
    [InlineData("I see no way out")]
    [InlineData("I feel so worthless")]
    [InlineData("Het voelt hopeloos")]
    [InlineData("mijn situatie is uitzichtloos")]
    [InlineData("Ik zie het niet meer zitten")]
    [InlineData("ik heb geen hoop meer")]
    [InlineData("het heeft allemaal geen zin meer")]
    [InlineData("I'm so desperate")]
    [InlineData("I've been depressed since the layoffs")]
    [InlineData("ik ben wanhopig")]
    [InlineData("ik ben depressief")]
    [InlineData("ik zit in een depressie")]
    public void Detect_Hopeless_FindsIt(string text)
    {
        var result = DistressDetector.Detect(text);

        Assert.True(result.HasFlag(DistressKind.Hopeless), $"'{text}' gave {result}");
    }

    [Theory]
    [InlineData("I can't cope")]
    [InlineData("I can't take it anymore")]
    [InlineData("I can not handle this any more")]
    [InlineData("I can't go on like this")]
    [InlineData("I'm at breaking point")]
    [InlineData("I'm falling apart")]
    [InlineData("Ik kan het niet meer aan")]
    [InlineData("ik trek het niet meer")]
    [InlineData("Ik kan niet meer.")]
    [InlineData("ik kan echt niet meer")]
    [InlineData("ik zit er helemaal doorheen")]
    [InlineData("het wordt me allemaal te veel")]
    [InlineData("ik ben ten einde raad")]
    public void Detect_CannotCope_FindsIt(string text)
    {
        var result = DistressDetector.Detect(text);

        Assert.True(result.HasFlag(DistressKind.CannotCope), $"'{text}' gave {result}");
    }

    [Theory]
    [InlineData("I've been thinking about suicide")]
    [InlineData("I feel suicidal")]
    [InlineData("I want to kill myself")]
    [InlineData("sometimes I want to end it all")]
    [InlineData("I just want to die")]
    [InlineData("I don't want to live anymore")]
    [InlineData("everyone would be better off dead without me, I'm better off dead")]
    [InlineData("I self-harm")]
    [InlineData("Ik denk aan suïcide")]
    [InlineData("ik heb zelfmoordgedachten")]
    [InlineData("Ik denk aan zelfmoord")]
    [InlineData("ik wil dood")]
    [InlineData("Ik wil gewoon dood")]
    [InlineData("dood willen is wat ik voel")]
    [InlineData("ik wil er een einde aan maken")]
    [InlineData("ik wil niet meer leven")]
    [InlineData("zelfbeschadiging")]
    [InlineData("ik wil mezelf iets aandoen")]
    [InlineData("I work in suicide prevention and I feel suicidal")]
    public void Detect_SelfHarm_FindsIt(string text)
    {
        var result = DistressDetector.Detect(text);

        Assert.True(result.HasFlag(DistressKind.SelfHarm), $"'{text}' gave {result}");
    }
}
