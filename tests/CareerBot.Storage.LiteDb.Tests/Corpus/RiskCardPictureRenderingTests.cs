using System.Buffers.Binary;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Pictures;
using CareerBot.Core.Texts;
using CareerBot.Pictures;
using CareerBot.Storage.LiteDb.Occupations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>
/// The pictures the real seeds give, drawn by the real renderer in both languages: PNG, at most 800×450, under 100 KB,
/// and no character drawn as "?" for want of a glyph. Every 20th occupation alone, and the persona pairs of issue 14
/// (writer → therapist, editor → baker, safety specialist → electrician) with their target.
/// </summary>
public sealed class RiskCardPictureRenderingTests(RealDialogueFixture dialogue) : IClassFixture<RealDialogueFixture>, IDisposable
{
    private const int MaxBytes = 100 * 1024;
    private static readonly DateTimeOffset Now = EngineTurns.Now;
    private static readonly string[] Personas = ["27-3043", "27-3041", "43-4171", "23-1011", "19-5011", "15-1252"];
    private static readonly (string Own, string Target)[] Pairs = [("27-3043", "21-1013"), ("27-3041", "51-3011"), ("19-5011", "47-2111")];

    private readonly WarningRecorder _warnings = new();
    private ServiceProvider? _services;

    public static TheoryData<string> Languages => ["en", "nl"];

    public void Dispose() => _services?.Dispose();

    [Theory]
    [MemberData(nameof(Languages))]
    public void RenderPng_RealCardsOfOneJob_AreSmallPngsWithEveryGlyph(string locale)
    {
        var sut = CreateSut();
        var socs = Occupations.Where((_, i) => i % 20 == 0).Select(o => o.Soc).Concat(Personas).Distinct().ToList();

        var pictures = socs.Select(soc => Picture(locale, AfterInterview(locale), "risk:" + soc)).ToList();

        Assert.All(pictures, picture => AssertSmallPng(sut.RenderPng(picture)));
        Assert.All(pictures, picture => Assert.Single(picture.Jobs));
        Assert.Empty(_warnings.EventIds);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void RenderPng_RealCardsWithATarget_AreSmallPngsWithEveryGlyph(string locale)
    {
        var sut = CreateSut();

        var pictures = Pairs.Select(pair => Picture(locale, AfterInterview(locale) with
        {
            Step = DialogueStep.ConfirmTargetJob,
            CurrentSoc = pair.Own,
            Goal = CareerGoal.Retrain,
            StoriesTold = [],
            Candidates = [pair.Target],
            CandidateIscos = [string.Empty],
        }, "tgt:" + pair.Target)).ToList();

        Assert.All(pictures, picture => AssertSmallPng(sut.RenderPng(picture)));
        Assert.All(pictures, picture => Assert.Equal(2, picture.Jobs.Count));
        Assert.Empty(_warnings.EventIds);
    }

    private IReadOnlyList<CareerBot.Core.Occupations.Occupation> Occupations => ((InMemoryOccupationCatalog)dialogue.Catalog).Occupations;

    private RiskCardPicture Picture(string locale, Conversation before, string payload)
    {
        var replies = dialogue.Engine.Handle(before, Message(locale, payload), Now).Replies;
        return replies.Select(reply => reply.Picture).OfType<RiskCardPicture>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{payload} ({locale}) gave no picture");
    }

    private static void AssertSmallPng(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), 1, 800);
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)), 1, 450);
        Assert.InRange(png.Length, 1, MaxBytes - 1);
    }

    private IPictureRenderer CreateSut()
    {
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(_warnings))
            .AddPictures()
            .BuildServiceProvider();
        return _services.GetRequiredService<IPictureRenderer>();
    }

    private static Conversation AfterInterview(string locale) => EngineTurns.AfterInterview(locale, "pictures");

    private static IncomingMessage Message(string locale, string payload) => EngineTurns.Press(locale, "pictures", payload);
}
