namespace CareerBot.Core.Occupations.Matching;

/// <summary>What scoring needs of one indexed title, kept together so one memory read brings it all.</summary>
/// <param name="Weight">Sum of the IDF weights of the title's tokens.</param>
/// <param name="Trust">Trust in the title's source, 0–1.</param>
/// <param name="Soc">Index into the SOC codes.</param>
/// <param name="Head">Token naming the job ("cook" in "Pizza Cook"); -1 if none.</param>
/// <param name="SecondHead">For Dutch titles, whose job noun may come first or last, the other end; -1 if none.</param>
/// <param name="NamesWorker">False for a reviewed word that names a field or thing ("kassa"): offered, never asserted.</param>
internal readonly record struct TitleInfo(float Weight, float Trust, int Soc, int Head, int SecondHead, bool NamesWorker);
