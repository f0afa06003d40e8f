namespace CareerBot.Core.Conversations;

/// <summary>Spots words of distress (panic, hopelessness, money trouble, self-harm) in English and Dutch.</summary>
public interface IDistressDetector
{
    bool IsDistressed(string text);
}
